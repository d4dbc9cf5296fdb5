"""Transfers in the app (issue 30, item 1): a manager sends a child from their page (card,
fingerprint, file), records the receipt on Admin; a manager receives one on Admin
(preview, accept, receipt); staff see no transfer button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from safehaven.services import closures, residents, transfers
from safehaven.services.context import Context
from safehaven.store.vault import Vault
from tests.conftest import FAST
from tests.ui.conftest import PASSPHRASE, unlock


def _other_house(tmp_path: Path, name: str) -> Context:
    vault, _ = Vault.create(tmp_path / name, house=name, organisation="Org",
                            staff_name=f"{name} manager", passphrase=PASSPHRASE, kdf=FAST)
    vault.refresh_restricted()
    return Context.for_vault(vault)


def _answers(monkeypatch, opened: list[str], saved: list[str]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (opened.pop(0), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (saved.pop(0), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)


def test_a_manager_sends_a_child_and_records_the_receipt(window, tmp_path: Path,
                                                         monkeypatch) -> None:
    north = _other_house(tmp_path, "Casa Norte")
    transfers.write_card(north, tmp_path / "north.card")
    unlock(window)
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    page = shell.detail
    assert page.transfer_button.isVisibleTo(page)
    _answers(monkeypatch, [str(tmp_path / "north.card")], [str(tmp_path / "ana.transfer")])
    page.transfer()
    assert (tmp_path / "ana.transfer").exists()
    assert "Casa Norte" in page.facts.text() and "receipt" in page.facts.text()
    assert not page.transfer_button.isVisibleTo(page) and not page.case_button.isEnabled()

    incoming = transfers.open_package(north, tmp_path / "ana.transfer")
    transfers.accept(north, incoming, tmp_path / "receipt")
    north.vault.close()
    section = shell.admin.supervision
    _answers(monkeypatch, [str(tmp_path / "receipt")], [])
    section.record_receipt()
    assert not section.message.isHidden()
    assert closures.state(window.session.ctx, ana.id).closure is not None


def test_a_manager_receives_a_child_on_admin(window, vault_dir: Path, tmp_path: Path,
                                             monkeypatch) -> None:
    here = Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager", sleep=lambda s: None)
    transfers.write_card(Context.for_vault(here), tmp_path / "here.card")
    here.close()
    south = _other_house(tmp_path, "Casa Sur")
    rid = residents.add(south, "Lina").record.id
    card = transfers.read_card(south, tmp_path / "here.card")
    transfers.send(south, rid, card, tmp_path / "lina.transfer")
    south.vault.close()

    unlock(window)
    dialog = window.centralWidget().admin.supervision.open_receive()
    assert not dialog.accept_button.isEnabled()
    dialog.load(tmp_path / "lina.transfer")
    assert "Lina" in dialog.preview.text() and "Casa Sur" in dialog.preview.text()
    dialog.answer(False)  # declining needs a reason: nothing asked, nothing written
    assert dialog.message.text() and dialog.accept_button.isEnabled()
    assert not (tmp_path / "receipt").exists()
    _answers(monkeypatch, [], [str(tmp_path / "receipt")])
    dialog.answer(True)
    assert (tmp_path / "receipt").exists()
    assert residents.get(window.session.ctx, rid).preferred_name == "Lina"
    dialog.load(tmp_path / "lina.transfer")  # brought again: nothing to press
    assert not dialog.accept_button.isEnabled()


def test_staff_see_no_transfer(window) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    assert not shell.detail.transfer_button.isVisibleTo(shell.detail)


def test_a_child_the_house_may_know_is_asked_about_before_accepting(
        window, vault_dir: Path, tmp_path: Path, monkeypatch) -> None:
    here = Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager", sleep=lambda s: None)
    transfers.write_card(Context.for_vault(here), tmp_path / "here.card")
    here.close()
    south = _other_house(tmp_path, "Casa Sur")
    rid = residents.add(south, "Fatima").record.id  # the house has a Fatima of its own
    transfers.send(south, rid, transfers.read_card(south, tmp_path / "here.card"),
                   tmp_path / "fatima.transfer")
    south.vault.close()

    unlock(window)
    dialog = window.centralWidget().admin.supervision.open_receive()
    dialog.load(tmp_path / "fatima.transfer")
    assert dialog.incoming.known and dialog.incoming.known_words in dialog.preview.text()
    asked: list[str] = []
    replies = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or replies.pop(0))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "receipt"), ""))
    dialog.answer(True)  # the fingerprint yes, the "may already know" no: nothing written
    assert asked[-1] == dialog.incoming.known_words and not (tmp_path / "receipt").exists()
    assert not any(r.id == rid for r in residents.overview(window.session.ctx))
    _answers(monkeypatch, [], [str(tmp_path / "receipt")])
    dialog.answer(True)
    assert residents.get(window.session.ctx, rid).preferred_name == "Fatima"
