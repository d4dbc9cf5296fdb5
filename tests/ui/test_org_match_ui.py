"""The organisation's other houses at intake in the app (issue 30, item 3): a young person
known in another house is asked about before a second record is made, the dialog names
that house; with the server gone the dialog says the other houses were not checked and
the house's own question still comes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from safehaven.server import admin
from safehaven.services import house_settings, org_match, residents
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store.vault import Vault
from safehaven.sync.client import connect
from tests.sync.server_harness import LiveServer
from tests.ui.conftest import FAST, PASSPHRASE, unlock


@pytest.fixture
def linked(vault_dir: Path, tmp_path: Path) -> Iterator[LiveServer]:
    """The app's house and "Casa Sur" of the same organisation on one server, sharing the
    match key; Casa Sur knows Aleksandr Ivanov and has published."""
    server = LiveServer(tmp_path / "server")
    org = admin.add_org(server.storage, "Org")
    other, _ = Vault.create(tmp_path / "sur", house="Casa Sur", organisation="Org",
                            staff_name="Manager Sur", passphrase=PASSPHRASE, kdf=FAST)
    connect(other, server.url, admin.add_house(server.storage, org.name, "Casa Sur")[1])
    sur = Context.for_vault(other)
    org_match.make_key(sur)
    residents.add(sur, "Aleksandr Ivanov", date_of_birth=date(2011, 5, 3))
    assert org_match.publish(sur) == 1
    value = org_match.key(sur)
    other.close()
    here = Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager")
    connect(here, server.url, admin.add_house(server.storage, org.name, "Casa Prueba")[1])
    assert value is not None
    house_settings.set_text(Context.for_vault(here), org_match.KEY_SETTING, value.hex(),
                            Action.MANAGE_HOUSE)  # as `take_key` keeps it
    here.close()
    yield server
    server.stop()


def test_another_house_is_named_before_a_second_record(linked: LiveServer, window,
                                                       monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    asked: list[str] = []
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
               QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *_: (
        asked.append(text), replies.pop(0))[1])
    dialog = shell.residents.add_resident()
    dialog.name.setText("Alexander Iwanow")
    dialog.born.setDate(date(2012, 2, 1))
    dialog._save()
    assert len(asked) == 1 and "Casa Sur" in asked[0]
    assert dialog.isVisible() and dialog.cross_house.isVisible()
    dialog._save()  # Yes: saved, once
    assert not dialog.isVisible() and len(asked) == 2
    names = [r.preferred_name for r in shell.residents.model.rows.values()]
    assert names.count("Alexander Iwanow") == 1

    linked.stop()  # offline: the house's own check still asks, and says the others were not
    dialog = shell.residents.add_resident()
    dialog.name.setText("Ivanov Aleksandr")
    dialog.born.setDate(date(2011, 9, 9))
    dialog._save()
    offline = org_match.status_words(org_match.CrossHouseResult(
        org_match.CrossHouse.UNREACHABLE))
    assert len(asked) == 3 and offline in asked[2]
    assert dialog.isVisible() and dialog.cross_house.text() == offline
