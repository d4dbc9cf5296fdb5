"""`resident show`: everything the house holds on one resident, as lines or JSON."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from safehaven import formats
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import _plain
from safehaven.cli.lazy import services
from safehaven.domain.words import word
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import detail
else:
    (detail,) = services("detail")


def cmd_resident_show(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        found = detail.load(ctx, args.resident_id)
    if args.json:
        print_json(_plain(found))
    else:
        _print_detail(found)


def _join(*parts: object) -> str:
    return ", ".join(str(p) for p in parts if p not in (None, "", ()))


def _case_lines(d: detail.ResidentDetail) -> list[str]:
    """Where the case stands: closed, a transfer or a closure waiting, or returned."""
    case = d.case
    if case.closure is not None:
        return [tr("Case closed on {day}: {reason}", day=case.closure.day,
                   reason=word(case.closure.reason))
                + (f" ({case.closure.destination})" if case.closure.destination else "")]
    if case.transfer is not None:
        return [tr("Transfer to {house} sent on {day}: waiting for its receipt",
                   house=case.transfer.destination or "", day=case.transfer.day)]
    if case.waiting is not None:
        return [tr("Closure waiting for a manager's approval")]
    if case.returned is not None:
        return [tr("Closure returned: {comment}", comment=case.returned.comment or "")]
    return []


def _print_detail(d: detail.ResidentDetail) -> None:
    def who(staff_id: str | None) -> str | None:
        return d.staff_names.get(staff_id or "", staff_id)

    r = d.resident
    print(f"{r.preferred_name} ({word(r.stage)})  {r.id}")
    facts = [
        (tr("Legal name"), r.legal_name), (tr("Date of birth"), r.date_of_birth),
        (tr("Age estimate"), r.age_estimate), (tr("Gender"), word(r.gender) if r.gender else None),
        (tr("Pronouns"), r.pronouns), (tr("Languages"), formats.languages(r.languages)),
        (tr("Interpreter"), (r.interpreter_language or tr("yes")) if r.interpreter_needed
         else None),
        (tr("Key worker"), who(r.key_worker_id) if r.key_worker_id else None),
        (tr("In the house since"), r.intake_date), (tr("Left the house"), r.discharge_date),
        (tr("Referral source"), word(r.referral_source) if r.referral_source else None),
        (tr("Cultural and faith notes"), r.cultural_notes),
        (tr("Dietary needs"), r.dietary_needs),
    ]
    for label, value in facts:
        if value not in (None, ""):
            print(f"  {label}: {value}")
    for line in _case_lines(d):
        print(f"  {line}")
    used = d.used
    sections: list[tuple[str, Sequence[Any], Callable[[Any], str]]] = [
        (tr("Care stages"), d.stages, lambda s: _join(
            s.changed_on, word(s.to_stage), word(s.reason),
            s.destination and tr("goes to {place}", place=word(s.destination)))),
        (tr("Needs"), d.needs, lambda n: _join(
            word(n.category), word(n.priority), word(n.status),
            n.due_date and tr("due {day}", day=n.due_date), n.owner_id and who(n.owner_id),
            n.notes, n.close_note)),
        (tr("Check-ins (latest)"), d.checkins[:5], lambda c: _join(
            c.date, word(c.shift), tr("mood {n}", n=c.mood), ", ".join(map(word, c.flags)),
            c.note)),
        (tr("Therapy plans"), d.plans, lambda p: _join(
            word(p.modality), p.provider, word(p.frequency), p.place and word(p.place),
            tr("from {day}", day=p.start_date), p.end_date and tr("until {day}", day=p.end_date),
            tr("used {n} of {cap}", n=used.get(p.id, 0), cap=p.session_cap or "–"),
            p.closed_on and tr("closed {day}: {why}", day=p.closed_on, why=p.close_reason))),
        (tr("Sessions"), d.sessions, lambda s: _join(
            f"{s.scheduled_at:%Y-%m-%d %H:%M}", word(s.status), s.place and word(s.place),
            s.reason)),
        (tr("Consent and assent"), d.consents, lambda c: _join(
            word(c.purpose), c.shared_with, c.given_by and word(c.given_by), c.guardian_name,
            tr("consent") if c.guardian_consent else tr("no consent"),
            tr("assent") if c.child_assent else tr("no assent"),
            f"{c.granted_on}..{c.expires_on}",
            c.revoked_on and tr("withdrawn {day}", day=c.revoked_on))),
        (tr("Trusted adults"), d.trusted_adults, lambda a: _join(
            a.name, a.relationship, a.phone, word(a.vetting_status), a.vetted_on,
            a.vetted_by and who(a.vetted_by), ", ".join(map(word, a.vetting_methods)))),
        (tr("Referrals and hand-offs"), d.referrals, lambda x: _join(
            x.made_on, word(x.kind), x.to_organisation, x.contact_person, word(x.status),
            x.handoff_on and tr("{day}: with {who}, received by {by}", day=x.handoff_on,
                                who=x.accompanied_by or "–", by=x.received_by or "–"))),
        (tr("Follow-up contacts"), d.follow_ups, lambda f: _join(
            tr("due {day}", day=f.due_date), f.done_on and tr("done {day}", day=f.done_on),
            f.method and word(f.method), f.contacted, f.risk_level and word(f.risk_level),
            ", ".join(map(word, f.risk_indicators)))),
        (tr("Notes"), d.notes, lambda n: _join(
            f"{n.written_at:%Y-%m-%d %H:%M}", word(n.kind), who(n.staff_id), n.body)),
    ]
    for title, rows, show in sections:
        print(f"{title}:")
        for row in rows:
            print(f"  {show(row)}  [{row.id}]")
        if not rows:
            print("  –")
