"""The weekly house report: a manager's Monday print-out, one ISO week, as it stood then.

Page 1 names who needs attention and what changed; the week's figures follow, then one
block per resident and next week's schedule.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from statistics import mean

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from safehaven import formats
from safehaven.domain.dates import age_on, days_between
from safehaven.domain.models import Resident
from safehaven.domain.vocab import Attendance, GroupStatus
from safehaven.domain.words import word
from safehaven.i18n import N_, joined, tr, tr_n
from safehaven.reports import fonts, weekly_life, weekly_mar, weekly_safeguarding
from safehaven.reports import layout as L
from safehaven.reports.charts import mood_week
from safehaven.reports.text import Text
from safehaven.services.weekly import Concern, WeekGroup, WeeklyData, cap_state

# The order of page 1, with each group's heading.
GROUPS = [
    ("risk-flag", N_("Risk flags raised this week")),
    ("incident", N_("Incidents recorded this week")),
    ("overdue-need", N_("Needs past their due date")),
    ("follow-up", N_("Follow-up contacts due")),
    ("consent-missing", N_("Consents missing, expired or expiring")),
    ("vetting", N_("Trusted adults still being vetted")),
    ("over-cap", N_("Funded therapy sessions over or near the cap")),
    ("missed-sessions", N_("Missed therapy sessions")),
    ("doses-missed", N_("Medicine doses missed or not recorded")),
    ("stock-discrepancy", N_("Medicine stock counts that did not match")),
]
_GROUP_OF = {"follow-up-risk": "follow-up", "consent-expired": "consent-missing",
             "consent-expiring": "consent-missing", "cap-reached": "over-cap",
             "cap-nearly-used": "over-cap"}


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
    s = L.styles()
    story: list = [
        L.para(tr("Weekly house report"), s["title"]),
        Text(data.house, 15, bold=True, color=L.INK),
        Spacer(1, 2 * mm),
        L.para(period, s["body"]),
        L.para(L.generated_line(data.generated_by, data.generated_at), s["small"]),
        L.para(tr("Confidential: this report is about children in care. Keep it locked away, "
                  "do not copy or photograph it, and shred it when it is no longer needed."),
               s["confidential"]),
    ]
    if not data.residents:
        story.append(L.para(tr("No residents were in the house this week."), s["body"]))
        story += _next_week(data, s)
        return doc.render(story)
    story += _attention(data, s)
    story += _changed(data, s)
    story += weekly_safeguarding.section(data, s)
    story += weekly_life.section(data, s)
    story += _glance(data, s)
    story += _residents(data, s)
    story += _next_week(data, s)
    return doc.render(story)


def _name(data: WeeklyData, resident_id: str) -> Text:
    return Text(data.names.get(resident_id, "–"), 8.5, bold=True)


def _what(c: Concern) -> tuple[str, bool]:
    """A concern in words, and whether it is urgent (shown in red)."""
    if c.kind == "risk-flag":
        return word(c.detail), True
    if c.kind == "incident":  # kind|open or closed|what happened (from a check-in: ||text)
        kind, state, text = [*c.detail.split("|", 2), "", ""][:3]
        text = text if len(text) <= 90 else text[:88].rstrip() + "…"
        head = word(kind) + (" (" + tr("still open") + ")" if state == "open" else "")
        return (f"{head}: {text}" if kind else text), True
    if c.kind == "overdue-need":
        return tr("{need}: still open", need=word(c.detail)), False
    if c.kind == "follow-up":
        return tr("Follow-up contact not yet made"), False
    if c.kind == "follow-up-risk":
        return tr("Risk found at a follow-up contact: {what}", what=word(c.detail)), True
    if c.kind in ("consent-missing", "consent-expired", "consent-expiring"):
        words = {"consent-missing": tr("No consent for {purpose} on record"),
                 "consent-expired": tr("Consent for {purpose} expired"),
                 "consent-expiring": tr("Consent for {purpose} expires soon")}
        return words[c.kind].format(purpose=word(c.detail).lower()), c.kind != "consent-expiring"
    if c.kind == "vetting":
        name, status = c.detail.split("|", 1)
        return tr("{name}: {status}", name=name, status=word(status).lower()), False
    if c.kind in ("over-cap", "cap-reached", "cap-nearly-used"):
        modality, counts = c.detail.split("|", 1)
        label = {"over-cap": tr("over cap"), "cap-reached": tr("cap reached"),
                 "cap-nearly-used": tr("nearly used")}[c.kind]
        return tr("{therapy}: {used} of {cap} funded sessions used, {label}",
                  therapy=word(modality), used=counts.split("/")[0],
                  cap=counts.split("/")[1], label=label), c.kind == "over-cap"
    if c.kind == "doses-missed":
        return weekly_mar.what(c.detail), True
    if c.kind == "stock-discrepancy":
        return weekly_mar.stock_what(c.detail), True
    if c.kind == "missed-sessions":
        return tr_n("The last {n} session was missed", "The last {n} sessions were missed",
                    int(c.detail)), False
    return word(c.kind), False


def _when(c: Concern) -> str:
    if c.day is None:
        return ""
    if c.kind == "overdue-need":
        return tr("due {day}", day=L.day(c.day))
    if c.kind == "follow-up":
        return tr("due {day}", day=L.day(c.day))
    if c.kind == "consent-expiring":
        return tr("until {day}", day=L.day(c.day))
    if c.kind == "consent-expired":
        return tr("on {day}", day=L.day(c.day))
    if c.kind == "consent-missing":
        return tr("plan since {day}", day=L.day(c.day))
    if c.kind == "vetting":
        return tr("last checked {day}", day=L.day(c.day))
    return L.day(c.day, weekday=True)


def _attention(data: WeeklyData, s: dict) -> list:
    out: list = [L.para(tr("Who needs attention"), s["h1"])]
    grouped: dict[str, list[Concern]] = defaultdict(list)
    for c in data.concerns:
        grouped[_GROUP_OF.get(c.kind, c.kind)].append(c)
    if not grouped:
        return [*out, L.para(tr("Nobody needs extra attention this week."), s["body"])]
    widths = [L.WIDTH * w for w in (0.27, 0.51, 0.22)]
    for kind, heading in GROUPS:
        concerns = sorted(grouped.get(kind, []), key=lambda c: (
            data.names.get(c.resident_id, "").casefold(), c.day or date.min, c.detail))
        if not concerns:
            continue
        rows: list[list] = []
        extra = []
        if kind == "overdue-need":  # one line per resident, naming each need
            by_resident: dict[str, list[Concern]] = defaultdict(list)
            for c in concerns:
                by_resident[c.resident_id].append(c)
            for rid, own in by_resident.items():
                what = joined((tr("{need}, due {day}", need=word(c.detail),
                                  day=L.day(c.day)) for c in own), semicolons=True)
                rows.append([_name(data, rid), L.para(what, s["body"]),
                             tr_n("{n} overdue", "{n} overdue", len(own))])
            concerns = []
        for i, c in enumerate(concerns):
            what, urgent = _what(c)
            rows.append([_name(data, c.resident_id), L.para(what, s["flag" if urgent else
                                                                    "body"]), _when(c)])
            if urgent:
                extra.append(("TEXTCOLOR", (2, i), (2, i), L.RED))
        out.append(KeepTogether([L.para(tr(heading), s["h2"]),
                                 L.table(rows[:3], widths, header=False, extra=extra)]))
        if len(rows) > 3:
            rest = [(name, (c0, r0 - 3), (c1, r1 - 3), *more)
                    for name, (c0, r0), (c1, r1), *more in extra if r0 >= 3]
            out.append(L.table(rows[3:], widths, header=False, extra=rest))
    return out


def _changed(data: WeeklyData, s: dict) -> list:
    out: list = [L.para(tr("What changed this week"), s["h1"])]
    if not data.changes:
        return [*out, L.para(tr("No arrivals, departures or stage moves this week."),
                             s["body"])]
    rows: list[list] = [[tr("Date"), tr("Resident"), tr("Change"), tr("Why")]]
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
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.19, 0.23, 0.26, 0.32)])]


def _glance(data: WeeklyData, s: dict) -> list:
    f = data.figures
    done, expected = sum(f.checkins_done.values()), sum(f.checkins_expected.values())
    sessions = f.sessions
    held = sessions["attended"] + sessions["missed"]
    tiles = [
        (tr("Residents"), str(f.residents)), (tr("Arrivals"), str(f.intakes)),
        (tr("Departures"), str(f.exits)), (tr("Stage moves"), str(f.stage_moves)),
        (tr("Check-ins done"), tr("{done} of {expected}", done=done, expected=expected)
         if expected else tr("none due")),
        (tr("Check-in completion"),
         formats.percent(f.completion) if f.completion is not None
         else tr("no whole day yet") if f.in_progress else tr("none due")),
        (tr("Residents needing attention"),
         str(len({c.resident_id for c in data.concerns}))),
        (tr("Therapy sessions attended"),
         tr("{done} of {expected}", done=sessions["attended"], expected=held)
         if held else tr("none held")),
    ]
    big = L.styles()["h1"]
    cells = [[L.para(value, big) for _, value in tiles[:4]], [t for t, _ in tiles[:4]],
             [L.para(value, big) for _, value in tiles[4:]], [t for t, _ in tiles[4:]]]
    out: list = [CondPageBreak(90 * mm), L.para(tr("The week in figures"), s["h1"]),
                 L.table(cells, [L.WIDTH / 4] * 4, header=False, zebra=False,
                         extra=[("LINEBELOW", (0, 0), (-1, -1), 0, L.PALE),
                                ("FONT", (0, 1), (-1, 1), fonts.font_name("Sans"), 7.5),
                                ("FONT", (0, 3), (-1, 3), fonts.font_name("Sans"), 7.5),
                                ("TEXTCOLOR", (0, 1), (-1, 1), L.GREY),
                                ("TEXTCOLOR", (0, 3), (-1, 3), L.GREY),
                                ("BACKGROUND", (0, 0), (-1, -1), L.PALE)])]
    if f.in_progress:
        out.append(L.para(tr("This week is still in progress: the figures count the days up "
                             "to {day}; check-in completion is scored over whole days only.",
                             day=L.day(data.as_of)), s["small"]))
    rows: list[list] = [[tr("Day"), tr("In the house"), tr("Checked in"), tr("Completion")]]
    extra = []
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
            L.table(rows, [L.WIDTH * w for w in (0.31, 0.25, 0.22, 0.22)], extra=extra)]
    body = [[word(k), n] for k, n in sorted(sessions.items(), key=lambda kv: -kv[1])]
    out += [L.para(tr("Therapy sessions this week"), s["h2"]),
            L.table([[tr("Status"), tr("Sessions")]] + (body or [[tr("No sessions this week"),
                                                                   ""]]),
                    [L.WIDTH * 0.7, L.WIDTH * 0.3])]
    out += _groups_table(data, s)
    out += weekly_mar.section(data, s)
    needs = [[tr("Category"), tr("Opened"), tr("Met")]]
    for cat in sorted(set(f.needs_opened) | set(f.needs_met)):
        needs.append([word(cat), f.needs_opened[cat], f.needs_met[cat]])
    if len(needs) == 1:
        needs.append([tr("No needs opened or met this week"), "", ""])
    out += [L.para(tr("Stabilization needs opened and met"), s["h2"]),
            L.table(needs, [L.WIDTH * 0.6, L.WIDTH * 0.2, L.WIDTH * 0.2])]
    return out


def _groups_table(data: WeeklyData, s: dict) -> list:
    """Each group session of the week once, with how many of the house came."""
    if not data.groups:
        return []
    rows = [[tr("When"), tr("Group"), tr("Therapy"), tr("Present"), tr("Status")]]
    for g in data.groups:
        x = g.session
        rows.append([f"{L.day(x.scheduled_at.date(), weekday=True)} {x.scheduled_at:%H:%M}",
                     Text(x.title, 8.5), word(x.modality),
                     tr("{present} of {booked}", present=g.count(Attendance.PRESENT),
                        booked=len(g.attendance)), word(x.status)])
    return [L.para(tr("Group sessions this week"), s["h2"]),
            L.table(rows, [L.WIDTH * w for w in (0.26, 0.26, 0.16, 0.16, 0.16)])]


def _group_lines(groups: list[WeekGroup], plan_id: str) -> list[str]:
    """'Wed group: present' for each group session of the week booked on this plan."""
    out = []
    for g in groups:
        for a in g.attendance:
            if a.plan_id == plan_id:
                state = (g.session.status if g.session.status is GroupStatus.CANCELLED
                         else a.status)
                out.append(tr("{day} group: {state}",
                              day=L.weekday(g.session.scheduled_at.date()),
                              state=word(state).lower()))
    return out


def _residents(data: WeeklyData, s: dict) -> list:
    f = data.figures
    days = days_between(f.start, f.end)
    moods: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    flags: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for c in data.checkins:
        moods[c.resident_id][c.date].append(c.mood)
        flags[c.resident_id] += [(c.date, str(flag)) for flag in c.flags]
    sessions = defaultdict(list)
    for session in data.sessions:
        sessions[session.resident_id].append(session)
    needs = defaultdict(list)
    for need in data.open_needs:
        needs[need.resident_id].append(need)
    notes = defaultdict(list)
    for note in data.manager_notes:
        notes[note.resident_id].append(note)
    plans = defaultdict(list)
    for plan in data.plans.values():
        if (not plan.deleted and plan.start_date <= f.end
                and (plan.end_date is None or plan.end_date >= f.start)
                and (plan.closed_on is None or plan.closed_on >= f.start)):
            plans[plan.resident_id].append(plan)
    out: list = [CondPageBreak(60 * mm), L.para(tr("Residents"), s["h1"])]
    for i, r in enumerate(data.residents):
        block = _resident_block(data, r, days, moods[r.id], flags[r.id], sessions[r.id],
                                plans[r.id], needs[r.id], notes[r.id], s)
        out += [CondPageBreak(45 * mm), *block] if i else block
    return out


def _resident_block(data: WeeklyData, r: Resident, days: list[date],
                    moods: dict[date, list[int]], flags: list[tuple[date, str]],
                    sessions: list, plans: list, needs: list, notes: list, s: dict) -> list:
    f = data.figures
    day = data.as_of or f.end
    age = age_on(day, r.date_of_birth, r.age_estimate, r.age_estimated_on)
    facts = [word(r.stage)]
    if age is not None:
        facts.append(tr("{age} years", age=age))
    if r.key_worker_id and r.key_worker_id in data.staff_names:
        facts.append(tr("key worker {name}", name=data.staff_names[r.key_worker_id]))
    if f.start <= r.intake_date <= f.end:
        facts.append(tr("arrived {day}", day=L.day(r.intake_date)))
    if r.discharge_date and f.start <= r.discharge_date <= f.end:
        facts.append(tr("left {day}", day=L.day(r.discharge_date)))
    head = [Text(r.preferred_name, 12, bold=True, color=L.TEAL),
            L.para(" · ".join(facts), s["small"])]
    chart = mood_week(days, {d: mean(v) for d, v in moods.items()}, {d for d, _ in flags},
                      height=42)
    flag_lines = [L.para(f"{L.day(d, weekday=True)}: {word(flag)}", s["flag"])
                  for d, flag in flags]
    if not flag_lines:
        flag_lines = [L.para(tr("No risk flags this week."), s["small"])]
    checked = sum(1 for d in days if moods.get(d))
    summary = [L.para(tr_n("Mood this week ({n} day with a check-in)",
                               "Mood this week ({n} days with a check-in)", checked), s["small"]),
               *flag_lines]
    top = L.table([[[*head, Spacer(1, 1.5 * mm), *summary], chart]],
                  [L.WIDTH - 75 * mm, 75 * mm], header=False, zebra=False,
                  extra=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (0, 0), 0),
                         ("LINEBELOW", (0, 0), (-1, -1), 0, L.PALE)])
    block: list = [top]
    if plans:
        title = Text(tr("{name}: therapy", name=r.preferred_name), 7.5, color=L.GREY)
        rows = [[tr("Therapy"), tr("Provider"), tr("This week"), tr("Funded sessions used")]]
        extra = []
        for i, p in enumerate(plans, start=1):
            week = [x for x in sessions if x.plan_id == p.id]
            held = joined([f"{L.weekday(x.scheduled_at.date())} {word(x.status).lower()}"
                           for x in week] + _group_lines(data.groups, p.id)) \
                or tr("no session")
            used = data.used.get(p.id, 0)
            cap = (tr("{used} of {cap}", used=used, cap=p.session_cap) if p.session_cap
                   else tr("{used} (no cap)", used=used))
            state = cap_state(used, p.session_cap)
            if state == "over-cap":
                cap += "  " + tr("over cap")
                extra.append(("TEXTCOLOR", (3, i), (3, i), L.RED))
            elif state == "cap-reached":
                cap += "  " + tr("cap reached")
                extra.append(("TEXTCOLOR", (3, i), (3, i), L.AMBER))
            elif state == "cap-nearly-used":
                cap += "  " + tr("nearly used")
                extra.append(("TEXTCOLOR", (3, i), (3, i), L.AMBER))
            if p.closed_on is not None and p.closed_on <= day:
                cap += "  " + tr("(closed {day})", day=L.day(p.closed_on))
            rows.append([word(p.modality), Text(p.provider, 8.5), L.para(held, s["body"]),
                         L.para(cap, s["body"]) if len(cap) > 28 else cap])
        block.append(L.table(rows, [L.WIDTH * w for w in (0.18, 0.26, 0.28, 0.28)],
                             extra=extra, title=title))
    if needs:
        title = Text(tr("{name}: open needs", name=r.preferred_name), 7.5, color=L.GREY)
        rows = [[tr("Open need"), tr("Priority"), tr("Owner"), tr("Due")]]
        extra = []
        for i, n in enumerate(needs, start=1):
            overdue = n.due_date is not None and n.due_date < day
            rows.append([word(n.category), word(n.priority),
                         Text(data.staff_names.get(n.owner_id or "", "–"), 8.5),
                         L.day(n.due_date) + ("  " + tr("overdue") if overdue else "")])
            if overdue:
                extra.append(("TEXTCOLOR", (3, i), (3, i), L.RED))
        block.append(L.table(rows, [L.WIDTH * w for w in (0.34, 0.16, 0.26, 0.24)],
                             extra=extra, title=title))
    for note in notes:
        who = data.staff_names.get(note.staff_id, "")
        block.append(KeepTogether([
            L.para(tr("Note for the manager, {day}, {who}:",
                      day=L.day(note.written_at.date(), weekday=True), who=who), s["small"]),
            L.para(note.body, s["body"])]))
    block.append(Spacer(1, 2.5 * mm))
    return [KeepTogether(block[:2]), *block[2:]]


def _next_week(data: WeeklyData, s: dict) -> list:
    """Next week's sessions in time order; a group session once, with how many are booked."""
    out: list = [CondPageBreak(50 * mm), L.para(tr("Next week's schedule"), s["h1"])]
    if not data.next_week and not data.next_groups:
        return [*out, L.para(tr("No sessions are booked for next week."), s["body"])]
    booked: list[tuple] = []  # (when, row, booked still)
    for x in data.next_week:
        plan = data.plans.get(x.plan_id)
        scheduled = str(x.status) == "scheduled"
        booked.append((x.scheduled_at, [
            Text(data.names.get(x.resident_id, "–"), 8.5),
            word(plan.modality) if plan else "–", Text(plan.provider if plan else "–", 8.5),
            L.para(tr("Booked") if scheduled else word(x.status), s["body"])], scheduled))
    for g in data.next_groups:
        x = g.session
        scheduled = x.status is GroupStatus.SCHEDULED
        booked.append((x.scheduled_at, [
            L.para(tr("Group: {title} ({n} residents)", title=x.title, n=len(g.attendance)),
                   s["body"]),
            word(x.modality), Text(x.facilitator or "–", 8.5),
            L.para(tr("Booked") if scheduled else word(x.status), s["body"])], scheduled))
    rows = [[tr("When"), tr("Resident"), tr("Therapy"), tr("Provider"), tr("Status")]]
    extra = []
    for i, (when, row, scheduled) in enumerate(sorted(booked, key=lambda b: b[0]), start=1):
        rows.append([f"{L.day(when.date(), weekday=True)} {when:%H:%M}", *row])
        if not scheduled:
            extra.append(("TEXTCOLOR", (0, i), (-1, i), L.GREY))
    out.append(L.table(rows, [L.WIDTH * w for w in (0.24, 0.2, 0.17, 0.23, 0.16)],
                       extra=extra))
    return out
