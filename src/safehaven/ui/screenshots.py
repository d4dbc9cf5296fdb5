"""`safehaven screenshots`: every screen rendered offscreen to PNG, with the demo data."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from safehaven.services import contacts, measures, medication, restraints
from safehaven.services.permissions import Action
from safehaven.ui.app import Window, apply_language, install_fonts
from safehaven.ui.firstrun import FirstRunWizard
from safehaven.ui.look import STYLE, apply_look
from safehaven.ui.record_form import RecordForm
from safehaven.ui.resident_detail import ResidentPage
from safehaven.ui.schedule import SchedulePage
from safehaven.ui.settings import Settings, default_path
from safehaven.ui.tasks import Tasks


def _settle(ms: int = 0) -> None:
    """Let Qt finish painting (the PDF view renders its pages asynchronously)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QApplication.processEvents()


Visit = Callable[[QWidget, str], Path]


def _save(widget: QWidget, out: Path, name: str) -> Path:
    _settle(600 if name == "09-reports" else 0)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _forms(page: ResidentPage, visit: Visit) -> list[Path]:
    """Each care-record form as a worker first sees it (selected rows where one is needed)."""
    shots = []
    for section in (page.consent_tab.adults, page.referrals_tab.follow_ups):
        if section.model.rowCount():
            section.view.selectRow(0)
    openers = [("profile", page.open_profile_form), ("stage", page._move_stage),
               ("need", page.needs_tab.add), ("plan", page.therapy_tab.add_plan),
               ("booking", page.therapy_tab.book), ("consent", page.consent_tab.add_consent),
               ("vetting", page.consent_tab.vet), ("referral", page.referrals_tab.add_referral),
               ("follow-up-plan", page.referrals_tab.plan_follow_ups),
               ("follow-up-contact", page.referrals_tab.record_contact)]
    for name, opener in openers:
        form = opener()
        if form is None:
            continue
        shots.append(visit(form, f"07-form-{name}"))
        form.reject()
    return shots


def _safeguarding(shell: Any, visit: Visit) -> list[Path]:
    """The Safety tab's visits-and-contacts page for the resident with the most contacts
    (one flagged if any), and its restraints page for one who had a restraint (issue 27)."""
    ctx = shell.session.ctx
    logged = contacts.between(ctx, datetime.min, datetime.max)
    counts = Counter(c.resident_id for c in logged)
    flagged = [c.resident_id for c in logged if c.no_contact_id]
    held = [r.restraint.resident_id for r in restraints.between(ctx, datetime.min,
                                                                 datetime.max)]
    shots = []
    for name, who, part in (
            ("4b-safety-contacts", flagged[-1:] or [r for r, _ in counts.most_common(1)],
             "contacts"),
            ("4c-safety-restraints", held[-1:], "restraints")):
        if who:
            shell.open_resident(who[0])
        page = shell.detail
        page.tabs.setCurrentWidget(page.safety_tab)
        page.safety_tab.parts.setCurrentWidget(getattr(page.safety_tab, part))
        shots.append(visit(page.window(), f"05-resident-{name}"))
        page.safety_tab.parts.setCurrentIndex(0)
    return shots


def _clinical(window: QWidget, shell: Any, visit: Visit) -> list[Path]:
    """The Measures tab of the resident with the most scores, its form, a group booking
    and acknowledging an alert (for roles that see them)."""
    shots: list[Path] = []
    ctx = window.session.ctx  # type: ignore[attr-defined]
    if ctx is not None and ctx.may(Action.READ_MEASURES):
        counts = Counter(s.measure.resident_id for s in measures.all_scored(ctx))
        if counts:
            shell.open_resident(counts.most_common(1)[0][0])
            page = shell.detail
            page.tabs.setCurrentWidget(page.measures_tab)
            shots.append(visit(window, "05-resident-measures"))
            form = page.measures_tab.record()
            shots.append(visit(form, "07-form-measure"))
            form.reject()
    schedule_page = next(p for p in shell.pages if isinstance(p, SchedulePage))
    shell.nav.setCurrentRow(2)
    schedule_page.book_group()
    for form in schedule_page.findChildren(RecordForm):
        if form.isVisible():
            shots.append(visit(form, "07-form-group-session"))
            form.reject()
    shell.nav.setCurrentRow(0)
    today_page = shell.today
    if today_page.alerts.rowCount():
        today_page.alerts_view.selectRow(today_page.alerts.rowCount() - 1)
        form = today_page.acknowledge()
        if form is not None:
            shots.append(visit(form, "07-form-acknowledge-alert"))
            form.reject()
    return shots


