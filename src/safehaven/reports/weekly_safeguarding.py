"""The weekly report's safeguarding section (issue 27): missing episodes, visits and
contacts, restraints and the house log, in the week's own words and order."""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from safehaven import formats
from safehaven.domain.alerts import DEBRIEF_WITHIN, RETURN_INTERVIEW_WITHIN
from safehaven.domain.models import Incident
from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.missing import Episode, episode
from safehaven.services.restraints import RestraintRecord
from safehaven.services.weekly import WeeklyData


def section(data: WeeklyData, s: L.Styles) -> L.Story:
    week = data.safeguarding
    out: L.Story = [CondPageBreak(25 * mm), L.para(tr("Safeguarding this week"), s["h1"])]
    if week.empty:
        return [*out, L.para(tr("No one went missing, no restraint, no contacts logged and "
                                "nothing in the house log this week."), s["body"])]
    end = datetime.combine(data.as_of or data.figures.end, datetime.max.time())
    out.append(L.para(_summary(data, end), s["body"]))
    out += _missing(data, s, end)
    out += _contacts(data, s)
    out += _restraints(data, s, end)
    out += _house_log(data, s)
    return out


def _summary(data: WeeklyData, end: datetime) -> str:
    """The week's safeguarding in one line: what funders and inspectors count."""
    week = data.safeguarding
    back = [e for e in week.episodes if e.incident.returned_at and e.incident.returned_at <= end]
    hours = sum(e.hours_missing or 0 for e in back)
    in_time = 0
    for e in back:
        held, came = e.incident.interview_at, e.incident.returned_at
        if held and came and held <= end and held <= came + RETURN_INTERVIEW_WITHIN:
            in_time += 1
    return tr("Missing episodes: {n} ({hours} h missing in all; {in_time} of {back} return "
              "interviews within 72 h). Restraints: {restraints}. Contacts not allowed or "
              "flagged: {refused}.", n=len(week.episodes),
              hours=formats.number(hours, digits=1), in_time=in_time, back=len(back),
              restraints=len(week.restraints), refused=len(week.refused))


def _name(data: WeeklyData, resident_id: str) -> Text:
    return Text(data.names.get(resident_id, "–"), 8, bold=True)


