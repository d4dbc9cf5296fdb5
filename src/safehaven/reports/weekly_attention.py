"""Page 1 of the weekly report, the Monday meeting: the week in figures, one line per child
who needs attention with every reason (most urgent first, as Today orders them), and the
children with nothing to report in one compact table."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from safehaven import formats
from safehaven.domain.words import english, word
from safehaven.i18n import joined, tr, tr_n
from safehaven.reports import fonts, weekly_mar
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.weekly import WeeklyData
from safehaven.services.weekly_attention import URGENT, Reason


def headline(data: WeeklyData, s: L.Styles) -> L.Story:
    """Eight figures in two rows of tiles."""
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
        (tr("Residents needing attention"), str(len(data.attention.lines))),
        (tr("Therapy sessions attended"),
         tr("{done} of {expected}", done=sessions["attended"], expected=held)
         if held else tr("none held")),
    ]
    big = L.styles()["h2"]
    cells: list[L.Row] = [[L.para(value, big) for _, value in tiles[:4]],
                          [t for t, _ in tiles[:4]],
                          [L.para(value, big) for _, value in tiles[4:]],
                          [t for t, _ in tiles[4:]]]
    small = [("FONT", (0, r), (-1, r), fonts.font_name("Sans"), 7) for r in (1, 3)]
    grey = [("TEXTCOLOR", (0, r), (-1, r), L.GREY) for r in (1, 3)]
    return [L.table(cells, [L.WIDTH / 4] * 4, header=False, zebra=False,
                    extra=[("LINEBELOW", (0, 0), (-1, -1), 0, L.PALE),
                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           *small, *grey, ("BACKGROUND", (0, 0), (-1, -1), L.PALE)], dense=True)]


def reason_words(r: Reason) -> str:
    """One reason in words (the Today alert's own words for Today's kinds)."""
    day = L.day(r.day) if r.day else ""
    if r.kind == "missed-checkins":
        n = int(r.detail or 0)
        return (tr_n("{n} check-in missed", "{n} check-ins missed", n) if n
                else tr("no check-in yet today"))
    if r.kind == "low-mood":
        return tr("mood low all week (average {mood})",
                  mood=formats.number(float(r.detail), digits=1))
    if r.kind == "feels-unsafe":
        return tr_n("said they did not feel safe ({n} day)",
                    "said they did not feel safe ({n} days)", int(r.detail))
    if r.kind == "no-safety-plan":
        return tr("no safety plan")
    if r.kind == "plan-ended":
        return tr("{therapy} plan past its end date ({day})", therapy=word(r.detail), day=day)
    if r.kind == "doses-missed":
        return weekly_mar.what(r.detail)
    if r.kind == "stock-discrepancy" and r.detail.count("|") == 2:
        return weekly_mar.stock_what(r.detail)
    if r.kind == "overdue-need":
        if r.detail.isdigit():
            return tr_n("{n} high-priority need overdue", "{n} high-priority needs overdue",
                        int(r.detail))
        return tr("{need}: high-priority need overdue since {day}", need=word(r.detail),
                  day=day)
    if r.kind == "cap-nearly-used" and "/" in r.detail:
        used, cap = r.detail.split("/", 1)
        return tr("{used} of {cap} funded sessions used", used=used, cap=cap)
    if r.kind == "missed-sessions":
        return tr_n("the last {n} therapy session was missed",
                    "the last {n} therapy sessions were missed", int(r.detail or 2))
    what = word(r.kind)
    if r.detail and english(r.detail) != r.detail:  # a vocabulary value: its words
        what += ": " + word(r.detail).lower()
    elif r.detail and r.kind in ("incident-noted",):
        what += ": " + r.detail
    return f"{what} ({day})" if day else what


def attention(data: WeeklyData, s: L.Styles) -> L.Story:
    lines = data.attention.lines
    heading = ParagraphStyle("h1-split", parent=s["h1"], keepWithNext=0)  # the list may
    # run on: it starts on page 1 whatever its length
    out: L.Story = [L.para(tr_n("Who needs attention ({n} child)",
                             "Who needs attention ({n} children)", len(lines)), heading)]
    if not lines:
        out.append(L.para(tr("Nobody needs extra attention this week."), s["body"]))
    else:
        rows: list[L.Row] = []
        extra = []
        for i, line in enumerate(lines):
            urgent = [reason_words(r) for r in line.reasons if r.level == URGENT]
            rest = [reason_words(r) for r in line.reasons if r.level != URGENT]
            text = joined(urgent + rest, semicolons=True)
            rows.append([Text(data.names.get(line.resident_id, "–"), 8, bold=True),
                         L.para(text, s["flag" if urgent else "body"])])
            if urgent:
                extra.append(("TEXTCOLOR", (0, i), (0, i), L.RED))
        out.append(L.table(rows, [L.WIDTH * 0.2, L.WIDTH * 0.8], header=False,
                           extra=[("TOPPADDING", (0, 0), (-1, -1), 1),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1), *extra], dense=True))
    quiet = data.attention.quiet
    if quiet:
        out.append(L.para(tr_n("Nothing to report ({n} child)",
                               "Nothing to report ({n} children)", len(quiet)), s["h2"]))
        per_row = 5
        names = [Text(data.names.get(rid, "–"), 8) for rid in quiet]
        rows = [names[i:i + per_row] + [""] * (per_row - len(names[i:i + per_row]))
                for i in range(0, len(names), per_row)]
        out.append(L.table(rows, [L.WIDTH / per_row] * per_row, header=False, dense=True))
    out.append(L.para(tr("Reasons follow the Today screen's rules as they stood at {when}.",
                         when=L.moment(data.attention.checked_at or data.generated_at)),
                      s["small"]))
    return [*out, Spacer(1, 2 * mm)]
