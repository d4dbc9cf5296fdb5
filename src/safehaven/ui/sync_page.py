"""Sync: what is waiting, conflicts to review, quarantined change sets, USB bundles."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from safehaven.services import sync_status
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import Page, heading, table_view
from safehaven.ui.session import Session


class _Row:
    def __init__(self, ident: str, **values: Any) -> None:
        self.id = ident
        self.__dict__.update(values)


class SyncPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        text = QLabel(self.tr(
            "Changes travel end-to-end encrypted: on a USB stick today (export here, import on "
            "the other laptop), and through your organisation's server when it is set up. "
            "Nothing is lost while you wait."))
        text.setWordWrap(True)
        export = QPushButton(self.tr("Export a bundle for a USB stick…"))
        export.clicked.connect(self._export)
        import_ = QPushButton(self.tr("Import a bundle…"))
        import_.clicked.connect(self._import)
        buttons = QHBoxLayout()
        buttons.addWidget(export)
        buttons.addWidget(import_)
        buttons.addStretch(1)
        self.conflicts = RowsModel([
            Column(self.tr("Record"), lambda r: r.table),
            Column(self.tr("Field"), lambda r: r.field),
            Column(self.tr("Kept"), lambda r: r.kept),
            Column(self.tr("Not kept"), lambda r: r.lost),
        ])
        self.quarantine = RowsModel([
            Column(self.tr("Change set"), lambda r: r.id),
            Column(self.tr("Why it was set aside"), lambda r: r.reason),
        ])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sync")))
        layout.addWidget(text)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Edited on two laptops at once (to review)")))
        layout.addWidget(table_view(self.conflicts))
        layout.addWidget(QLabel(self.tr("Set aside (could not be verified or applied)")))
        layout.addWidget(table_view(self.quarantine))
        self.refresh()

    def refresh(self) -> None:
        self.session.call(sync_status.status, on_done=self._show)

    def _show(self, status: dict[str, Any]) -> None:
        self.summary.setText(self.tr("Changes written on this laptop: {0} · received from "
                                     "other laptops: {1}").format(
            status["local_changesets"], status["received_changesets"]))
        self.conflicts.set_rows([_Row(c["id"], table=c["table_name"], field=c["field"],
                                      kept=c["kept_value"], lost=c["lost_value"])
                                 for c in status["conflicts"]])
        self.quarantine.set_rows([_Row(q["changeset"], reason=q["reason"])
                                  for q in status["quarantined"]])

    def _report(self, error: BaseException) -> None:
        self.message.setText(self.problem(error))

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export bundle"),
                                              "safehaven.bundle",
                                              self.tr("Sync bundles (*.bundle)"))
        if path:
            self.session.call(sync_status.export_bundle, path, on_error=self._report,
                              on_done=lambda n: self.message.setText(
                                  self.tr("{0} change sets written.").format(n)))

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import bundle"), "",
                                              self.tr("Sync bundles (*.bundle)"))
        if path:
            self.session.call(sync_status.import_bundle, path, on_error=self._report,
                              on_done=self._imported)

    def _imported(self, report: dict[str, Any]) -> None:
        self.message.setText(self.tr("Applied {0}, already here {1}, conflicts {2}, set aside "
                                     "{3}.").format(report["applied"], report["skipped"],
                                                    report["conflicts"],
                                                    len(report["quarantined"])))
        self.refresh()
        self.session.changed.emit(())
