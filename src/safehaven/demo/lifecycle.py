"""Demo records of a case's whole life (issue 30): closed cases with their reasons, and
approvals the house switched on with one plan waiting for the manager.

Drawn on a stream of their own (`random.Random("lifecycle-<seed>")`), after every other
record, so the rest of a seed's demo house is the same as before these existed.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from safehaven.domain import models as m
from safehaven.domain.lifecycle import Approval, CaseClosure
from safehaven.domain.vocab import (
    ApprovalStatus,
    ApprovalSubject,
    CareStage,
    CaseAction,
    ClosureReason,
    Destination,
)
from safehaven.services import house_settings
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.writer import WriteTx

if TYPE_CHECKING:
    from safehaven.demo.generator import Generator

# Why a reintegration's case closed, by where the young person went.
REASON = {Destination.FAMILY: ClosureReason.REINTEGRATED, Destination.KINSHIP:
          ClosureReason.KINSHIP, Destination.INDEPENDENT_LIVING:
          ClosureReason.INDEPENDENT_LIVING, Destination.FOSTER_CARE:
          ClosureReason.OTHER_SERVICE, Destination.OTHER_SERVICE: ClosureReason.OTHER_SERVICE}
PLACES = {ClosureReason.REINTEGRATED: "With her family, followed up by the social worker",
          ClosureReason.KINSHIP: "Grandmother's home, same town",
          ClosureReason.INDEPENDENT_LIVING: "Supported flat, youth housing project",
          ClosureReason.OTHER_SERVICE: "Foster placement through the local authority",
          ClosureReason.TURNED_18: "Adult services, supported lodgings"}
FOLLOWED_FOR = 14  # days after leaving: the first follow-up went well, the case closes
TRANSFERRED = ClosureReason.TRANSFERRED, "Casa Norte (moved for her safety)"


def add(gen: Generator, seed: int) -> None:
    """Close the cases of those who left (their follow-ups go on), and one young person's
    who moved to another house for their safety; switch approvals of therapy plans on and
    leave one plan waiting for a manager."""
    rng = random.Random(f"lifecycle-{seed}")  # noqa: S311 - synthetic data
    conn = gen.ctx.conn
    moves = {}
    for c in sorted(reads.all_of(conn, m.StageChange), key=lambda c: (c.changed_on, c.id)):
        if c.to_stage is CareStage.REINTEGRATION:
            moves[c.resident_id] = c.destination
    with gen.ctx.write() as tx:
        gen.signer = tx.ctx.staff_id
        everyone = sorted(reads.all_of(conn, m.Resident), key=lambda r: r.id)
        for r in everyone:
            left = r.discharge_date
            if left is None:
                continue
            destination = moves.get(r.id)
            why = REASON.get(destination, ClosureReason.TURNED_18) if destination \
                else ClosureReason.TURNED_18
            by = _closer(gen, rng)
            gen._add(tx, by, CaseClosure, resident_id=r.id, action=CaseAction.CLOSE,
                     day=min(gen.today, left + timedelta(days=rng.randint(0, FOLLOWED_FOR))),
                     staff_id=by, reason=why, destination=PLACES.get(why))
        acked = {a.resident_id for a in reads.all_of(conn, m.AlertAck)}  # Today keeps them
        early = [r for r in everyone if r.discharge_date is None and r.id not in acked
                 and r.stage in (CareStage.STABILIZATION, CareStage.RECOVERY)
                 and (gen.today - r.intake_date).days > 14]
        if early:  # moved to another house of the organisation for her safety
            r = rng.choice(early)
            by = _closer(gen, rng)
            gen._add(tx, by, CaseClosure, resident_id=r.id, action=CaseAction.CLOSE,
                     day=gen.today - timedelta(days=rng.randint(1, 6)), staff_id=by,
                     reason=TRANSFERRED[0], destination=TRANSFERRED[1])
        _approvals(gen, tx, rng)


def _closer(gen: Generator, rng: random.Random) -> str:
    """A clinician or manager of the house closes it (whoever opened the vault, for staff
    ids it does not know)."""
    who = rng.choice(gen.may[Action.CLOSE_CASE])
    return who if who in gen.known or gen.signer is None else gen.signer


def _approvals(gen: Generator, tx: WriteTx, rng: random.Random) -> None:
    managers = [i for i in gen.may[Action.MANAGE_HOUSE] if i in gen.known
                and gen.roles.get(i) is not None and i in gen.may[Action.APPROVE]]
    clinicians = [i for i in gen.clinicians if i in gen.known]
    if not managers or not clinicians:
        return  # a house without both has no one to submit or approve
    gen._save(tx, house_settings.approval_setting(gen.site, ApprovalSubject.THERAPY_PLAN,
                                                  managers[0], gen.today), managers[0])
    plans = sorted((p for p in reads.all_of(gen.ctx.conn, m.TherapyPlan)
                    if p.closed_on is None and p.end_date is None), key=lambda p: p.id)
    if not plans:
        return
    plan = rng.choice(plans)
    by = rng.choice(clinicians)
    at = datetime.combine(gen.today - timedelta(days=1), time(15, rng.choice((0, 15, 30))))
    gen._add(tx, by, Approval, resident_id=plan.resident_id,
             subject=ApprovalSubject.THERAPY_PLAN, subject_id=plan.id,
             status=ApprovalStatus.SUBMITTED, at=at, staff_id=by,
             comment="Goals updated after the review meeting")
