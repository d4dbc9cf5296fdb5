"""The Life tab's pages for school, the young person's own voice, complaints and case
reviews (issue 31). Every care role writes what the young person says, as they say it; a
manager answers complaints; a clinician or manager holds a review and prints its sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from safehaven import formats
from safehaven.reports import review as review_report
from safehaven.services import education, reviews, voice
from safehaven.services.context import Context
from safehaven.services.detail import ResidentDetail
from safehaven.services.permissions import Action
from safehaven.ui.bidi import isolated
from safehaven.ui.life_forms import today_forms
from safehaven.ui.models import Column
from safehaven.ui.pdf_pane import PdfDialog
from safehaven.ui.record_form import RecordForm
from safehaven.ui.resident_tabs import RecordsTab, Section
from safehaven.ui.session import Session
from safehaven.ui.words import word


def _week(ctx: Context, placement_id: str, **values: Any) -> Any:
    """A week's attendance; a spin box at 0 reads as "none", which here is 0 sessions."""
    values["attended"] = values.get("attended") or 0
    return education.record_week(ctx, placement_id, **values)


def _event(ctx: Context, placement_id: str, **values: Any) -> Any:
    return education.add_event(ctx, placement_id, **values)


@dataclass(frozen=True, slots=True)
class _Line:
    """A week's attendance or something that happened, in one list by day."""

    id: str
    day: date
    what: str
    details: str


class SchoolPanel(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.placements = Section(self.tr("School and training"), [
            Column(self.tr("Kind"), lambda p: word(p.kind)),
            Column(self.tr("Where"), lambda p: p.provider),
            Column(self.tr("Class or trade"), lambda p: p.course or ""),
            Column(self.tr("Designated teacher"), lambda p: p.designated_teacher or ""),
            Column(self.tr("Contact"), lambda p: p.provider_contact or ""),
            Column(self.tr("From"), lambda p: formats.day(p.start_date)),
            Column(self.tr("Until"), lambda p: formats.day(p.end_date)),
        ])
        recording = self.may(Action.RECORD_EDUCATION)
        self.placements.button(self.tr("Add placement…"), self.add, recording)
        self.placements.button(self.tr("Edit…"), self.edit, recording)
        self.placements.button(self.tr("Week's attendance…"), self.week, recording)
        self.placements.button(self.tr("Achievement or exclusion…"), self.add_event,
                               recording)
        self.history = Section(self.tr("Attendance and what happened"), [
            Column(self.tr("When"), lambda x: formats.day(x.day)),
            Column(self.tr("What"), lambda x: x.what),
            Column(self.tr("Details"), lambda x: x.details),
        ])
        self.layout_.addWidget(self.placements, 3)
        self.layout_.addWidget(self.history, 2)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        life = data.life
        self.placements.model.set_rows(life.placements)
        rows = [_Line(w.id, w.week_start, self.tr("Attended {0} of {1} sessions").format(
            w.attended, w.expected), w.note or "") for w in life.weeks]
        rows += [_Line(e.id, e.happened_on, word(e.kind), e.detail if e.days is None else
                       self.tr("{0} ({1} days)").format(e.detail, e.days))
                 for e in life.events]
        self.history.model.set_rows(sorted(rows, key=lambda r: (r.day, r.id), reverse=True))

    def add(self) -> RecordForm:
        return self.open(self.tr("Add a school or training placement"),
                         today_forms().placement(None), education.add_placement,
                         self.resident_id)

    def edit(self) -> RecordForm | None:
        chosen = self.placements.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Edit a placement"), today_forms().placement(chosen),
                         education.edit_placement, chosen.id)

    def week(self) -> RecordForm | None:
        chosen = self.placements.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Attendance in a week"), today_forms().week(), _week,
                         chosen.id)

    def add_event(self) -> RecordForm | None:
        chosen = self.placements.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Achievement, qualification or exclusion"),
                         today_forms().event_fields(), _event, chosen.id)


