"""Since my last shift (issue 25, item 8): what was written while the signed-in person was
away, each with who wrote it, only what their role may read; who is on shift; handover
notes in the house log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safehaven import clock
from safehaven.domain.vocab import Role
from safehaven.errors import NotAllowed
from safehaven.services import (
    checkins,
    handover,
    house_log,
    incidents,
    notes,
    residents,
    staff,
)
from safehaven.services.context import Context
from safehaven.store import crypto
from tests.conftest import House


def _running(ctx: Context) -> Context:
    """The process's clock (running), as the app's sessions read it."""
    return Context(ctx.vault, ctx.actor)


@pytest.fixture
def shifts_seconds_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sessions a few milliseconds apart count as shifts of their own (see the test of
    SHIFT_GAP itself below)."""
    monkeypatch.setattr(handover, "SHIFT_GAP", timedelta(0))


@pytest.mark.usefixtures("shifts_seconds_apart")
def test_what_happened_since_my_last_shift_and_who_wrote_it(house: House) -> None:
    sam, maria = _running(house.staff), _running(house.manager)
    cleo = _running(house.clinician)
    ana = residents.add(maria, "Ana", intake_date=date(2026, 11, 1)).record.id
    handover.begin_session(sam)
    notes.write(sam, ana, "Before I left: quiet evening")  # seen already: not new
    handover.end_session(sam)
    handover.begin_session(maria)
    incident = incidents.record(maria, ana, "violence", occurred_at=clock.now(),
                                description="Pushed a housemate").record
    flagged = checkins.record(maria, ana, 2, flags=["runaway"]).record
    notes.write(maria, ana, "Talked it through; calmer")
    notes.write(cleo, ana, "Grounding practised", kind="clinical")
    entry = house_log.add(maria, "handover", "Ana may try to leave tonight; door alarm on").record
    start = handover.begin_session(sam)
    seen = handover.since_last_shift(sam, start)
    assert not seen.first_shift and seen.since <= clock.now()
    got = {(i.kind, i.id): i for i in seen.items}
    assert got[("incident", incident.id)].staff_id == house.manager.actor.id
    assert got[("flag", flagged.id)].what == "runaway"
    assert got[("house-log", entry.id)].what == "handover"
    bodies = [i.text for i in seen.items if i.kind == "note"]
    assert bodies == ["Talked it through; calmer"]  # not clinical, not what I saw before
    assert seen.on_shift == sorted([house.staff.actor.id, house.manager.actor.id])
    handover.end_session(maria)
    assert handover.on_shift(sam) == [house.staff.actor.id]
    # a new clinician's first shift: the last day and night, clinical notes included, and
    # yesterday's missed check-in
    new = staff.add(maria, "Nia Newcomer", Role.CLINICIAN, "a new clinician's passphrase",
                    crypto.MIN_KDF).record
    first = handover.since_last_shift(Context(maria.vault, new))
    assert first.first_shift
    assert "Grounding practised" in [i.text for i in first.items if i.kind == "note"]
    missed = [i for i in first.items if i.kind == "missed-checkin"]
    assert [(i.resident_id, i.at.date()) for i in missed] == [
        (ana, clock.today() - timedelta(days=1))]


@pytest.mark.usefixtures("shifts_seconds_apart")
def test_after_a_crash_the_last_shift_ended_with_the_last_thing_done(house: House) -> None:
    sam, maria = _running(house.staff), _running(house.manager)
    ana = residents.add(maria, "Ana").record.id
    handover.begin_session(sam)
    notes.write(sam, ana, "Last thing before the power cut")  # no session end: a crash
    notes.write(maria, ana, "Written while Sam was away")
    start = handover.begin_session(sam)
    texts = [i.text for i in handover.since_last_shift(sam, start).items]
    assert texts == ["Written while Sam was away"]


def test_an_admin_may_not_read_the_handover(house: House) -> None:
    admin = staff.add(house.manager, "Ada Admin", Role.ADMIN, "admin passphrase here",
                      crypto.MIN_KDF).record
    with pytest.raises(NotAllowed):
        handover.since_last_shift(Context(house.vault, admin))


def test_a_lock_for_a_break_does_not_start_a_new_shift(house: House,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The list went empty after every lock (QA under Xvfb: an Esc Esc of ten seconds);
    sessions closer together than SHIFT_GAP are one shift."""
    import time

    monkeypatch.setattr(handover, "SHIFT_GAP", timedelta(seconds=3))
    sam, maria = _running(house.staff), _running(house.manager)
    ana = residents.add(maria, "Ana").record.id
    handover.begin_session(sam)
    notes.write(sam, ana, "Night round done")
    handover.end_session(sam)
    time.sleep(3.2)  # off shift (the gap, scaled down; a loaded machine stays inside it)
    notes.write(maria, ana, "Written while Sam was off")
    start = handover.begin_session(sam)  # the new shift...
    assert [i.text for i in handover.since_last_shift(sam, start).items] == [
        "Written while Sam was off"]
    handover.end_session(sam)  # ...a quick lock for a break...
    again = handover.begin_session(sam)  # ...and back: still what happened while off
    assert [i.text for i in handover.since_last_shift(sam, again).items] == [
        "Written while Sam was off"]


@pytest.mark.usefixtures("shifts_seconds_apart")
def test_what_was_voided_or_corrected_in_the_shift_shows_as_it_now_reads(
        house: House) -> None:
    """A flag voided as a mistake is no flag to hand over; a check-in corrected in the
    shift shows once, corrected."""
    sam, maria = _running(house.staff), _running(house.manager)
    ana = residents.add(maria, "Ana", intake_date=date(2026, 11, 1)).record.id
    bea = residents.add(maria, "Bea", intake_date=date(2026, 11, 1)).record.id
    handover.begin_session(sam)
    handover.end_session(sam)
    handover.begin_session(maria)
    wrong = checkins.record(maria, ana, 2, flags=["runaway"]).record
    checkins.void(maria, wrong.id, "wrong child")
    first = checkins.record(maria, bea, 2, flags=["runaway"]).record
    fixed = checkins.amend(maria, first.id, "it was self-harm", flags=["self-harm"]).record
    seen = handover.since_last_shift(sam, handover.begin_session(sam))
    flags = [(i.resident_id, i.what, i.id) for i in seen.items if i.kind == "flag"]
    assert flags == [(bea, "self-harm", fixed.id)]
