"""What a receiving service needs at a warm hand-off: the resident summary's content."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from safehaven.domain.models import (
    CaseNote,
    Consent,
    FollowUp,
    Need,
    Referral,
    Resident,
    Site,
    Staff,
    StageChange,
    TherapyPlan,
    TherapySession,
    TrustedAdult,
)
from safehaven.domain.vocab import NoteKind
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads


@dataclass(frozen=True, slots=True)
class HandoffData:
    house: str
    generated_by: str
    generated_at: datetime
    resident: Resident
    stages: list[StageChange]
    needs: list[Need]
    plans: list[TherapyPlan]
    sessions: list[TherapySession]
    trusted_adults: list[TrustedAdult]
    consents: list[Consent]
    referrals: list[Referral]
    follow_ups: list[FollowUp]
    clinical_notes: list[CaseNote]
    staff_names: dict[str, str]


def summary_data(ctx: Context, resident_id: str, *, include_legal_name: bool = False,
                 include_clinical: bool = False) -> HandoffData:
    """Restricted parts (legal name, clinical notes) only when asked for *and* allowed."""
    ctx.require(Action.READ_RECORDS)
    if include_legal_name or include_clinical:
        ctx.require(Action.READ_RESTRICTED)
    conn = ctx.conn
    resident = reads.get(conn, Resident, resident_id)
    if not include_legal_name:
        resident = replace(resident, legal_name=None)
    notes = []
    if include_clinical:
        notes = [n for n in reads.for_resident(conn, CaseNote, resident_id, "written_at, id")
                 if n.kind is NoteKind.CLINICAL]
    site = reads.all_of(conn, Site)
    with ctx.write() as tx:
        tx.audit("report-resident", "residents", resident_id, resident_id)
    return HandoffData(
        house=site[0].name if site else "",
        generated_by=ctx.actor.display_name if ctx.actor else "",
        generated_at=ctx.now(), resident=resident,
        stages=reads.for_resident(conn, StageChange, resident_id, "changed_on, id"),
        needs=reads.for_resident(conn, Need, resident_id, "status, due_date IS NULL, due_date"),
        plans=reads.for_resident(conn, TherapyPlan, resident_id, "start_date, id"),
        sessions=reads.for_resident(conn, TherapySession, resident_id, "scheduled_at, id"),
        trusted_adults=reads.for_resident(conn, TrustedAdult, resident_id, "name"),
        consents=reads.for_resident(conn, Consent, resident_id, "granted_on, id"),
        referrals=reads.for_resident(conn, Referral, resident_id, "made_on, id"),
        follow_ups=reads.for_resident(conn, FollowUp, resident_id, "due_date, id"),
        clinical_notes=notes,
        staff_names={s.id: s.display_name for s in reads.all_of(conn, Staff)},
    )
