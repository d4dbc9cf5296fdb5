"""The hand-off's section on a child's life beyond therapy (issue 31): what the receiving
service needs to carry on: the young person's goals and wishes in their words, school,
the legal case and coming hearings, identification decisions."""

from __future__ import annotations

from safehaven.domain.life import exploitation_forms
from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.reports import layout as L
from safehaven.services.handoff_life import LifeSummary


def section(x: LifeSummary | None, s: L.Styles) -> L.Story:
    if x is None:
        return []
    out: L.Story = [L.para(tr("In their own words"), s["h1"])]
    said = [f"“{g.words}” ({word(g.status)})" for g in x.goals]
    said += [f"{L.day(w.said_on)}: “{w.words}”" for w in x.wishes]
    out += [L.para(line, s["body"]) for line in said] or [
        L.para(tr("No goals or wishes recorded."), s["body"])]
    rows = []
    if x.profile is not None:
        p = x.profile
        rows += [(tr("Forms of exploitation"), joined(word(f) for f in
                                                     exploitation_forms(p.exploitation))),
                 (tr("Country of origin"), p.country_of_origin),
                 (tr("Immigration status"), p.immigration_status),
                 (tr("Guardian or advocate"), joined(y for y in (p.guardian,
                                                                 p.guardian_contact) if y))]
    rows += [(word(d.kind), joined(y for y in (word(d.outcome), L.day(d.decided_on)
                                               if d.decided_on else None) if y))
             for d in x.decisions]
    rows += [(word(c.kind), joined(y for y in (word(c.status), c.reference, c.lawyer,
                                              c.special_measures) if y)) for c in x.cases]
    rows += [(tr("Hearing"), tr("{when}: {what}, {place}", when=L.moment(h.at),
                                what=word(h.kind), place=h.place)) for h in x.hearings]
    rows += [(word(p.kind), joined(y for y in (p.provider, p.course, p.designated_teacher,
                                              p.provider_contact) if y)) for p in x.placements]
    shown: list[L.Row] = [[k, L.para(v, s["body"])] for k, v in rows if v]
    if shown:
        out += [L.para(tr("Identification, legal case and school"), s["h2"]),
                L.table(shown, [L.WIDTH * 0.3, L.WIDTH * 0.7], header=False)]
    return out
