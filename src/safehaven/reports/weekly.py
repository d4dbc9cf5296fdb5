"""The weekly house report: a manager's Monday print-out, one ISO week."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from statistics import mean

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from safehaven.domain.alerts import CAP_WARNING_SHARE
from safehaven.domain.dates import age_on, days_between
from safehaven.domain.models import Resident
from safehaven.domain.words import word
from safehaven.i18n import tr
from safehaven.reports import layout as L
from safehaven.reports.charts import mood_week
from safehaven.reports.text import Text
from safehaven.services.weekly import WeeklyData


def render(data: WeeklyData) -> bytes:
    f = data.figures
    period = tr("Week {week}: {start} to {end}", week=f.week, start=f.start.isoformat(),
                end=f.end.isoformat())
    doc = L.ReportDoc(title=tr("Weekly house report"), period=period, house=data.house,
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
    story += _glance(data, s)
    story += _residents(data, s)
    story += _next_week(data, s)
    return doc.render(story)


def _glance(data: WeeklyData, s: dict) -> list:
    f = data.figures
    done, expected = sum(f.checkins_done.values()), sum(f.checkins_expected.values())
    sessions = f.sessions
    cancelled = sessions["cancelled-provider"] + sessions["cancelled-resident"]
    tiles = [
        (tr("Residents"), str(f.residents)), (tr("Intakes"), str(f.intakes)),
        (tr("Exits"), str(f.exits)), (tr("Stage moves"), str(f.stage_moves)),
        (tr("Check-ins"), f"{done}/{expected}"), (tr("Completion"), f"{f.completion:.0%}"),
        (tr("Alerts raised"), str(len(data.alerts))),
        (tr("Sessions held"), f"{sessions['attended']}/{sum(sessions.values())}"),
    ]
    big = L.styles()["h1"]
    cells = [[L.para(value, big) for _, value in tiles[:4]], [t for t, _ in tiles[:4]],
             [L.para(value, big) for _, value in tiles[4:]], [t for t, _ in tiles[4:]]]
    out: list = [L.para(tr("The week at a glance"), s["h1"]),
                 L.table(cells, [L.WIDTH / 4] * 4, header=False, zebra=False,
                         extra=[("LINEBELOW", (0, 0), (-1, -1), 0, L.PALE),
                                ("TEXTCOLOR", (0, 1), (-1, 1), L.GREY),
                                ("TEXTCOLOR", (0, 3), (-1, 3), L.GREY),
                                ("BACKGROUND", (0, 0), (-1, -1), L.PALE)])]
    rows = [[tr("Day"), tr("Residents in the house"), tr("Checked in"), tr("Completion")]]
    extra = []
    for i, day in enumerate(days_between(f.start, f.end), start=1):
        exp, got = f.checkins_expected[day], f.checkins_done[day]
        share = got / exp if exp else 1.0
        rows.append([day.strftime("%a %d %b"), exp, got, f"{share:.0%}" if exp else "–"])
        if exp and share < 0.8:
            extra.append(("TEXTCOLOR", (3, i), (3, i), L.AMBER))
    out += [L.para(tr("Check-in completion by day"), s["h2"]),
            L.table(rows, [L.WIDTH * w for w in (0.31, 0.25, 0.22, 0.22)], extra=extra)]

    def counts(title: str, counter: dict[str, int], head: str) -> list:
        body = [[word(k), n] for k, n in sorted(counter.items(), key=lambda kv: -kv[1])]
        return [L.para(title, s["h2"]),
                L.table([[head, tr("Count")]] + (body or [[tr("None this week"), ""]]),
                        [L.WIDTH * 0.7, L.WIDTH * 0.3])]

    out += counts(tr("Alerts raised, by kind"), data.alerts_by_kind, tr("Alert"))
    out += counts(tr("Therapy sessions this week"), dict(sessions), tr("Status"))
    needs = [[tr("Category"), tr("Opened"), tr("Met")]]
    for cat in sorted(set(f.needs_opened) | set(f.needs_met)):
        needs.append([word(cat), f.needs_opened[cat], f.needs_met[cat]])
    if len(needs) == 1:
        needs.append([tr("No needs opened or met this week"), "", ""])
    out += [L.para(tr("Stabilization needs opened and met"), s["h2"]),
            L.table(needs, [L.WIDTH * 0.6, L.WIDTH * 0.2, L.WIDTH * 0.2])]
    del cancelled
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
        if not plan.deleted and (plan.end_date is None or plan.end_date >= f.start):
            plans[plan.resident_id].append(plan)
    out: list = [CondPageBreak(60 * mm), L.para(tr("Residents"), s["h1"])]
    if not data.residents:
        out.append(L.para(tr("No residents were in the house this week."), s["body"]))
    for r in data.residents:
        block = _resident_block(data, r, days, moods[r.id], flags[r.id], sessions[r.id],
                                plans[r.id], needs[r.id], notes[r.id], s)
        out += [CondPageBreak(45 * mm), *block]
    return out


def _resident_block(data: WeeklyData, r: Resident, days: list[date],
                    moods: dict[date, list[int]], flags: list[tuple[date, str]],
                    sessions: list, plans: list, needs: list, notes: list, s: dict) -> list:
    f = data.figures
    age = age_on(f.end, r.date_of_birth, r.age_estimate, r.age_estimated_on)
    facts = [word(r.stage)]
    if age is not None:
        facts.append(tr("{age} years", age=age))
    if r.key_worker_id and r.key_worker_id in data.staff_names:
        facts.append(tr("key worker {name}", name=data.staff_names[r.key_worker_id]))
    if f.start <= r.intake_date <= f.end:
        facts.append(tr("arrived {day}", day=r.intake_date.isoformat()))
    if r.discharge_date and f.start <= r.discharge_date <= f.end:
        facts.append(tr("left {day}", day=r.discharge_date.isoformat()))
    head = [Text(r.preferred_name, 12, bold=True, color=L.TEAL),
            L.para(" · ".join(facts), s["small"])]
    chart = mood_week(days, {d: mean(v) for d, v in moods.items()}, {d for d, _ in flags})
    flag_lines = [L.para(f"{d.strftime('%a')}: {word(flag)}", s["flag"]) for d, flag in flags]
    if not flag_lines:
        flag_lines = [L.para(tr("No risk flags this week."), s["small"])]
    checked = sum(1 for d in days if moods.get(d))
    summary = [L.para(tr("Mood this week ({n} days with a check-in)", n=checked), s["small"]),
               *flag_lines]
    top = L.table([[chart, summary]], [75 * mm, L.WIDTH - 75 * mm], header=False, zebra=False,
                  extra=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LINEBELOW", (0, 0), (-1, -1), 0, L.PALE)])
    block: list = [*head, top]
    if plans:
        rows = [[tr("Therapy"), tr("Provider"), tr("This week"), tr("Used of cap")]]
        extra = []
        for i, p in enumerate(plans, start=1):
            week = [x for x in sessions if x.plan_id == p.id]
            held = ", ".join(f"{x.scheduled_at.strftime('%a')} {word(x.status).lower()}"
                             for x in week) or "–"
            used = data.used.get(p.id, 0)
            cap = f"{used} / {p.session_cap}" if p.session_cap else f"{used} ({tr('no cap')})"
            if p.session_cap and used >= CAP_WARNING_SHARE * p.session_cap:
                cap += "  " + tr("near cap") if used < p.session_cap else "  " + tr("cap reached")
                extra.append(("TEXTCOLOR", (3, i), (3, i), L.AMBER))
            rows.append([word(p.modality), Text(p.provider, 8.5), L.para(held, s["body"]), cap])
        block.append(L.table(rows, [L.WIDTH * w for w in (0.2, 0.27, 0.3, 0.23)], extra=extra))
    if needs:
        rows = [[tr("Open need"), tr("Priority"), tr("Owner"), tr("Due")]]
        extra = []
        for i, n in enumerate(needs, start=1):
            overdue = n.due_date is not None and n.due_date < f.end
            rows.append([word(n.category), word(n.priority),
                         Text(data.staff_names.get(n.owner_id or "", "–"), 8.5),
                         (n.due_date.isoformat() if n.due_date else "–")
                         + (f"  {tr('overdue')}" if overdue else "")])
            if overdue:
                extra.append(("TEXTCOLOR", (3, i), (3, i), L.RED))
        block.append(L.table(rows, [L.WIDTH * w for w in (0.34, 0.16, 0.26, 0.24)],
                             extra=extra))
    for note in notes:
        who = data.staff_names.get(note.staff_id, "")
        block.append(L.para(tr("Note for the manager, {day}, {who}:",
                               day=note.written_at.strftime("%a %d %b"), who=who), s["small"]))
        block.append(L.para(note.body, s["body"]))
    block.append(Spacer(1, 4 * mm))
    return [KeepTogether(block[:3]), *block[3:]]


def _next_week(data: WeeklyData, s: dict) -> list:
    names = {r.id: r.preferred_name for r in data.residents}
    out: list = [CondPageBreak(50 * mm), L.para(tr("Next week's schedule"), s["h1"])]
    if not data.next_week:
        return [*out, L.para(tr("No sessions are scheduled next week."), s["body"])]
    rows = [[tr("When"), tr("Resident"), tr("Therapy"), tr("Provider"), tr("Place")]]
    for x in data.next_week:
        plan = data.plans.get(x.plan_id)
        rows.append([x.scheduled_at.strftime("%a %d %b %H:%M"),
                     Text(names.get(x.resident_id, "–"), 8.5),
                     word(plan.modality) if plan else "–",
                     Text(plan.provider if plan else "–", 8.5), x.place or "–"])
    out.append(L.table(rows, [L.WIDTH * w for w in (0.2, 0.22, 0.2, 0.26, 0.12)]))
    return out
