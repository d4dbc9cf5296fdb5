"""Week figures equal what is counted independently from the records, as they stood then."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from safehaven.domain.dates import week_bounds
from safehaven.errors import InvalidValue
from safehaven.services import checkins, consents, needs, residents, therapy, week_figures, weekly
from tests.reports.timed import TimedHouse, timed_house

__all__ = ["timed_house"]


def test_figures_for_a_small_week(timed_house: TimedHouse) -> None:
    h = timed_house
    on = h.on
    # Week 2026-W47: Monday 16 November to Sunday 22 November.
    stayer = residents.add(on(date(2026, 11, 1)), "Stays",
                           intake_date=date(2026, 11, 1)).record.id
    leaves = residents.add(on(date(2026, 11, 1)), "Leaves", intake_date=date(2026, 11, 1)).record.id
    plan = therapy.add_plan(on(date(2026, 11, 2)), stayer, "art", "Studio",
                            start_date=date(2026, 11, 2)).record
    s1 = therapy.schedule(on(date(2026, 11, 10)), plan.id, datetime(2026, 11, 17, 10)).record.id
    s2 = therapy.schedule(on(date(2026, 11, 10)), plan.id,
                          datetime(2026, 11, 22, 23, 30)).record.id
    therapy.schedule(on(date(2026, 11, 10)), plan.id, datetime(2026, 11, 23, 0, 0))  # next week
    for d in range(16, 23):
        checkins.record(on(date(2026, 11, d)), stayer, 4, day=date(2026, 11, d))
    checkins.record(on(date(2026, 11, 17)), leaves, 2, day=date(2026, 11, 17))
    therapy.set_status(on(date(2026, 11, 17), 12), s1, "attended")
    need = needs.add(on(date(2026, 11, 16)), stayer, "education").record.id
    residents.move_stage(on(date(2026, 11, 18)), leaves, "follow-up", "home with aunt",
                         on=date(2026, 11, 18), skip_reason="her aunt came for her")
    arrives = residents.add(on(date(2026, 11, 19)), "Arrives",
                            intake_date=date(2026, 11, 19)).record.id
    checkins.record(on(date(2026, 11, 19)), arrives, 3, day=date(2026, 11, 19),
                    flags=["runaway"])
    needs.update(on(date(2026, 11, 20)), need, status="met")
    therapy.set_status(on(date(2026, 11, 22), 23), s2, "missed", "asleep")

    f = week_figures.figures(on(date(2026, 11, 26)), "2026-W47")
    assert (f.start, f.end) == (date(2026, 11, 16), date(2026, 11, 22))
    assert (f.residents, f.intakes, f.exits, f.stage_moves) == (3, 1, 1, 1)
    assert not f.in_progress
    # expected: stayer 7 days, leaves Mon-Wed (exit day counts), arrives Thu-Sun
    assert sum(f.checkins_expected.values()) == 7 + 3 + 4
    assert sum(f.checkins_done.values()) == 7 + 1 + 1
    assert f.checkins_expected[date(2026, 11, 19)] == 2
    assert f.flags == {"runaway": 1}
    assert dict(f.sessions) == {"attended": 1, "missed": 1}
    assert dict(f.needs_opened) == {"education": 1} and dict(f.needs_met) == {"education": 1}


def test_empty_week(timed_house: TimedHouse) -> None:
    f = week_figures.figures(timed_house.on(date(2027, 1, 20)), "2027-W01")
    assert f.residents == 0 and f.completion is None and not f.sessions


# A young person's first weeks of 2026, as they happened (day by day), then edits made later.
INTAKE = date(2026, 1, 5)  # Monday of 2026-W02
MOVES = [(date(2026, 1, 14), "stabilization", "settled, sleeping better"),
         (date(2026, 2, 4), "recovery", "engaging in therapy")]
CAP = 4
SESSIONS = [(date(2026, 1, 7), "attended"), (date(2026, 1, 14), "attended"),
            (date(2026, 1, 21), "missed"), (date(2026, 1, 28), "attended"),
            (date(2026, 2, 4), "attended"), (date(2026, 2, 11), "attended")]
NEED_OPENED, NEED_DUE = date(2026, 1, 6), date(2026, 1, 12)
NEED_CLOSED, NEED_REOPENED = date(2026, 1, 27), date(2026, 2, 3)
FLAG_DAY = date(2026, 1, 15)
THERAPY_CONSENT = (date(2026, 1, 6), date(2026, 2, 10))  # granted, expires
WEEKS = [f"2026-W{n:02d}" for n in range(2, 8)]


def _expected(week: str) -> dict:
    """The week's figures worked out from the story above, without the report's code."""
    _, end = week_bounds(week)
    stage = "identification"
    for day, to, _ in MOVES:
        if day <= end:
            stage = to
    used = sum(1 for day, status in SESSIONS if day <= end and status in ("attended", "missed"))
    closed = NEED_CLOSED <= end < NEED_REOPENED
    need_open = end >= NEED_OPENED and not closed
    kinds = set()
    if used > CAP:
        kinds.add("over-cap")
    elif used == CAP:
        kinds.add("cap-reached")
    elif used >= 0.8 * CAP:
        kinds.add("cap-nearly-used")
    if need_open and end > NEED_DUE:
        kinds.add("overdue-need")
    start = end - timedelta(days=6)
    if start <= FLAG_DAY <= end:
        kinds.add("risk-flag")
    granted, expires = THERAPY_CONSENT
    if end < granted:
        kinds.add("consent-missing")
    elif end <= expires <= end + timedelta(days=14):
        kinds.add("consent-expiring")
    elif expires < end:
        kinds.add("consent-expired")
    return {"stage": stage, "used": used, "cap": CAP, "need_open": need_open, "kinds": kinds}


def _shown(data: weekly.WeeklyData) -> dict:
    (resident,) = data.residents
    (plan,) = data.plans.values()
    return {"stage": str(resident.stage), "used": data.used.get(plan.id, 0),
            "cap": plan.session_cap, "need_open": bool(data.open_needs),
            "kinds": {c.kind for c in data.concerns}}


def test_each_past_week_as_it_stood_and_unchanged_by_later_edits(
        timed_house: TimedHouse) -> None:
    h = timed_house
    rid = residents.add(h.on(INTAKE), "Amara", intake_date=INTAKE).record.id
    plan = therapy.add_plan(h.on(date(2026, 1, 6), who="clinician"), rid, "art", "Studio",
                            session_cap=CAP, start_date=date(2026, 1, 6)).record.id
    need = needs.add(h.on(NEED_OPENED), rid, "education", priority="high",
                     due_date=NEED_DUE).record.id
    consent = consents.add(h.on(THERAPY_CONSENT[0]), rid, "therapy",
                           granted_on=THERAPY_CONSENT[0], expires_on=THERAPY_CONSENT[1],
                           guardian_name="Agency", child_assent=True).record.id
    events: list[tuple[date, int, object]] = []
    for day, _status in SESSIONS:
        events.append((day - timedelta(days=5), 10, lambda d=day: therapy.schedule(
            h.on(d - timedelta(days=5)), plan, datetime.combine(d, datetime.min.time())
            .replace(hour=15))))
    for day, to, why in MOVES:
        events.append((day, 11, lambda d=day, t=to, w=why: residents.move_stage(
            h.on(d, 11), rid, t, w, on=d)))
    events.append((NEED_CLOSED, 12, lambda: needs.update(h.on(NEED_CLOSED, 12), need,
                                                         status="met")))
    events.append((NEED_REOPENED, 12, lambda: needs.update(h.on(NEED_REOPENED, 12), need,
                                                           status="open")))
    for day in (INTAKE + timedelta(days=i) for i in range(50)):
        events.append((day, 20, lambda d=day: checkins.record(
            h.on(d, 20), rid, 3, day=d, flags=["self-harm"] if d == FLAG_DAY else [])))
    events.sort(key=lambda e: (e[0], e[1]))
    booked: dict[date, str] = {}
    for day, hour, act in events:
        result = act()
        if isinstance(result.record, therapy.TherapySession):
            booked[result.record.scheduled_at.date()] = result.record.id
        for session_day, status in SESSIONS:  # attendance recorded at the end of its day
            if session_day == day and session_day in booked and hour == 20:
                therapy.set_status(h.on(day, 21), booked[session_day], status,
                                   "asleep" if status == "missed" else None)
    today = date(2026, 3, 2)
    before = {w: _shown(weekly.report_data(h.on(today), w)) for w in WEEKS}
    for w in WEEKS:
        assert before[w] == _expected(w), w
    # Later edits: a bigger cap, the first session cancelled, the need closed, a move,
    # the consent revoked. None of them changes what those weeks were.
    therapy.edit_plan(h.on(today, 10, who="clinician"), plan, session_cap=20)
    therapy.set_status(h.on(today, 10), booked[SESSIONS[0][0]], "cancelled-provider", "ill")
    needs.update(h.on(today, 11), need, status="not-applicable")
    residents.move_stage(h.on(today, 11), rid, "reintegration", "ready", on=today,
                         destination="family")
    consents.revoke(h.on(today, 12), consent, reason="asked to stop")
    after = {w: _shown(weekly.report_data(h.on(today, 13), w)) for w in WEEKS}
    assert after == before
    now = _shown(weekly.report_data(h.on(today, 13), "2026-W10"))
    assert now["stage"] == "reintegration" and now["cap"] == 20 and not now["need_open"]


def test_the_current_week_counts_only_days_lived(timed_house: TimedHouse) -> None:
    h = timed_house
    rid = residents.add(h.on(date(2026, 3, 1)), "Lina", intake_date=date(2026, 3, 1)).record.id
    for d in (date(2026, 3, 2), date(2026, 3, 3)):
        checkins.record(h.on(d), rid, 4, day=d)
    f = week_figures.figures(h.on(date(2026, 3, 4), 8), "2026-W10")  # Wednesday morning
    assert f.in_progress
    assert set(f.checkins_expected) == {date(2026, 3, 2), date(2026, 3, 3)}  # whole days
    assert sum(f.checkins_done.values()) == 2 and f.completion == 1.0
    assert f.today == (1, 0)  # shown, not scored


def test_a_future_week_is_refused(timed_house: TimedHouse) -> None:
    with pytest.raises(InvalidValue) as refused:
        weekly.report_data(timed_house.on(date(2026, 3, 4)), "2026-W11")
    assert refused.value.field == "week" and "not started" in refused.value.message
