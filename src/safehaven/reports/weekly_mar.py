"""The weekly report's medicines: per resident and medicine, doses due and what was
recorded (given, refused, missed or not recorded, other), and as-needed doses given."""

from __future__ import annotations

from reportlab.lib import colors

from safehaven.domain.vocab import DoseOutcome
from safehaven.i18n import tr, tr_n
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.weekly import WeeklyData


def what(detail: str) -> str:
    """A page-1 concern: "medicine|missed count" in words."""
    medicine, missed = [*detail.split("|", 1), "0"][:2]
    return tr_n("{medicine}: {n} dose missed or not recorded",
                "{medicine}: {n} doses missed or not recorded",
                int(missed) if missed.isdigit() else 0, medicine=medicine)


def stock_what(detail: str) -> str:
    """A page-1 concern: "medicine|counted|expected" in words."""
    medicine, counted, expected = [*detail.split("|", 2), "", ""][:3]
    return tr("{medicine}: counted {counted}, the balance said {expected}",
              medicine=medicine, counted=counted, expected=expected)


def section(data: WeeklyData, s: L.Styles) -> L.Story:
    out: L.Story = [L.para(tr("Medicines this week"), s["h2"])]
    if not data.medicines:
        return [*out, L.para(tr("No medicines prescribed this week."), s["body"])]
    # the counts' headings shrink to their narrow columns rather than run into each other
    rows: list[L.Row] = [[tr("Resident"), tr("Medicine"),
                         *[Text(h, 7, bold=True, color=colors.white, min_scale=0.6)
                           for h in (tr("Due"), tr("Given"), tr("Refused"), tr("Missed"),
                                     tr("Other"))]]]
    extra: list[L.StyleCommand] = []
    for i, m in enumerate(data.medicines, start=1):
        given = m.outcomes.get(DoseOutcome.GIVEN.value, 0)
        refused = m.outcomes.get(DoseOutcome.REFUSED.value, 0)
        other = (m.outcomes.get(DoseOutcome.WITHHELD.value, 0)
                 + m.outcomes.get(DoseOutcome.NOT_AVAILABLE.value, 0))
        rows.append([Text(data.names.get(m.resident_id, "–"), 8, bold=True),
                     Text(m.medicine, 8),  # as needed: "–" under Due (see the note)
                     m.due if not m.as_needed else "–", given, refused,
                     m.missed if not m.as_needed else "–", other])
        if m.missed:
            extra.append(("TEXTCOLOR", (5, i), (5, i), L.RED))
    widths = [L.WIDTH * w for w in (0.22, 0.3, 0.096, 0.096, 0.096, 0.096, 0.096)]
    # little padding, in both halves of the two-up table: names and counts keep their size
    extra += [(side, (a, 0), (b, -1), pad) for a, b, pad in ((0, 1, 3), (2, 6, 2),
                                                               (7, 8, 3), (9, 13, 2))
              for side in ("LEFTPADDING", "RIGHTPADDING")]
    note = tr("Missed: doses recorded as missed and scheduled doses nobody recorded. "
              "Other: withheld or not available.") + " " + tr("Due –: taken as needed.")
    from safehaven.reports.weekly_details import two_up

    return [*out, two_up(rows, widths, extra), L.para(note, s["small"])]
