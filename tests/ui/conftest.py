"""Qt tests run offscreen, with background work made synchronous."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"  # a first run picks the system's language: English here

from safehaven import clock
from safehaven.domain.vocab import Role
from safehaven.services import checkins, needs, notes, residents, staff
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault
from tests.conftest import PASSPHRASE

FAST = crypto.MIN_KDF


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp) -> Iterator[None]:
    """Windows and dialogs a test leaves open are hidden and deleted after it: left, each
    one is laid out and polished again whenever a later test changes the style or language
    (the UI tests took 12 minutes with them, 3 without)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    yield
    for widget in QApplication.topLevelWidgets():
        if widget not in before:
            widget.hide()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(autouse=True, scope="session")
def english(qapp) -> None:
    """English as the app runs it: with its file, which gives counts their plural forms."""
    from safehaven.ui.app import apply_language

    apply_language(qapp, "en")


@pytest.fixture(scope="session")
def _vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small house: three residents, a staff member and a clinician, some records; made
    once per run (three Argon2id derivations and a dozen writes) and copied for each test."""
    folder = tmp_path_factory.mktemp("ui-template") / "vault"
    vault, _ = Vault.create(folder, house="Casa Prueba", organisation="Org",
                            staff_name="Maria Manager", passphrase=PASSPHRASE, kdf=FAST)
    ctx = Context.for_vault(vault)
    staff.add(ctx, "Sam Staff", Role.STAFF, PASSPHRASE, FAST)
    clinician = staff.add(ctx, "Cleo Clinician", Role.CLINICIAN, PASSPHRASE, FAST).record
    early = clock.today().replace(day=1) if clock.today().day > 1 else clock.today()
    ana = residents.add(ctx, "Ana", intake_date=early, stage="stabilization").record.id
    residents.add(ctx, "Бoris", intake_date=early, stage="recovery")
    residents.add(ctx, "Fatima", intake_date=early, stage="recovery")
    checkins.record(ctx, ana, 4)
    needs.add(ctx, ana, "education", priority="high")
    notes.write(Context(vault, clinician), ana, "Clinical only: grounding practised.",
                kind="clinical")
    notes.write(ctx, ana, "Played football after school.")
    vault.close()
    return folder


@pytest.fixture
def vault_dir(tmp_path: Path, _vault_template: Path) -> Path:
    """A copy of the small house of `_vault_template`, the test's own."""
    folder = tmp_path / "vault"
    shutil.copytree(_vault_template, folder)
    return folder


@pytest.fixture
def window(qtbot, vault_dir: Path, tmp_path: Path) -> Iterator:
    from safehaven.ui.app import Window
    from safehaven.ui.settings import Settings
    from safehaven.ui.tasks import Tasks

    win = Window(vault_dir, Settings(path=tmp_path / "settings.json"), Tasks(synchronous=True))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.session.lock()


def unlock(window, who: str = "Maria Manager", passphrase: str = PASSPHRASE) -> None:
    view = window.centralWidget()
    view.staff.setCurrentText(who)
    view.passphrase.setText(passphrase)
    view.button.click()
