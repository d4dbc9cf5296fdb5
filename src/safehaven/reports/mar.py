"""The medication administration record (MAR) chart for one resident and one week, on a
landscape page: the paper format pharmacists and inspectors know, medicines and dose
times down, days across, a code per dose. Made from the records, never typed."""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from safehaven.domain import medication as rules
from safehaven.domain.models import DoseRecord, Prescription
from safehaven.domain.vocab import DoseOutcome
from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.reports import layout as L
from safehaven.services.mar import Chart

PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * L.MARGIN


def codes() -> dict[DoseOutcome, str]:
    """The letter each outcome is charted with, in the report's language."""
    return {DoseOutcome.GIVEN: tr("G", ), DoseOutcome.REFUSED: tr("R"),
            DoseOutcome.WITHHELD: tr("W"), DoseOutcome.MISSED: tr("M"),
            DoseOutcome.NOT_AVAILABLE: tr("NA")}


def initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part)[:3]


def _cell(d: DoseRecord, names: dict[str, str]) -> str:
    return f"{codes()[d.outcome]} {d.at:%H:%M} {initials(names.get(d.given_by, ''))}".strip()


def rows(chart: Chart, names: dict[str, str]) -> list[list[str]]:
    """The grid as text: one row per medicine and dose time (one per as-needed medicine),
    one column per day. A scheduled dose past and unrecorded shows "?"."""
    days = [chart.start + timedelta(days=n) for n in range(chart.days)]
    by_slot: dict[tuple[str, datetime | None], DoseRecord] = {}
    prn: dict[tuple[str, object], list[DoseRecord]] = {}
    for d in chart.doses:
        if d.due_at is not None:
            by_slot[(d.prescription_id, d.due_at)] = d
        else:
            prn.setdefault((d.prescription_id, d.at.date()), []).append(d)
    out = []
    for p in chart.prescriptions:
        label = _label(p)
        if p.as_needed:
            out.append([f"{label}\n{tr('as needed: {why}', why=p.indication or '')}",
                        *("\n".join(_cell(d, names) for d in prn.get((p.id, day), []))
                          for day in days)])
            continue
        for t in p.times:
            moment = rules.parse_time(t)
            if moment is None:
                continue
            cells = []
            for day in days:
                due = datetime.combine(day, moment)
                if due not in rules.due_times(p, day):
                    cells.append("–")
                    continue
                found = by_slot.get((p.id, due))
                cells.append(_cell(found, names) if found else
                             ("?" if due < chart.printed_at else ""))
            out.append([f"{label}\n{t}", *cells])
    return out


def _label(p: Prescription) -> str:
    strength = p.strength if p.strength and p.strength != p.dose else ""
    parts = [p.medicine, strength, p.dose, word(p.route)]
    text = " ".join(x for x in parts if x)
    return text + (" " + tr("(controlled)") if p.controlled else "")


def render(chart: Chart | list[Chart], names: dict[str, str], *, printed_at: datetime,
           printed_by: str = "", house: str = "") -> bytes:
    """One landscape page per child (a chart, or several for the whole house)."""
    charts = chart if isinstance(chart, list) else [chart]
    first_chart = charts[0] if charts else None
    start = first_chart.start if first_chart else printed_at.date()
    days = first_chart.days if first_chart else 7
    period = f"{L.day(start)} – {L.day(start + timedelta(days=days - 1))}"
    doc = L.ReportDoc(title=tr("Medication administration record"), period=period,
                      house=house, generated=L.generated_line(printed_by, printed_at),
                      pagesize=PAGE)
    story: L.Story = []
    for n, one in enumerate(charts):
        if n:
            story.append(PageBreak())
        story += _page(one.at(printed_at), names, period)
    if not story:
        story.append(L.para(tr("No medicines prescribed this week."), L.styles()["body"]))
    return doc.render(story)


def _page(chart: Chart, names: dict[str, str], period: str) -> L.Story:
    s = L.styles()
    days = [chart.start + timedelta(days=n) for n in range(chart.days)]
    header = [tr("Medicine and time"), *(f"{L.weekday(d)} {d:%d/%m}" for d in days)]
    first = 62 * mm
    widths = [first] + [(WIDTH - first) / chart.days] * chart.days
    grid = rows(chart, names)
    allergy = (tr("ALLERGIES: {list}", list=joined(chart.allergies)) if chart.allergies
               else tr("No allergies recorded."))
    return [
        L.para(tr("Medication administration record"), s["h1"]),
        L.para(f"{chart.resident.preferred_name} · {period}", s["h2"]),
        L.para(allergy, s["flag"] if chart.allergies else s["body"]),
        Spacer(1, 3 * mm),
        L.table([header, *grid], widths) if grid else L.para(tr("No medicines prescribed "
                                                                "this week."), s["body"]),
        Spacer(1, 3 * mm),
        L.para(tr("Codes: {codes}. Each code is followed by the time and the initials of who "
                  "recorded it; ? a dose due and not recorded; – not prescribed that day.",
                  codes=joined(f"{c} {word(o)}" for o, c in codes().items())), s["small"]),
    ]
