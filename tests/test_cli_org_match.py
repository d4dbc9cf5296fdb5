"""The duplicate check across houses from the command line (issue 30, item 3): the key
made in one house and given to another with fingerprints confirmed; `resident add`
refuses a likely match in another house until --not-duplicate, and says in its JSON
whether the other houses were checked (offline: not, and the record is saved)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from safehaven.server import admin
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync.client import connect
from tests.sync.server_harness import LiveServer
from tests.test_cli_care import MANAGER, PASS, House, ok, refused, run


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[LiveServer, House, House]]:
    server = LiveServer(tmp_path / "server")
    made = []
    for name in ("Casa Sur", "Casa Norte"):
        folder = tmp_path / name
        vault, _ = Vault.create(folder, house=name, organisation="Harbour", staff_name=MANAGER,
                                passphrase=PASS[MANAGER], kdf=crypto.MIN_KDF)
        found = admin.find_org(server.storage, "Harbour") or admin.add_org(server.storage,
                                                                          "Harbour")
        connect(vault, server.url, admin.add_house(server.storage, found.name, name)[1])
        vault.close()
        made.append(House(folder, {}))
    yield server, made[0], made[1]
    server.stop()


@pytest.mark.slow  # a live server and a dozen commands, one unlock each
def test_a_likely_match_in_another_house_asks_before_creating(
        two: tuple[LiveServer, House, House], tmp_path: Path) -> None:
    server, a, b = two
    assert json.loads(ok(b, "org-match", "check", "--name", "Alexander Iwanow", "--dob",
                         "2012-02-01", "--json"))["status"] == "no-key"
    made = json.loads(ok(a, "org-match", "make-key", "--json"))
    card = json.loads(ok(b, "transfer", "card", "--out", str(tmp_path / "b.card"), "--json"))
    given = json.loads(ok(a, "org-match", "give-key", "--to-card", str(tmp_path / "b.card"),
                          "--fingerprint", card["fingerprint"], "--out",
                          str(tmp_path / "key"), "--json"))
    refused(b, "org-match", "take-key", str(tmp_path / "key"))  # no terminal: must be given
    taken = json.loads(ok(b, "org-match", "take-key", str(tmp_path / "key"), "--fingerprint",
                          given["fingerprint"], "--json"))
    assert taken["key_id"] == made["key_id"]

    ok(a, "resident", "add", "--preferred-name", "Aleksandr Ivanov", "--dob", "2011-05-03")
    assert json.loads(ok(a, "org-match", "publish", "--json"))["published"] == 1

    add = ("resident", "add", "--preferred-name", "Alexander Iwanow", "--dob", "2012-02-01")
    done = run(b.folder, *add, "--json")
    assert done.returncode == 2
    answer = json.loads(done.stdout)
    assert answer["saved"] is False and answer["cross_house"]["status"] == "checked"
    assert [h["house"] for h in answer["cross_house"]["houses"]] == ["Casa Sur"]
    refused(b, *add)
    unrelated = json.loads(ok(b, "resident", "add", "--preferred-name", "Pedro Santos",
                              "--dob", "2011-05-03", "--json"))
    assert unrelated["saved"] and unrelated["cross_house"] == {"status": "checked",
                                                               "houses": []}
    saved = json.loads(ok(b, *add, "--not-duplicate", "--json"))
    assert saved["saved"] and saved["cross_house"]["status"] == "skipped"

    server.stop()  # offline: the house's own check still decides, the JSON says so
    offline = run(b.folder, "resident", "add", "--preferred-name", "Ivanov Aleksandr",
                  "--dob", "2011-09-09", "--json")
    assert offline.returncode == 2  # B's own Alexander Iwanow, found without the server
    assert json.loads(offline.stdout)["cross_house"]["status"] == "unreachable"
    new = json.loads(ok(b, "resident", "add", "--preferred-name", "Lina Haddad", "--dob",
                        "2013-01-01", "--json"))
    assert new["saved"] and new["cross_house"]["status"] == "unreachable"