def _missing(data: WeeklyData, s: L.Styles, end: datetime) -> L.Story:
    week = data.safeguarding
    out: L.Story = [L.para(tr("Missing from care"), s["h2"])]
    if not week.episodes:
        return [*out, L.para(tr("No one went missing this week."), s["body"])]
    rows: list[L.Row] = [[tr("Resident"), tr("Last seen"), tr("Back"), tr("Police reference"),
                         tr("Return interview")]]
    for e in week.episodes:
        x = e.incident
        back = x.returned_at if x.returned_at and x.returned_at <= end else None
        gone = x.last_seen_at or x.occurred_at
        nth = week.episode_number.get(x.id, 1)
        who = L.para(tr("{name} (episode {n})", name=data.names.get(x.resident_id, "–"),
                        n=nth), s["body"])
        rows.append([who, L.moment(gone),
                     L.para(tr("{when}, after {hours} h", when=L.moment(back),
                               hours=formats.number(e.hours_missing or 0, digits=1))
                            if back else tr("STILL MISSING"), s["body" if back else "flag"]),
                     x.police_reference or "–",
                     L.para(_interview(e, back, end),
                            s["flag" if back is not None and _late(e, back, end) else "body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.22, 0.19, 0.22, 0.15, 0.22)], dense=True)]


def _late(e: Episode, back: datetime, end: datetime) -> bool:
    """The return interview later than 72 hours, as things stood at `end`."""
    due = back + RETURN_INTERVIEW_WITHIN
    held = e.incident.interview_at
    if held is not None and held > end:
        held = None  # recorded after the week: not yet held as the week stood
    return (held is not None and held > due) or (held is None and end > due)


def _interview(e: Episode, back: datetime | None, end: datetime) -> str:
    held = e.incident.interview_at
    if back is None:
        return "–"
    if held is not None and held <= end:
        late = held > back + RETURN_INTERVIEW_WITHIN
        return (tr("held {day}, later than 72 h", day=L.day(held.date())) if late
                else tr("held {day}, within 72 h", day=L.day(held.date())))
    return tr("due by {when}", when=L.moment(back + RETURN_INTERVIEW_WITHIN))


def _contacts(data: WeeklyData, s: L.Styles) -> L.Story:
    week = data.safeguarding
    out: L.Story = [L.para(tr("Visits and contacts"), s["h2"])]
    if not week.contacts:
        return [*out, L.para(tr("No visits or calls logged this week."), s["body"])]
    counts = joined(tr("{what}: {n}", what=word(kind), n=n)
                    for kind, n in sorted(week.contacts.items()))
    out.append(L.para(counts, s["body"]))
    if not week.refused:
        return out
    rows: list[L.Row] = [[tr("When"), tr("Resident"), tr("How"), tr("Who"), tr("Why flagged")]]
    for c in week.refused:
        why = (tr("on the no-contact list") if c.no_contact_id
               else tr("unknown person") if c.unknown_person
               else tr("adult not yet vetted") if c.unvetted_adult_id else tr("not allowed"))
        rows.append([L.moment(c.at), _name(data, c.resident_id), word(c.kind),
                     Text(c.who, 8), L.para(why, s["flag" if c.no_contact_id else "body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.2, 0.2, 0.14, 0.24, 0.22)], dense=True)]


def _restraints(data: WeeklyData, s: L.Styles, end: datetime) -> L.Story:
    week = data.safeguarding
    out: L.Story = [L.para(tr("Restraints and physical interventions"), s["h2"])]
    if not week.restraints:
        return [*out, L.para(tr("No restraint this week."), s["body"])]
    rows: list[L.Row] = [[tr("When"), tr("Resident"), tr("Technique, minutes"),
                         tr("Injuries"), tr("Debrief"), tr("Review")]]
    for x in week.restraints:
        r = x.restraint
        hurt = joined(p for p in (r.child_injuries and tr("young person: {what}",
                                                           what=r.child_injuries),
                                  r.staff_injuries and tr("staff: {what}",
                                                          what=r.staff_injuries)) if p)
        debriefed = x.debrief is not None and x.debrief.held_at <= end
        due = r.started_at + timedelta(minutes=r.duration_min) + DEBRIEF_WITHIN
        reviewed = x.review is not None and x.review.reviewed_at <= end
        rows.append([L.moment(r.started_at), _name(data, r.resident_id),
                     L.para(tr("{technique}, {n} min", technique=word(r.technique),
                               n=r.duration_min), s["body"]),
                     L.para(hurt or "–", s["body"]),
                     L.para(tr("done") if debriefed else tr("due by {when}",
                                                            when=L.moment(due)),
                            s["body" if debriefed else "flag"]),
                     L.para(tr("done") if reviewed else tr("not yet"), s["body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.17, 0.15, 0.19, 0.19, 0.18, 0.12)],
                          dense=True)]


def _house_log(data: WeeklyData, s: L.Styles) -> L.Story:
    week = data.safeguarding
    out: L.Story = [L.para(tr("House log"), s["h2"])]
    if not week.house_log:
        return [*out, L.para(tr("Nothing in the house log this week."), s["body"])]
    rows: list[L.Row] = [[tr("When"), tr("What"), tr("What happened")]]
    for e in week.house_log:
        rows.append([L.moment(e.at), L.para(word(e.category), s["body"]),
                     L.para(e.text, s["body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.2, 0.18, 0.62)], dense=True)]


def missing_episodes(episodes: list[Incident], s: L.Styles) -> L.Story:
    """Every missing episode of one young person, for a hand-off: when, how long, and
    whether the return interview was held within 72 hours."""
    if not episodes:
        return []
    rows: list[L.Row] = [[tr("Last seen"), tr("Back"), tr("Return interview")]]
    for x in episodes:
        back = x.returned_at
        e = episode(x, datetime.max)
        rows.append([L.moment(x.last_seen_at or x.occurred_at),
                     L.para(tr("{when}, after {hours} h", when=L.moment(back),
                               hours=formats.number(e.hours_missing or 0, digits=1))
                            if back else tr("STILL MISSING"), s["body" if back else "flag"]),
                     L.para(_interview(e, back, datetime.max), s["body"])])
    return [L.para(tr("Missing from care: every episode ({n})", n=len(episodes)), s["h1"]),
            L.table(rows, [L.WIDTH * w for w in (0.3, 0.35, 0.35)])]


def restraint_list(held: list[RestraintRecord], s: L.Styles) -> L.Story:
    """Every restraint of one young person, for a hand-off: when, how, how long, what led
    to it, and whether they were debriefed."""
    if not held:
        return []
    rows: list[L.Row] = [[tr("When"), tr("Technique, minutes"), tr("What led to it"),
                         tr("Debrief")]]
    for x in sorted(held, key=lambda x: x.restraint.started_at):
        r = x.restraint
        rows.append([L.moment(r.started_at),
                     L.para(tr("{technique}, {n} min", technique=word(r.technique),
                               n=r.duration_min), s["body"]),
                     L.para(r.behaviour, s["body"]),
                     L.para(x.debrief.child_words if x.debrief else tr("not yet"), s["body"])])
    return [L.para(tr("Restraints and physical interventions ({n})", n=len(held)), s["h1"]),
            L.table(rows, [L.WIDTH * w for w in (0.2, 0.2, 0.3, 0.3)])]
