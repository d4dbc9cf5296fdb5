"""The fields of the safeguarding forms (issue 27): the no-contact list and the contact
log. Field names are the services' argument names, so a refusal lands beside its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from safehaven import clock
from safehaven.domain.models import Contact, NoContact
from safehaven.domain.vocab import ContactKind
from safehaven.ui.care_forms import options
from safehaven.ui.record_form import FormField


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
