"""The demo house's closed cases and pending approval (issue 30): made by roles allowed
to, with their reasons, and visible where a manager looks."""

from __future__ import annotations

from datetime import date

from safehaven.demo import generator
from safehaven.domain.lifecycle import CaseClosure
from safehaven.domain.permissions import Action
from safehaven.domain.vocab import ApprovalSubject, ClosureReason, Role
from safehaven.services import approvals, closures, today
from safehaven.services.permissions import allowed
from safehaven.store import reads
from tests.conftest import House

DAY = date(2026, 11, 26)


def test_the_demo_house_has_closed_cases_and_a_plan_waiting(house: House) -> None:
    people = [c.actor for c in (house.manager, house.staff, house.clinician) if c.actor]
    roles: dict[str, Role] = {s.id: s.role for s in people}
    generator.generate(house.manager, residents=40, days=120, seed=5, today=DAY,
                       staff_ids=list(roles))
    conn = house.vault.conn
    closed = closures.closed_map(conn)
    assert closed and ClosureReason.TRANSFERRED in {c.reason for c in closed.values()}
    assert all(allowed(roles[c.staff_id], Action.CLOSE_CASE) and c.destination and c.day <= DAY
               for c in reads.all_of(conn, CaseClosure))
    view = today.overview(house.manager)
    assert not closed.keys() & {r.id for r in view.needs_checkin}
    waiting = approvals.pending(house.manager)
    assert [p.step.subject for p in waiting] == [ApprovalSubject.THERAPY_PLAN]
    assert roles[waiting[0].step.staff_id] is Role.CLINICIAN
    assert [p.step.subject_id for p in view.approvals] == [waiting[0].step.subject_id]