def _health(window: QWidget, shell: Any, visit: Visit) -> list[Path]:
    """The Health tab of a resident with medicines, the dose form (allergies above it) and
    the prescription form; Today's medicines due are on 03-today."""
    ctx = window.session.ctx  # type: ignore[attr-defined]
    due = medication.due(ctx) if ctx is not None else []
    if not due:
        return []
    shell.open_resident(due[0].prescription.resident_id)
    tab = shell.detail.health_tab
    shell.detail.tabs.setCurrentWidget(tab)
    shots = [visit(window, "05-resident-health")]
    if tab.medicines.model.rowCount():
        tab.medicines.view.setCurrentIndex(tab.medicines.model.index(0, 0))
        form = tab.record_dose()
        if form is not None:
            shots.append(visit(form, "07-form-dose"))
            form.reject()
    if ctx.may(Action.MANAGE_MEDICATION):
        form = tab.prescribe()
        shots.append(visit(form, "07-form-prescription"))
        form.reject()
    return shots


def take(folder: Path, passphrase: str, staff: str | None, out: Path,
         language: str = "en") -> list[Path]:
    """Unlock `folder` and photograph each screen in `language`; returns the PNG paths."""
    out.mkdir(parents=True, exist_ok=True)
    return walk(folder, passphrase, staff, lambda widget, name: _save(widget, out, name),
                language)


def walk(folder: Path, passphrase: str, staff: str | None, visit: Visit,
         language: str = "en") -> list[Path]:
    """Show every screen in `language` (first run, unlock, each page and tab, the forms, the
    check-in) and hand each to `visit` with its name: the screenshots save them, the tests
    read their words."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    if app.styleSheet() != STYLE:  # once per process: restyling live widgets can crash Qt
        apply_look(app)
    install_fonts()
    language = apply_language(app, language)
    shots: list[Path] = []
    with TemporaryDirectory() as empty:
        wizard = FirstRunWizard()
        wizard.resize(640, 480)
        wizard.show()
        shots.append(visit(wizard, "01-first-run"))
        wizard.next()
        wizard.details.house.setText("Casa Esperanza")
        wizard.details.name.setText("Rosa")
        wizard.details.passphrase.setText("three quiet rivers")
        shots.append(visit(wizard, "01-first-run-details"))
        wizard.close()
        wizard.deleteLater()
        del empty
    window = Window(folder, Settings(language=language, path=default_path()),
                    Tasks(synchronous=True))
    window.resize(1180, 760)
    window.show()
    shots.append(visit(window, "02-unlock"))
    window.session.unlock(passphrase, staff, lambda e: (_ for _ in ()).throw(e))
    shell = window.shell
    assert shell is not None
    names = ["03-today", "04-residents", "08-schedule", "09-reports", "10-sync", "11-admin"]
    for row, name in zip(range(6), names, strict=True):
        shell.nav.setCurrentRow(row)
        if name == "09-reports":
            shell.pages[3].generate()  # type: ignore[attr-defined]
        shots.append(visit(window, name))
    shell.nav.setCurrentRow(1)
    first = shell.residents.model.ids[0]
    shell.open_resident(first)
    assert shell.detail is not None
    for i in range(shell.detail.tabs.count()):
        shell.detail.tabs.setCurrentIndex(i)
        tab = re.sub(r"\W+", "-", shell.detail.tabs.tabText(i).lower()).strip("-")
        shots.append(visit(window, f"05-resident-{i + 1}-{tab}"))
    shots += _safeguarding(shell, visit)
    shell.open_resident(first)
    assert shell.detail is not None
    shots += _forms(shell.detail, visit)
    shots += _clinical(window, shell, visit)
    shots += _health(window, shell, visit)
    shell.nav.setCurrentRow(0)
    shell.start_checkin(first, shell.residents.model.rows[first].preferred_name)
    dialog = shell.checkin_dialog
    assert dialog is not None
    dialog.mood.button(4).setChecked(True)
    shots.append(visit(dialog, "06-checkin"))
    dialog.reject()
    window.lock()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return sorted(shots)
