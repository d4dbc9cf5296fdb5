"""Sync: the server link, conflicts to review, the house's laptops, USB bundles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehaven import formats
from safehaven.domain.vocab import FetchPolicy, Role
from safehaven.services import document_fetch, sync_status
from safehaven.services.context import Result
from safehaven.services.permissions import Action
from safehaven.ui.background_sync import BackgroundSync
from safehaven.ui.bidi import wrapping
from safehaven.ui.busy import Busy
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import Page, heading, table_view
from safehaven.ui.session import Session
from safehaven.ui.words import word


class _Row:
    def __init__(self, ident: str, **values: Any) -> None:
        self.id = ident
        self.__dict__.update(values)


def _row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side, from the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _short(value: str | None) -> str:
    """A stored JSON value as a person reads it."""
    if value is None:
        return "–"
    text = value.strip('"') if value.startswith('"') else value
    return "–" if text in ("null", "") else text


class SyncPage(Page):
    def __init__(self, session: Session, background: BackgroundSync | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.background = background
        self.summary = QLabel()
        wrapping(self.summary)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("error")
        wrapping(self.problem_label)
        self.message = QLabel()
        wrapping(self.message)
        text = QLabel(self.tr(
            "Changes travel end-to-end encrypted: through your organisation's server when "
            "this laptop can reach it (in the background, every minute), or on a USB stick "
            "(export here, import on the other laptop). Nothing is lost while you wait."))
        wrapping(text)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self._sync_now)
        export = QPushButton(self.tr("Export a bundle for a USB stick…"))
        export.clicked.connect(self._export)
        self.export_button = export
        import_ = QPushButton(self.tr("Import a bundle…"))
        import_.clicked.connect(self._import)
        buttons = _row(self.sync_button, export, import_)
        # what this laptop fetches of documents in the background (a netbook: less)
        self.fetch_choice = QComboBox()
        self.fetch_choice.setAccessibleName(self.tr("Documents this laptop fetches"))
        self.fetch_choice.activated.connect(self._fetch_chosen)
        fetch_row = QHBoxLayout()
        fetch_row.addWidget(QLabel(self.tr("Documents this laptop fetches:")))
        fetch_row.addWidget(self.fetch_choice, 1)

        self.conflicts = RowsModel([
            Column(self.tr("Record"), lambda r: r.table),
            Column(self.tr("Field"), lambda r: r.field),
            Column(self.tr("Kept"), lambda r: r.kept),
            Column(self.tr("Not kept"), lambda r: r.lost),
        ])
        self.conflict_view = table_view(self.conflicts)
        keep = QPushButton(self.tr("Confirm the kept value"))
        keep.clicked.connect(lambda: self._resolve(keep=True))
        reverse = QPushButton(self.tr("Use the other value instead"))
        reverse.clicked.connect(lambda: self._resolve(keep=False))
        conflict_buttons = _row(keep, reverse)

        self.devices = RowsModel([
            Column(self.tr("Laptop"), lambda r: r.name),
            Column(self.tr("Since"), lambda r: r.since),
            Column(self.tr("Newest change here"), lambda r: r.newest),
            Column(self.tr("Status"), lambda r: r.status),
        ])
        self.device_view = table_view(self.devices)
        add = QPushButton(self.tr("Add a laptop…"))
        add.clicked.connect(self._add_laptop)
        revoke = QPushButton(self.tr("Revoke the selected laptop…"))
        revoke.clicked.connect(self._revoke)
        device_buttons = _row(add, revoke)
        self.manager_widgets = [keep, reverse, add, revoke]
        self.add_button = add

        self.quarantine = RowsModel([
            Column(self.tr("Change set"), lambda r: r.id),
            Column(self.tr("Why it was set aside"), lambda r: r.reason),
        ])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sync")))
        layout.addWidget(text)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        layout.addLayout(fetch_row)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Edited on two laptops at once (to review)")))
        layout.addWidget(self.conflict_view, 2)
        layout.addLayout(conflict_buttons)
        layout.addWidget(QLabel(self.tr("This house's laptops")))
        layout.addWidget(self.device_view, 2)
        layout.addLayout(device_buttons)
        layout.addWidget(QLabel(self.tr("Set aside (could not be verified or applied)")))
        layout.addWidget(table_view(self.quarantine), 1)
        if background is not None:
            background.finished.connect(lambda _: self.refresh())
            background.failed.connect(self.problem_label.setText)
        self.refresh()

    def refresh(self) -> None:
        self.session.call(sync_status.status, on_done=self._show)
        self.session.call(sync_status.devices, on_done=self._show_devices)
        self.session.call(document_fetch.policy, on_done=self._show_fetch)

    def _show_fetch(self, policy: document_fetch.Policy) -> None:
        if not shiboken6.isValid(self):
            return
        choice = self.fetch_choice
        choice.clear()
        choice.addItem(self.tr("As the house chose ({0})").format(word(policy.house)), None)
        for p in FetchPolicy:
            choice.addItem(word(p), p.value)
        choice.setCurrentIndex(choice.findData(policy.laptop.value) if policy.laptop else 0)

    def _fetch_chosen(self, index: int) -> None:
        self.session.call(document_fetch.set_laptop_policy, self.fetch_choice.itemData(index),
                          on_done=self._show_fetch, on_error=self._report)

    def _show(self, status: dict[str, Any]) -> None:
        counts = self.tr("Changes written on this laptop: {0} · received from other "
                         "laptops: {1}").format(status["local_changesets"],
                                                status["received_changesets"])
        if status["server"]:
            last = status["last_sync"] or self.tr("not yet")
            self.summary.setText(self.tr("Server: {0} · last sync: {1}").format(
                status["server"], last.replace("T", " ").replace("+00:00", " UTC")) +
                "\n" + counts)
            problems = [status["last_error"] or ""]
            if status["clock_off_minutes"]:
                problems.append(self.tr(
                    "This laptop's clock is %n minute(s) off the server's: set the date and "
                    "time, or its changes may be set aside by the other laptops.", "",
                    abs(status["clock_off_minutes"])))
            if status.get("update") == "required":
                problems.append(self.tr("The server needs a newer SafeHaven ({0}) on this "
                                        "laptop: ask your administrator to update it.").format(
                                            status["minimum_version"]))
            elif status.get("update") == "available":
                problems.append(self.tr("SafeHaven {0} is available: ask your administrator "
                                        "to update this laptop.").format(
                                            status["latest_version"]))
            self.problem_label.setText("\n".join(p for p in problems if p))
        else:
            self.summary.setText(self.tr("This laptop is not connected to a server; use USB "
                                         "bundles, or ask your administrator to connect it.")
                                 + "\n" + counts)
        self.sync_button.setEnabled(bool(status["server"]))
        manager = self.session.ctx is not None and self.session.ctx.may(Action.MANAGE_STAFF)
        for widget in self.manager_widgets:
            widget.setEnabled(manager)
        self.add_button.setEnabled(manager and bool(status["server"]))  # codes need a server
        self.conflicts.set_rows([_Row(c["id"], table=c["record"], field=c["field_label"],
                                      kept=_short(c["kept_value"]),
                                      lost=_short(c["lost_value"]))
                                 for c in status["conflicts"]])
        self.quarantine.set_rows([_Row(q["changeset"], reason=q["reason"])
                                  for q in status["quarantined"]])

    def _device_name(self, name: str) -> str:
        """A laptop's own default name ("this laptop", given at creation) in today's words."""
        return self.tr("this laptop") if name == "this laptop" else name

    def _show_devices(self, devices: list[dict[str, Any]]) -> None:
        def status(d: dict[str, Any]) -> str:
            if d["revoked"]:
                return self.tr("revoked")
            if d["waiting_for_gap"]:
                # a change set from it is missing (left out by the server or a bundle):
                # the later ones wait for it
                return self.tr("%n change(s) wait for a missing one", "",
                               d["waiting_for_gap"])
            return self.tr("this laptop") if d["this_laptop"] else self.tr("active")

        def newest(d: dict[str, Any]) -> str:
            if not d["newest_at"]:
                return self.tr("nothing yet")
            when = datetime.fromisoformat(d["newest_at"])
            hours = int((datetime.now(UTC) - when).total_seconds() // 3600)
            stamp = formats.day_time(when.astimezone(), weekday=False, year=True)
            return (self.tr("%1 (%n hour(s) ago)", "", hours).replace("%1", stamp)
                    if hours >= 1 else stamp)

        self.devices.set_rows([_Row(d["id"], name=self._device_name(d["name"]),
                                    since=_day_of(d["enrolled_at"]),
                                    newest=newest(d), status=status(d)) for d in devices])

    def _report(self, error: BaseException) -> None:
        self.message.setText(self.problem(error))

    def _selected(self, view: QTableView, model: RowsModel) -> Any | None:
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def _then_refresh(self, text: Callable[[Any], str]) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            self.message.setText(text(result))
            self.refresh()
        return done

    # -- actions --------------------------------------------------------------------------
    def _sync_now(self) -> None:
        self.message.setText(self.tr("Syncing…"))
        shown = self._then_refresh(lambda r: self.tr(
            "Sent {0}, received {1}, conflicts {2}.").format(
                r.record["pushed"], r.record["applied"], r.record["conflicts"]))

        def done(result: Any) -> None:
            shown(result)
            if self.background is not None:  # documents' content, off the database thread
                self.background.content.start()
        self.session.call(sync_status.sync_now, quick=True, content=self.background is None,
                          on_error=self._report, on_done=done)

    def _resolve(self, *, keep: bool) -> None:
        row = self._selected(self.conflict_view, self.conflicts)
        if row is None:
            self.message.setText(self.tr("Choose a conflict in the list first."))
            return
        self.session.call(sync_status.resolve_conflict, row.id, keep=keep,
                          on_error=self._report, on_done=self._then_refresh(
                              lambda _: self.tr("Done; the other laptops get it at the next "
                                                "sync.")))

    def _add_laptop(self) -> QDialog:
        """The laptop's name and, for a new colleague, who they are and their role: they
        go on the staff list now and the code is theirs alone."""
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Add a laptop"))
        laptop = QLineEdit()
        person = QLineEdit()
        person.setPlaceholderText(self.tr("Leave empty if only existing staff will use it"))
        role = QComboBox()
        for value in (Role.STAFF, Role.CLINICIAN, Role.MANAGER):
            role.addItem(word(value), value.value)
        form = QFormLayout()
        form.addRow(self.tr("What should the new laptop be called?"), laptop)
        form.addRow(self.tr("New colleague's name (optional)"), person)
        form.addRow(self.tr("Their role"), role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the code"))
        buttons.rejected.connect(dialog.reject)
        problem = QLabel()
        problem.setObjectName("error")
        wrapping(problem)
        problem.hide()

        def refused(error: BaseException) -> None:
            """The dialog stays open with what was typed; the reason is said in it."""
            if shiboken6.isValid(dialog):
                problem.setText(self.problem(error))
                problem.show()
                ok.setEnabled(True)

        def made(code: sync_status.NewCode) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()
            self._show_code(code)

        def make() -> None:
            if not laptop.text().strip():
                problem.setText(self.tr("Give the new laptop a name."))
                problem.show()
                laptop.setFocus()
                return
            problem.hide()
            ok.setEnabled(False)
            self.session.call(sync_status.enrol_code, laptop.text().strip(),
                              person.text().strip() or None, role.currentData(),
                              on_error=refused, on_done=made)

        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(make)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(problem)
        layout.addWidget(buttons)
        dialog.open()
        self.add_dialog = dialog
        return dialog

    def _show_code(self, made: sync_status.NewCode) -> None:
        self.refresh()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Enrolment code"))
        box.setText(self.tr("On the new laptop, choose “Join an existing house” and type this "
                            "code. It works once, until {0}. Read it out; do not send it by "
                            "e-mail or chat.").format(sync_status.code_expiry(made.expires)))
        box.setInformativeText(made.code)
        box.open()
        self.code_box = box

    def _revoke(self) -> None:
        row = self._selected(self.device_view, self.devices)
        if row is None:
            self.message.setText(self.tr("Choose a laptop in the list first."))
            return
        answer = QMessageBox.question(self, self.tr("Revoke laptop"), self.tr(
            "Revoke “{0}”? It will no longer receive anything, and the house gets a new key "
            "for everything written from now on. Do this for a lost or stolen laptop.").format(
                row.name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.session.call(sync_status.revoke_device, row.id, on_error=self._report,
                              on_done=self._then_refresh(lambda _: self.tr(
                                  "Revoked. The server is told at the next sync.")))

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export bundle"),
                                              "safehaven.bundle",
                                              self.tr("Sync bundles (*.bundle)"))
        if not path:
            return
        written = str(Path(path).resolve())
        busy = Busy(self.export_button, self.message,
                    self.tr("Writing the bundle to {0}… Leave the USB stick in.").format(written))
        self.session.call(sync_status.export_bundle, path, on_error=busy.failed(self.problem),
                          on_done=busy.done(lambda n: self.tr(
                              "%n change set(s) written to {0}. You can take the USB stick "
                              "out now.", "", n).format(written)))

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import bundle"), "",
                                              self.tr("Sync bundles (*.bundle)"))
        if path:
            self.session.call(sync_status.import_bundle, path, on_error=self._report,
                              on_done=self._imported)

    def _imported(self, result: Result[dict[str, Any]]) -> None:
        """The session has announced what the bundle applied (screens refresh)."""
        report = result.record
        self.message.setText(self.tr("Applied {0}, already here {1}, conflicts {2}, set aside "
                                     "{3}.").format(report["applied"], report["skipped"],
                                                    report["conflicts"],
                                                    len(report["quarantined"])))
        if report["dropped"]:
            self.message.setText(self.message.text() + " " + self.tr(
                "%n damaged line(s) of the bundle dropped: export it again to bring what "
                "they carried.", "", report["dropped"]))
        self.refresh()


def _day_of(stamp: Any) -> str:
    """A stored ISO date or time as the user's language writes the day."""
    try:
        return formats.day(date.fromisoformat(str(stamp)[:10]))
    except ValueError:
        return "–"
