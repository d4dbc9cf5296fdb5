"""Reports: pick one and its period, preview it, save it as a PDF or print it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from safehaven import clock, formats
from safehaven.domain.dates import week_of
from safehaven.reports import funder as funder_report
from safehaven.reports import weekly as weekly_report
from safehaven.services import funder, staff, weekly
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.ui.bidi import isolated
from safehaven.ui.flow import flow_row
from safehaven.ui.page import Page, heading
from safehaven.ui.pdf_pane import PdfPane
from safehaven.ui.session import Session


class ReportsPage(Page):
    """The PDF is made on the database thread and previewed from memory, never a temp file."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Weekly house report"), "weekly")
        self.kind.addItem(self.tr("Funder summary (de-identified)"), "funder")
        self.period = QComboBox()  # only periods a report may be made for
        self.kind.currentIndexChanged.connect(self._fill_periods)
        self._fill_periods()
        self.make = QPushButton(self.tr("Make report"))
        self.make.clicked.connect(self.generate)
        self.kind.currentIndexChanged.connect(self._allowed)
        self._allowed()
        self.pane = PdfPane("report.pdf")
        self.status = self.pane.status
        controls = flow_row(self.kind, self.period, self.make, self.pane.save_button,
                            self.pane.print_button)  # wraps on a small screen
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports")))
        layout.addWidget(controls)
        layout.addWidget(self.pane, 1)
        # a report shown is the one its choices made: choosing another kind or period takes
        # it away, so "Save" never writes the named weekly report as the funder summary
        self.kind.currentIndexChanged.connect(self.pane.clear)
        self.period.currentIndexChanged.connect(self.pane.clear)

    def on_changed(self, changes: tuple[object, ...]) -> None:
        """A report is a snapshot: it is not remade behind the user's back."""

    def _fill_periods(self, *_: object) -> None:
        """Weekly: this week (in progress) and the twelve before it. Funder: the last
        twelve complete months, four complete quarters, the last two calendar years and the
        financial years starting in them (a financial year not yet over is refused, saying so)."""
        self.period.clear()
        today = clock.today()
        if self.kind.currentData() == "weekly":
            for back in range(13):
                monday = today - timedelta(days=today.weekday() + 7 * back)
                label = week_of(monday)
                text = self.tr("{0} (from {1})").format(isolated(label, left_to_right=True),
                                                        formats.day(monday, year=False))
                if back == 0:
                    text += " " + self.tr("in progress")
                self.period.addItem(text, ("week", label))
            self.period.setCurrentIndex(1)  # last week: the Monday report
            return
        first = today.replace(day=1)
        for back in range(1, 13):
            year, month = divmod(first.year * 12 + first.month - 1 - back, 12)
            self.period.addItem(f"{year}-{month + 1:02d}", ("month", f"{year}-{month + 1:02d}"))
        quarter = (today.month - 1) // 3  # the current one, not yet complete
        for back in range(1, 5):
            year, q = divmod(today.year * 4 + quarter - back, 4)
            self.period.addItem(f"{year}-Q{q + 1}", ("quarter", f"{year}-Q{q + 1}"))
        for back in (1, 2):
            year = today.year - back
            self.period.addItem(str(year), ("year", str(year)))
            self.period.addItem(self.tr("Financial year from {0}").format(year),
                                ("financial_year", str(year)))

    def _allowed(self, *_: object) -> None:
        """The weekly report holds every child's flags and incidents: a manager's to print
        or save (issue 25); staff print today's list and a resident's own check-ins."""
        ctx = self.session.ctx
        refused = self.kind.currentData() == "weekly" and not (
            ctx is not None and ctx.may(Action.PRINT_WEEKLY))
        self.make.setEnabled(not refused)
        self.make.setToolTip(self.tr("Only managers print or save the weekly report: it "
                                     "shows every child's flags and incidents.")
                             if refused else "")

    def generate(self) -> None:
        if not self.make.isEnabled():
            return
        kind = self.kind.currentData()
        unit, label = self.period.currentData()
        self.status.setText(self.tr("Making the report…"))
        self.make.setEnabled(False)

        def work(ctx: Context) -> bytes:
            if kind == "weekly":
                return weekly_report.render(weekly.report_data(ctx, label))
            start, end = funder.period(ctx, **{unit: label})
            figures = funder.figures(ctx, start, end)
            return funder_report.render(figures, organisation=staff.organisation_name(ctx))

        chosen = (kind, unit, label)
        self.session.call(work, on_done=lambda data: self._show(data, chosen),
                          on_error=self._failed)

    def _show(self, data: bytes, chosen: tuple[object, ...] | None = None) -> None:
        self._allowed()
        if chosen is not None and chosen != (self.kind.currentData(),
                                             *(self.period.currentData() or (None, None))):
            self.status.setText(self.tr("The choice changed while it was made: make the "
                                        "report again."))
            return  # never show (and so never save) one report under another's name
        self.pane.show_pdf(data)

    def _failed(self, error: BaseException) -> None:
        self._allowed()
        self.status.setText(self.problem(error))
