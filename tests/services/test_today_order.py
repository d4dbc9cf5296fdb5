"""Today's alerts in the order a night shift acts on them, and acknowledgements that take
an alert off Today until its condition changes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from safehaven import clock
from safehaven.domain import alerts as rules
from safehaven.domain.models import Alert
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import (
    alert_acks,
    checkins,
    follow_ups,
    incidents,
    needs,
    residents,
    therapy,
    today,
)
from safehaven.services.context import Context
from tests.conftest import House

DAY = date(2026, 3, 10)


def at(house: House, who: str = "manager", hour: int = 22) -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: datetime.combine(DAY, time(hour)))


def _shown(alerts: list[Alert], names: dict[str, str]) -> list[tuple[str, str, str, str]]:
    return [(rules.urgency(a), str(a.kind), names[a.resident_id], a.detail) for a in alerts]


@pytest.fixture
def records(house: House) -> dict[str, str]:
    m = at(house, hour=22)
    ids = {n: residents.add(m, n, intake_date=date(2026, 1, 5)).record.id
           for n in ("Ana", "Bea", "Cai", "Dan")}
    incidents.record(m, ids["Ana"], "violence", occurred_at=datetime(2026, 3, 10, 20, 15),
                     description="A fight in the kitchen")
    older = incidents.record(m, ids["Bea"], "disclosure",
                             occurred_at=datetime(2026, 3, 8, 11, 0),
                             description="Told her key worker about the flat").record
    incidents.acknowledge(m, older.id)  # acknowledged, not closed: it stays
    for name in ("Ana", "Bea"):
        checkins.record(at(house, "staff", 21), ids[name], 3)
    checkins.record(at(house, "staff", 21), ids["Cai"], 1, flags=["self-harm"])
    therapy.add_plan(at(house, "clinician"), ids["Dan"], "tf-cbt", "Dr Ruiz",
                     start_date=date(2026, 2, 2))
    follow_ups.schedule(m, ids["Bea"], date(2026, 3, 1))
    for due in (date(2026, 2, 25), date(2026, 2, 20), date(2026, 3, 1)):
        needs.add(m, ids["Ana"], "legal-immigration", priority="high", due_date=due)
    needs.add(m, ids["Cai"], "medical", priority="high", due_date=date(2026, 3, 5))
    needs.add(m, ids["Cai"], "education", priority="low", due_date=date(2026, 3, 1))
    return ids


def test_the_alert_list_is_in_exactly_this_order(house: House,
                                                 records: dict[str, str]) -> None:
    view = today.overview(at(house))
    names = {v: k for k, v in records.items()}
    assert _shown(view.alerts, names) == [
        ("urgent", "risk-flag", "Cai", "self-harm"),  # tonight, time not known: on top
        ("urgent", "incident-open", "Ana", "violence"),  # tonight 20:15
        ("urgent", "incident-open", "Bea", "disclosure"),  # two days ago, still open
        ("soon", "consent-missing", "Dan", "therapy"),
        ("soon", "follow-up-overdue", "Bea", ""),
        ("routine", "overdue-need", "Ana", "3"),  # one line per resident
        ("routine", "overdue-need", "Cai", "medical"),
    ]
    assert view.alerts[1].at == datetime(2026, 3, 10, 20, 15)


def test_a_flag_recorded_on_its_day_carries_its_time(house: House) -> None:
    """The laptop's own clock: the check-in is written today, so its time is known."""
    staff = Context(house.vault, house.staff.actor)
    rid = residents.add(Context(house.vault, house.manager.actor), "Eva").record.id
    before = clock.now().replace(microsecond=0)
    flagged = checkins.record(staff, rid, 2, flags=["runaway"]).record
    [alert] = [a for a in today.overview(staff).alerts if a.kind == "risk-flag"]
    assert alert.source_id == flagged.id and alert.at is not None
    if flagged.date == before.date():  # not across midnight
        assert before - timedelta(seconds=1) <= alert.at <= clock.now()
    late = checkins.record(staff, rid, 3, day=flagged.date - timedelta(days=1),
                           flags=["medical"], confirmed=True).record  # typed in a day late
    [old] = [a for a in today.overview(staff).alerts if a.source_id == late.id]
    assert old.at is None  # its time of writing says nothing of that day


