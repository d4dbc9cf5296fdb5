"""The fields of the safeguarding forms (issue 27): the no-contact list and the contact
log. Field names are the services' argument names, so a refusal lands beside its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from safehaven import clock
from safehaven.domain.models import Contact, NoContact, Restraint
from safehaven.domain.vocab import ContactKind, Technique
from safehaven.ui.care_forms import options
from safehaven.ui.record_form import FormField
from safehaven.ui.words import word


class SafeguardingForms(QObject):
    """Builds field lists; a QObject only so that its labels go through Qt's translator."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today

    def no_contact(self, e: NoContact | None, *, restricted: bool) -> list[FormField]:
        out = [
            FormField("name", self.tr("Name"), value=e.name if e else None),
            FormField("relationship", self.tr("Who they are to the young person"),
                      value=e.relationship if e else None,
                      hint=self.tr("trafficker, recruiter, father, a friend of the family…")),
            FormField("aliases", self.tr("Other names they use"),
                      value=", ".join(e.aliases) if e else None,
                      hint=self.tr("separated by commas")),
            FormField("phones", self.tr("Phone numbers"),
                      value=", ".join(e.phones) if e else None,
                      hint=self.tr("separated by commas")),
            FormField("description", self.tr("What they look like, the car they drive"),
                      "long", e.description if e else None),
        ]
        if restricted:  # only clinicians and managers write or read why
            out.insert(2, FormField("reason", self.tr("Why (restricted: staff are warned, "
                                                      "not told why)"), "long",
                                    e.reason if e else None))
        return out

    def contact(self, c: Contact | None = None) -> list[FormField]:
        now = clock.now().replace(second=0, microsecond=0)
        out = [
            FormField("kind", self.tr("How"), "choice",
                      c.kind.value if c else ContactKind.VISIT.value, options(ContactKind)),
            FormField("who", self.tr("Who (their name as given)"), value=c.who if c else None),
            FormField("relationship", self.tr("Who they are to the young person"),
                      value=c.relationship if c else None),
            FormField("phone", self.tr("Phone number"), value=c.phone if c else None),
            FormField("supervised_by", self.tr("Supervised by"),
                      value=c.supervised_by if c else None),
            FormField("reason", self.tr("Why they came or called"), "long",
                      c.reason if c else None),
            FormField("outcome", self.tr("How it went, and what the young person said"),
                      "long", c.outcome if c else None),
            FormField("allowed", self.tr("Allowed"), "flag", c.allowed if c else True,
                      hint=self.tr("Allowed (clear it if turned away or not put through)")),
            FormField("unknown_person", self.tr("Unknown person"), "flag",
                      c.unknown_person if c else False,
                      hint=self.tr("Someone the house does not know")),
        ]
        if c is None:
            out.insert(1, FormField("at", self.tr("When"), "datetime", now))
        else:
            out.insert(0, FormField("why", self.tr("Why it is corrected")))
        return out

    def restraint(self, r: Restraint | None = None, techniques: list[str] | None = None
                  ) -> list[FormField]:
        """`techniques`: the house's list (a correction keeps a technique no longer on it)."""
        now = clock.now().replace(second=0, microsecond=0)
        listed = list(techniques or [t.value for t in Technique])
        if r is not None and r.technique not in listed:
            listed.append(r.technique)
        out = [
            FormField("started_at", self.tr("Began at"), "datetime",
                      r.started_at if r else now),
            FormField("duration_min", self.tr("How long (minutes)"), "number",
                      r.duration_min if r else 5, minimum=1, maximum=24 * 60),
            FormField("behaviour", self.tr("What led to it"), "long",
                      r.behaviour if r else None),
            FormField("technique", self.tr("Technique"), "choice",
                      r.technique if r else listed[0],
                      [(word(t), t) for t in listed]),
            FormField("measure", self.tr("What was done, in plain words"), "long",
                      r.measure if r else None),
            FormField("held_by", self.tr("Held by"), value=r.held_by if r else None),
            FormField("witnesses", self.tr("Who else was present"),
                      value=r.witnesses if r else None),
            FormField("child_injuries", self.tr("Injuries to the young person"),
                      value=r.child_injuries if r else None),
            FormField("staff_injuries", self.tr("Injuries to staff"),
                      value=r.staff_injuries if r else None),
            FormField("medical_check", self.tr("Checked afterwards by, and what they found"),
                      value=r.medical_check if r else None),
        ]
        if r is not None:
            out.insert(0, FormField("why", self.tr("Why it is corrected")))
        return out

    def debrief(self) -> list[FormField]:
        now = clock.now().replace(second=0, microsecond=0)
        return [
            FormField("held_at", self.tr("Held at"), "datetime", now),
            FormField("child_words", self.tr("What the young person said, in their words"),
                      "long"),
            FormField("held_by", self.tr("Talked it through with them"),
                      hint=self.tr("if not you")),
        ]

    def review(self) -> list[FormField]:
        return [
            FormField("review", self.tr("Necessary and proportionate? What was learnt"),
                      "long"),
            FormField("actions", self.tr("What follows"), "long"),
        ]

    def sighting(self) -> list[FormField]:
        now = clock.now().replace(second=0, microsecond=0)
        return [
            FormField("at", self.tr("Seen at"), "datetime", now),
            FormField("place", self.tr("Where")),
            FormField("seen_by", self.tr("Seen by"),
                      hint=self.tr("a staff member, a teacher, the police, a neighbour…")),
            FormField("note", self.tr("With whom, how they seemed, which way they went"),
                      "long"),
        ]
