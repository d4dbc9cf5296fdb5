"""The resident summary for a warm hand-off to the next service."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from safehaven.domain.dates import age_on
from safehaven.domain.words import word
from safehaven.i18n import tr
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.handoff import HandoffData


def render(data: HandoffData) -> bytes:
    r = data.resident
    today = data.generated_at.date()
    doc = L.ReportDoc(title=tr("Resident summary for hand-off"),
                      period=tr("As of {day}", day=today.isoformat()), house=data.house,
                      generated=L.generated_line(data.generated_by, data.generated_at))
    s = L.styles()
    story: list = [
        L.para(tr("Resident summary for hand-off"), s["title"]),
        Text(r.preferred_name, 16, bold=True, color=L.INK),
        Spacer(1, 2 * mm),
        L.para(L.generated_line(data.generated_by, data.generated_at), s["small"]),
        L.para(tr("Confidential: for the receiving service's care team only. Do not pass it on "
                  "without the young person's assent and the consent on record."),
               s["confidential"]),
        L.para(tr("Profile"), s["h1"]),
    ]
    age = age_on(today, r.date_of_birth, r.age_estimate, r.age_estimated_on)
    profile = [
        (tr("Preferred name"), Text(r.preferred_name, 9)),
        (tr("Legal name"), Text(r.legal_name, 9) if r.legal_name else tr("not included")),
        (tr("Age"), (f"{age}" + ("" if r.date_of_birth else f" ({tr('estimated')})"))
         if age is not None else tr("unknown")),
        (tr("Gender / pronouns"), " / ".join(x for x in (r.gender, r.pronouns) if x) or "–"),
        (tr("Languages"), ", ".join(r.languages) or "–"),
        (tr("Interpreter needed"), (tr("yes") + (f" ({r.interpreter_language})"
                                                  if r.interpreter_language else ""))
         if r.interpreter_needed else tr("no")),
        (tr("Cultural and faith notes"), L.para(r.cultural_notes or "–", s["body"])),
        (tr("Dietary needs"), L.para(r.dietary_needs or "–", s["body"])),
        (tr("Care stage"), word(r.stage)),
        (tr("In the house since"), r.intake_date.isoformat()),
        (tr("Left the house"), r.discharge_date.isoformat() if r.discharge_date else "–"),
        (tr("Key worker"), data.staff_names.get(r.key_worker_id or "", "–")),
    ]
    story.append(L.table([[k, v] for k, v in profile], [L.WIDTH * 0.3, L.WIDTH * 0.7],
                         header=False))
    story += [L.para(tr("Care stages"), s["h1"]),
              L.table([[tr("Date"), tr("Stage"), tr("Why")]] + [
                  [m.changed_on.isoformat(), word(m.to_stage), L.para(
                      m.reason + (f" ({tr('goes to')}: {word(m.destination)})"
                                  if m.destination else ""), s["body"])]
                  for m in data.stages], [L.WIDTH * 0.16, L.WIDTH * 0.2, L.WIDTH * 0.64])]
    open_needs = [n for n in data.needs if str(n.status) in ("open", "in-progress")]
    story.append(L.para(tr("Current needs"), s["h1"]))
    if open_needs:
        story.append(L.table([[tr("Need"), tr("Priority"), tr("Status"), tr("Due")]] + [
            [word(n.category), word(n.priority), word(n.status),
             n.due_date.isoformat() if n.due_date else "–"] for n in open_needs],
            [L.WIDTH * w for w in (0.4, 0.2, 0.2, 0.2)]))
    else:
        story.append(L.para(tr("No open needs."), s["body"]))
    story.append(L.para(tr("Therapy and attendance"), s["h1"]))
    rows = [[tr("Therapy"), tr("Provider"), tr("From"), tr("Attended"), tr("Missed"),
             tr("Cancelled"), tr("Cap")]]
    for p in data.plans:
        counts = Counter(str(x.status) for x in data.sessions if x.plan_id == p.id)
        rows.append([word(p.modality), Text(p.provider, 8.5), p.start_date.isoformat(),
                     counts["attended"], counts["missed"],
                     counts["cancelled-provider"] + counts["cancelled-resident"],
                     p.session_cap or "–"])
    story.append(L.table(rows, [L.WIDTH * w for w in (0.18, 0.28, 0.14, 0.1, 0.1, 0.11, 0.09)])
                 if data.plans else L.para(tr("No therapy plans."), s["body"]))
    story.append(L.para(tr("Trusted adults"), s["h1"]))
    if data.trusted_adults:
        story.append(L.table([[tr("Name"), tr("Relationship"), tr("Vetting"), tr("Checked by"),
                               tr("How")]] + [
            [Text(a.name, 8.5), a.relationship,
             word(a.vetting_status) + (f" {a.vetted_on.isoformat()}" if a.vetted_on else ""),
             data.staff_names.get(a.vetted_by or "", "–"),
             L.para(", ".join(word(m) for m in a.vetting_methods) or a.vetting_method or "–",
                    s["body"])]
            for a in data.trusted_adults], [L.WIDTH * w for w in (0.2, 0.15, 0.22, 0.18, 0.25)]))
        story.append(L.para(tr("A warm hand-off goes only to an adult whose vetting is "
                               "recorded as done."), s["small"]))
    else:
        story.append(L.para(tr("No trusted adults recorded."), s["body"]))
    story += _consents(data, s) + _referrals(data, s) + _follow_ups(data, s)
    if data.clinical_notes:
        story.append(L.para(tr("Clinical notes (restricted)"), s["h1"]))
        for note in data.clinical_notes:
            story.append(L.para(f"{note.written_at:%Y-%m-%d}, "
                                f"{data.staff_names.get(note.staff_id, '')}", s["small"]))
            story.append(L.para(note.body, s["body"]))
    return doc.render(story)


def _consents(data: HandoffData, s: dict) -> list:
    out: list = [L.para(tr("Consent and assent"), s["h1"])]
    if not data.consents:
        return [*out, L.para(tr("No consent recorded."), s["body"])]
    rows = [[tr("Purpose"), tr("Given by"), tr("Assent"), tr("From"), tr("Until"),
             tr("Withdrawn")]]
    for c in data.consents:
        purpose = word(c.purpose) + (f": {c.shared_with}" if c.shared_with else "")
        giver = ((c.guardian_name or "") + (f" ({word(c.given_by)})" if c.given_by
                                            else "")).strip() or "–"
        rows.append([L.para(purpose, s["body"]), L.para(giver, s["body"]),
                     tr("yes") if c.child_assent else tr("no"), c.granted_on.isoformat(),
                     c.expires_on.isoformat(),
                     c.revoked_on.isoformat() if c.revoked_on else "–"])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.26, 0.26, 0.1, 0.13, 0.13, 0.12)])]


def _referrals(data: HandoffData, s: dict) -> list:
    out: list = [L.para(tr("Referrals and hand-offs"), s["h1"])]
    if not data.referrals:
        return [*out, L.para(tr("No referrals recorded."), s["body"])]
    rows = [[tr("Date"), tr("Kind"), tr("Service and contact"), tr("Status"), tr("Hand-off")]]
    for r in data.referrals:
        service = r.to_organisation + (f" ({r.contact_person})" if r.contact_person else "")
        handoff = "–"
        if r.handoff_on:
            handoff = tr("{day}: with {who}, received by {by}", day=r.handoff_on.isoformat(),
                         who=r.accompanied_by or "–", by=r.received_by or "–")
        rows.append([r.made_on.isoformat(), word(r.kind), L.para(service, s["body"]),
                     word(r.status), L.para(handoff, s["body"])])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.13, 0.14, 0.31, 0.12, 0.3)])]


def _follow_ups(data: HandoffData, s: dict) -> list:
    out: list = [L.para(tr("Follow-up plan"), s["h1"])]
    if not data.follow_ups:
        return [*out, L.para(tr("No follow-up contacts planned."), s["body"])]
    rows = [[tr("Due"), tr("Done"), tr("How"), tr("Spoke with"), tr("Risk")]]
    for f in data.follow_ups:
        rows.append([f.due_date.isoformat(), f.done_on.isoformat() if f.done_on else "–",
                     word(f.method) if f.method else "–", L.para(f.contacted or "–", s["body"]),
                     word(f.risk_level) if f.risk_level else "–"])
    return [*out, L.table(rows, [L.WIDTH * w for w in (0.15, 0.15, 0.2, 0.3, 0.2)])]
