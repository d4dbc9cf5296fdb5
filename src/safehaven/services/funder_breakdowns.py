"""The breakdowns funders ask for beyond care (the US TVAP data guide, the OVC's TIMS, the
UK's NRM statistics): children served by gender, age at intake, who referred them and how
long they have stayed; and events in the period: incidents by kind, cases closed by where
the young person went, follow-up contacts by the re-trafficking risk found.

Gender and referral source are free text in the record; they are sorted into fixed
categories here (a few words in each language SafeHaven speaks), and what matches none is
"another ...", so a funder table never prints what someone typed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from safehaven.domain import lifecycle
from safehaven.domain.dates import age_on
from safehaven.domain.lifecycle import CaseClosure
from safehaven.domain.models import FollowUp, Incident, Resident
from safehaven.domain.vocab import CaseAction, ClosureReason, IncidentKind, RiskLevel
from safehaven.services.context import Context
from safehaven.store import reads

Partition = tuple[str, tuple[str, ...], dict[str, str]]  # name, categories, child -> category
Events = tuple[str, str, tuple[str, ...], dict[str, str]]  # name, population, cats, id -> cat

NOT_RECORDED = "not recorded"
GENDERS = ("girl or young woman", "boy or young man", "another gender", NOT_RECORDED)
_GIRL = {"girl", "female", "f", "woman", "young woman", "niña", "chica", "mujer", "femenino",
         "fille", "femme", "féminin", "menina", "mulher", "feminino", "أنثى", "بنت", "فتاة"}
_BOY = {"boy", "male", "m", "man", "young man", "niño", "chico", "hombre", "masculino",
        "garçon", "homme", "masculin", "menino", "homem", "ذكر", "ولد", "فتى"}
SOURCES = ("police or other law enforcement", "health service", "outreach team",
           "NGO or hotline", "social services or child protection", "self or family",
           "another source", NOT_RECORDED)
_SOURCE_WORDS = (  # a word in the text -> the category; the first match wins
    ("police or other law enforcement", ("police", "policía", "polícia", "policia",
                                         "gendarm", "border", "frontera", "شرطة")),
    ("health service", ("hospital", "clinic", "clínica", "clinique", "health", "salud",
                        "saúde", "santé", "doctor", "médic", "مستشفى")),
    ("outreach team", ("outreach", "calle", "rua", "rue")),
    ("NGO or hotline", ("ngo", "ong", "hotline", "helpline", "línea", "linha", "charity")),
    ("social services or child protection", ("social", "protection", "protección",
                                             "proteção", "welfare", "اجتماعي")),
    ("self or family", ("self", "family", "familia", "família", "famille", "أسرة")),
)
STAYS = ("under 1 month", "1 to 3 months", "3 to 6 months", "6 to 12 months",
         "a year or more")
AGE_BANDS = ("under 12", "12-14", "15-17", "18 and over", "unknown")
NOT_ASSESSED = "risk not assessed"


def age_band(age: int | None) -> str:
    if age is None:
        return "unknown"
    if age < 12:
        return "under 12"
    if age < 15:
        return "12-14"
    return "15-17" if age < 18 else "18 and over"


def gender(text: str | None) -> str:
    value = (text or "").strip().casefold()
    if not value:
        return NOT_RECORDED
    if value in _GIRL:
        return GENDERS[0]
    return GENDERS[1] if value in _BOY else GENDERS[2]


def source(text: str | None) -> str:
    value = (text or "").strip().casefold()
    if not value:
        return NOT_RECORDED
    for category, words in _SOURCE_WORDS:
        if any(w in value for w in words):
            return category
    return "another source"


def stay(days: int) -> str:
    for limit, band in ((30, STAYS[0]), (91, STAYS[1]), (183, STAYS[2]), (365, STAYS[3])):
        if days < limit:
            return band
    return STAYS[4]


def children(ctx: Context, served: Iterable[Resident], end: date) -> list[Partition]:
    """Partitions of the children served; length of stay runs to the end of the period, or
    to the day the young person left if that came first."""
    served = list(served)
    closures = lifecycle.closed_cases(reads.all_of(ctx.conn, CaseClosure),
                                      reads.all_of(ctx.conn, lifecycle.Approval))

    def left(r: Resident) -> date:
        days = [d for d in (r.discharge_date,
                            closures[r.id].day if r.id in closures else None)
                if d is not None and d <= end]
        return min(days, default=end)

    return [
        ("children served, by gender", GENDERS, {r.id: gender(r.gender) for r in served}),
        ("children served, by age at intake", AGE_BANDS,
         {r.id: age_band(age_on(r.intake_date, r.date_of_birth, r.age_estimate,
                                r.age_estimated_on)) for r in served}),
        ("children served, by referral source", SOURCES,
         {r.id: source(r.referral_source) for r in served}),
        ("children served, by length of stay", STAYS,
         {r.id: stay((left(r) - r.intake_date).days) for r in served}),
    ]


def events(ctx: Context, ids: set[str], start: date, end: date) -> list[Events]:
    """Incidents in the period (children served), cases closed in it and still closed at its
    end, and follow-up contacts made in it (any young person of the house: follow-ups come
    after leaving)."""
    conn = ctx.conn
    incidents = {i.id: str(i.kind) for i in reads.all_of(conn, Incident)
                 if not i.deleted and i.resident_id in ids
                 and start <= i.occurred_at.date() <= end}
    steps = reads.all_of(conn, lifecycle.Approval)
    as_of_end = [c for c in reads.all_of(conn, CaseClosure) if c.day <= end]
    closed = {c.id: str(c.reason) for c in lifecycle.closed_cases(as_of_end, steps).values()
              if c.action is CaseAction.CLOSE and c.reason is not None and start <= c.day}
    follow_ups = {f.id: str(f.risk_level) if f.risk_level else NOT_ASSESSED
                  for f in reads.all_of(conn, FollowUp)
                  if not f.deleted and f.done_on is not None and start <= f.done_on <= end}
    return [
        ("incidents, by kind", "incidents", tuple(str(k) for k in IncidentKind), incidents),
        ("cases closed, by where the young person went", "cases closed",
         tuple(str(r) for r in ClosureReason), closed),
        ("follow-up contacts made, by re-trafficking risk found", "follow-up contacts made",
         (*(str(r) for r in RiskLevel), NOT_ASSESSED), follow_ups),
    ]
