"""The weekly report's section on a child's life beyond therapy (issue 31): hearings this
week and next with who goes, one school line per child, goals reviewed. Only what every
care role may read: a case's sealed details never reach the printed page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.education import WeekLine
from safehaven.services.weekly import WeeklyData


def section(data: WeeklyData, s: L.Styles) -> L.Story:
    life = data.life
    out: L.Story = [CondPageBreak(25 * mm), L.para(tr("Court, school and the young people's "
                                                   "goals"), s["h1"])]
    if life.empty:
        return [*out, L.para(tr("No hearings this week or next, no school placements and no "
                                "goals reviewed."), s["body"])]
    out += _hearings(data, s)
    out += _school(data, s)
    if life.goals_reviewed:
        out.append(L.para(tr("Goals reviewed with the young person this week: {n}.",
                             n=len(life.goals_reviewed)), s["body"]))
    return out


def _hearings(data: WeeklyData, s: L.Styles) -> L.Story:
    out: L.Story = [L.para(tr("Hearings and appointments this week and next"), s["h2"])]
    if not data.life.hearings:
        return [*out, L.para(tr("None."), s["body"])]
    rows: list[L.Row] = [[tr("When"), tr("Resident"), tr("What"), tr("Where"),
                         tr("Who goes")]]
    for h in data.life.hearings:
        going = h.accompanied_by or (tr("NOBODY YET") if str(h.status) == "scheduled" else "–")
        rows.append([L.moment(h.at), Text(data.names.get(h.resident_id, "–"), 8, bold=True),
                     L.para(word(h.kind) if str(h.status) == "scheduled"
                            else f"{word(h.kind)} ({word(h.status)})", s["body"]),
                     L.para(h.place, s["body"]),
                     L.para(going, s["flag" if not h.accompanied_by else "body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.2, 0.17, 0.2, 0.23, 0.2)], dense=True)]


def _school(data: WeeklyData, s: L.Styles) -> L.Story:
    """Each child's school week is on their line under Residents; a child with a placement
    who is not on that list (none, as a rule) keeps a line here."""
    if not data.life.school:
        return [L.para(tr("No one had a school or training placement this week."),
                       s["body"])]
    listed = {r.id for r in data.residents}
    rest = [x for x in data.life.school if x.resident_id not in listed]
    out: L.Story = [L.para(tr("School and training: on each child's line under Residents."),
                        s["body"])]
    if not rest:
        return out
    rows: list[L.Row] = [[tr("Resident"), tr("School and training")]]
    for line in sorted(rest, key=lambda w: data.names.get(w.resident_id, "").casefold()):
        rows.append([Text(data.names.get(line.resident_id, "–"), 8, bold=True),
                     L.para(school_words(line), s["body"])])
    return [*out, L.table(rows, [L.WIDTH * 0.2, L.WIDTH * 0.8], dense=True)]


def school_words(line: WeekLine) -> str:
    """'Leeds City College (Class), 3 of 4 sessions; Achievement: Reading certificate'."""
    bits = [tr("{placements}, {attendance}",
               placements=joined(f"{p.provider} ({word(p.kind)})" for p in line.placements),
               attendance=_attendance(line))]
    bits += [f"{word(e.kind)}: {e.detail}" for e in line.events]
    return joined(bits, semicolons=True)


def _attendance(line: WeekLine) -> str:
    if not line.recorded:
        return tr("not recorded")
    return tr("{attended} of {expected} sessions", attended=line.attended,
              expected=line.expected)
