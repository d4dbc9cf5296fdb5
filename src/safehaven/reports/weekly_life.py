"""The weekly report's section on a child's life beyond therapy (issue 31): hearings this
week and next with who goes, one school line per child, goals reviewed. Only what every
care role may read: a case's sealed details never reach the printed page."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.education import WeekLine
from safehaven.services.weekly import WeeklyData


def section(data: WeeklyData, s: dict) -> list:
    life = data.life
    out: list = [CondPageBreak(25 * mm), L.para(tr("Court, school and the young people's "
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


def _hearings(data: WeeklyData, s: dict) -> list:
    out: list = [L.para(tr("Hearings and appointments this week and next"), s["h2"])]
    if not data.life.hearings:
        return [*out, L.para(tr("None."), s["body"])]
    rows: list[list] = [[tr("When"), tr("Resident"), tr("What"), tr("Where"),
                         tr("Who goes")]]
    for h in data.life.hearings:
        going = h.accompanied_by or (tr("NOBODY YET") if str(h.status) == "scheduled" else "–")
        rows.append([L.moment(h.at), Text(data.names.get(h.resident_id, "–"), 8.5, bold=True),
                     L.para(word(h.kind) if str(h.status) == "scheduled"
                            else f"{word(h.kind)} ({word(h.status)})", s["body"]),
                     L.para(h.place, s["body"]),
                     L.para(going, s["flag" if not h.accompanied_by else "body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.2, 0.17, 0.2, 0.23, 0.2)])]


def _school(data: WeeklyData, s: dict) -> list:
    out: list = [L.para(tr("School and training"), s["h2"])]
    if not data.life.school:
        return [*out, L.para(tr("No one had a school or training placement this week."),
                             s["body"])]
    cell = ParagraphStyle("cell", parent=s["body"], fontSize=7, leading=8.4)
    rows: list[list] = [[tr("Resident"), tr("Placement"), tr("Attendance"),
                         tr("This week")]]
    for line in sorted(data.life.school,
                       key=lambda w: data.names.get(w.resident_id, "").casefold()):
        rows.append([Text(data.names.get(line.resident_id, "–"), 7, bold=True),
                     L.para(joined(f"{p.provider} ({word(p.kind)})" for p in line.placements),
                            cell),
                     L.para(_attendance(line), cell if line.recorded else s["flag"]),
                     L.para(joined(f"{word(e.kind)}: {e.detail}" for e in line.events)
                            or "–", cell)])
    from safehaven.reports.weekly_details import two_up

    return [*out, two_up(rows, [L.WIDTH * w for w in (0.22, 0.34, 0.2, 0.24)])]


def _attendance(line: WeekLine) -> str:
    if not line.recorded:
        return tr("not recorded")
    return tr("{attended} of {expected} sessions", attended=line.attended,
              expected=line.expected)
