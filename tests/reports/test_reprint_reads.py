"""The weekly report's reads at the end of a week (`store/reprint.py`) give the answers of the
change log replayed in full (`store/history.py`), on a house whose records were changed
before and after that week: sessions marked, moved and booked late, a need met and
reopened, a plan edited, an adult vetted, a check-in corrected."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from safehaven.domain.models import (
    CheckIn,
    Consent,
    Incident,
    Need,
    TherapyPlan,
    TherapySession,
    TrustedAdult,
)
from safehaven.domain.vocab import SessionStatus
from safehaven.services import (
    checkins,
    needs,
    residents,
    therapy,
    trusted_adults,
    weekly,
    weekly_reprint,
)
from safehaven.store import history, reads
from safehaven.store.connection import Connection
from safehaven.store.reprint import Reprint
from tests.reports.timed import TimedHouse, timed_house

__all__ = ["timed_house"]

END_OF_W47 = datetime.combine(date(2026, 11, 23), time.min)


def _house(h: TimedHouse) -> dict[str, str]:
    rid = residents.add(h.on(date(2026, 10, 1)), "Replay Rosa",
                        intake_date=date(2026, 10, 1)).record.id
    clin = h.on(date(2026, 10, 1), who="clinician")
    plan = therapy.add_plan(clin, rid, "emdr", "Clinic", session_cap=6,
                            start_date=date(2026, 10, 1)).record.id
    kept = therapy.schedule(h.on(date(2026, 11, 2)), plan, datetime(2026, 11, 17, 10)).record.id
    therapy.set_status(h.on(date(2026, 11, 17), 12), kept, "attended")
    therapy.set_status(h.on(date(2026, 11, 30), 12), kept, "cancelled-provider",
                       "clinic closed")  # corrected after the week
    late = therapy.schedule(h.on(date(2026, 11, 24)), plan, datetime(2026, 11, 19, 10),
                            confirmed=True).record.id
    therapy.set_status(h.on(date(2026, 11, 25), 8), late, "attended")
    booked = therapy.schedule(h.on(date(2026, 11, 10)), plan, datetime(2026, 11, 20, 10)
                              ).record.id  # never marked: written once
    therapy.schedule(h.on(date(2026, 11, 20)), plan, datetime(2026, 11, 26, 10))
    therapy.edit_plan(h.on(date(2026, 11, 27), who="clinician"), plan, session_cap=8)
    need = needs.add(h.on(date(2026, 11, 2)), rid, "education").record.id
    needs.close(h.on(date(2026, 11, 18)), need, "met", "enrolled")
    needs.update(h.on(date(2026, 12, 9)), need, status="open")
    adult = trusted_adults.add(h.on(date(2026, 11, 3)), rid, "Aunt Ada", "aunt").record.id
    trusted_adults.vet(h.on(date(2026, 11, 28)), adult, "in-progress")
    first = checkins.record(h.on(date(2026, 11, 18), 20), rid, 2).record.id
    checkins.amend(h.on(date(2026, 11, 26)), first, "wrong child's form", mood=4)
    return {"resident": rid, "plan": plan, "kept": kept, "late": late, "booked": booked,
            "need": need, "adult": adult}


def _old_sessions_then(conn: Connection, sessions: list[TherapySession], clock: int
                       ) -> list[tuple[str, SessionStatus]]:
    """The statuses as the report replayed them before (every version of every session)."""
    found = history.versions(conn, TherapySession, {s.id for s in sessions})
    out = []
    for s in sessions:
        steps = found.get(s.id) or [(0, s)]
        known = [v for h, v in steps if h <= clock] or [steps[0][1]]
        then = known[-1]
        if then.status is SessionStatus.SCHEDULED:
            later = [v for h, v in steps if h > clock and v.status is not SessionStatus.SCHEDULED]
            then = later[0] if later else then
        out.append((s.id, then.status))
    return out


def test_reprint_reads_answer_as_the_full_replay(timed_house: TimedHouse) -> None:
    h = timed_house
    ids = _house(h)
    conn = h.vault.conn
    clock = history.clock_at(END_OF_W47)
    rp = Reprint(conn, clock)
    for model in (TherapySession, TherapyPlan, Consent, TrustedAdult, Need):
        assert sorted(rp.as_of(model), key=lambda r: r.id) == \
            sorted(history.as_of(conn, model, clock), key=lambda r: r.id), model
    # the ones that changed were replayed, the one written once was not
    assert {ids["kept"], ids["late"]} <= rp.changed(TherapySession)
    assert ids["booked"] not in rp.changed(TherapySession)
    plan_then = next(p for p in rp.as_of(TherapyPlan) if p.id == ids["plan"])
    assert plan_then.session_cap == 6  # raised to 8 after the week
    adult_then = next(a for a in rp.as_of(TrustedAdult) if a.id == ids["adult"])
    assert str(adult_then.vetting_status) == "not-vetted"

    sessions = reads.all_of(conn, TherapySession)
    assert [(s.id, s.status) for s in weekly_reprint.sessions_then(rp, sessions)] == \
        _old_sessions_then(conn, sessions, clock)
    then = {s.id: s.status for s in weekly_reprint.sessions_then(rp, sessions)}
    assert then[ids["kept"]] is SessionStatus.ATTENDED  # cancelled only after the week
    assert then[ids["late"]] is SessionStatus.ATTENDED  # recorded late, counted then

    every_need = reads.all_of(conn, Need, include_deleted=True)
    old = history.versions(conn, Need, {n.id for n in every_need})
    new = rp.versions(Need, {n.id for n in every_need})
    assert {k: [v for _, v in found] for k, found in new.items()} == \
        {k: [v for _, v in found] for k, found in old.items()}
    assert [h_ for h_, _ in new[ids["need"]]] == [h_ for h_, _ in old[ids["need"]]]

    for model, rows in ((TherapySession, {ids["kept"], ids["late"], ids["booked"]}),
                        (Need, {ids["need"]}), (Incident, set())):
        assert rp.changes_after(model, rows) == \
            [c for c in history.changes_after(conn, model, clock) if c[0] in rows], model

    fixes = rp.amendments_after(CheckIn, "2026-11-16", "2026-11-22")
    logged = [(row_id, hlc, who) for row_id, field, row, hlc, who
              in history.changes_after(conn, CheckIn, clock)
              if field == history.WHOLE_ROW and row.get("amends_id")]
    assert fixes == logged and len(fixes) == 1


def test_the_weekly_report_reads_each_table_once(timed_house: TimedHouse,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The report asks the store for a year's sessions once, not once per question."""
    h = timed_house
    _house(h)
    asked: list[type] = []
    original = reads.all_of

    def counting(conn: Connection, model: type, **kw: bool) -> list[object]:
        asked.append(model)
        return original(conn, model, **kw)

    monkeypatch.setattr(reads, "all_of", counting)
    data = weekly.report_data(h.on(date(2026, 12, 10)), "2026-W47")
    assert data.figures.sessions["attended"] == 2
    assert asked.count(TherapySession) <= 1
    assert asked.count(Need) <= 2  # live ones, and every version's rows (deleted too)
