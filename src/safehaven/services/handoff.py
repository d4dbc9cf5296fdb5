"""What a receiving service needs at a warm hand-off: the resident summary's content."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from safehaven.domain.models import (
    CaseNote,
    CheckIn,
    Consent,
    FollowUp,
    GroupAttendance,
    GroupSession,
    Incident,
    Need,
    Referral,
    Resident,
    SafetyPlan,
    Site,
    Staff,
    StageChange,
    TherapyPlan,
    TherapySession,
    TrustedAdult,
)
from safehaven.domain.vocab import ConsentPurpose, IncidentKind, NoteKind, SessionStatus
from safehaven.errors import InvalidValue, NeedsConfirmation, NotAllowed
from safehaven.i18n import tr
from safehaven.services import groups, handoff_life, mar, measures, restraints
from safehaven.services.context import Context
from safehaven.services.handoff_life import LifeSummary
from safehaven.services.mar import HealthSummary
from safehaven.services.measures import Change
from safehaven.services.permissions import Action
from safehaven.services.restraints import RestraintRecord
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
    legal_name_asked: bool = False  # asked for and allowed: the summary says if none exists
    recent_flags: list[CheckIn] = field(default_factory=list)  # the last 30 days
    # risk flags before those 30 days, since intake: (flag, times, first day, last day)
    earlier_flags: list[tuple[str, int, date, date]] = field(default_factory=list)
    booked: list[TherapySession] = field(default_factory=list)  # sessions still to come
    sharing: list[Consent] = field(default_factory=list)  # consents in force today
    incidents: list[Incident] = field(default_factory=list)  # every one since intake
    missing_episodes: list[Incident] = field(default_factory=list)  # every one, oldest first
    restraints: list[RestraintRecord] = field(default_factory=list)  # every one, newest first
    safety_plan: SafetyPlan | None = None  # the newest
    measures: list[Change] = field(default_factory=list)  # first to latest, per instrument
    measures_shown: bool = False  # the role may see scores (clinicians and managers)
    groups: list[tuple[GroupSession, GroupAttendance]] = field(default_factory=list)
    health: HealthSummary | None = None  # allergies, current medicines, last doses
    life: LifeSummary | None = None  # goals and wishes, school, the legal case (issue 31)
    receiving: str | None = None  # the service it is for; None: the house's own file
    consent: Consent | None = None  # the sharing consent in force naming `receiving`
    without_consent: str | None = None  # why it was shared with none (a confirmed reason)
    referral: Referral | None = None  # the newest referral to `receiving`: its contact
    mood_weeks: list[MoodWeek] = field(default_factory=list)  # the last weeks, oldest first


@dataclass(frozen=True, slots=True)
class MoodWeek:
    """Check-in moods (1 very low .. 5 very good) over seven days ending on `end`."""

    start: date
    end: date
    average: float | None  # None: no check-in that week
    lowest: int | None
    count: int


RECENT_DAYS = 30
MOOD_WEEKS = 4


def summary_data(ctx: Context, resident_id: str, *, include_legal_name: bool = False,
                 include_clinical: bool = False, clinical_since: date | None = None,
                 clinical_notes: Collection[str] | None = None,
                 include_legal_case: bool = False, receiving: str | None = None,
                 without_consent: str | None = None) -> HandoffData:
    """Restricted parts (legal name, clinical notes, the legal case's sealed details and
    how the child was exploited) only when asked for *and* allowed.

    A summary for a `receiving` service needs an information-sharing consent in force that
    names it. Without one it is refused (`NeedsConfirmation`) unless a manager or clinician
    gives the reason it must go anyway (`without_consent`: the law, the child's safety);
    that is audited and printed on the summary. With no service named, the summary is for
    the house's own file and says so.

    The clinician chooses the clinical notes: all of them, those written since a date, or
    the ones named by id (`clinical_since` or `clinical_notes` imply `include_clinical`)."""
    include_clinical = include_clinical or clinical_since is not None or bool(clinical_notes)
    ctx.require(Action.READ_RECORDS)
    if include_legal_name and not ctx.may(Action.READ_RESTRICTED):
        raise NotAllowed(tr("see legal names (managers and clinicians only)"))
    if include_clinical and not ctx.may(Action.READ_RESTRICTED):
        raise NotAllowed(tr("see clinical notes (managers and clinicians only)"))
    if include_legal_case and not ctx.may(Action.READ_RESTRICTED):
        raise NotAllowed(tr("see the legal case's details (managers and clinicians only)"))
    conn = ctx.conn
    resident = ctx.opened(reads.get(conn, Resident, resident_id))
    if not include_legal_name:
        resident = replace(resident, legal_name=None)
    notes = []
    if include_clinical:
        notes = [ctx.opened(n)
                 for n in reads.for_resident(conn, CaseNote, resident_id, "written_at, id")
                 if n.kind is NoteKind.CLINICAL
                 and (clinical_since is None or n.written_at.date() >= clinical_since)]
        if clinical_notes:
            chosen = set(clinical_notes)
            unknown = chosen - {n.id for n in notes}
            if unknown:
                raise InvalidValue("clinical_notes", tr(
                    "No clinical note {id} for this resident.", id=sorted(unknown)[0]))
            notes = [n for n in notes if n.id in chosen]
    site = reads.all_of(conn, Site)
    now = ctx.now()
    today = now.date()
    sessions = reads.for_resident(conn, TherapySession, resident_id, "scheduled_at, id")
    consents = reads.for_resident(conn, Consent, resident_id, "granted_on, id")
    receiving = " ".join((receiving or "").split()) or None
    consent = sharing_consent(consents, receiving, today) if receiving else None
    why = " ".join((without_consent or "").split()) or None
    if receiving and consent is None:
        if why is None:
            raise NeedsConfirmation("receiving", tr(
                "No information-sharing consent in force names {service}. Share only if the "
                "law or the young person's safety requires it: a manager or clinician gives "
                "the reason, which is recorded and printed on the summary.",
                service=receiving))
        if not ctx.may(Action.READ_RESTRICTED):
            raise NotAllowed(tr("share a summary without consent (managers and clinicians "
                                "only)"))
        with ctx.write() as tx:
            tx.audit("handoff-without-consent", "residents", resident_id, resident_id)
    else:
        why = None
    checkins = [c for c in reads.for_resident(conn, CheckIn, resident_id, "date, id")
                if c.date <= today]
    flagged = [c for c in checkins if c.flags or (c.incidents or "").strip()]
    referrals = reads.for_resident(conn, Referral, resident_id, "made_on, id")
    since = today - timedelta(days=RECENT_DAYS)
    recent = [c for c in flagged if c.date >= since]
    scores = ctx.may(Action.READ_MEASURES)
    with ctx.write() as tx:
        tx.audit("report-resident", "residents", resident_id, resident_id)
    return HandoffData(
        house=site[0].name if site else "",
        generated_by=ctx.actor.display_name if ctx.actor else "",
        generated_at=ctx.now(), resident=resident,
        stages=reads.for_resident(conn, StageChange, resident_id, "changed_on, id"),
        needs=reads.for_resident(conn, Need, resident_id, "status, due_date IS NULL, due_date"),
        plans=reads.for_resident(conn, TherapyPlan, resident_id, "start_date, id"),
        sessions=sessions,
        trusted_adults=reads.for_resident(conn, TrustedAdult, resident_id, "name"),
        consents=consents,
        referrals=referrals,
        follow_ups=reads.for_resident(conn, FollowUp, resident_id, "due_date, id"),
        clinical_notes=notes,
        staff_names={s.id: s.display_name for s in reads.all_of(conn, Staff)},
        legal_name_asked=include_legal_name, recent_flags=recent,
        booked=[x for x in sessions if x.status is SessionStatus.SCHEDULED
                and x.scheduled_at >= now],
        sharing=[c for c in consents if c.active_on(today)],
        earlier_flags=_earlier(c for c in flagged if c.date < since),
        # the whole safety history: a missing episode in October is what the receiving
        # service most needs to know in December
        incidents=[i for i in reads.for_resident(conn, Incident, resident_id, "occurred_at, id")
                   if i.occurred_at.date() <= today and not i.deleted],
        missing_episodes=[i for i in reads.for_resident(conn, Incident, resident_id,
                                                        "occurred_at, id")
                          if i.kind is IncidentKind.MISSING],
        restraints=restraints.for_resident(ctx, resident_id),
        safety_plan=max(reads.for_resident(conn, SafetyPlan, resident_id),
                        key=lambda p: (p.reviewed_on, p.id), default=None),
        measures=(measures.changes(measures.for_resident(ctx, resident_id), until=today)
                  if scores else []),
        measures_shown=scores, groups=groups.for_resident(ctx, resident_id),
        health=mar.health_summary(ctx, resident_id),
        life=handoff_life.summary(ctx, resident_id, sealed=include_legal_case),
        receiving=receiving, consent=consent, without_consent=why,
        referral=_referral_to(referrals, receiving) if receiving else None,
        mood_weeks=mood_weeks(checkins, today),
    )


def mood_weeks(checkins: Iterable[CheckIn], today: date, weeks: int = MOOD_WEEKS
               ) -> list[MoodWeek]:
    """The recent mood trend: each of the last `weeks` seven-day spans ending today, with
    the average and the lowest mood of its check-ins (corrections counted as corrected)."""
    out, seen = [], list(checkins)
    for n in reversed(range(weeks)):
        end = today - timedelta(days=7 * n)
        start = end - timedelta(days=6)
        moods = [c.mood for c in seen if start <= c.date <= end]
        out.append(MoodWeek(start, end, sum(moods) / len(moods) if moods else None,
                            min(moods, default=None), len(moods)))
    return out


def _referral_to(referrals: Iterable[Referral], service: str) -> Referral | None:
    """The newest referral whose organisation is the receiving service (same matching as
    the consent's named service)."""
    wanted = _plain(service)
    found = [r for r in referrals if not r.deleted and wanted and r.to_organisation
             and (wanted in _plain(r.to_organisation) or _plain(r.to_organisation) in wanted)]
    return max(found, key=lambda r: (r.made_on, r.id), default=None)


def _plain(text: str) -> str:
    return " ".join(text.casefold().replace("'", "").replace("’", "").split())


def sharing_consent(consents: Iterable[Consent], service: str, day: date) -> Consent | None:
    """The information-sharing consent in force on `day` whose named service is `service`
    (or contains it, or is contained in it, ignoring case, spaces and apostrophes: "St Mary's
    clinic" is "St Marys Clinic"); the one lasting longest if several."""
    wanted = _plain(service)
    found = [c for c in consents
             if c.purpose == ConsentPurpose.INFORMATION_SHARING and c.active_on(day)
             and c.shared_with and wanted
             and (wanted in _plain(c.shared_with) or _plain(c.shared_with) in wanted)]
    return max(found, key=lambda c: (c.expires_on, c.id), default=None)


def _earlier(checkins: Iterable[CheckIn]) -> list[tuple[str, int, date, date]]:
    """Each risk flag raised before the last 30 days: how often, first and last day."""
    seen: dict[str, list[date]] = {}
    for c in checkins:
        for flag in c.flags:
            seen.setdefault(str(flag), []).append(c.date)
    return sorted(((f, len(days), min(days), max(days)) for f, days in seen.items()),
                  key=lambda row: row[3], reverse=True)
