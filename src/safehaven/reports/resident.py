"""The resident summary for a warm hand-off to the next service."""

from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from safehaven import formats
from safehaven.domain.dates import age_on
from safehaven.domain.models import Consent, Incident
from safehaven.domain.words import word
from safehaven.i18n import joined, tr, tr_n
from safehaven.reports import handoff_health, handoff_life
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.reports.weekly_safeguarding import missing_episodes, restraint_list
from safehaven.services import consents
from safehaven.services.handoff import HandoffData


def render(data: HandoffData) -> bytes:
    r = data.resident
    today = data.generated_at.date()
    doc = L.ReportDoc(title=tr("Resident summary for hand-off"),
                      period=tr("As of {day}", day=L.day(today)), house=data.house,
                      generated=L.generated_line(data.generated_by, data.generated_at))
    s = L.styles()
    story: L.Story = [
        L.para(tr("Resident summary for hand-off"), s["title"]),
        Text(r.preferred_name, 16, bold=True, color=L.INK),
        Spacer(1, 2 * mm),
        L.para(L.generated_line(data.generated_by, data.generated_at), s["small"]),
        L.para(tr("Confidential: for the receiving service's care team only. Do not pass it on "
                  "without the young person's assent and the consent on record.")
               if data.receiving else
               tr("Confidential: the house's own copy. Keep it with the case file."),
               s["confidential"]),
        *_for_whom(data, s),
        L.para(tr("Profile"), s["h1"]),
    ]
    age = age_on(today, r.date_of_birth, r.age_estimate, r.age_estimated_on)
    profile = [
        (tr("Preferred name"), Text(r.preferred_name, 9)),
        (tr("Legal name"), Text(r.legal_name, 9) if r.legal_name
         else tr("none recorded") if data.legal_name_asked
         else tr("not included in this copy")),
        (tr("Age"), (f"{age}" + ("" if r.date_of_birth else " (" + tr("estimated") + ")"))
         if age is not None else tr("unknown")),
        (tr("Gender / pronouns"), " / ".join(x for x in (word(r.gender), r.pronouns) if x) or "–"),
        (tr("Languages"), formats.languages(r.languages) or "–"),
        (tr("Interpreter needed"), (tr("yes") + (f" ({r.interpreter_language})"
                                                  if r.interpreter_language else ""))
         if r.interpreter_needed else tr("no")),
        (tr("Cultural and faith notes"), L.para(r.cultural_notes or "–", s["body"])),
        (tr("Dietary needs"), L.para(r.dietary_needs or "–", s["body"])),
        (tr("Care stage"), word(r.stage)),
        (tr("In the house since"), L.day(r.intake_date)),
        (tr("Left the house"), L.day(r.discharge_date) if r.discharge_date else "–"),
        (tr("Key worker"), data.staff_names.get(r.key_worker_id or "", "–")),
    ]
    story.append(L.table([[k, v] for k, v in profile], [L.WIDTH * 0.3, L.WIDTH * 0.7],
                         header=False))
    story += handoff_health.section(data.health, s)
    story += handoff_life.section(data.life, s)
    story += _sharing(data, s)
    story += [L.para(tr("Care stages"), s["h1"]),
              L.table([[tr("Date"), tr("Stage"), tr("Why")]] + [
                  [L.day(m.changed_on), word(m.to_stage), L.para(
                      word(m.reason) + (" (" + tr("goes to: {place}",
                                                  place=word(m.destination)) + ")"
                                        if m.destination else ""), s["body"])]
                  for m in data.stages], [L.WIDTH * 0.16, L.WIDTH * 0.2, L.WIDTH * 0.64])]
    open_needs = [n for n in data.needs if str(n.status) in ("open", "in-progress")]
    story.append(L.para(tr("Current needs"), s["h1"]))
    if open_needs:
        story.append(L.table([[tr("Need"), tr("Priority"), tr("Status"), tr("Due")]] + [
            [word(n.category), word(n.priority), word(n.status),
             L.day(n.due_date) if n.due_date else "–"] for n in open_needs],
            [L.WIDTH * w for w in (0.4, 0.2, 0.2, 0.2)]))
    else:
        story.append(L.para(tr("No open needs."), s["body"]))
    story.append(L.para(tr("Therapy and attendance"), s["h1"]))
    rows: list[L.Row] = [[tr("Therapy"), tr("Provider"), tr("From"), tr("Attended"), tr("Missed"),
             tr("Cancelled"), tr("Cap")]]
    for p in data.plans:
        counts = Counter(str(x.status) for x in data.sessions if x.plan_id == p.id)
        for _, a in data.groups:  # a group: present is attended, absent is missed
            if a.plan_id == p.id and str(a.status) in ("present", "absent"):
                counts["attended" if str(a.status) == "present" else "missed"] += 1
        rows.append([word(p.modality), Text(p.provider, 8.5), L.day(p.start_date),
                     counts["attended"], counts["missed"],
                     counts["cancelled-provider"] + counts["cancelled-resident"],
                     p.session_cap or "–"])
    story.append(L.table(rows, [L.WIDTH * w for w in (0.18, 0.28, 0.14, 0.1, 0.1, 0.11, 0.09)])
                 if data.plans else L.para(tr("No therapy plans."), s["body"]))
    story += _plan_details(data, s)
    story += _booked(data, s) + _measures(data, s) + _mood(data, s) + _recent(data, s)
    story += missing_episodes(data.missing_episodes, s) + restraint_list(data.restraints, s)
    story += _safety_plan(data, s)
    story.append(L.para(tr("Trusted adults"), s["h1"]))
    if data.trusted_adults:
        story.append(L.table([[tr("Name"), tr("Relationship"), tr("Contact"), tr("Vetting"),
                               tr("Checked by"), tr("How")]] + [
            [Text(a.name, 8.5), L.para(a.relationship, s["body"]),
             L.para(a.phone or "–", s["body"]),
             word(a.vetting_status) + (f" {L.day(a.vetted_on)}" if a.vetted_on else ""),
             data.staff_names.get(a.vetted_by or "", "–"),
             L.para(joined(word(m) for m in a.vetting_methods) or a.vetting_method or "–",
                    s["body"])]
            for a in data.trusted_adults],
            [L.WIDTH * w for w in (0.18, 0.16, 0.16, 0.18, 0.14, 0.18)]))
        story.append(L.para(tr("A warm hand-off goes only to an adult whose vetting is "
                               "recorded as done."), s["small"]))
    else:
        story.append(L.para(tr("No trusted adults recorded."), s["body"]))
    story += _consents(data, s) + _referrals(data, s) + _follow_ups(data, s)
    if data.clinical_notes:
        story.append(L.para(tr("Clinical notes (restricted)"), s["h1"]))
        for note in data.clinical_notes:
            story.append(KeepTogether([
                L.para(f"{L.day(note.written_at.date())}, "
                       f"{data.staff_names.get(note.staff_id, '')}", s["small"]),
                L.para(note.body, s["body"])]))
    return doc.render(story)


