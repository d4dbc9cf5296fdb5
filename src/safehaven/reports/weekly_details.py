"""The weekly report's details, in compact tables so that a house of 40 fits in six pages
without losing a fact: the week's incidents and risk flags (actions taken, who was told,
whether a manager acknowledged), one row per child (mood each day, therapy, open needs),
notes for the manager, and trusted adults still being vetted."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from statistics import mean

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from safehaven import formats
from safehaven.domain.dates import age_on, days_between
from safehaven.domain.models import Resident
from safehaven.domain.vocab import GroupStatus
from safehaven.domain.words import word
from safehaven.i18n import joined, tr, tr_n
from safehaven.reports import fonts, weekly_life
from safehaven.reports import layout as L
from safehaven.reports.direction import isolated
from safehaven.reports.text import Text
from safehaven.services.weekly import WeekGroup, WeeklyData, cap_state
from safehaven.services.weekly_reprint import Correction


def _cell(s: L.Styles) -> ParagraphStyle:
    return ParagraphStyle("cell", parent=s["body"], fontSize=8, leading=9.1)


def _name(data: WeeklyData, rid: str) -> Text:
    return Text(data.names.get(rid, "–"), 8, bold=True)


def incidents(data: WeeklyData, s: L.Styles) -> L.Story:
    """Every incident of the week and every risk flag no incident answers: the child and
    when in one cell, what happened, what was done, who was told and the manager's part
    (in red while nobody has acknowledged it)."""
    cell = _cell(s)
    flag = ParagraphStyle("cell-flag", parent=s["flag"], fontSize=8, leading=9.1)
    end = datetime.combine(data.as_of or data.figures.end, datetime.max.time())
    out: L.Story = [L.para(tr("Incidents and risk flags this week"), s["h1"])]
    answered = {i.checkin_id for i in data.incidents if i.checkin_id}
    rows: list[L.Row] = [[tr("Resident"), tr("What happened"), tr("Actions taken"),
                         tr("Who was told"), tr("Manager")]]
    for i in data.incidents:
        acked = i.acknowledged_at is not None and i.acknowledged_at <= end
        closed = i.closed_at is not None and i.closed_at <= end
        told = joined(word(n) for n in i.notified) or tr("nobody recorded")
        state = (tr("closed: {outcome}", outcome=i.outcome or "–") if closed
                 else tr("acknowledged {day}", day=L.day(i.acknowledged_at.date()))
                 if acked and i.acknowledged_at else tr("NOT YET ACKNOWLEDGED"))
        rows.append([[_name(data, i.resident_id), L.para(L.moment(i.occurred_at), cell)],
                     L.para(f"{word(i.kind)}: {' '.join(i.description.split())}", cell),
                     L.para(i.actions or "–", cell), L.para(told, cell),
                     L.para(state, cell if acked else flag)])
    for c in data.checkins:
        if c.id in answered:
            continue
        for risk in c.flags:
            rows.append([[_name(data, c.resident_id),
                          L.para(L.day(c.date, weekday=True), cell)],
                         L.para(tr("Risk flag at a check-in: {flag}", flag=word(risk)), cell),
                         L.para(c.incidents or "–", cell), "–",
                         L.para(tr("no incident recorded"), flag)])
    if len(rows) == 1:
        return [*out, L.para(tr("No incidents and no risk flags this week."), s["body"])]
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.16, 0.29, 0.22, 0.12, 0.21)],
                          extra=[*COMPACT, ("VALIGN", (0, 0), (-1, -1), "TOP")],
                          dense=True)]


def residents(data: WeeklyData, s: L.Styles) -> L.Story:
    """One row per child: who, mood each day of the week (! a risk flag), therapy and
    funded sessions used, school, open needs."""
    cell = _cell(s)
    f = data.figures
    days = days_between(f.start, f.end)
    day = data.as_of or f.end
    moods: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    flagged: dict[str, set[date]] = defaultdict(set)
    for c in data.checkins:
        moods[c.resident_id][c.date].append(c.mood)
        if c.flags:
            flagged[c.resident_id].add(c.date)
    # the day's short name, shrunk to its narrow column if need be (Arabic's are long)
    rows: list[L.Row] = [[tr("Resident"),
                         *[Text(formats.weekday(d, width="short"), 7, bold=True,
                                color=colors.white, min_scale=0.5) for d in days],
                         tr("Therapy, school and open needs")]]
    extra: list[L.StyleCommand] = []
    for worker, group in _by_key_worker(data):
        # the key worker once above their children, not on every row
        extra += [("SPAN", (0, len(rows)), (-1, len(rows))),
                  ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.white),
                  ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, L.TEAL)]
        head = Text(tr("Key worker: {name}", name=worker) if worker else tr("No key worker"),
                    8, bold=True, color=L.TEAL)
        blank = [""] * (len(days) + 1)
        # a spanned row shows its first cell: in Arabic the last, once the table is mirrored
        rows.append([*blank, head] if fonts.document_rtl() else [head, *blank])
        for r in group:
            n = len(rows)
            rows.append([[_name(data, r.id), L.para(_facts(data, r, day), cell)],
                         *[_mood(moods[r.id].get(d), d in flagged[r.id]) for d in days],
                         L.para(_therapy_and_needs(data, r.id, day), cell)])
            extra += [("TEXTCOLOR", (1 + i, n), (1 + i, n), L.RED)
                      for i, d in enumerate(days) if d in flagged[r.id]]
    # therapy and needs run on in one wide cell: two narrow columns made every row as
    # tall as the longer of the two
    widths = [L.WIDTH * 0.2] + [L.WIDTH * 0.027] * 7 + [L.WIDTH * 0.611]
    return [CondPageBreak(25 * mm), L.para(tr("Residents"), s["h1"]),
            L.para(tr("Mood each day from 1 (very low) to 5 (very good). – no check-in. "
                      "! a risk flag that day."), s["small"]),
            L.table(rows, widths, extra=[("ALIGN", (1, 0), (7, -1), "CENTER"),
                                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                         ("FONT", (1, 1), (7, -1),
                                          fonts.font_name("Sans"), 8),
                                         ("FONT", (1, 0), (7, 0),
                                          fonts.font_name("Sans", True), 7),
                                         ("LEFTPADDING", (1, 0), (7, -1), 1),
                                         ("RIGHTPADDING", (1, 0), (7, -1), 1),
                                         *COMPACT, *extra], dense=True)]


def _by_key_worker(data: WeeklyData) -> list[tuple[str, list[Resident]]]:
    """The week's children grouped under their key worker's name (in the order of the
    names), those with none last."""
    groups: dict[str, list[Resident]] = defaultdict(list)
    for r in data.residents:
        groups[data.staff_names.get(r.key_worker_id or "", "")].append(r)
    return sorted(groups.items(), key=lambda g: (not g[0], g[0].casefold()))


def _therapy_and_needs(data: WeeklyData, rid: str, day: date) -> str:
    """Therapy, school and open needs, run on as sentences in one cell."""
    therapy = _therapy(data, rid, day)
    needs = _needs(data, rid, day)
    school = next((x for x in data.life.school if x.resident_id == rid), None)
    parts = [tr("Therapy: {therapy}.", therapy=therapy) if therapy
             else tr("No therapy plan.")]
    if school is not None:
        parts.append(tr("School: {school}.", school=weekly_life.school_words(school)))
    parts.append(tr("Open needs: {needs}.", needs=needs) if needs else tr("No open needs."))
    return " ".join(parts)


def _mood(values: list[int] | None, flag: bool) -> str:
    if not values:
        return "!" if flag else "–"
    m = mean(values)
    text = str(int(m)) if m == int(m) else f"{m:.1f}"
    return text + ("!" if flag else "")


def _facts(data: WeeklyData, r: Resident, day: date) -> str:
    f = data.figures
    age = age_on(day, r.date_of_birth, r.age_estimate, r.age_estimated_on)
    facts = [word(r.stage)]
    if age is not None:
        facts.append(tr("{age} years", age=age))
    if f.start <= r.intake_date <= f.end:
        facts.append(tr("arrived {day}", day=L.day(r.intake_date)))
    if r.discharge_date and f.start <= r.discharge_date <= f.end:
        facts.append(tr("left {day}", day=L.day(r.discharge_date)))
    return " · ".join(facts)


def _therapy(data: WeeklyData, rid: str, day: date) -> str:
    f = data.figures
    out = []
    for p in data.plans.values():
        if (p.resident_id != rid or p.deleted or p.start_date > f.end
                or (p.end_date is not None and p.end_date < f.start)
                or (p.closed_on is not None and p.closed_on < f.start)):
            continue
        week = [f"{L.weekday(x.scheduled_at.date())} {word(x.status).lower()}"
                for x in data.sessions if x.plan_id == p.id]
        held = joined(week + group_lines(data.groups, p.id)) or tr("no session")
        used = data.used.get(p.id, 0)
        cap = (tr("{used} of {cap} funded", used=used, cap=p.session_cap) if p.session_cap
               else tr("{used} used (no cap)", used=used))
        state = cap_state(used, p.session_cap)
        if state:
            cap += ", " + {"over-cap": tr("over cap"), "cap-reached": tr("cap reached"),
                           "cap-nearly-used": tr("nearly used")}[state]
        if p.closed_on is not None and p.closed_on <= day:
            cap += ", " + tr("closed {day}", day=L.day(p.closed_on))
        out.append(tr("{therapy}: {held} ({cap})", therapy=word(p.modality), held=held,
                      cap=cap))
    return joined(out, semicolons=True)


COMPACT: list[L.StyleCommand] = [("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]


def _needs(data: WeeklyData, rid: str, day: date) -> str:
    """Open needs, grouped by who owns them (a name once, not on every need)."""
    by_owner: dict[str, list[str]] = defaultdict(list)
    for n in data.open_needs:
        if n.resident_id != rid:
            continue
        bits = [word(n.priority).lower()]
        if n.due_date is not None:
            short = formats.day(n.due_date, year=False)
            bits.append(tr("OVERDUE since {day}", day=short) if n.due_date < day
                        else tr("due {day}", day=short))
        owner = data.staff_names.get(n.owner_id or "", tr("no owner"))
        by_owner[owner].append(f"{word(n.category)} ({joined(bits)})")
    return joined((tr("{owner}: {needs}", owner=owner, needs=joined(needs))
                   for owner, needs in by_owner.items()), semicolons=True)


def group_lines(groups: list[WeekGroup], plan_id: str) -> list[str]:
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


def notes(data: WeeklyData, s: L.Styles) -> L.Story:
    if not data.manager_notes:
        return []
    cell = _cell(s)
    rows: list[L.Row] = [[tr("Day"), tr("Resident"), tr("Written by"), tr("Note")]]
    for note in data.manager_notes:
        rows.append([L.day(note.written_at.date(), weekday=True), _name(data, note.resident_id),
                     Text(data.staff_names.get(note.staff_id, ""), 8),
                     L.para(note.body, cell)])
    return [L.para(tr("Notes for the manager"), s["h2"]),
            L.table(rows, [L.WIDTH * w for w in (0.17, 0.17, 0.16, 0.5)], dense=True)]


def vetting(data: WeeklyData, s: L.Styles) -> L.Story:
    """Trusted adults still being vetted: routine work, so not on page 1."""
    if not data.adults:
        return []
    items = sorted(data.adults, key=lambda a: (data.names.get(a.resident_id, "").casefold(),
                                               a.name))
    rows: list[L.Row] = [[tr("Resident"), tr("Trusted adult"), tr("Vetting")] * 2]
    for i in range(0, len(items), 2):
        row: L.Row = []
        for a in items[i:i + 2]:
            row += [_name(data, a.resident_id), Text(a.name, 8),
                    word(a.vetting_status)]
        rows.append(row + [""] * (6 - len(row)))
    return [L.para(tr("Trusted adults still being vetted"), s["h2"]),
            L.table(rows, [L.WIDTH * w for w in (0.15, 0.2, 0.15) * 2], extra=COMPACT, dense=True)]


def two_up(rows: Sequence[L.Row], widths: list[float],
           extra: Sequence[L.StyleCommand] = ()) -> Flowable:
    """A long narrow table as two side by side (header repeated), half the height: each
    half's rows in order, the first half on the left (on the right in Arabic)."""
    head, body = rows[0], rows[1:]
    if len(body) < 3:  # nothing to gain: one table, no empty half
        return L.table(rows, widths, extra=[*COMPACT, *extra], dense=True)
    half = (len(body) + 1) // 2
    left, right = body[:half], body[half:]
    blank: L.Row = [""] * len(head)
    width = len(head)
    joined_rows = [head + head] + [a + (right[i] if i < len(right) else blank)
                                  for i, a in enumerate(left)]
    moved: list[L.StyleCommand] = []
    for name, (c0, r0), (c1, r1), *rest in extra:
        if r0 - 1 < half:
            moved.append((name, (c0, r0), (c1, r1), *rest))
        else:
            moved.append((name, (c0 + width, r0 - half), (c1 + width, r1 - half), *rest))
    half_widths = [w / 2 for w in widths]
    return L.table(joined_rows, half_widths + half_widths,
                   extra=[*COMPACT, ("LINEAFTER", (width - 1, 0), (width - 1, -1), 1.2,
                                     L.TEAL), *moved], dense=True)


