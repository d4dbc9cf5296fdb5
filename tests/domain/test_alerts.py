from __future__ import annotations

from datetime import date, datetime, timedelta

from safehaven.domain import alerts
from safehaven.domain.models import (
    CheckIn,
    FollowUp,
    Need,
    Resident,
    TherapyPlan,
    TherapySession,
)
from safehaven.domain.vocab import (
    AlertKind,
    CareStage,
    NeedCategory,
    NeedStatus,
    Priority,
    RiskFlag,
    SessionStatus,
    Shift,
)

TODAY = date(2026, 11, 26)


def _resident(rid: str, stage: CareStage = CareStage.STABILIZATION, **kw: object) -> Resident:
    return Resident(rid, "s", rid, TODAY - timedelta(days=30), stage, **kw)  # type: ignore[arg-type]


def _session(n: int, status: SessionStatus, plan: str = "p") -> TherapySession:
    return TherapySession(f"s{n}", "s", "r1", plan, datetime(2026, 11, n, 10), status=status)


def test_each_flag_in_a_checkin_is_an_alert() -> None:
    c = CheckIn("c", "s", "r1", TODAY, Shift.NIGHT, 2, "st",
                flags=(RiskFlag.RUNAWAY, RiskFlag.SELF_HARM))
    got = alerts.risk_flag_alerts([c, CheckIn("d", "s", "r2", TODAY, Shift.NIGHT, 4, "st")])
    assert [(a.kind, a.detail) for a in got] == [(AlertKind.RISK_FLAG, "runaway"),
                                                 (AlertKind.RISK_FLAG, "self-harm")]


def test_no_checkin_only_for_residents_living_in_the_house() -> None:
    residents = [_resident("done"), _resident("waiting"),
                 _resident("left", CareStage.FOLLOW_UP),
                 _resident("gone", deleted=True),
                 Resident("future", "s", "future", TODAY + timedelta(days=1))]
    got = alerts.missing_checkin_alerts(TODAY, residents, {"done"})
    assert [a.resident_id for a in got] == ["waiting"]


def test_two_missed_sessions_in_a_row() -> None:
    held = [_session(1, SessionStatus.ATTENDED), _session(8, SessionStatus.MISSED),
            _session(12, SessionStatus.CANCELLED_PROVIDER), _session(15, SessionStatus.MISSED)]
    assert [a.kind for a in alerts.missed_session_alerts(held)] == [AlertKind.MISSED_SESSIONS]
    held.append(_session(20, SessionStatus.ATTENDED))
    assert alerts.missed_session_alerts(held) == []


def test_cap_warning_at_eighty_percent() -> None:
    plan = TherapyPlan("p", "s", "r1", "art", "Studio", "weekly", TODAY, session_cap=10)
    no_cap = TherapyPlan("q", "s", "r1", "art", "Studio", "weekly", TODAY)
    assert alerts.cap_alerts(TODAY, [plan, no_cap], {"p": 7, "q": 99}) == []
    [a] = alerts.cap_alerts(TODAY, [plan, no_cap], {"p": 8})
    assert a.detail == "8/10"
    used = alerts.sessions_used(plan, [_session(1, SessionStatus.ATTENDED),
                                       _session(2, SessionStatus.MISSED),
                                       _session(3, SessionStatus.CANCELLED_RESIDENT),
                                       _session(4, SessionStatus.ATTENDED, plan="other")])
    assert used == 2


def test_overdue_high_priority_need() -> None:
    def need(nid: str, priority: Priority, status: NeedStatus, due: date | None) -> Need:
        return Need(nid, "s", "r1", NeedCategory.MEDICAL, priority, status, TODAY, due_date=due)
    yesterday = TODAY - timedelta(days=1)
    needs = [need("a", Priority.HIGH, NeedStatus.OPEN, yesterday),
             need("b", Priority.HIGH, NeedStatus.MET, yesterday),
             need("c", Priority.MEDIUM, NeedStatus.OPEN, yesterday),
             need("d", Priority.HIGH, NeedStatus.IN_PROGRESS, TODAY),
             need("e", Priority.HIGH, NeedStatus.IN_PROGRESS, None)]
    assert [a.source_id for a in alerts.overdue_need_alerts(TODAY, needs)] == ["a"]


def test_follow_up_overdue() -> None:
    got = alerts.follow_up_alerts(TODAY, [
        FollowUp("late", "s", "r1", TODAY - timedelta(days=1)),
        FollowUp("done", "s", "r1", TODAY - timedelta(days=5), done_on=TODAY),
        FollowUp("due", "s", "r1", TODAY),
    ])
    assert [a.source_id for a in got] == ["late"]


def test_incident_text_without_a_flag_is_an_alert_until_an_incident_answers_it() -> None:
    from safehaven.domain.models import Incident
    from safehaven.domain.vocab import IncidentKind

    wrote = CheckIn("w", "s", "r1", TODAY, Shift.NIGHT, 3, "st", incidents="Shouting at door")
    flagged = CheckIn("f", "s", "r2", TODAY, Shift.NIGHT, 2, "st", flags=(RiskFlag.RUNAWAY,),
                      incidents="Tried to leave")  # its flag's alert says it already
    blank = CheckIn("b", "s", "r3", TODAY, Shift.NIGHT, 4, "st", incidents="   ")
    got = alerts.incident_text_alerts([wrote, flagged, blank], [])
    assert [(a.kind, a.source_id, a.detail) for a in got] == [
        (AlertKind.INCIDENT_NOTED, "w", "Shouting at door")]  # what was written, on Today
    answered = Incident("i", "s", "r1", IncidentKind.OTHER, datetime(2026, 11, 26, 22),
                        "Stranger shouting at the door", "st", checkin_id="w")
    assert alerts.incident_text_alerts([wrote], [answered]) == []
    assert alerts.urgency(got[0]) == "urgent"


def test_risk_found_at_a_follow_up_is_an_urgent_alert_for_a_month() -> None:
    from safehaven.domain.vocab import RiskIndicator, RiskLevel

    def done(fid: str, days_ago: int, level: RiskLevel, *signs: RiskIndicator) -> FollowUp:
        return FollowUp(fid, "s", "r1", TODAY - timedelta(days=days_ago + 3),
                        done_on=TODAY - timedelta(days=days_ago), risk_level=level,
                        risk_indicators=signs)

    got = alerts.follow_up_risk_alerts(TODAY, [
        done("medium", 2, RiskLevel.MEDIUM, RiskIndicator.UNEXPLAINED_MONEY,
             RiskIndicator.UNSAFE_RELATIONSHIP),
        done("signs", 5, RiskLevel.LOW, RiskIndicator.UNSAFE_RELATIONSHIP),
        done("calm", 1, RiskLevel.LOW),
        done("old", 40, RiskLevel.HIGH),
        FollowUp("due", "s", "r1", TODAY),
    ])
    assert [(a.source_id, a.detail) for a in got] == [("medium", "medium"),
                                                      ("signs", "unsafe-relationship")]
    assert {alerts.urgency(a) for a in got} == {"urgent"}
