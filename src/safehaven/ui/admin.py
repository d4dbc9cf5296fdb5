"""Admin: staff and roles, your passphrase, auto-lock minutes, language, where data lives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safehaven import __version__, i18n, logs
from safehaven.domain.medication import may_give
from safehaven.domain.models import Staff
from safehaven.domain.vocab import Role
from safehaven.errors import InvalidValue
from safehaven.services import backups, preferences, staff
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.ui.bidi import wrapping
from safehaven.ui.busy import Busy
from safehaven.ui.house_settings_form import HouseSettingsForm
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import Page, heading, table_view
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.session import Session
from safehaven.ui.settings import Settings
from safehaven.ui.supervision import SupervisionSection
from safehaven.ui.words import word


class AdminPage(Page):
    language_changed = Signal(str)
    lock_minutes_changed = Signal(int)
    backup_settings_changed = Signal()

    def __init__(self, session: Session, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.settings = settings
        self.model = RowsModel([
            Column(self.tr("Name"), lambda s: s.display_name),
            Column(self.tr("Role"), lambda s: word(s.role)),
            Column(self.tr("Active"), lambda s: self.tr("yes") if s.active else self.tr("no")),
            Column(self.tr("Gives medicines"), self._gives),
        ])
        self.view = table_view(self.model)
        # five people in view: the page's later sections squeezed it to half a row
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height() + 4
                                   + 5 * self.view.verticalHeader().defaultSectionSize())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._trained_label())
        self.message = QLabel()
        self.message.setObjectName("error")
        wrapping(self.message)
        add = QPushButton(self.tr("Add staff member…"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        # for someone who forgot theirs: the new one reaches every laptop of the house
        reset = QPushButton(self.tr("Set their passphrase…"))
        reset.clicked.connect(self._set_passphrase)
        managing = session.ctx is not None and session.ctx.may(Action.MANAGE_STAFF)
        for button in (add, remove, reset):
            button.setEnabled(managing)
            if not managing:
                button.setToolTip(self.tr("Only managers add or remove staff."))
        # a manager records who is trained to give medicines (issue 28)
        self.trained = QPushButton(self.tr("Trained to give medicines"))
        self.trained.clicked.connect(lambda _=False: self.toggle_trained())
        self.trained.setEnabled(session.ctx is not None and session.ctx.may(Action.MANAGE_ROLES))
        change = QPushButton(self.tr("Change my passphrase…"))
        change.clicked.connect(self._change_passphrase)
        buttons = QHBoxLayout()
        for b in (add, remove, reset, self.trained, change):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # issue 25: one's own idle lock (up to the house's limit) and language are one's
        # own; the house's limit, language and this laptop's backup folder a manager's
        prefs = session.prefs
        house_lock = prefs.house_lock if prefs else 60
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, house_lock)
        self.lock_minutes.setValue(min(prefs.lock_minutes if prefs else settings.lock_minutes,
                                       house_lock))
        self._minutes_suffix(self.lock_minutes.value())
        self.lock_minutes.valueChanged.connect(self._minutes_suffix)
        self.lock_minutes.valueChanged.connect(self._set_lock)
        self.lock_minutes.setToolTip(self.tr("Yours: at most the house's limit."))
        self.language = self._languages(settings.language)
        self.language.currentIndexChanged.connect(
            lambda _: self._set_own_language(self.language.currentData()))
        self.managing_house = session.ctx is not None and session.ctx.may(Action.MANAGE_HOUSE)
        self.house_lock = QSpinBox()
        self.house_lock.setRange(1, 60)
        self.house_lock.setValue(house_lock)
        self.house_lock.setSuffix(" " + self.tr("min"))
        self.house_lock.editingFinished.connect(self._set_house_lock)
        self.house_language = self._languages(prefs.house_language if prefs else None,
                                              none=self.tr("(the system's)"))
        self.house_language.currentIndexChanged.connect(lambda _: self._set_house_language())
        for field in (self.lock_minutes, self.language, self.house_lock, self.house_language):
            field.setMaximumWidth(200)
        where = QLabel(str(session.folder.resolve()))
        wrapping(where)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        log_where = QLabel(str(logs.log_dir()))
        log_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        settings_where = QLabel(str(settings.path or ""))
        settings_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_folder = QLabel(settings.backup_folder or self.tr("(none: no automatic "
                                                                       "backups)"))
        wrapping(self.backup_folder)
        self.choose_folder = choose = QPushButton(self.tr("Choose folder…"))
        choose.clicked.connect(self._choose_backup_folder)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 60)
        self.backup_keep.setValue(settings.backup_keep)
        self.backup_keep.valueChanged.connect(self._set_keep)
        self.backup_keep.setMaximumWidth(200)
        self.backup_now = QPushButton(self.tr("Back up now"))
        self.backup_now.clicked.connect(self.back_up_now)
        self.backup_now.setEnabled(bool(settings.backup_folder))
        self.backup_message = QLabel()
        wrapping(self.backup_message)
        self.backup_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_message.hide()  # no empty gap until there is something to say
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_folder, 1)
        backup_row.addWidget(choose)
        backup_row.addWidget(self.backup_now)
        form = QFormLayout()
        form.addRow(self.tr("Daily backup to"), backup_row)
        form.addRow("", self.backup_message)
        form.addRow(self.tr("Backups kept"), self.backup_keep)
        form.addRow(self.tr("Lock after idle"), self.lock_minutes)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("House idle-lock limit"), self.house_lock)
        form.addRow(self.tr("House language"), self.house_language)
        self.house_reason = QLabel(self.tr(
            "Only managers set the house's idle-lock limit, language and backup folder. "
            "Your own language and a shorter idle lock are yours to choose."))
        wrapping(self.house_reason)
        form.addRow("", self.house_reason)
        for control in (choose, self.backup_keep, self.house_lock, self.house_language):
            control.setEnabled(self.managing_house)
            if not self.managing_house:
                control.setToolTip(self.house_reason.text())
        if self.managing_house:  # not setVisible(True): with no parent yet, the label
            self.house_reason.hide()  # became a window of its own, taking the keyboard
        self.house_settings = HouseSettingsForm(session, self)  # issue 31: one form for all
        house_button = QPushButton(self.tr("House settings…"))
        house_button.setToolTip(self.tr("Case reviews, complaints, the financial year, "
                                        "approvals, decisions and restraint techniques"))
        house_button.clicked.connect(lambda _=False: self.house_settings.open())
        form.addRow(self.tr("The house's other settings"), house_button)
        form.addRow(self.tr("Records are kept in"), where)
        form.addRow(self.tr("Logs (no records in them)"), log_where)
        form.addRow(self.tr("Settings file"), settings_where)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Staff")))
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        if session.ctx is not None and session.ctx.may(Action.READ_AUDIT):
            layout.addWidget(heading(self.tr("Supervision and records")))
            self.supervision: SupervisionSection | None = SupervisionSection(session, self)
            layout.addWidget(self.supervision)
        else:
            self.supervision = None
        layout.addWidget(heading(self.tr("Settings")))
        layout.addLayout(form)
        about = QPushButton(self.tr("About SafeHaven…"))
        about.clicked.connect(self.show_about)
        about_row = QHBoxLayout()
        about_row.addWidget(about)
        about_row.addStretch(1)
        layout.addLayout(about_row)
        layout.addStretch(1)
        self.refresh()

    def about_text(self) -> str:
        return self.tr("SafeHaven {0}\n\nEncrypted, offline-first records for shelters and "
                       "safe houses.\nFree software under the GNU Affero General Public "
                       "License, version 3 or later.\n\nRecords: {1}\nLogs (no records in "
                       "them): {2}").format(__version__, self.session.folder, logs.log_dir())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About SafeHaven"), self.about_text())

    def refresh(self) -> None:
        self.session.call(staff.listing, on_done=self._show_staff)

    def _show_staff(self, rows: list[Staff]) -> None:
        """The list again, the person chosen still chosen (a refresh after every save lost
        the choice, so a second click on a button did nothing)."""
        index = self.view.currentIndex()
        chosen = self.model.row_at(index.row()).id if index.isValid() else None
        self.model.set_rows(rows)
        if chosen in self.model.ids:
            self.view.selectRow(self.model.ids.index(chosen))
        self._trained_label()

    def _report(self, error: BaseException) -> None:
        self.message.setText(self.problem(error))

    def _minutes_suffix(self, minutes: int) -> None:
        """"1 minute", "5 minutes": the suffix follows the number (Qt's numerus forms)."""
        self.lock_minutes.setSuffix(" " + self.tr("%n minute(s)", "", minutes).replace(
            str(minutes), "", 1).strip())

    def _languages(self, current: str | None, none: str = "") -> QComboBox:
        box = QComboBox()
        if none:
            box.addItem(none, None)
        for lang in i18n.LANGUAGES:  # each in its own words: found by those who read it
            box.addItem(lang.native_name, lang.code)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _remember(self, _: object = None) -> None:
        """What holds for this person now, as the vault says (a rebuilt shell reads it)."""
        self.session.call(preferences.effective,
                          on_done=lambda now: setattr(self.session, "prefs", now))

    def _set_lock(self, minutes: int) -> None:
        """One's own idle lock, never longer than the house's (the services check it)."""
        def done(_: object) -> None:
            self.settings.lock_minutes = minutes
            self.settings.save()
            self._remember()
            self.lock_minutes_changed.emit(minutes)

        self.session.call(preferences.set_own_lock, minutes, on_done=done,
                          on_error=self._report)

    def _set_own_language(self, code: str) -> None:
        """One's own language: it follows the person, and the lock screen speaks it."""
        def done(_: object) -> None:
            self.session.call(preferences.effective, on_done=speak)

        def speak(now: preferences.Effective) -> None:
            self.session.prefs = now
            self.language_changed.emit(code)

        self.session.call(preferences.set_own_language, code, on_done=done,
                          on_error=self._report)

    def _set_house_lock(self) -> None:
        minutes = self.house_lock.value()
        prefs = self.session.prefs
        if not self.managing_house or (prefs is not None and prefs.house_lock == minutes):
            return
        self.session.call(preferences.set_house_lock, minutes, on_error=self._report,
                          on_done=self._remember)

    def _set_house_language(self) -> None:
        code = self.house_language.currentData()
        if not self.managing_house or code is None:
            return
        self.session.call(preferences.set_house_language, code, on_error=self._report,
                          on_done=self._remember)

    def _choose_backup_folder(self) -> None:
        if not self.managing_house:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for daily backups"))
        if not folder:
            return

        def done(_: object) -> None:
            self.settings.backup_folder = folder
            self.settings.save()
            self.backup_folder.setText(folder)
            self.backup_now.setEnabled(True)
            self._remember()
            self.backup_settings_changed.emit()

        self.session.call(preferences.set_backup_folder, folder, on_done=done,
                          on_error=self._report)

    def back_up_now(self) -> None:
        """A backup at once, e.g. before a laptop goes for repair; says where it went."""
        if not self.settings.backup_folder:
            return
        self.backup_message.show()
        busy = Busy(self.backup_now, self.backup_message, self.tr("Writing the backup…"))
        self.session.call(backups.run_now, Path(self.settings.backup_folder),
                          self.settings.backup_keep, on_error=busy.failed(self.problem),
                          on_done=busy.done(lambda path: self.tr(
                              "Backup written to {0}").format(Path(path).resolve())))

    def _set_keep(self, keep: int) -> None:
        self.settings.backup_keep = keep
        self.settings.save()

    def _passphrase_fields(self, label: str) -> list[FormField]:
        return [FormField("passphrase", label, "new-password"),
                FormField("again", self.tr("The same again"), "password")]

    def _twice(self, values: dict[str, Any]) -> str:
        """The passphrase, once it was typed the same way twice."""
        if values.pop("again") != values["passphrase"]:
            raise InvalidValue("again", self.tr("The two passphrases differ."))
        return str(values.pop("passphrase"))

    def add_staff(self) -> RecordForm:
        """One form: name, role and their passphrase twice; refusals beside the field."""
        fields = [FormField("display_name", self.tr("Name")),
                  FormField("role", self.tr("Role"), "choice", Role.STAFF.value,
                            [(word(r), r.value) for r in Role]),
                  *self._passphrase_fields(self.tr("Their passphrase (they type it "
                                                   "themselves)"))]

        def save(ctx: Context, **values: Any) -> Any:
            passphrase = self._twice(values)
            return staff.add(ctx, values["display_name"], values["role"], passphrase)

        form = run_form(self.session, RecordForm(self.tr("Add staff member"), fields, self),
                        save)
        form.accepted.connect(self.refresh)
        return form

    def _add(self) -> None:
        self.add_staff()

    def _gives(self, s: Staff) -> str:
        if s.role is not Role.STAFF:
            return self.tr("by role") if may_give(s.role, False) else "–"
        return self.tr("trained") if s.med_trained else self.tr("not trained")

    def _trained_label(self) -> None:
        """The button says what it will do for the person chosen."""
        index = self.view.currentIndex()
        member = self.model.row_at(index.row()) if index.isValid() else None
        self.trained.setText(self.tr("No longer trained to give medicines")
                             if member is not None and member.med_trained
                             else self.tr("Trained to give medicines"))

    def _trained_done(self, result: Any) -> None:
        self.model.update_row(result.record)  # in place: the person stays chosen
        self._trained_label()

    def toggle_trained(self) -> QMessageBox | None:
        """The chosen staff member is now trained to give medicines, or no longer is: asked
        first, naming the person and what changes (one click took it away unasked)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        member = self.model.row_at(index.row())
        if member.role is not Role.STAFF:
            self.message.setText(self.tr("Clinicians and managers give medicines by their "
                                         "role; the training is recorded for staff."))
            return None
        text = (self.tr("{0} will no longer be able to record medicines as given.")
                if member.med_trained else
                self.tr("{0} will be able to record medicines as given.")).format(
                    member.display_name)
        ask = QMessageBox(QMessageBox.Icon.Question, self.tr("Training to give medicines"),
                          text, QMessageBox.StandardButton.Ok
                          | QMessageBox.StandardButton.Cancel, self)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.accepted.connect(lambda: self.session.call(
            staff.set_trained, member.id, not member.med_trained, on_error=self._report,
            on_done=self._trained_done))
        self.confirm = ask
        ask.open()
        return ask

    def _remove(self) -> QMessageBox | None:
        """Asked first: removing someone cannot be undone by a click."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        member = self.model.row_at(index.row())
        ask = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove a staff member"),
                          self.tr("Remove {0}? They will no longer unlock SafeHaven on any "
                                  "laptop of the house. Their records stay.").format(
                                      member.display_name),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.accepted.connect(lambda: self.session.call(
            staff.remove, member.id, on_error=self._report, on_done=lambda _: self.refresh()))
        self.confirm = ask
        ask.open()
        return ask

    def change_passphrase(self) -> RecordForm:
        def work(ctx: Context, **values: Any) -> None:
            passphrase = self._twice(values)
            assert ctx.actor is not None
            staff.change_passphrase(ctx, ctx.actor.id, passphrase)

        form = run_form(self.session, RecordForm(
            self.tr("Change my passphrase"), self._passphrase_fields(self.tr("New passphrase")),
            self), work)
        form.accepted.connect(lambda: self.message.setText(
            self.tr("Your passphrase was changed.")))
        return form

    def _change_passphrase(self) -> None:
        self.change_passphrase()

    def set_passphrase(self, member_id: str, name: str) -> RecordForm:
        """A manager gives a colleague a new passphrase (after a recovery-key reset, or
        when one was forgotten or seen by someone else)."""
        def work(ctx: Context, **values: Any) -> None:
            staff.change_passphrase(ctx, member_id, self._twice(values))

        form = run_form(self.session, RecordForm(
            self.tr("New passphrase for %1").replace("%1", name),
            self._passphrase_fields(self.tr("New passphrase")), self), work)
        form.accepted.connect(lambda: self.message.setText(
            self.tr("%1 has a new passphrase, on every laptop of the house once they "
                    "sync.").replace("%1", name)))
        return form

    def _set_passphrase(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choose a staff member in the list first."))
            return
        member = self.model.row_at(index.row())
        self.set_passphrase(member.id, member.display_name)
