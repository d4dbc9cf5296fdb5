"""The case review on one page (issue 31): the plan, needs, measures, the trafficking
profile and legal case, school, the young person's goals, wishes and complaints, then room
for who took part, what was decided and when the next review is. Lists are cut to their
newest few and the page shrinks to fit: a review sheet that runs to two pages is not read."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Spacer, Table, TableStyle

from safehaven import formats
from safehaven.domain.dates import age_on
from safehaven.domain.life import exploitation_forms
from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.reviews import ReviewSheet

MOST = 5  # lines a section shows; the rest is counted


def render(p: ReviewSheet) -> bytes:
    s = L.styles()
    body = ParagraphStyle("review", parent=s["body"], fontSize=8.5, leading=10.5)
    label = ParagraphStyle("label", parent=body, textColor=L.TEAL,
                           fontName=s["h2"].fontName)
    r = p.resident
    doc = L.ReportDoc(title=tr("Case review"), period=L.day(p.printed_at.date()),
                      house=p.house, generated=L.generated_line(p.printed_by, p.printed_at))
    age = age_on(p.printed_at.date(), r.date_of_birth, r.age_estimate, r.age_estimated_on)
    facts = joined(x for x in (
        tr("{n} years", n=age) if age is not None else None, word(r.stage),
        tr("in the house since {day}", day=L.day(r.intake_date)),
        tr("key worker: {name}", name=p.names[r.key_worker_id])
        if r.key_worker_id in p.names else None) if x)
    last = (tr("Last review {day}: {decisions}", day=L.day(p.last.held_on),
               decisions=p.last.decisions) if p.last else tr("First review."))
    sections = [
        (tr("Therapy plan"), [
            tr("{therapy} with {provider}, {frequency}; sessions used {used}{cap}",
               therapy=word(x.modality), provider=x.provider, frequency=word(x.frequency),
               used=p.used.get(x.id, 0), cap=_cap(x.session_cap)) + _goals(x.goals)
            for x in p.plans]),
        (tr("Open needs"), [
            joined(y for y in (word(n.category), word(n.priority), n.notes,
                               tr("due {day}", day=L.day(n.due_date)) if n.due_date else None)
                   if y) for n in p.needs]),
        (tr("Measures"), [tr("{name}: {score} ({band}) on {day}", name=word(x.instrument.name),
                             score=x.measure.total, band=word(x.band.label),
                             day=L.day(x.measure.taken_on)) for x in p.scores]),
        (tr("Trafficking and identification"), _profile(p)),
        (tr("Legal case"), [
            joined(y for y in (word(c.kind), word(c.status), c.reference, c.lawyer,
                               tr("special measures: {what}", what=c.special_measures)
                               if c.special_measures else None, c.outcome) if y)
            for c in p.cases] + [
            tr("{when}: {what}, {place}; with {who}", when=L.moment(h.at), what=word(h.kind),
               place=h.place, who=h.accompanied_by or tr("NOBODY YET")) for h in p.hearings]),
        (tr("School and training"), [
            joined(y for y in (word(x.kind), x.provider, x.course, x.designated_teacher) if y)
            for x in p.placements] + ([tr("Attendance, last four weeks: {attended} of "
                                          "{expected} sessions", attended=p.attendance[0],
                                          expected=p.attendance[1])]
                                      if p.attendance[1] else [])),
        (tr("Their goals, in their words"), [
            f"“{g.words}” — {word(g.status)}" + (f": “{g.progress}”" if g.progress else "")
            for g in p.goals]),
        (tr("Wishes and feelings"), [f"{L.day(w.said_on)}: “{w.words}”" for w in p.wishes]),
        (tr("Complaints"), [
            f"{L.day(c.made_on)}: {c.details} — "
            + (word(c.outcome) if c.outcome else tr("NOT ANSWERED YET")) for c in p.complaints]),
        (tr("Since the last review"), [last]),
    ]
    rows: list[L.Row] = [[L.para(name, label), [L.para(x, body) for x in _cut(lines)]]
            for name, lines in sections]
    table = Table(rows, colWidths=[L.WIDTH * 0.22, L.WIDTH * 0.78])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, L.LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    fill = [[L.para(x, label), ""] for x in (
        tr("Who took part (the young person too?)"), tr("What the young person said"),
        tr("Decisions"), tr("Next review"))]
    blanks = Table(fill, colWidths=[L.WIDTH * 0.3, L.WIDTH * 0.7],
                   rowHeights=[10 * mm, 16 * mm, 22 * mm, 8 * mm])
    blanks.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.4, L.LINE)]))
    story = [
        Text(r.preferred_name, 16, bold=True, color=L.INK),
        L.para(facts, s["small"]),
        L.para(tr("Review due {day}", day=L.day(p.next_due)) if p.next_due else "", s["small"]),
        Spacer(1, 2 * mm), table, Spacer(1, 3 * mm), blanks,
    ]
    height = L.A4_HEIGHT - 2 * (L.MARGIN + 4 * mm) - 6 * mm
    return doc.render([KeepInFrame(L.WIDTH, height, story, mode="shrink")])


def _profile(p: ReviewSheet) -> list[str]:
    out = []
    f = p.profile
    if f is not None:
        forms = joined(word(x) for x in exploitation_forms(f.exploitation))
        out.append(joined(y for y in (
            forms, tr("from {country}", country=f.country_of_origin)
            if f.country_of_origin else None, f.immigration_status,
            tr("guardian or advocate: {who}", who=f.guardian) if f.guardian else None) if y))
    out += [joined(y for y in (word(d.kind), word(d.outcome),
                               L.day(d.decided_on) if d.decided_on else None) if y)
            for d in p.decisions]
    return out


def _cap(cap: int | None) -> str:
    return f"/{cap}" if cap else ""


def _goals(goals: str | None) -> str:
    return f" — {goals}" if goals else ""


def _cut(lines: list[str]) -> list[str]:
    lines = [x for x in lines if x]
    if not lines:
        return ["–"]
    if len(lines) <= MOST:
        return lines
    return [*lines[:MOST], tr("and {n} more", n=formats.number(len(lines) - MOST))]
