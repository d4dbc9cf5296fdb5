"""Visits and contacts, on the resident's Safety tab: the no-contact list (kept by
clinicians and managers; staff see who, not why) and the log of every visit and call."""

from __future__ import annotations

from safehaven import clock, formats
from safehaven.domain.models import Contact, NoContact
from safehaven.i18n import joined
from safehaven.services import contacts, no_contacts
from safehaven.services.detail import ResidentDetail
from safehaven.services.permissions import Action
from safehaven.ui.bidi import isolated
from safehaven.ui.models import Column
from safehaven.ui.record_form import RecordForm, ask
from safehaven.ui.resident_tabs import RecordsTab, Section
from safehaven.ui.safeguarding_forms import SafeguardingForms
from safehaven.ui.session import Session
from safehaven.ui.words import word


class ContactsPanel(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.no_contact = Section(self.tr("No-contact list"), [
            Column(self.tr("Name"), lambda e: e.name),
            Column(self.tr("Who they are"), lambda e: e.relationship),
            Column(self.tr("Also known as"), lambda e: joined(e.aliases) or "–"),
            Column(self.tr("Phone numbers"), lambda e: joined(e.phones) or "–"),
            Column(self.tr("Why"), self._why),
        ])
        keeping = self.may(Action.MANAGE_SAFEGUARDING)
        self.no_contact.button(self.tr("Add to the list…"), self.add_entry, keeping)
        self.no_contact.button(self.tr("Change…"), self.edit_entry, keeping)
        self.no_contact.button(self.tr("Take off the list"), self.remove_entry, keeping)
        self.log = Section(self.tr("Visits, calls, messages and letters"), [
            Column(self.tr("When"), lambda c: formats.day_time(c.at, weekday=False,
                                                               year=True)),
            Column(self.tr("How"), lambda c: word(c.kind)),
            Column(self.tr("Who"), lambda c: c.who),
            Column(self.tr("Supervised by"), lambda c: c.supervised_by or "–"),
            Column(self.tr("Note"), self._flag),
            Column(self.tr("How it went"), lambda c: c.outcome or ""),
        ])
        logging = self.may(Action.RECORD_CONTACT)
        self.log.button(self.tr("Record a visit or call…"), self.record, logging)
        self.log.button(self.tr("Correct…"), self.correct, logging)
        self.layout_.addWidget(self.no_contact, 1)
        self.layout_.addWidget(self.log, 2)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.no_contact.model.set_rows(data.no_contacts)
        self.log.model.set_rows(data.contacts)

    def _why(self, e: NoContact) -> str:
        if e.reason:
            return e.reason
        if self.may(Action.READ_RESTRICTED):
            return "–"
        return self.tr("(clinicians and managers only)")

    def _flag(self, c: Contact) -> str:
        if c.no_contact_id:
            return self.tr("ON THE NO-CONTACT LIST")
        if not c.allowed:
            return self.tr("not allowed")
        if c.unknown_person:
            return self.tr("unknown person")
        return self.tr("adult not yet vetted") if c.unvetted_adult_id else ""

    def _forms(self) -> SafeguardingForms:
        return SafeguardingForms(clock.today())

    def add_entry(self) -> RecordForm:
        fields = self._forms().no_contact(None, restricted=self.may(Action.READ_RESTRICTED))
        return self.open(self.tr("Add to the no-contact list"), fields, no_contacts.add,
                         self.resident_id)

    def edit_entry(self) -> RecordForm | None:
        entry = self.no_contact.selected()
        if entry is None:
            return None
        fields = self._forms().no_contact(entry, restricted=self.may(Action.READ_RESTRICTED))
        return self.open(self.tr("No-contact list"), fields, no_contacts.edit, entry.id)

    def remove_entry(self) -> None:
        """Asked first: taking someone off the list stops the warnings for them."""
        entry = self.no_contact.selected()
        if entry is not None and ask(self, self.tr("Take {0} off the no-contact list? Staff "
                                                   "will no longer be warned.").format(
                                                       isolated(entry.name))):
            self.session.call(no_contacts.remove, entry.id, on_error=self._hint)

    def record(self) -> RecordForm:
        return self.open(self.tr("Record a visit or call"), self._forms().contact(),
                         contacts.record, self.resident_id)

    def correct(self) -> RecordForm | None:
        contact = self.log.selected()
        if contact is None:
            return None
        return self.open(self.tr("Correct a contact"), self._forms().contact(contact),
                         contacts.amend, contact.id)

    def _hint(self, error: BaseException) -> None:
        self.no_contact.hint.setText(str(error))
        self.no_contact.hint.show()