def test_an_acknowledged_alert_leaves_today_until_its_condition_changes(
        house: House, records: dict[str, str]) -> None:
    names = {v: k for k, v in records.items()}
    staff = at(house, "staff")
    view = today.overview(staff)
    overdue = next(a for a in view.alerts if a.kind == "overdue-need"
                   and names[a.resident_id] == "Ana")
    with pytest.raises(InvalidValue) as err:
        alert_acks.acknowledge(staff, overdue, "  ")
    assert err.value.field == "note"
    ack = alert_acks.acknowledge(staff, overdue, "Lawyer booked for Thursday").record
    assert (ack.acked_by, ack.kind) == (staff.actor.id, "overdue-need")
    after = today.overview(staff)
    assert overdue not in after.alerts and after.acknowledged == 1
    assert len(after.alerts) == len(view.alerts) - 1
    audit = house.vault.conn.execute(
        "SELECT staff_id FROM audit_log WHERE table_name = 'alert_acks' AND row_id = ?",
        (ack.id,)).fetchall()
    assert audit == [(staff.actor.id,)]
    assert house.vault.conn.execute(  # in the change log: it syncs
        "SELECT count(*) FROM change_log WHERE table_name = 'alert_acks' AND row_id = ?",
        (ack.id,)).fetchone()[0] == 1
    needs.add(at(house), records["Ana"], "identity-documents", priority="high",
              due_date=date(2026, 3, 9))  # a fourth: the condition changed
    back = [a for a in today.overview(staff).alerts if a.kind == "overdue-need"
            and names[a.resident_id] == "Ana"]
    assert [a.detail for a in back] == ["4"]


def test_who_may_acknowledge_what(house: House, records: dict[str, str]) -> None:
    view = today.overview(at(house))
    flag = next(a for a in view.alerts if a.kind == "risk-flag")
    incident = next(a for a in view.alerts if a.kind == "incident-open")
    with pytest.raises(NotAllowed):
        alert_acks.acknowledge(at(house, "staff"), flag, "She is asleep, checked at 23:00")
    assert not alert_acks.may_acknowledge(at(house, "staff"), flag)
    assert alert_acks.may_acknowledge(at(house, "clinician"), flag)
    with pytest.raises(InvalidValue) as err:
        alert_acks.acknowledge(at(house), incident, "seen")
    assert err.value.field == "alert"
    alert_acks.acknowledge(at(house, "clinician"), flag, "Talked with her; safety plan "
                                                         "gone through, checks every hour")
    assert flag not in today.overview(at(house)).alerts


def test_incident_text_and_follow_up_risk_reach_today(house: House) -> None:
    """What a worker wrote happened, and what a follow-up contact found, are on Today."""
    from safehaven.services import follow_ups

    staff = Context(house.vault, house.staff.actor)
    rid = residents.add(Context(house.vault, house.manager.actor), "Eva").record.id
    checkins.record(staff, rid, 3, incidents="A car waited outside for an hour")
    [due] = follow_ups.schedule(house.manager, rid, house.manager.today()).record
    follow_ups.complete(house.manager, due.id,
                        method="phone", contacted="the young person", risk_level="medium",
                        risk_indicators=["unexplained-money", "unsafe-relationship"])
    kinds = {(str(a.kind), a.detail) for a in today.overview(staff).alerts
             if a.resident_id == rid}
    assert ("incident-noted", "A car waited outside for an hour") in kinds
    assert ("follow-up-risk", "medium") in kinds


def test_the_last_mood_is_the_latest_shift_whatever_order_it_arrived_in(house: House
                                                                         ) -> None:
    """Two check-ins on one day: the night's is the last, even when the morning's was
    typed in (or reached this laptop) later; every laptop then shows the same."""
    from safehaven.services import residents as residents_service

    rid = residents.add(house.manager, "Iris").record.id
    day = house.manager.today()
    checkins.record(house.staff, rid, 2, day=day, shift="night")
    checkins.record(house.staff, rid, 5, day=day, shift="morning", confirmed=True)
    [row] = [r for r in residents_service.overview(house.staff) if r.id == rid]
    assert (row.last_checkin_date, row.last_mood) == (day, 2)
    assert [c.shift.value for c in checkins.for_resident(house.staff, rid)] == ["night",
                                                                                "morning"]