def corrections(data: WeeklyData, s: L.Styles) -> L.Story:
    """What was recorded or changed about this week after it ended: what, when, by whom;
    one row per sitting, each child once in it, the records they entered late together."""
    out: L.Story = [L.para(tr("Corrections since the week ended"), s["h2"])]
    if not data.corrections:
        return [*out, L.para(tr("None: nothing about this week was recorded or changed "
                                "after it ended."), s["small"])]
    cell = _cell(s)
    grouped: dict[tuple[datetime, str], dict[str, list[Correction]]] = defaultdict(
        lambda: defaultdict(list))  # one row per sitting: when, by whom, then per child
    for c in data.corrections:
        grouped[(c.at.replace(second=0), c.who)][c.resident_id].append(c)
    rows: list[L.Row] = [[tr("When"), tr("By"), tr("What")]]
    for (at, who), by_child in grouped.items():
        what = joined((tr("{name}: {what}", name=isolated(data.names.get(rid, "–")),
                          what=joined(_corrected(items))) for rid, items in by_child.items()),
                      semicolons=True)
        rows.append([L.moment(at), Text(who, 8), L.para(what, cell)])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.16, 0.16, 0.68)],
                          extra=[*COMPACT, ("VALIGN", (0, 0), (-1, -1), "TOP")], dense=True)]


def _corrected(items: list[Correction]) -> list[str]:
    """A child's corrections in one sitting: records entered late listed together by
    kind ("sessions of 16 Nov 10:00, 18 Nov 10:00 recorded late"), the rest one by one."""
    late: dict[str, list[str]] = defaultdict(list)
    out: list[str] = []
    for c in sorted(items, key=lambda c: c.order):
        if c.late:
            late[c.late].append(c.subject)
        else:
            out.append(c.what)
    first: list[str] = []  # by the first record of each kind
    for kind, subjects in late.items():
        n, listed = len(subjects), joined(subjects)
        if kind == "session":
            first.append(tr_n("session of {days} recorded late",
                              "sessions of {days} recorded late", n, days=listed))
        elif kind == "incident":
            first.append(tr_n("incident of {days} recorded late",
                              "incidents of {days} recorded late", n, days=listed))
        else:
            first.append(tr_n("need recorded late: {needs}", "needs recorded late: {needs}",
                              n, needs=listed))
    return first + out