def _consents(data: HandoffData, s: L.Styles) -> L.Story:
    out: L.Story = [L.para(tr("Consent and assent"), s["h1"])]
    if not data.consents:
        return [*out, L.para(tr("No consent recorded."), s["body"])]
    rows: list[L.Row] = [[tr("Purpose"), tr("Given by"), tr("Assent"), tr("From"), tr("Until"),
             tr("Withdrawn")]]
    for c in data.consents:
        purpose = word(c.purpose) + (f": {c.shared_with}" if c.shared_with else "")
        giver = _giver(c)
        rows.append([L.para(purpose, s["body"]), L.para(giver, s["body"]),
                     tr("yes") if c.child_assent else tr("no"), L.day(c.granted_on),
                     L.day(c.expires_on),
                     L.day(c.revoked_on) if c.revoked_on else "–"])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.26, 0.26, 0.1, 0.13, 0.13, 0.12)])]


def _referrals(data: HandoffData, s: L.Styles) -> L.Story:
    out: L.Story = [L.para(tr("Referrals and hand-offs"), s["h1"])]
    if not data.referrals:
        return [*out, L.para(tr("No referrals recorded."), s["body"])]
    rows: list[L.Row] = [[tr("Date"), tr("Kind"), tr("Service and contact"), tr("Status"),
                          tr("Hand-off")]]
    for r in data.referrals:
        service = r.to_organisation + (f" ({r.contact_person})" if r.contact_person else "")
        handoff = "–"
        if r.handoff_on:
            handoff = tr("{day}: with {who}, received by {by}", day=L.day(r.handoff_on),
                         who=r.accompanied_by or "–", by=r.received_by or "–")
        rows.append([L.day(r.made_on), word(r.kind), L.para(service, s["body"]),
                     word(r.status), L.para(handoff, s["body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.13, 0.14, 0.31, 0.12, 0.3)])]


def _follow_ups(data: HandoffData, s: L.Styles) -> L.Story:
    out: L.Story = [L.para(tr("Follow-up plan"), s["h1"])]
    if not data.follow_ups:
        return [*out, L.para(tr("No follow-up contacts planned."), s["body"])]
    rows: list[L.Row] = [[tr("Due"), tr("Done"), tr("How"), tr("Spoke with"), tr("Risk")]]
    for f in data.follow_ups:
        rows.append([L.day(f.due_date), L.day(f.done_on) if f.done_on else "–",
                     word(f.method) if f.method else "–", L.para(f.contacted or "–", s["body"]),
                     word(f.risk_level) if f.risk_level else "–"])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.15, 0.15, 0.2, 0.3, 0.2)])]


