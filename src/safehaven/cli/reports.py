"""The `report` commands: the weekly house report, a resident's hand-off summary, and the
funder summary (PDF, and CSV for the figures). Reports are rendered by `reports/` from what
the services return, so the role rules are those of the app."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import open_context as _open
from safehaven.cli.lazy import services
from safehaven.domain.dates import week_bounds
from safehaven.i18n import tr
from safehaven.services.funder_periods import FINANCIAL_YEAR_SETTING

if TYPE_CHECKING:
    from safehaven.services import funder, handoff, house_settings, staff, weekly
else:
    (
        funder,
        handoff,
        house_settings,
        staff,
        weekly,
    ) = services(
        "funder",
        "handoff",
        "house_settings",
        "staff",
        "weekly",
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("use YYYY-MM-DD")) from None


def cmd_report_weekly(args: argparse.Namespace) -> None:
    from safehaven.reports import save
    from safehaven.reports import weekly as weekly_report

    week_bounds(args.week)  # a mistyped week is refused before the vault is opened
    ctx = _open(args)
    with ctx.vault:
        data = weekly.report_data(ctx, args.week)
    print(save(weekly_report.render(data), args.out))


def cmd_report_resident(args: argparse.Namespace) -> None:
    from safehaven.reports import resident as resident_report
    from safehaven.reports import save

    ctx = _open(args)
    with ctx.vault:
        data = handoff.summary_data(ctx, args.id, include_legal_name=args.legal_name,
                                    include_clinical=args.clinical,
                                    clinical_since=args.clinical_since,
                                    clinical_notes=args.clinical_note,
                                    include_legal_case=args.legal_case,
                                    receiving=args.to, without_consent=args.without_consent)
    print(save(resident_report.render(data), args.out))


def cmd_report_funder(args: argparse.Namespace) -> None:
    from safehaven.reports import funder as funder_report
    from safehaven.reports import save

    ctx = _open(args)
    with ctx.vault:
        start, end = funder.period(ctx, month=args.month, quarter=args.quarter,
                                   year=args.year, financial_year=args.financial_year,
                                   start=args.start, end=args.end)
        data = funder.figures(ctx, start, end)
        organisation = staff.organisation_name(ctx)
    print(save(funder_report.render(data, organisation=organisation), args.out))
    if args.csv:
        print(save(funder_report.csv_text(data).encode("utf-8"), args.csv))


def cmd_report_financial_year(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        if args.starts is not None:
            house_settings.set_value(ctx, FINANCIAL_YEAR_SETTING, args.starts)
        month = house_settings.get(ctx, FINANCIAL_YEAR_SETTING)
    print(tr("The house's financial year starts in month {month}.", month=month))


def register(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add `report weekly|resident|funder` to the main parser."""
    rep = sub.add_parser("report", help=tr("PDF reports")).add_subparsers(
        dest="action", required=True, metavar="REPORT")
    c = command("weekly", cmd_report_weekly, tr("the weekly house report"), rep)
    c.add_argument("--week", required=True, metavar="YYYY-Www",
                   help=tr("the ISO week, e.g. 2027-W01"))
    c.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=tr("the PDF to write"))
    c = command("resident", cmd_report_resident, tr("a resident summary for a hand-off"), rep)
    c.add_argument("--id", required=True, help=tr("the resident's id"))
    c.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=tr("the PDF to write"))
    c.add_argument("--legal-name", action="store_true", help=tr("include the legal name"))
    c.add_argument("--legal-case", action="store_true",
                   help=tr("include the legal case's details and how the young person was "
                           "exploited (clinicians and managers)"))
    c.add_argument("--clinical", action="store_true", help=tr("include clinical notes"))
    c.add_argument("--clinical-since", type=_date, metavar="YYYY-MM-DD",
                   help=tr("include the clinical notes written since this day"))
    c.add_argument("--clinical-note", action="append", metavar="ID",
                   help=tr("include this clinical note (repeat for several)"))
    c.add_argument("--to", metavar="SERVICE",
                   help=tr("the receiving service; an information-sharing consent in force "
                           "must name it (without --to the summary is for the house's own "
                           "file)"))
    c.add_argument("--without-consent", metavar="REASON",
                   help=tr("share with no such consent, for this reason (managers and "
                           "clinicians; recorded and printed on the summary)"))
    c = command("funder", cmd_report_funder, tr("de-identified figures for funders"), rep)
    c.add_argument("--month", help=tr("a whole month, e.g. 2026-10"))
    c.add_argument("--quarter", help=tr("a calendar quarter, e.g. 2026-Q3"))
    c.add_argument("--year", metavar="YYYY", help=tr("a calendar year, e.g. 2025"))
    c.add_argument("--financial-year", metavar="YYYY",
                   help=tr("the financial year starting in this year (in the month set by "
                           "'report financial-year')"))
    c.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD",
                   help=tr("first day of a month, quarter or year (with --to)"))
    c.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD",
                   help=tr("last day of that period"))
    c.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=tr("the PDF to write"))
    c.add_argument("--csv", type=Path, metavar="FILE",
                   help=tr("also write the same figures as CSV"))
    c = command("financial-year", cmd_report_financial_year,
                tr("the month the house's financial year starts in (managers set it)"), rep)
    c.add_argument("--starts", type=int, metavar="MONTH",
                   help=tr("the month it starts in, 1 to 12 (April is 4)"))
