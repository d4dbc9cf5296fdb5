"""The hand-off's health section: allergies in red (or "none recorded"), conditions, the
doctor or clinic, current medicines and when each was last given."""

from __future__ import annotations

from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.mar import HealthSummary


def section(h: HealthSummary | None, s: L.Styles) -> L.Story:
    if h is None:
        return []
    out: L.Story = [L.para(tr("Health and medicines"), s["h1"])]
    if h.allergies:
        text = tr("ALLERGIES: {list}", list=joined(h.allergies))
        out.append(L.para(f"{text} ({h.reactions})" if h.reactions else text, s["flag"]))
    else:
        out.append(L.para(tr("No allergies recorded."), s["body"]))
    measured = ", ".join(x for x in (h.height_cm and f"{h.height_cm} cm",
                                     h.weight_kg and f"{h.weight_kg:g} kg") if x)
    if measured and h.measured_on:
        measured += f" ({L.day(h.measured_on)})"
    facts = [(tr("Conditions"), h.conditions), (tr("Doctor or clinic"), h.gp_contact),
             (tr("Height and weight"), measured)]
    rows: list[L.Row] = [[k, L.para(v, s["body"])] for k, v in facts if v]
    if rows:
        out.append(L.table(rows, [L.WIDTH * 0.3, L.WIDTH * 0.7], header=False))
    if not h.medicines:
        return [*out, L.para(tr("No current medicines."), s["body"])]
    table: list[L.Row] = [[tr("Medicine"), tr("Dose"), tr("When"), tr("Last given")]]
    for p in h.medicines:
        when = (tr("as needed: {why}", why=p.indication or "") if p.as_needed
                else ", ".join(p.times))
        last = h.last_given.get(p.id)
        table.append([Text(" ".join(x for x in (p.medicine, p.strength or "") if x), 8.5),
                      f"{p.dose} · {word(p.route)}", L.para(when, s["body"]),
                      L.moment(last) if last else "–"])
    return [*out, L.table(table, [L.WIDTH * w for w in (0.3, 0.22, 0.26, 0.22)])]
