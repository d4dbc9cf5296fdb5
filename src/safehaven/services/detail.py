"""Everything one resident's page shows (and `resident show` prints), in one read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from safehaven.domain.lifecycle import Approval, CaseClosure
from safehaven.domain.measures import Instrument
from safehaven.domain.models import (
    CaseNote,
    CheckIn,
    Consent,
    Contact,
    FollowUp,
    GroupAttendance,
    GroupSession,
    HouseLogEntry,
    Incident,
    Need,
    NoContact,
    Referral,
    Resident,
    SafetyPlan,
    StageChange,
    TherapyPlan,
    TherapySession,
    TrustedAdult,
)
from safehaven.services import (
    approvals,
    checkins,
    closures,
    consents,
    contacts,
    follow_ups,
    groups,
    house_log,
    house_settings,
    incidents,
    life_detail,
    measures,
    needs,
    no_contacts,
    notes,
    referrals,
    residents,
    restraints,
    safety_plans,
    staff,
    therapy,
    trusted_adults,
)
from safehaven.services.context import Context
from safehaven.services.life_detail import LifeDetail
from safehaven.services.measures import Scored
from safehaven.services.permissions import Action
from safehaven.services.restraints import RestraintRecord


@dataclass(frozen=True, slots=True)
class ResidentDetail:
    """A resident's whole record as the acting role may see it (no legal name or clinical
    notes for staff)."""

    resident: Resident
    needs: list[Need]
    checkins: list[CheckIn]  # newest first, the versions that count
    plans: list[TherapyPlan]
    sessions: list[TherapySession]
    used: dict[str, int]
    notes: list[CaseNote]  # what this role may read
    stages: list[StageChange]
    referrals: list[Referral]
    consents: list[Consent]
    trusted_adults: list[TrustedAdult]
    follow_ups: list[FollowUp]
    incidents: list[Incident]
    safety_plan: SafetyPlan | None
    staff_names: dict[str, str]
    measures: list[Scored] = field(default_factory=list)  # empty for roles without scores
    instruments: list[Instrument] = field(default_factory=list)
    groups: list[tuple[GroupSession, GroupAttendance]] = field(default_factory=list)
    # safeguarding records (issue 27)
    no_contacts: list[NoContact] = field(default_factory=list)  # reasons for clinical roles
    contacts: list[Contact] = field(default_factory=list)  # newest first
    restraints: list[RestraintRecord] = field(default_factory=list)  # newest first
    techniques: list[str] = field(default_factory=list)  # the house's, for the form
    house_log: list[HouseLogEntry] = field(default_factory=list)  # entries naming them
    life: LifeDetail = field(default_factory=LifeDetail)  # issue 31: legal, school, voice
    # a case closed or reopened (issue 30)
    case: closures.CaseState = field(default_factory=lambda: closures.CaseState(None))
    closures: list[CaseClosure] = field(default_factory=list)
    approvals: list[Approval] = field(default_factory=list)  # every step, oldest first
    # every check-in as written, corrected and voided ones too, newest first (issue 25)
    checkin_history: list[CheckIn] = field(default_factory=list)

    def timeline(self) -> list[tuple[datetime, str, object]]:
        """Notes, stage changes, referrals, house log entries that name them and the
        case's closing and reopening and each approval step, in one chronological list,
        newest first."""
        items: list[tuple[datetime, str, object]] = []
        items += [(n.written_at, "note", n) for n in self.notes]
        items += [(datetime.combine(s.changed_on, datetime.min.time()), "stage", s)
                  for s in self.stages]
        items += [(datetime.combine(r.made_on, datetime.min.time()), "referral", r)
                  for r in self.referrals]
        items += [(e.at, "house-log", e) for e in self.house_log]
        items += [(datetime.combine(c.day, datetime.min.time()), "closure", c)
                  for c in self.closures]
        items += [(a.at, "approval", a) for a in self.approvals]
        return sorted(items, key=lambda item: item[0], reverse=True)


def load(ctx: Context, resident_id: str) -> ResidentDetail:
    scores = ctx.may(Action.READ_MEASURES)
    return ResidentDetail(
        resident=residents.get(ctx, resident_id),
        needs=needs.for_resident(ctx, resident_id),
        checkins=checkins.for_resident(ctx, resident_id),
        plans=therapy.plans_for(ctx, resident_id),
        sessions=therapy.sessions_for(ctx, resident_id),
        used=therapy.used_by_plan(ctx),
        notes=notes.for_resident(ctx, resident_id),
        stages=residents.stage_history(ctx, resident_id),
        referrals=referrals.for_resident(ctx, resident_id),
        consents=consents.for_resident(ctx, resident_id),
        trusted_adults=trusted_adults.for_resident(ctx, resident_id),
        follow_ups=follow_ups.for_resident(ctx, resident_id),
        incidents=incidents.for_resident(ctx, resident_id),
        safety_plan=safety_plans.current(ctx, resident_id),
        staff_names={s.id: s.display_name for s in staff.listing(ctx)},
        measures=measures.for_resident(ctx, resident_id) if scores else [],
        instruments=measures.scales(ctx) if scores else [],
        groups=groups.for_resident(ctx, resident_id),
        no_contacts=no_contacts.for_resident(ctx, resident_id),
        contacts=contacts.for_resident(ctx, resident_id),
        restraints=restraints.for_resident(ctx, resident_id),
        techniques=house_settings.restraint_techniques(ctx),
        house_log=house_log.for_resident(ctx, resident_id),
        life=life_detail.load(ctx, resident_id),
        case=closures.state(ctx, resident_id),
        closures=closures.history(ctx, resident_id),
        approvals=approvals.steps_for(ctx, resident_id),
        checkin_history=checkins.versions(ctx, resident_id),
    )
