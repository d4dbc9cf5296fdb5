"""The weekly house report: a manager's Monday print-out, one ISO week, as it stood then.

Page 1 names who needs attention and what changed; the week's figures follow, then one
block per resident and next week's schedule.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from safehaven import formats
from safehaven.domain.dates import days_between
from safehaven.domain.vocab import Attendance, GroupStatus
from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.reports import (
    fonts,
    weekly_attention,
    weekly_details,
    weekly_life,
    weekly_mar,
    weekly_safeguarding,
)
from safehaven.reports import layout as L
from safehaven.reports.direction import isolated
from safehaven.reports.text import Text
from safehaven.services.weekly import WeeklyData


def render(data: WeeklyData) -> bytes:
    f = data.figures
    period = tr("Week {week}: {start} to {end}", week=fonts.code(f.week), start=L.day(f.start),
                end=L.day(f.end))
    if f.in_progress:
        period += " " + tr("(in progress: counted up to {day})", day=L.day(data.as_of))
    footer = tr("Week {week}: {start} to {end}", week=fonts.code(f.week), start=L.day(f.start),
                end=L.day(f.end)) + (" (" + tr("in progress") + ")" if f.in_progress else "")
    doc = L.ReportDoc(title=tr("Weekly house report"), period=footer, house=data.house,
                      generated=L.generated_line(data.generated_by, data.generated_at))
    s = styles()
    story: L.Story = [
        L.para(tr("Weekly house report"), s["title"]),
        Text(data.house, 15, bold=True, color=L.INK),
        Spacer(1, 1 * mm),
        L.para(f"{period} · {L.generated_line(data.generated_by, data.generated_at)}",
               s["body"]),
        L.para(tr("Each fact is counted on its own date, as recorded by {when}. Changes "
                  "recorded since the week ended are listed under Corrections.",
                  when=L.moment(data.generated_at)), s["small"]),
        L.para(tr("Confidential: this report is about children in care. Keep it locked away, "
                  "do not copy or photograph it, and shred it when it is no longer needed."),
               s["confidential"]),
    ]
    if not data.residents:
        story.append(L.para(tr("No residents were in the house this week."), s["body"]))
        story += _next_week(data, s)
        return doc.render(_guarded(story))
    story += weekly_attention.headline(data, s)
    story += weekly_attention.attention(data, s)
    story += weekly_details.incidents(data, s)
    story += _changed(data, s)
    story += weekly_safeguarding.section(data, s)
    story += weekly_life.section(data, s)
    story += _glance(data, s)
    story += weekly_details.residents(data, s)
    story += weekly_details.notes(data, s)
    story += weekly_details.vetting(data, s)
    story += weekly_details.corrections(data, s)
    story += _next_week(data, s)
    return doc.render(_guarded(story))


def styles() -> dict[str, ParagraphStyle]:
    """The report styles made compact: 8 pt text in the tables' cells, smaller headings
    with less space around them (a house of 40 in six pages). Headings do not keep with
    what follows: reportlab moves a heading and a long table together to the next page,
    leaving half a page blank; `_guarded` starts a new page only when the heading would
    sit at the foot of one."""
    s = L.styles()
    s["body"] = ParagraphStyle("body-dense", parent=s["body"], fontSize=8, leading=9.3)
    s["flag"] = ParagraphStyle("flag-dense", parent=s["flag"], fontSize=8, leading=9.3)
    s["title"] = ParagraphStyle("title-dense", parent=s["title"], fontSize=18, leading=22)
    s["confidential"] = ParagraphStyle("confidential-dense", parent=s["confidential"],
                                       fontSize=8, leading=10, borderPadding=4,
                                       spaceBefore=5, spaceAfter=7)
    s["h1"] = ParagraphStyle("h1", parent=s["h1"], fontSize=12, leading=15, spaceBefore=6,
                             spaceAfter=2, keepWithNext=0)
    s["h2"] = ParagraphStyle("h2", parent=s["h2"], fontSize=9.5, leading=12, spaceBefore=4,
                             spaceAfter=1, keepWithNext=0)
    return s


def _guarded(story: L.Story) -> L.Story:
    """A conditional page break before each heading: a heading with less than about five
    lines below it on its page starts the next one."""
    out: L.Story = []
    for item in story:
        style = getattr(item, "style", None)
        if getattr(style, "name", "") in ("h1", "h2"):
            if out and isinstance(out[-1], CondPageBreak):
                out.pop()
            out.append(CondPageBreak(18 * mm))
        out.append(item)
    return out


def _name(data: WeeklyData, resident_id: str) -> Text:
    return Text(data.names.get(resident_id, "–"), 8, bold=True)


def _changed(data: WeeklyData, s: L.Styles) -> L.Story:
    out: L.Story = [L.para(tr("What changed this week"), s["h1"])]
    if not data.changes:
        return [*out, L.para(tr("No arrivals, departures or stage moves this week."),
                             s["body"])]
    rows: list[L.Row] = [[tr("Date"), tr("Resident"), tr("Change"), tr("Why")]]
    for c in data.changes:
        if c.kind == "arrival":
            change, why = tr("Arrived"), ""
        elif c.kind == "departure":
            change = tr("Left the house")
            if c.destination:
                change += ": " + word(c.destination).lower()
            why = word(c.reason) if c.reason else c.reason
        else:
            change = tr("{from_} to {to}", from_=word(c.from_stage), to=word(c.to_stage).lower())
            why = word(c.reason) if c.reason else c.reason
        rows.append([L.day(c.day, weekday=True), _name(data, c.resident_id),
                     L.para(change, s["body"]), L.para(why or "–", s["body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.19, 0.23, 0.26, 0.32)], dense=True)]


def _glance(data: WeeklyData, s: L.Styles) -> L.Story:
    f = data.figures
    sessions = f.sessions
    out: L.Story = [CondPageBreak(25 * mm), L.para(tr("The week in figures"), s["h1"])]
    if f.in_progress:
        out.append(L.para(tr("This week is still in progress: the figures count the days up "
                             "to {day}; check-in completion is scored over whole days only.",
                             day=L.day(data.as_of)), s["small"]))
    rows: list[L.Row] = [[tr("Day"), tr("In the house"), tr("Checked in"), tr("Completion")]]
    extra: list[L.StyleCommand] = []
    for i, day in enumerate(days_between(f.start, f.end), start=1):
        if day not in f.checkins_expected and f.today and day == data.as_of:
            rows.append([L.day(day, weekday=True), f.today[0], f.today[1],
                         tr("today, so far")])
            extra.append(("TEXTCOLOR", (0, i), (-1, i), L.GREY))
            continue
        if day not in f.checkins_expected:
            rows.append([L.day(day, weekday=True), "", "", tr("not yet")])
            extra.append(("TEXTCOLOR", (0, i), (-1, i), L.GREY))
            continue
        exp, got = f.checkins_expected[day], f.checkins_done[day]
        if not exp:
            rows.append([L.day(day, weekday=True), 0, "", tr("nobody in the house")])
            continue
        share = got / exp
        rows.append([L.day(day, weekday=True), exp, got, formats.percent(share)])
        if share < 0.8:
            extra.append(("TEXTCOLOR", (3, i), (3, i), L.AMBER))
    out += [L.para(tr("Check-ins by day"), s["h2"]),
            weekly_details.two_up(rows, [L.WIDTH * w for w in (0.31, 0.25, 0.22, 0.22)],
                                  extra)]
    body: list[L.Row] = [[word(k), n]
                         for k, n in sorted(sessions.items(), key=lambda kv: -kv[1])]
    out += [L.para(tr("Therapy sessions this week (group sessions counted per resident)"),
                   s["h2"]),
            weekly_details.two_up([[tr("Status"), tr("Sessions")],
                                   *(body or [[tr("No sessions this week"), ""]])],
                                  [L.WIDTH * 0.7, L.WIDTH * 0.3])]
    out += _groups_table(data, s)
    out += weekly_mar.section(data, s)
    needs: list[L.Row] = [[tr("Category"), tr("Opened"), tr("Met")]]
    for cat in sorted(set(f.needs_opened) | set(f.needs_met)):
        needs.append([word(cat), f.needs_opened[cat], f.needs_met[cat]])
    if len(needs) == 1:
        needs.append([tr("No needs opened or met this week"), "", ""])
    out += [L.para(tr("Stabilization needs opened and met"), s["h2"]),
            weekly_details.two_up(needs, [L.WIDTH * 0.6, L.WIDTH * 0.2, L.WIDTH * 0.2])]
    return out


def _groups_table(data: WeeklyData, s: L.Styles) -> L.Story:
    """Each group session of the week once, with how many of the house came."""
    if not data.groups:
        return []
    rows: list[L.Row] = [[tr("When"), tr("Group"), tr("Therapy"), tr("Present"), tr("Status")]]
    for g in data.groups:
        x = g.session
        rows.append([f"{L.day(x.scheduled_at.date(), weekday=True)} {x.scheduled_at:%H:%M}",
                     Text(x.title, 8), word(x.modality),
                     tr("{present} of {booked}", present=g.count(Attendance.PRESENT),
                        booked=len(g.attendance)), word(x.status)])
    return [L.para(tr("Group sessions this week"), s["h2"]),
            L.table(rows, [L.WIDTH * w for w in (0.26, 0.26, 0.16, 0.16, 0.16)], dense=True)]


def _next_week(data: WeeklyData, s: L.Styles) -> L.Story:
    """Next week's sessions, one row a day: each therapy and provider once with the times
    and names booked with it (in time order), a group session once with how many are
    booked."""
    out: L.Story = [CondPageBreak(25 * mm), L.para(tr("Next week's schedule"), s["h1"])]
    if not data.next_week and not data.next_groups:
        return [*out, L.para(tr("No sessions are booked for next week."), s["body"])]
    by_day: dict[date, dict[str, list[tuple[datetime, str]]]] = defaultdict(
        lambda: defaultdict(list))
    for x in data.next_week:
        plan = data.plans.get(x.plan_id)
        with_whom = tr("{therapy}, {provider}", therapy=word(plan.modality) if plan else "–",
                       provider=plan.provider if plan else "–")
        who = f"{x.scheduled_at:%H:%M} {isolated(data.names.get(x.resident_id, '–'))}"
        if str(x.status) != "scheduled":
            who += f" ({word(x.status).lower()})"
        by_day[x.scheduled_at.date()][with_whom].append((x.scheduled_at, who))
    for g in data.next_groups:
        group = g.session
        what = tr("Group: {title} ({n} residents), {therapy}, {provider}", title=group.title,
                  n=len(g.attendance), therapy=word(group.modality),
                  provider=group.facilitator or "–")
        if group.status is not GroupStatus.SCHEDULED:
            what += f" ({word(group.status).lower()})"
        by_day[group.scheduled_at.date()][""].append(
            (group.scheduled_at, f"{group.scheduled_at:%H:%M} {what}"))
    cell = ParagraphStyle("cell", parent=s["body"], fontSize=8, leading=9.1)
    rows: list[L.Row] = [[tr("Day"), tr("Booked")]]
    for d, booked in sorted(by_day.items()):
        items: list[tuple[datetime, str]] = []
        for with_whom, sessions in booked.items():
            sessions.sort(key=lambda b: b[0])
            if with_whom:
                items.append((sessions[0][0], tr("{with_whom}: {sessions}",
                                                 with_whom=with_whom,
                                                 sessions=joined(w for _, w in sessions))))
            else:
                items += sessions
        rows.append([L.day(d, weekday=True),
                     L.para(joined((w for _, w in sorted(items, key=lambda i: i[0])),
                                   semicolons=True), cell)])
    out.append(L.table(rows, [L.WIDTH * 0.16, L.WIDTH * 0.84],
                       extra=[("VALIGN", (0, 0), (-1, -1), "TOP")], dense=True))
    return out
