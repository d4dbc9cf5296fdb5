"""The resident page's Measures tab: standardized scores over time with their bands, for
clinicians and managers (other roles never see scores, so they get no tab)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QScrollArea

from safehaven import formats
from safehaven.i18n import joined
from safehaven.services import measures
from safehaven.services.detail import ResidentDetail
from safehaven.services.measures import Scored
from safehaven.services.permissions import Action
from safehaven.ui.bidi import isolated, wrapping
from safehaven.ui.measures_chart import PANEL_HEIGHT, MeasuresChart
from safehaven.ui.models import Column
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.resident_tabs import RecordsTab, Section
from safehaven.ui.session import Session
from safehaven.ui.words import word


class MeasuresTab(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.chart = MeasuresChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        # one whole panel, its dates under it, however low the screen: at 600 pixels the
        # box showed the middle of a panel and never its date labels
        scroll.setMinimumHeight(PANEL_HEIGHT + 2 * scroll.frameWidth())
        self.change = QLabel()
        wrapping(self.change)
        self.scores = Section(self.tr("Scores"), [
            Column(self.tr("Date"), lambda s: formats.day(s.measure.taken_on)),
            Column(self.tr("Measure"), lambda s: word(s.instrument.name)),
            Column(self.tr("Score"), lambda s: f"{s.measure.total} / "
                   f"{s.instrument.max_score}"),
            Column(self.tr("Band"), lambda s: self.band(s.band.label)),
            Column(self.tr("Subscales"), lambda s: joined(s.measure.subscales)),
            Column(self.tr("Given by"), lambda s: self.staff(s.measure.administered_by)),
        ])
        recording = self.may(Action.RECORD_MEASURE)
        self.scores.button(self.tr("Record a score…"), self.record, recording)
        self.scores.button(self.tr("Correct…"), self.correct, recording)
        self.scores.button(self.tr("Remove (typed in error)"), self.remove, recording)
        self.scores.button(self.tr("Add a house scale…"), self.add_scale,
                           self.may(Action.MANAGE_SCALES))
        self.layout_.addWidget(QLabel(self.tr("Scores over time, with each measure's "
                                              "published bands")))
        self.layout_.addWidget(scroll, 3)
        self.layout_.addWidget(self.change)
        self.layout_.addWidget(self.scores, 2)

    def band(self, label: str) -> str:
        """Band labels of the shipped instruments are translated; a house's are its own."""
        return word(label)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.scores.model.set_rows(list(reversed(data.measures)))
        words = {s.band.label: self.band(s.band.label) for s in data.measures}
        words |= {s.instrument.name: word(s.instrument.name) for s in data.measures}
        words |= {b.label: self.band(b.label) for s in data.measures
                  for b in s.instrument.bands}
        self.chart.set_scores(data.measures, words, self.tr("No scores recorded yet."))
        lines = [self._change_line(c) for c in measures.changes(data.measures)]
        self.change.setText("\n".join(lines) if lines else "")

    def _change_line(self, c: measures.Change) -> str:
        name = isolated(word(c.instrument.name))  # "(house scale)" keeps its ")"
        first, latest = c.first, c.latest
        if c.count < 2:
            return self.tr("{0}: one score so far, {1} ({2})").format(
                name, first.measure.total, self.band(first.band.label))
        how = {"improved": self.tr("improved"), "worse": self.tr("worse"),
               "no reliable change": self.tr("no reliable change"),
               "reliable change not available for this scale": self.tr(
                   "reliable change not available for this scale")}[c.direction]
        return self.tr("{0}: {1} ({2}) on {3} → {4} ({5}) on {6}: {7}").format(
            name, first.measure.total, self.band(first.band.label),
            formats.day(first.measure.taken_on), latest.measure.total,
            self.band(latest.band.label), formats.day(latest.measure.taken_on), how)

    def record(self) -> RecordForm:
        choices = [(word(i.name), i.code) for i in (self.data.instruments if self.data else [])]
        staff = self.forms().staff[1:]
        me = self.session.ctx.actor.id if self.session.ctx and self.session.ctx.actor else None
        fields = [
            FormField("instrument", self.tr("Measure"), "choice",
                      choices[0][1] if choices else None, choices),
            FormField("total", self.tr("Total score"), hint=self.tr("the total on the "
                                                                   "publisher's form")),
            FormField("taken_on", self.tr("Taken on"), "date", self.forms().today),
            FormField("administered_by", self.tr("Given by"), "choice", me, staff),
            FormField("subscales", self.tr("Subscale scores (optional)"),
                      hint=self.tr("e.g. intrusion=7, avoidance=3")),
            FormField("note", self.tr("Note (no item answers)"), "long"),
        ]
        return self.open(self.tr("Record a score"), fields, _record, self.resident_id)

    def correct(self) -> RecordForm | None:
        chosen: Scored | None = self.scores.selected()
        if chosen is None:
            return None
        m = chosen.measure
        fields = [
            FormField("total", self.tr("Total score"), value=str(m.total)),
            FormField("taken_on", self.tr("Taken on"), "date", m.taken_on),
            FormField("administered_by", self.tr("Given by"), "choice", m.administered_by,
                      self.forms().staff[1:]),
            FormField("subscales", self.tr("Subscale scores (optional)"),
                      value=", ".join(m.subscales)),
            FormField("note", self.tr("Note (no item answers)"), "long", m.note),
        ]
        return self.open(self.tr("Correct a score: {0}").format(word(chosen.instrument.name)),
                         fields, _correct, m.id)

    def remove(self) -> None:
        chosen: Scored | None = self.scores.selected()
        if chosen is not None:
            self.session.call(measures.remove, chosen.measure.id,
                              on_error=lambda e: self._hint(str(e)))

    def add_scale(self) -> RecordForm:
        fields = [
            FormField("name", self.tr("Name of the scale")),
            FormField("min_score", self.tr("Lowest score"), value="0"),
            FormField("max_score", self.tr("Highest score")),
            FormField("bands", self.tr("Bands (lowest score=label)"),
                      hint=self.tr("e.g. 0=Low, 10=Moderate, 20=High")),
            FormField("higher_is_better", self.tr("Direction"), "flag", False,
                      hint=self.tr("A higher score is better")),
        ]
        return run_form(self.session, RecordForm(self.tr("Add a house scale"), fields, self),
                        measures.add_scale)

    def _hint(self, text: str) -> None:
        self.scores.hint.setText(text)
        self.scores.hint.show()


def _parse(subscales: str) -> dict[str, Any]:
    """The form's "name=N, name=N" text as the service's subscale scores."""
    parsed: dict[str, Any] = {}
    for part in (subscales or "").replace(";", ",").split(","):
        if part.strip():
            name, sep, score = part.partition("=")
            parsed[name.strip()] = score.strip() if sep else ""
    return parsed


def _record(ctx: Any, resident_id: str, *, subscales: str = "", total: Any = "",
            **values: Any) -> Any:
    return measures.record(ctx, resident_id, total=total, subscales=_parse(subscales),
                           **values)


def _correct(ctx: Any, measure_id: str, *, subscales: str = "", **values: Any) -> Any:
    return measures.edit(ctx, measure_id, subscales=_parse(subscales), **values)
