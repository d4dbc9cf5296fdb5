"""Commands for health and medication: the health profile (`health`), prescriptions
(`med`), the administration record (`dose`) and its printed chart (`mar print`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import (
    Command,
    Opt,
    _datetime,
    _day,
    _define,
    _emit,
    _group,
    _id,
    _o,
    _plain,
    _resident,
    _values,
)
from safehaven.cli.lazy import services
from safehaven.domain import vocab as V
from safehaven.domain.words import word
from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.i18n import joined, tr

if TYPE_CHECKING:
    from safehaven.services.context import Context, Result

if TYPE_CHECKING:
    from safehaven.services import health, mar, medication, medication_stock, staff
else:
    (
        health,
        mar,
        medication,
        medication_stock,
        staff,
    ) = services(
        "health",
        "mar",
        "medication",
        "medication_stock",
        "staff",
    )


def _week(text: str) -> date:
    """YYYY-Www (ISO week) as its Monday."""
    try:
        year, week = text.upper().split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("use YYYY-Www, e.g. 2026-W48")) from None


def _prescribe(ctx: Context, *, confirm_allergy: bool = False, **kw: Any) -> Result[Any]:
    """medication.prescribe, saying how to record it despite an allergy after all."""
    try:
        return medication.prescribe(ctx, confirmed=confirm_allergy, **kw)
    except NeedsConfirmation as e:
        raise InvalidValue(e.field, e.message + " " + tr(
            "Add --confirm-allergy to record it anyway.")) from None


def _dose(outcome: V.DoseOutcome) -> Callable[..., Result[Any]]:
    def record(ctx: Context, **kw: Any) -> Result[Any]:
        return medication.record_dose(ctx, outcome=outcome, **kw)
    return record


def cmd_health_show(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        profile = health.profile(ctx, args.resident_id)
        facts = health.safety_facts(ctx, args.resident_id)
        rxs = medication.prescriptions_for(ctx, args.resident_id, current_only=True)
        due = medication.due(ctx, args.resident_id)
    if args.json:
        print_json({"profile": _plain(profile), "allergies": list(facts.allergies),
                    "dietary_needs": facts.dietary_needs,
                    "prescriptions": _plain(rxs),
                    "due": [{"prescription_id": d.prescription.id,
                             "due_at": d.due_at.isoformat(), "state": d.state} for d in due]})
        return
    print(f"{tr('Allergies')}: {joined(facts.allergies) or tr('none recorded')}")
    rows = [(tr("Reactions"), facts.reactions), (tr("Dietary needs"), facts.dietary_needs)]
    if profile is not None:
        rows += [(tr("Conditions"), profile.conditions), (tr("Doctor or clinic"),
                                                          profile.gp_contact),
                 (tr("Immunisations"), profile.immunisations),
                 (tr("Height and weight"), ", ".join(
                     x for x in (profile.height_cm and f"{profile.height_cm} cm",
                                 profile.weight_kg and f"{profile.weight_kg:g} kg") if x)),
                 (tr("Pregnancy"), profile.pregnancy)]
    for label, value in rows:
        if value:
            print(f"{label}: {value}")
    print(f"{tr('Medicines')}:")
    for p in rxs:
        when = (tr("as needed: {why}", why=p.indication) if p.as_needed
                else ", ".join(p.times))
        print(f"  {p.medicine} {p.dose} {word(p.route)}, {when}  [{p.id}]")
    if not rxs:
        print("  –")
    for d in due:
        print(f"  {word(d.state)}: {d.prescription.medicine} {d.due_at:%Y-%m-%d %H:%M}")


def cmd_med_list(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        found = medication.prescriptions_for(ctx, args.resident_id)
    _emit(args, found)


def cmd_dose_due(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        due = medication.due(ctx, args.resident_id)
    if args.json:
        print_json([{"prescription_id": d.prescription.id, "resident_id":
                     d.prescription.resident_id, "medicine": d.prescription.medicine,
                     "due_at": d.due_at.isoformat(), "state": d.state} for d in due])
        return
    for d in due:
        print(f"{d.due_at:%Y-%m-%d %H:%M}  {word(d.state)}  {d.prescription.medicine} "
              f"{d.prescription.dose}  [{d.prescription.id}]")


def _stock(kind: V.StockKind) -> Callable[..., Result[Any]]:
    def record(ctx: Context, **kw: Any) -> Result[Any]:
        return medication_stock.record_stock(ctx, kind=kind, **kw)
    return record


def cmd_stock_show(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        rx = medication.prescription(ctx, args.prescription_id)
        state = medication_stock.stock_states(ctx, [rx])[rx.id]
        lots = medication_stock.batch_states(ctx, [rx]).get(rx.id, [])
    if args.json:
        print_json({"prescription_id": rx.id, "balance": state.balance,
                    "counted": state.counted, "expected": state.expected,
                    "discrepancy": state.discrepancy,
                    "batches": [{"batch": b.batch, "expires_on": b.expires_on and
                                 b.expires_on.isoformat(), "units": b.units} for b in lots]})
        return
    if state.balance is None:
        print(tr("No stock recorded for {medicine}.", medicine=rx.medicine))
        return
    print(tr("{medicine}: {n} in stock", medicine=rx.medicine, n=state.balance))
    if state.discrepancy:
        print(tr("The last count found {counted} where the balance said {expected}.",
                 counted=state.counted, expected=state.expected))
    today = ctx.today()
    for b in lots:
        name = b.batch or tr("no batch")
        if b.expires_on is None:
            print(f"  {name}: {b.units}")
        elif b.expires_on < today:
            print("  " + tr("{batch}: {n}, EXPIRED on {day}: dispose of or return it",
                            batch=name, n=b.units, day=b.expires_on.isoformat()))
        else:
            print("  " + tr("{batch}: {n}, expires {day}", batch=name, n=b.units,
                            day=b.expires_on.isoformat()))


def cmd_med_trained(args: argparse.Namespace) -> None:
    """A manager records that a staff member is trained to give medicines (or not)."""
    ctx = _open(args)
    with ctx.vault:
        member = next((s for s in staff.listing(ctx) if s.active and
                       s.display_name.casefold() == args.name.casefold()), None)
        if member is None:
            raise InvalidValue("name", tr("No such staff member."))
        staff.set_trained(ctx, member.id, not args.off)
    print(tr("{name} is no longer recorded as trained to give medicines.", name=member.display_name)
          if args.off else tr("{name} is recorded as trained to give medicines.",
                              name=member.display_name))


def cmd_mar_print(args: argparse.Namespace) -> None:
    from safehaven.reports import mar as mar_report
    from safehaven.reports import save

    ctx = _open(args)
    with ctx.vault:
        chart = (mar.chart(ctx, args.resident_id, args.week) if args.resident_id
                 else mar.house_charts(ctx, args.week))
        names = {s.id: s.display_name for s in staff.listing(ctx)}
    print(save(mar_report.render(chart, names, printed_at=ctx.now()), args.out))


def _dose_opts() -> list[Opt]:
    return [
        _o("--at", "at", tr("when (YYYY-MM-DDTHH:MM; default now)"), type=_datetime,
           metavar="WHEN"),
        _o("--dose", "dose_given", tr("the dose given, when not as prescribed")),
        _o("--witness", "witness", tr("who watched (a controlled drug): staff name or id"),
           metavar="STAFF"),
        _o("--reason", "reason", tr("why it was needed, or why it was not given")),
        _o("--note", "note", tr("anything else")),
    ]


def register(sub: Any, command: Command) -> None:
    group = _group(sub, "health", tr("a resident's health profile and allergies"))
    c = command("show", cmd_health_show, tr("allergies, health profile, medicines, doses due"),
                group)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print it as JSON"))
    _define(group, command, "set", tr("change the health profile (clinicians, managers)"),
            health.save, [
                _resident(),
                _o("--allergies", "allergies", tr("allergies, comma between (replaces the "
                                                  "list)")),
                _o("--reactions", "reactions", tr("what happens, and what to do")),
                _o("--conditions", "conditions", tr("health conditions")),
                _o("--gp", "gp_contact", tr("doctor or clinic, and how to reach them")),
                _o("--immunisations", "immunisations", tr("immunisations")),
                _o("--pregnancy", "pregnancy", tr("pregnancy (restricted)")),
                _o("--height", "height_cm", tr("height in cm"), type=int),
                _o("--weight", "weight_kg", tr("weight in kg")),
                _day("--measured-on", "measured_on", tr("when they were measured (default "
                                                        "today)"))],
            ["resident_id"])

    med = _group(sub, "med", tr("prescriptions: add, stop, list"))
    _define(med, command, "add", tr("record a prescription from the prescriber's order"),
            _prescribe, [
                _resident(),
                _o("--medicine", "medicine", tr("the medicine's name")),
                _o("--dose", "dose", tr("the dose, e.g. 500 mg or 1 tablet")),
                _o("--route", "route", tr("how it is taken"), choices=_values(V.Route)),
                _o("--prescriber", "prescriber", tr("who prescribed it")),
                _o("--form", "form", tr("tablet, liquid…"), choices=_values(V.MedForm)),
                _o("--strength", "strength", tr("strength, e.g. 250 mg/5 ml")),
                _o("--substances", "substances",
                   tr("active substances, comma between (checked against allergies)")),
                _o("--times", "times", tr("times of day, e.g. 08:00,20:00")),
                _o("--as-needed", "as_needed", tr("as needed (PRN), not at set times"),
                   action="store_true"),
                _o("--indication", "indication", tr("what an as-needed dose is for")),
                _o("--min-interval", "min_interval_min",
                   tr("as needed: minutes at least between doses"), type=int),
                _o("--max-per-day", "max_per_day", tr("as needed: most doses in 24 hours"),
                   type=int),
                _day("--start", "start_date", tr("first day (default today)")),
                _day("--end", "end_date", tr("last day")),
                _o("--reason", "reason", tr("why it was prescribed")),
                _o("--instructions", "instructions", tr("how to give it")),
                _o("--controlled", "controlled", tr("a controlled drug: doses need a witness"),
                   action="store_true"),
                _o("--units-per-dose", "units_per_dose",
                   tr("units a dose takes from the stock (default 1)"), type=int),
                _o("--confirm-allergy", "confirm_allergy",
                   tr("record it although an allergy matches"), action="store_true")],
            ["resident_id", "medicine", "dose", "route", "prescriber"])
    _define(med, command, "edit", tr("correct a prescription as the order says"),
            medication.edit, [
                _id("prescription", "prescription_id"),
                _o("--dose", "dose", tr("the dose, e.g. 500 mg or 1 tablet")),
                _o("--times", "times", tr("times of day, e.g. 08:00,20:00")),
                _o("--substances", "substances",
                   tr("active substances, comma between (checked against allergies)")),
                _o("--min-interval", "min_interval_min",
                   tr("as needed: minutes at least between doses"), type=int),
                _o("--max-per-day", "max_per_day", tr("as needed: most doses in 24 hours"),
                   type=int),
                _day("--end", "end_date", tr("last day")),
                _o("--instructions", "instructions", tr("how to give it")),
                _o("--units-per-dose", "units_per_dose",
                   tr("units a dose takes from the stock (default 1)"), type=int)],
            ["prescription_id"])
    _define(med, command, "stop", tr("stop a prescription"), medication.stop, [
        _id("prescription", "prescription_id"),
        _o("--reason", "reason", tr("why it was stopped")),
        _day("--on", "on", tr("first day without it (default today)"))],
        ["prescription_id", "reason"])
    c = command("trained", cmd_med_trained,
                tr("record who is trained to give medicines (managers)"), med)
    c.add_argument("--name", required=True, help=tr("the staff member's name"))
    c.add_argument("--off", action="store_true",
                   help=tr("no longer trained: they stop recording doses as given"))
    c = command("list", cmd_med_list, tr("a resident's prescriptions"), med)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))

    dose = _group(sub, "dose", tr("the medication administration record"))
    for name, outcome, help_text in (
            ("give", V.DoseOutcome.GIVEN, tr("record a dose given")),
            ("refuse", V.DoseOutcome.REFUSED, tr("record a dose refused")),
            ("miss", V.DoseOutcome.MISSED, tr("record a dose missed")),
            ("withhold", V.DoseOutcome.WITHHELD, tr("record a dose withheld, with why")),
            ("unavailable", V.DoseOutcome.NOT_AVAILABLE,
             tr("record a dose not given because none was there"))):
        _define(dose, command, name, help_text, _dose(outcome), [
            _o("--prescription", "prescription_id", tr("the prescription's id")),
            _o("--due", "due_at", tr("the scheduled dose it answers (YYYY-MM-DDTHH:MM)"),
               type=_datetime, metavar="WHEN"),
            *_dose_opts()], ["prescription_id"])
    _define(dose, command, "amend", tr("correct a dose record (the old one is kept)"),
            medication.amend_dose, [
                _id("dose record", "dose_id"),
                _o("--why", "why", tr("why it is corrected")),
                _o("--outcome", "outcome", tr("what happened"),
                   choices=_values(V.DoseOutcome)),
                *_dose_opts()], ["dose_id", "why"])
    _define(dose, command, "effect", tr("record how an as-needed dose helped"),
            medication.record_effect, [
                _id("dose record", "dose_id"),
                _o("--effect", "effect", tr("how it helped"))], ["dose_id", "effect"])
    c = command("due", cmd_dose_due, tr("scheduled doses not yet recorded, by time"), dose)
    c.add_argument("--resident", dest="resident_id", help=tr("only this resident"))
    c.add_argument("--json", action="store_true", help=tr("print it as JSON"))

    stock = _group(sub, "stock", tr("a medicine's stock: receive, return, dispose, count"))
    for name, kind, help_text in (
            ("receive", V.StockKind.RECEIVED, tr("record stock received")),
            ("return", V.StockKind.RETURNED, tr("record stock returned to the pharmacy")),
            ("dispose", V.StockKind.DISPOSED, tr("record stock disposed of")),
            ("count", V.StockKind.COUNTED, tr("record a count of the stock"))):
        _define(stock, command, name, help_text, _stock(kind), [
            _o("--prescription", "prescription_id", tr("the prescription's id")),
            _o("--quantity", "quantity", tr("how many units (tablets, ml)"), type=int),
            _o("--at", "at", tr("when (YYYY-MM-DDTHH:MM; default now)"), type=_datetime,
               metavar="WHEN"),
            _o("--witness", "witness", tr("who watched (a controlled drug): staff name or id"),
               metavar="STAFF"),
            _o("--batch", "batch", tr("the batch number on the label")),
            *([_day("--expires", "expires_on", tr("the batch's expiry date"))]
              if kind is V.StockKind.RECEIVED else []),
            _o("--note", "note", tr("anything else"))], ["prescription_id", "quantity"])
    _define(stock, command, "amend", tr("correct a stock entry (the old one is kept)"),
            medication_stock.amend_stock, [
                _id("stock entry", "entry_id"),
                _o("--why", "why", tr("why it is corrected")),
                _o("--quantity", "quantity", tr("how many units (tablets, ml)"), type=int),
                _o("--note", "note", tr("anything else"))], ["entry_id", "why"])
    c = command("show", cmd_stock_show, tr("a medicine's stock balance"), stock)
    c.add_argument("--prescription", dest="prescription_id", required=True,
                   help=tr("the prescription's id"))
    c.add_argument("--json", action="store_true", help=tr("print it as JSON"))

    mar = _group(sub, "mar", tr("the medication administration record chart"))
    c = command("print", cmd_mar_print,
                tr("a week's chart, a page per resident with medicines (PDF)"), mar)
    c.add_argument("--resident", dest="resident_id",
                   help=tr("only this resident"))
    c.add_argument("--week", type=_week, required=True, metavar="YYYY-Www",
                   help=tr("the ISO week, e.g. 2026-W48"))
    c.add_argument("--out", type=Path, required=True, help=tr("the PDF file to write"))