def _plan_details(data: HandoffData, s: L.Styles) -> L.Story:
    """What the next therapist carries on with: each current plan's goals, how often and
    in which language (the interpreter)."""
    out: L.Story = []
    for p in data.plans:
        if p.deleted:
            continue
        out.append(L.para(tr("{therapy} with {provider}: {frequency}; interpreter: "
                             "{interpreter}; goals: {goals}", therapy=word(p.modality),
                             provider=p.provider, frequency=word(p.frequency).lower(),
                             interpreter=p.interpreter or tr("none"),
                             goals=p.goals or tr("none recorded")), s["body"]))
    return out


def _mood(data: HandoffData, s: L.Styles) -> L.Story:
    """The recent mood trend: each of the last four weeks' average and lowest mood."""
    out: L.Story = [L.para(tr("Mood at check-ins, the last four weeks"), s["h1"])]
    if not any(w.count for w in data.mood_weeks):
        return [*out, L.para(tr("No check-ins in the last four weeks."), s["body"])]
    rows: list[L.Row] = [[tr("Week"), tr("Average mood (1–5)"), tr("Lowest"), tr("Check-ins")]]
    rows += [[f"{L.day(w.start)} – {L.day(w.end)}",
              f"{w.average:.1f}" if w.average is not None else "–",
              str(w.lowest) if w.lowest is not None else "–", str(w.count)]
             for w in data.mood_weeks]
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.4, 0.24, 0.16, 0.2)])]


def _for_whom(data: HandoffData, s: L.Styles) -> L.Story:
    """Who the summary is for, and the consent that lets it go there (or why none)."""
    if data.receiving is None:
        return [L.para(tr("For the house's own file: no receiving service was named, so this "
                          "copy is not for sharing."), s["flag"])]
    out = [L.para(tr("For: {service}", service=data.receiving), s["h2"])]
    ref = data.referral
    if ref is not None:
        out.append(L.para(tr("Referred {day} ({kind}, {status}); contact there: {contact}.",
                             day=L.day(ref.made_on), kind=word(ref.kind),
                             status=word(ref.status), contact=ref.contact_person or "–"),
                          s["body"]))
    else:
        out.append(L.para(tr("No referral to this service is recorded: its contact is not "
                             "known to the house."), s["flag"]))
    if data.consent is not None:
        c = data.consent
        out.append(L.para(tr("Information-sharing consent given {day} by {giver}, in force "
                             "until {until}.", day=L.day(c.granted_on), giver=_giver(c),
                             until=L.day(c.expires_on)), s["body"]))
    else:
        out.append(L.para(tr("Shared without an information-sharing consent naming this "
                             "service, because: {why} (confirmed by {who}).",
                             why=data.without_consent or "–", who=data.generated_by),
                          s["flag"]))
    return out


def _sharing(data: HandoffData, s: L.Styles) -> L.Story:
    """What may be shared, and with whom: the consents in force today."""
    out: L.Story = [L.para(tr("What may be shared, and with whom"), s["h1"])]
    if not data.sharing:
        return [*out, L.para(tr("No consent is in force today: share nothing beyond what the "
                                "law requires until consent and assent are recorded."),
                             s["flag"])]
    rows: list[L.Row] = [[tr("For"), tr("With"), tr("Given by"), tr("Until")]]
    for c in data.sharing:
        with_whom = c.shared_with or (tr("the care team") if c.purpose != "information-sharing"
                                      else "–")
        giver = _giver(c)
        if c.child_assent:
            giver = joined([giver, tr("with the young person's assent")])
        rows.append([word(c.purpose), L.para(with_whom, s["body"]), L.para(giver, s["body"]),
                     L.day(c.expires_on)])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.2, 0.3, 0.35, 0.15)])]


