"""One truth for enrolment codes (issue 33, item 4): the server decides how long a code
lasts and says when it expires; a wrong passphrase at join says so and the code still
works. A real server on loopback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from safehaven.domain.vocab import Role
from safehaven.errors import InvalidValue
from safehaven.server.admin import create_org
from safehaven.server.config import ServerConfig, load
from safehaven.server.storage import Storage
from safehaven.store import crypto
from safehaven.sync.client import connect
from safehaven.sync.enrolment import JoinPassphraseWrong, join, new_code
from tests.server.live import ThreadServer, store_at
from tests.sync.harness import PASSPHRASE, Template, make_template, open_device


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


def manager_on(server: ThreadServer, template: Template, root: Path):
    import shutil

    folder = root / "manager"
    shutil.copytree(template.folders[0], folder)
    manager = open_device(folder, template)
    connect(manager, server.url, create_org(server.storage, "Org"))
    return manager


def stored_expiry(storage: Storage) -> datetime:
    with storage.read() as db:
        row = db.one("SELECT expires FROM enrol_packages")
    assert row is not None
    return datetime.fromisoformat(str(row[0]))


@pytest.mark.parametrize("days", [None, 3])
def test_the_code_lasts_what_the_server_says_and_the_laptop_is_told(
        tmp_path: Path, template: Template, days: int | None) -> None:
    config = ServerConfig() if days is None else ServerConfig(enrol_code_days=days)
    server = ThreadServer(Storage(store_at(tmp_path / "s", None)), config)
    manager = manager_on(server, template, tmp_path)
    try:
        before = datetime.now(UTC)
        made = new_code(manager, "office laptop", ("Nadia", Role.STAFF))
        lifetime = timedelta(days=days or 7)  # 7 days unless the server's setting says
        assert before + lifetime - timedelta(minutes=1) <= made.expires
        assert made.expires <= datetime.now(UTC) + lifetime
        assert made.expires == stored_expiry(server.storage)  # the laptop says the server's
    finally:
        manager.close()
        server.stop()


def test_the_lifetime_setting_is_checked() -> None:
    assert load(env={"SAFEHAVEN_ENROL_CODE_DAYS": "14"}).enrol_code_days == 14
    assert load(env={}).enrol_code_days == 7
    with pytest.raises(InvalidValue) as refused:
        load(env={"SAFEHAVEN_ENROL_CODE_DAYS": "0"})
    assert refused.value.field == "enrol_code_days"


def test_a_wrong_passphrase_at_join_says_so_and_the_same_code_then_works(
        tmp_path: Path, template: Template) -> None:
    server = ThreadServer(Storage(store_at(tmp_path / "s", None)))
    manager = manager_on(server, template, tmp_path)
    try:
        code = new_code(manager, "office laptop").code
        with pytest.raises(JoinPassphraseWrong):  # "Manager" is on the staff list already
            join(tmp_path / "late", server.url, code, "Manager", "not the manager's one",
                 kdf=crypto.MIN_KDF)
        assert not (tmp_path / "late").exists() or not any((tmp_path / "late").iterdir())
        joined, recovery = join(tmp_path / "late", server.url, code, "Manager", PASSPHRASE,
                                kdf=crypto.MIN_KDF)
        try:
            assert recovery and joined.staff_id == template.staff_id
        finally:
            joined.close()
    finally:
        manager.close()
        server.stop()
