"""The fields of the forms for a child's life beyond therapy (issue 31). Field names are
the services' argument names, so a refusal lands beside its field. Sealed fields are
offered only to the roles that read them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject

from safehaven import clock
from safehaven.domain import life as L
from safehaven.domain.models import TherapyPlan
from safehaven.domain.vocab import FeelsSafe
from safehaven.ui.care_forms import options
from safehaven.ui.record_form import FormField
from safehaven.ui.words import word


class LifeForms(QObject):
    """Builds field lists; a QObject only so that its labels go through Qt's translator."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today

    def profile(self, p: L.TraffickingProfile | None) -> list[FormField]:
        def v(name: str) -> str | None:
            return getattr(p, name) if p is not None else None
        return [
            FormField("exploitation", self.tr("Forms of exploitation"), "many",
                      tuple(str(f) for f in L.exploitation_forms(v("exploitation"))),
                      options(L.ExploitationForm), hint=self.tr("all that apply")),
            FormField("country_of_origin", self.tr("Country of origin"),
                      value=v("country_of_origin")),
            FormField("citizenship", self.tr("Citizenship"), value=v("citizenship")),
            FormField("exploitation_countries", self.tr("Where they were exploited"),
                      value=v("exploitation_countries"), hint=self.tr("countries")),
            FormField("exploitation_period", self.tr("When, and for how long"),
                      value=v("exploitation_period")),
            FormField("identified_how", self.tr("How they were identified"), "long",
                      v("identified_how")),
            FormField("identified_by", self.tr("Identified by"), value=v("identified_by")),
            FormField("immigration_status", self.tr("Immigration status"),
                      value=v("immigration_status")),
            FormField("guardian", self.tr("Guardian or advocate"), value=v("guardian"),
                      hint=self.tr("an independent child trafficking guardian, say")),
            FormField("guardian_contact", self.tr("How to reach them"),
                      value=v("guardian_contact")),
        ]

    def decision(self, d: L.IdentificationDecision | None,
                 kinds: list[str] | None = None) -> list[FormField]:
        """`kinds`: the house's kinds of decision (services/decision_kinds.py), offered when
        a decision is added."""
        out = [
            FormField("outcome", self.tr("Outcome"), "choice",
                      d.outcome.value if d else L.DecisionOutcome.PENDING.value,
                      options(L.DecisionOutcome)),
            FormField("applied_on", self.tr("Referred or applied on"), "optional-date",
                      d.applied_on if d else self.today),
            FormField("decided_on", self.tr("Decided on"), "optional-date",
                      d.decided_on if d else None),
            FormField("reference", self.tr("Reference (restricted)"),
                      value=d.reference if d else None),
            FormField("note", self.tr("Note (restricted)"), "long", d.note if d else None),
        ]
        if d is None:
            offered = kinds or [k.value for k in L.DecisionKind]
            out.insert(0, FormField("kind", self.tr("Decision"), "choice", offered[0],
                                    [(word(k), k) for k in offered]))
        return out

    def case(self, c: L.LegalCase | None) -> list[FormField]:
        return [
            FormField("kind", self.tr("Kind of case"), "choice",
                      c.kind.value if c else L.LegalCaseKind.POLICE.value,
                      options(L.LegalCaseKind)),
            FormField("status", self.tr("Status"), "choice",
                      c.status.value if c else L.LegalStatus.OPEN.value,
                      options(L.LegalStatus)),
            FormField("opened_on", self.tr("Began on"), "date",
                      c.opened_on if c else self.today),
            FormField("reference", self.tr("Reference (restricted)"),
                      value=c.reference if c else None),
            FormField("lawyer", self.tr("Lawyer or advocate, and how to reach them "
                                        "(restricted)"), value=c.lawyer if c else None),
            FormField("special_measures", self.tr("Special measures asked for (restricted)"),
                      "long", c.special_measures if c else None,
                      hint=self.tr("screens, a video link, an intermediary…")),
            FormField("outcome", self.tr("Outcome (restricted)"), "long",
                      c.outcome if c else None),
            FormField("notes", self.tr("Notes (restricted)"), "long", c.notes if c else None),
        ]

    def hearing(self, h: L.Hearing | None, *, whole: bool) -> list[FormField]:
        """`whole`: every field (clinicians and managers); else who goes and how."""
        going = [
            FormField("accompanied_by", self.tr("Who goes with the young person"),
                      value=h.accompanied_by if h else None),
            FormField("transport", self.tr("How they get there"),
                      value=h.transport if h else None),
        ]
        if not whole:
            return going
        start = datetime.combine(self.today + timedelta(days=1), time(9, 0))
        return [
            FormField("at", self.tr("When"), "datetime", h.at if h else start),
            FormField("kind", self.tr("What"), "choice",
                      h.kind.value if h else L.HearingKind.COURT.value,
                      options(L.HearingKind)),
            FormField("place", self.tr("Where"), value=h.place if h else None),
            FormField("duration_min", self.tr("How long (minutes)"), "number",
                      h.duration_min if h else 120, minimum=1, maximum=12 * 60),
            *([FormField("status", self.tr("Status"), "choice", h.status.value,
                         options(L.HearingStatus))] if h else []),
            *going,
            FormField("note", self.tr("What it is about, how to prepare (restricted)"),
                      "long", h.note if h else None),
        ]

    def placement(self, p: L.EducationPlacement | None) -> list[FormField]:
        return [
            FormField("kind", self.tr("Kind"), "choice",
                      p.kind.value if p else L.PlacementKind.SCHOOL.value,
                      options(L.PlacementKind)),
            FormField("provider", self.tr("School, college or employer"),
                      value=p.provider if p else None),
            FormField("course", self.tr("Class, year group or trade"),
                      value=p.course if p else None),
            FormField("designated_teacher", self.tr("Designated teacher or tutor"),
                      value=p.designated_teacher if p else None),
            FormField("provider_contact", self.tr("How to reach them"),
                      value=p.provider_contact if p else None),
            FormField("start_date", self.tr("Starts"), "date",
                      p.start_date if p else self.today),
            FormField("end_date", self.tr("Ends"), "optional-date", p.end_date if p else None),
        ]

    def week(self) -> list[FormField]:
        return [
            FormField("week_of", self.tr("Week of"), "date", self.today,
                      hint=self.tr("any day of the week")),
            FormField("expected", self.tr("Sessions there were"), "number", 5, minimum=1,
                      maximum=20),
            FormField("attended", self.tr("Sessions attended"), "number", 5, maximum=20),
            FormField("note", self.tr("Why any were missed"), "long"),
        ]

    def event_fields(self) -> list[FormField]:
        return [
            FormField("kind", self.tr("What happened"), "choice",
                      L.SchoolEventKind.ACHIEVEMENT.value, options(L.SchoolEventKind)),
            FormField("detail", self.tr("What, in a few words")),
            FormField("happened_on", self.tr("When"), "date", self.today),
            FormField("days", self.tr("Days (an exclusion)"), "number", 0, maximum=20),
        ]

    def goal(self, plans: list[TherapyPlan]) -> list[FormField]:
        return [
            FormField("words", self.tr("The goal, in their own words"), "long"),
            FormField("plan_id", self.tr("With the therapy plan"), "choice", None,
                      [("–", None), *((f"{word(p.modality)} ({p.provider})", p.id)
                                      for p in plans)]),
            FormField("set_on", self.tr("Set on"), "date", self.today),
        ]

    def goal_review(self, g: L.ChildGoal) -> list[FormField]:
        return [
            FormField("progress", self.tr("How it is going, as they say it"), "long",
                      g.progress),
            FormField("status", self.tr("Status"), "choice", g.status.value,
                      options(L.GoalStatus)),
            FormField("reviewed_on", self.tr("Reviewed on"), "date", self.today),
        ]

    def wish(self) -> list[FormField]:
        return [
            FormField("words", self.tr("What they said, in their words"), "long"),
            FormField("topic", self.tr("About"),
                      hint=self.tr("family, school, where to live, court…")),
            FormField("said_on", self.tr("Said on"), "date", self.today),
        ]

    def complaint(self) -> list[FormField]:
        return [
            FormField("details", self.tr("The complaint, in their words"), "long"),
            FormField("made_on", self.tr("Made on"), "date", self.today),
        ]

    def answer(self) -> list[FormField]:
        return [
            FormField("handling", self.tr("How it was looked into (restricted)"), "long"),
            FormField("answer", self.tr("What the young person was told (restricted)"), "long"),
            FormField("outcome", self.tr("Outcome"), "choice",
                      L.ComplaintOutcome.UPHELD.value, options(L.ComplaintOutcome)),
            FormField("child_satisfied", self.tr("Is the young person satisfied?"), "choice",
                      None, options(FeelsSafe, none=True)),
            FormField("answered_on", self.tr("Answered on"), "date", self.today),
        ]

    def review(self) -> list[FormField]:
        return [
            FormField("participants", self.tr("Who took part"),
                      hint=self.tr("the young person, key worker, therapist…")),
            FormField("child_took_part", self.tr("The young person took part"), "flag", True),
            FormField("wishes", self.tr("What the young person said, in their words"),
                      "long"),
            FormField("decisions", self.tr("What was decided"), "long"),
            FormField("held_on", self.tr("Held on"), "date", self.today),
            FormField("next_review", self.tr("Next review"), "optional-date", None,
                      hint=self.tr("empty: after the house's usual weeks")),
        ]



def today_forms() -> LifeForms:
    return LifeForms(clock.today())
