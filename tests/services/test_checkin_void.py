"""Voiding and correcting a check-in (issue 25): by its author while the shift lasts, by a
manager later; the original stays in the history and nothing counts a voided one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from safehaven.domain.vocab import Role
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import checkins, detail, residents, staff, today, week_figures, weekly
from safehaven.services.context import Context
from tests.conftest import FAST, PASSPHRASE, House
from tests.reports.timed import TimedHouse, timed_house

__all__ = ["timed_house"]

AFTER_SHIFT = datetime(2026, 11, 26, 14, 30)  # the morning shift of the 26th is over


def _later(ctx: Context, when: datetime = AFTER_SHIFT) -> Context:
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def test_the_author_voids_her_own_checkin_within_the_shift(house: House) -> None:
    rid = residents.add(house.staff, "Hoa").record.id
    wrong = checkins.record(house.staff, rid, 2, flags=["self-harm"]).record
    assert checkins.may_correct(house.staff, wrong)
    gone = checkins.void(house.staff, wrong.id, "recorded for the wrong child").record
    assert gone.voided and gone.amends_id == wrong.id
    assert gone.amend_reason == "recorded for the wrong child"
    assert checkins.for_resident(house.staff, rid) == []
    assert rid in {r.id for r in today.overview(house.staff).needs_checkin}
    assert "risk-flag" not in {a.kind for a in today.overview(house.staff).alerts
                               if a.resident_id == rid}
    [row] = [r for r in residents.overview(house.staff) if r.id == rid]
    assert row.last_checkin_date is None and row.last_mood is None
    shown = detail.load(house.staff, rid)
    assert shown.checkins == []
    assert [c.id for c in shown.checkin_history] == [gone.id, wrong.id]  # kept, newest first
    # a void is final: neither corrected nor voided again
    with pytest.raises(InvalidValue):
        checkins.amend(house.manager, gone.id, "undo", mood=3)
    with pytest.raises(InvalidValue):
        checkins.void(house.manager, wrong.id, "again")


def test_someone_else_or_after_the_shift_needs_a_manager(house: House) -> None:
    rid = residents.add(house.staff, "Ana").record.id
    other = Context(house.vault, staff.add(house.manager, "Olu Other", Role.STAFF, PASSPHRASE,
                                           FAST).record, now=house.staff.now)
    first = checkins.record(house.staff, rid, 4).record
    for who in (other, house.clinician, _later(house.staff)):
        assert not checkins.may_correct(who, first)
        with pytest.raises(NotAllowed):
            checkins.void(who, first.id, "not mine")
        with pytest.raises(NotAllowed):
            checkins.amend(who, first.id, "not mine", mood=1)
    assert [c.id for c in checkins.for_resident(house.staff, rid)] == [first.id]
    late = _later(house.manager, datetime(2026, 12, 3, 10))
    assert checkins.may_correct(late, first)
    fixed = checkins.amend(late, first.id, "mood was 3", mood=3).record
    checkins.void(late, fixed.id, "the young person was away that day")
    assert checkins.for_resident(house.staff, rid) == []


def test_a_reason_is_required(house: House) -> None:
    rid = residents.add(house.staff, "Bea").record.id
    first = checkins.record(house.staff, rid, 4).record
    for blank in ("", "   "):
        with pytest.raises(InvalidValue) as refused:
            checkins.void(house.staff, first.id, blank)
        assert refused.value.field == "reason"
    assert [c.id for c in checkins.for_resident(house.staff, rid)] == [first.id]


def test_a_night_checkin_is_the_authors_until_morning(house: House) -> None:
    rid = residents.add(house.staff, "Noor").record.id
    night = _later(house.staff, datetime(2026, 11, 25, 23, 0))
    made = checkins.record(night, rid, 3, day=date(2026, 11, 25), shift="night").record
    assert checkins.may_correct(_later(house.staff, datetime(2026, 11, 26, 5, 50)), made)
    assert not checkins.may_correct(_later(house.staff, datetime(2026, 11, 26, 6, 10)), made)


def test_the_weekly_report_counts_a_voided_checkin_zero_times(timed_house: TimedHouse
                                                               ) -> None:
    h = timed_house
    rid = residents.add(h.on(date(2026, 11, 1)), "Stays", intake_date=date(2026, 11, 1)
                        ).record.id
    keep = checkins.record(h.on(date(2026, 11, 17), 9, "staff"), rid, 4,
                           day=date(2026, 11, 17)).record
    wrong = checkins.record(h.on(date(2026, 11, 18), 9, "staff"), rid, 1,
                            day=date(2026, 11, 18), flags=["runaway"]).record
    checkins.void(h.on(date(2026, 11, 18), 10, "staff"), wrong.id, "wrong child")
    f = week_figures.figures(h.on(date(2026, 11, 26)), "2026-W47")
    assert sum(f.checkins_done.values()) == 1 and f.flags == {}
    data = weekly.report_data(h.on(date(2026, 11, 26)), "2026-W47")
    assert [c.id for c in data.checkins] == [keep.id]


def test_a_corrected_checkin_counts_once_with_its_new_value_and_keeps_the_original(
        timed_house: TimedHouse) -> None:
    """Issue 25, "what must hold": the weekly report counts the correction, once, with its
    new mood and no flag; the original stays in the history (`resident show --json`)."""
    h = timed_house
    rid = residents.add(h.on(date(2026, 11, 1)), "Mends", intake_date=date(2026, 11, 1)
                        ).record.id
    wrong = checkins.record(h.on(date(2026, 11, 18), 9, "staff"), rid, 1,
                            day=date(2026, 11, 18), flags=["runaway"]).record
    fixed = checkins.amend(h.on(date(2026, 11, 18), 10, "staff"), wrong.id,
                           "ticked the wrong child's face", mood=5, flags=[]).record
    f = week_figures.figures(h.on(date(2026, 11, 26)), "2026-W47")
    assert sum(f.checkins_done.values()) == 1 and f.flags == {}
    data = weekly.report_data(h.on(date(2026, 11, 26)), "2026-W47")
    assert [(c.id, c.mood) for c in data.checkins if c.resident_id == rid] == [(fixed.id, 5)]
    history = detail.load(h.on(date(2026, 11, 26)), rid).checkin_history
    assert {c.id: c.mood for c in history} == {fixed.id: 5, wrong.id: 1}