class VoicePanel(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.goals = Section(self.tr("Their goals, in their own words"), [
            Column(self.tr("Set on"), lambda g: formats.day(g.set_on)),
            Column(self.tr("Goal"), lambda g: g.words),
            Column(self.tr("Status"), lambda g: word(g.status)),
            Column(self.tr("How it is going"), lambda g: g.progress or ""),
            Column(self.tr("Reviewed"), lambda g: formats.day(g.reviewed_on)),
        ])
        recording = self.may(Action.RECORD_VOICE)
        self.goals.button(self.tr("Add goal…"), self.add_goal, recording)
        self.goals.button(self.tr("Review goal…"), self.review_goal, recording)
        self.wishes = Section(self.tr("Wishes and feelings"), [
            Column(self.tr("Said on"), lambda w: formats.day(w.said_on)),
            Column(self.tr("About"), lambda w: w.topic or ""),
            Column(self.tr("In their words"), lambda w: w.words),
        ])
        self.wishes.button(self.tr("Add wishes and feelings…"), self.add_wish, recording)
        self.layout_.addWidget(self.goals, 1)
        self.layout_.addWidget(self.wishes, 1)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.goals.model.set_rows(data.life.goals)
        self.wishes.model.set_rows(data.life.wishes)

    def add_goal(self) -> RecordForm:
        plans = [p for p in self.data.plans if p.closed_on is None] if self.data else []
        return self.open(self.tr("A goal in their own words"), today_forms().goal(plans),
                         voice.add_goal, self.resident_id)

    def review_goal(self) -> RecordForm | None:
        chosen = self.goals.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Review a goal"), today_forms().goal_review(chosen),
                         voice.review_goal, chosen.id)

    def add_wish(self) -> RecordForm:
        return self.open(self.tr("Wishes and feelings"), today_forms().wish(), voice.add_wish,
                         self.resident_id)


class ComplaintsPanel(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.complaints = Section(self.tr("Complaints (a manager answers each)"), [
            Column(self.tr("Made on"), lambda c: formats.day(c.made_on)),
            Column(self.tr("Complaint"), lambda c: c.details),
            Column(self.tr("Outcome"), lambda c: word(c.outcome) if c.outcome
                   else self.tr("NOT ANSWERED YET")),
            Column(self.tr("Answered"), lambda c: formats.day(c.answered_on)),
            Column(self.tr("What they were told"), lambda c: c.answer or ""),
        ])
        self.complaints.button(self.tr("Write down a complaint…"), self.add,
                               self.may(Action.RECORD_VOICE))
        self.complaints.button(self.tr("Answer…"), self.answer,
                               self.may(Action.ANSWER_COMPLAINT))
        self.layout_.addWidget(self.complaints)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.complaints.model.set_rows(data.life.complaints)

    def add(self) -> RecordForm:
        return self.open(self.tr("A complaint"), today_forms().complaint(), voice.complain,
                         self.resident_id)

    def answer(self) -> RecordForm | None:
        chosen = self.complaints.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Answer a complaint"), today_forms().answer(), voice.answer,
                         chosen.id)


class ReviewsPanel(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.reviews = Section(self.tr("Case reviews"), [
            Column(self.tr("Held on"), lambda r: formats.day(r.held_on)),
            Column(self.tr("Who took part"), lambda r: r.participants),
            Column(self.tr("Decisions"), lambda r: r.decisions),
            Column(self.tr("Next review"), lambda r: formats.day(r.next_review)),
        ])
        holds = self.may(Action.HOLD_REVIEW)
        self.reviews.button(self.tr("Review sheet…"), self.sheet, holds)
        self.reviews.button(self.tr("Record a review…"), self.hold, holds)
        self.layout_.addWidget(self.reviews)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.reviews.model.set_rows(data.life.reviews)

    def hold(self) -> RecordForm:
        return self.open(self.tr("Record a case review"), today_forms().review(),
                         reviews.hold, self.resident_id)

    def sheet(self) -> None:
        """The one-page sheet that brings the whole record to the review."""
        def work(ctx: Context) -> bytes:
            return review_report.render(reviews.sheet(ctx, self.resident_id))

        self.session.call(work, on_done=self._preview, on_error=self._hint)

    def _hint(self, error: BaseException) -> None:
        self.reviews.hint.setText(str(error))
        self.reviews.hint.show()

    def _preview(self, data: bytes) -> None:
        name = self.data.resident.preferred_name if self.data else ""
        PdfDialog(self.tr("Case review: {0}").format(isolated(name)), data, "review.pdf",
                  self).open()
