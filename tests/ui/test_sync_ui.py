"""The app syncs in the background, shows what happened, and joins a house with a code."""

from __future__ import annotations

from pathlib import Path

import pytest

from safehaven.domain.models import Resident
from safehaven.server.admin import create_org
from safehaven.services import residents
from safehaven.services.context import Context
from safehaven.store import reads
from safehaven.store.vault import Vault
from safehaven.sync.client import connect
from safehaven.sync.enrolment import create_code
from safehaven.sync.replica import server_link
from safehaven.sync.rounds import sync_round
from safehaven.ui.shell import Shell
from tests.conftest import PASSPHRASE
from tests.sync.server_harness import LiveServer
from tests.ui.conftest import unlock


@pytest.fixture
def server(tmp_path: Path):
    server = LiveServer(tmp_path / "server")
    yield server
    server.stop()


def test_background_sync_sends_changes_and_survives_the_server_going_away(
        window, vault_dir: Path, server: LiveServer, qtbot) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager") as vault:
        connect(vault, server.url, create_org(server.storage, "Harbour"))
        site_id = vault.site_id
    unlock(window)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    runner = shell.background_sync
    assert runner.url == server.url and runner.timer.isActive()  # starts by itself
    with qtbot.waitSignal(runner.finished, timeout=15_000) as round_:
        runner.run_now()
    assert round_.args[0]["pushed"] > 5
    assert server.storage.state(site_id)["count"] == round_.args[0]["pushed"]
    assert "last sync: 20" in shell.sync_page.summary.text()
    server.stop()
    with qtbot.waitSignal(runner.failed, timeout=15_000):
        runner.run_now()
    assert "cannot be reached" in shell.sync_page.problem_label.text()
    assert runner.wait_ms > 60_000  # it backs off while the server is away
    restarted = LiveServer(server.data, server.port)
    try:
        ctx = window.session.ctx
        residents.add(ctx, "Written while offline")
        with qtbot.waitSignal(runner.finished, timeout=15_000) as round_:
            runner.run_now()
        assert round_.args[0]["pushed"] >= 1 and round_.args[0]["digest_matches"]
        assert runner.wait_ms == 60_000
    finally:
        restarted.stop()


def test_a_checkin_pulled_in_the_background_appears_on_the_open_pages(
        window, vault_dir: Path, server: LiveServer, qtbot, tmp_path: Path) -> None:
    """Another laptop checks Boris in; this laptop's background round pulls it, and the
    open resident page, Today and the residents table show it without reopening: the
    session announces what sync applied as it announces a save."""
    from safehaven.services import checkins
    from safehaven.store import crypto
    from safehaven.sync.enrolment import join

    with Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager") as vault:
        connect(vault, server.url, create_org(server.storage, "Harbour"))
        code = create_code(vault, "Office laptop")
        boris = next(r.id for r in reads.all_of(vault.conn, Resident)
                     if r.preferred_name == "Бoris")
    other, _ = join(tmp_path / "other", server.url, code, "Sam Staff", PASSPHRASE,
                    kdf=crypto.MIN_KDF)
    unlock(window)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    runner = shell.background_sync
    with qtbot.waitSignal(runner.finished, timeout=15_000):
        runner.run_now()  # the manager's laptop is up to date; nothing to show yet
    shell.open_resident(boris)
    page = shell.detail
    assert page is not None and page.checkins_model.rowCount() == 0

    def waiting_ids() -> list[str]:
        model = shell.today.waiting
        return [model.row_at(i).id for i in range(model.rowCount())]

    def boris_row() -> object:
        model = shell.residents.model
        return next(model.row_at(i) for i in range(model.rowCount())
                    if model.row_at(i).id == boris)

    assert boris in waiting_ids() and boris_row().last_mood is None
    try:
        checkins.record(Context.for_vault(other), boris, 2, note="Seen at the other laptop")
        sync_round(other)
    finally:
        other.close()
    heard: list[tuple] = []
    window.session.changed.connect(heard.append)
    with qtbot.waitSignal(runner.finished, timeout=15_000) as round_:
        runner.run_now()
    assert round_.args[0]["applied"] == 1
    assert page.checkins_model.rowCount() == 1  # the open page, without reopening
    assert boris not in waiting_ids()  # Today: checked in now
    assert boris_row().last_mood == 2  # the residents table
    [changes] = heard
    assert {(c.table, c.resident_id, c.remote) for c in changes} >= {
        ("check_ins", boris, True)}
    assert not runner.timer.isActive() or runner.timer.remainingTime() > 10_000  # no echo