def _booked(data: HandoffData, s: L.Styles) -> L.Story:
    out: L.Story = [L.para(tr("Booked sessions"), s["h1"])]
    if not data.booked:
        return [*out, L.para(tr("No sessions are booked."), s["body"])]
    plans = {p.id: p for p in data.plans}
    rows: list[L.Row] = [[tr("When"), tr("Therapy"), tr("Provider"), tr("Place")]]
    for x in data.booked:
        plan = plans.get(x.plan_id)
        rows.append([f"{L.day(x.scheduled_at.date(), weekday=True)} {x.scheduled_at:%H:%M}",
                     word(plan.modality) if plan else "–",
                     Text(plan.provider if plan else "–", 8.5),
                     L.para(word(x.place or (plan.place if plan else None) or "–"), s["body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.24, 0.2, 0.28, 0.28)])]


def _recent(data: HandoffData, s: L.Styles) -> L.Story:
    """The whole safety history since intake: every incident with what was done, who was
    told and how it ended; each flagged check-in of the last 30 days; older flags counted."""
    out: L.Story = [L.para(tr("Safety history since intake"), s["h1"])]
    if not data.recent_flags and not data.incidents and not data.earlier_flags:
        return [*out, L.para(tr("No risk flags or incidents since intake."), s["body"])]
    rows: list[tuple[date, Flowable, Flowable]] = []
    for c in data.recent_flags:
        rows.append((c.date, L.para(joined(word(f) for f in c.flags) or "–", s["flag"]),
                     L.para(c.incidents or "–", s["body"])))
    for i in data.incidents:
        rows.append((i.occurred_at.date(), L.para(tr("Incident: {kind}", kind=word(i.kind))
                                                  + ("" if i.closed_at else
                                                     " (" + tr("still open") + ")"),
                                                  s["flag"]),
                     L.para(_incident_text(i), s["body"])))
    rows.sort(key=lambda r: r[0])
    table: list[L.Row] = [[tr("Date"), tr("Risk flag or incident"), tr("What happened")]]
    table += [[L.day(d, weekday=True), a, b] for d, a, b in rows]
    if rows:
        out.append(L.table(table, [L.WIDTH * w for w in (0.2, 0.32, 0.48)]))
    if data.earlier_flags:
        out.append(L.para(tr("Risk flags at check-ins before the last 30 days:"), s["body"]))
        out += [L.para(tr("{flag}: once, {day}", flag=word(flag), day=L.day(last)) if n == 1
                       else tr_n("{flag}: {n} time, {first} to {last}",
                                 "{flag}: {n} times, {first} to {last}", n, flag=word(flag),
                                 first=L.day(first), last=L.day(last)), s["body"])
                for flag, n, first, last in data.earlier_flags]
    return out


def _incident_text(i: Incident) -> str:
    """What happened, what was done at once, who was told, and how it ended."""
    what = i.description
    if i.last_seen_at is not None:
        what += " " + tr("Last seen {when} at {place}.", when=L.day(
            i.last_seen_at.date(), weekday=True) + f" {i.last_seen_at:%H:%M}",
            place=i.last_seen_place or "–")
    if i.actions:
        what += " " + tr("Done at once: {actions}.", actions=i.actions)
    if i.notified:
        what += " " + tr("Told: {who}.", who=joined(word(n) for n in i.notified))
    if i.outcome:
        what += " " + tr("Outcome: {outcome}", outcome=i.outcome)
    return what


def _measures(data: HandoffData, s: L.Styles) -> L.Story:
    """Change since intake: each instrument's first score and its latest, with bands."""
    if not data.measures_shown:
        return []
    out: L.Story = [L.para(tr("Outcome measures: change since intake"), s["h1"])]
    if not data.measures:
        return [*out, L.para(tr("No outcome measures recorded."), s["body"])]
    rows: list[L.Row] = [[tr("Measure"), tr("First"), tr("Latest"), tr("Scores"), tr("Change")]]
    for c in data.measures:
        first, latest = c.first, c.latest
        rows.append([
            L.para(tr(c.instrument.name), s["body"]),
            L.para(f"{L.day(first.measure.taken_on)}: {first.measure.total} "
                   f"({tr(first.band.label)})", s["body"]),
            L.para(f"{L.day(latest.measure.taken_on)}: {latest.measure.total} "
                   f"({tr(latest.band.label)})", s["body"]),
            str(c.count), word(c.direction).lower() if c.count > 1 else "–"])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.24, 0.26, 0.26, 0.1, 0.14)]),
            L.para(tr("Scores only; bands are the instruments' published cut-offs."),
                   s["small"]),
            L.para(tr("Improved or worse means a reliable change (Jacobson–Truax reliable "
                      "change index, 95 %, with the scale's published reliability); a scale "
                      "without published figures shows none."), s["small"])]


def _safety_plan(data: HandoffData, s: L.Styles) -> L.Story:
    out: L.Story = [L.para(tr("Safety plan"), s["h1"])]
    p = data.safety_plan
    if p is None:
        return [*out, L.para(tr("No safety plan recorded."), s["body"])]
    parts = [(tr("Warning signs"), p.warning_signs), (tr("What helps"), p.coping),
             (tr("Safe people and places"), p.safe_people_places),
             (tr("People and places to avoid"), p.avoid), (tr("Whom to call"), p.contacts)]
    rows: list[L.Row] = [[k, L.para(v or "–", s["body"])] for k, v in parts]
    return [*out, L.para(tr("Made with the young person; reviewed {day}, next review by "
                            "{due}.", day=L.day(p.reviewed_on), due=L.day(p.review_due)),
                         s["small"]),
            L.table(rows, [L.WIDTH * 0.3, L.WIDTH * 0.7], header=False)]


def _giver(c: Consent) -> str:
    """Who gave a consent: the kind of giver and the person or agency, both when set."""
    return consents.giver(c)