def test_a_new_laptop_joins_from_the_first_run_wizard(
        qtbot, vault_dir: Path, server: LiveServer, tmp_path: Path) -> None:
    from safehaven.ui.app import Window
    from safehaven.ui.firstrun import FirstRunWizard
    from safehaven.ui.settings import Settings
    from safehaven.ui.tasks import Tasks

    with Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager") as vault:
        connect(vault, server.url, create_org(server.storage, "Harbour"))
        code = create_code(vault, "Office laptop")
        expected = {r.preferred_name for r in reads.all_of(vault.conn, Resident)}
    win = Window(tmp_path / "new", Settings(path=tmp_path / "s.json"), Tasks(synchronous=True))
    qtbot.addWidget(win)
    win.show()
    wizard = win.wizard
    assert isinstance(wizard, FirstRunWizard)
    wizard.start.join.setChecked(True)
    wizard.next()
    d = wizard.details
    assert d.joining and not d.isComplete()
    d.server.setText(server.url)
    d.code.setText(code)
    d.name.setText("Sam Staff")  # someone the house knows: her own passphrase, no other
    d.passphrase.setText(PASSPHRASE)
    d.confirm.setText(PASSPHRASE)
    assert d.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.recovery, d.hint.text()
    wizard.recovery.written.setChecked(True)
    wizard.accept()
    assert isinstance(win.centralWidget(), Shell)
    ctx: Context = win.session.ctx
    assert {r.preferred_name for r in reads.all_of(ctx.conn, Resident)} == expected
    assert ctx.actor is not None and ctx.actor.display_name == "Sam Staff"
    assert server_link.server_link(ctx.conn).url == server.url
    win.session.lock()


def test_a_manager_makes_a_code_for_a_new_colleague_in_one_dialog(
        window, vault_dir: Path, server: LiveServer, qtbot) -> None:
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit

    from safehaven.domain.models import Staff

    with Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager") as vault:
        connect(vault, server.url, create_org(server.storage, "Harbour"))
    unlock(window)
    page = window.centralWidget().sync_page
    dialog = page._add_laptop()
    laptop, person = dialog.findChildren(QLineEdit)
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # a laptop needs a name: nothing is made without one
    problem = next(w for w in dialog.findChildren(QLabel) if w.objectName() == "error")
    assert problem.isVisibleTo(dialog) and "name" in problem.text()
    laptop.setText("Night laptop")
    person.setText("Noor Haddad")
    role = dialog.findChild(QComboBox)
    role.setCurrentIndex(role.findData("clinician"))
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: getattr(page, "code_box", None) is not None, timeout=15_000)
    code = page.code_box.informativeText()
    assert len(code.replace("-", "")) >= 20
    roster = {s.display_name: s.role for s in reads.all_of(window.session.ctx.conn, Staff)}
    assert str(roster["Noor Haddad"]) == "clinician"


def test_a_code_that_cannot_be_made_keeps_the_dialog_open_with_the_reason(
        window, vault_dir: Path, server: LiveServer, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

    with Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager") as vault:
        connect(vault, server.url, create_org(server.storage, "Harbour"))
    server.stop()  # the house's internet is down
    unlock(window)
    page = window.centralWidget().sync_page
    dialog = page._add_laptop()
    laptop, person = dialog.findChildren(QLineEdit)
    laptop.setText("Night laptop")
    person.setText("Noor Haddad")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    problem = next(w for w in dialog.findChildren(QLabel) if w.objectName() == "error")
    qtbot.waitUntil(lambda: problem.isVisibleTo(dialog), timeout=20_000)
    assert dialog.isVisible() and "reached" in problem.text()
    assert (laptop.text(), person.text()) == ("Night laptop", "Noor Haddad")  # kept


def test_documents_content_moves_after_the_round_off_the_database_thread(
        window, vault_dir: Path, server: LiveServer, qtbot) -> None:
    """The background round moves records only; the content mover sends the document's
    chunks afterwards, each request on a thread of its own (sync/files.Carrier)."""
    import os

    from safehaven.services import documents
    from safehaven.sync.replica import chunk_sync

    with Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager") as vault:
        connect(vault, server.url, create_org(server.storage, "Harbour"))
        ana = next(r.id for r in reads.all_of(vault.conn, Resident) if r.preferred_name == "Ana")
        documents.add(Context.for_vault(vault), ana, "other", os.urandom(200_000),
                      title="Scan")
    unlock(window)
    runner = window.centralWidget().background_sync
    threads: list[str] = []
    real_carry = runner.content.carrier.carry

    def carry(step):
        import threading
        threads.append(threading.current_thread().name)
        return real_carry(step)

    runner.content.carrier.carry = carry
    with qtbot.waitSignal(runner.finished, timeout=15_000) as round_:
        runner.run_now()
    assert round_.args[0]["chunks_sent"] == 0  # not in the round
    qtbot.waitUntil(lambda: not runner.content.running, timeout=15_000)
    assert runner.content.sent == 4 and set(threads) == {"safehaven-content"}
    assert chunk_sync.unsent_count(window.session.ctx.conn) == 0


def test_a_document_not_here_is_fetched_off_the_database_thread_then_opened(
        window, vault_dir: Path, server: LiveServer, qtbot, tmp_path: Path) -> None:
    """On demand: the background round brings the document's record, not its content;
    opening it fetches the content a step at a time (each request on a thread of its
    own, `ui/content_mover.py`), then shows it."""
    import os
    import threading

    from safehaven.domain.vocab import FetchPolicy
    from safehaven.services import documents
    from safehaven.store import crypto
    from safehaven.sync.enrolment import join
    from safehaven.sync.replica import chunk_sync
    from tests.ui.test_care_forms import select

    with Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager") as vault:
        connect(vault, server.url, create_org(server.storage, "Harbour"))
        chunk_sync.set_own_policy(vault, FetchPolicy.ON_DEMAND)
        code = create_code(vault, "Office laptop")
        ana = next(r.id for r in reads.all_of(vault.conn, Resident) if r.preferred_name == "Ana")
    other, _ = join(tmp_path / "other", server.url, code, "Sam Staff", PASSPHRASE,
                    kdf=crypto.MIN_KDF)
    content = os.urandom(300_000)
    try:
        documents.add(Context.for_vault(other), ana, "other", content, title="Scan")
        sync_round(other)  # the record and its five chunks
    finally:
        other.close()
    unlock(window)
    shell = window.centralWidget()
    runner = shell.background_sync
    with qtbot.waitSignal(runner.finished, timeout=15_000):
        runner.run_now()
    qtbot.waitUntil(lambda: not runner.content.running, timeout=15_000)
    assert runner.content.fetched == 0  # on demand: nothing fetched in the background
    shell.open_resident(ana)
    tab = shell.detail.documents_tab
    tab.refresh()
    select(tab.section, lambda x: x.document.title == "Scan")
    threads: list[str] = []
    real_carry = tab.fetcher.carrier.carry
    tab.fetcher.carrier.carry = lambda step: threads.append(
        threading.current_thread().name) or real_carry(step)
    with qtbot.waitSignal(tab.fetcher.finished, timeout=15_000) as fetched:
        tab.open_selected()
    assert fetched.args == [True] and tab.fetcher.fetched == 5
    assert set(threads) == {"safehaven-content"}
    assert tab.viewer is not None and tab.viewer.windowTitle() == "Scan"
    tab.viewer.close()
