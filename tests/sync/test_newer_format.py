"""Mixed versions (issue 33, item 7): a laptop meeting a change set sealed in a newer
format than it reads sets it aside, says to update, and keeps syncing the rest; the
server compares app versions as versions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safehaven import __version__, versions
from safehaven.domain.models import Resident
from safehaven.errors import InvalidValue
from safehaven.server.config import ServerConfig
from safehaven.server.storage import Item
from safehaven.services import residents, sync_status
from safehaven.services.context import Context
from safehaven.store import reads
from safehaven.store.ids import new_id
from safehaven.store.refusal import RefusalKind
from safehaven.sync import protocol
from safehaven.sync.client import AppTooOld
from safehaven.sync.replica import quarantine, server_link
from safehaven.sync.rounds import sync_round
from safehaven.sync.runs import VERSION
from tests.server.live import ThreadServer
from tests.sync.harness import Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


def names(vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def test_a_change_set_of_a_newer_format_waits_with_advice_and_the_rest_flows(
        tmp_path: Path, template: Template) -> None:
    server = LiveServer(tmp_path / "server")
    try:
        a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
        residents.add(context(a), "Amira")
        sync_round(a)
        # a laptop of a later release pushed to a later server: its envelope's format is
        # one these laptops do not read (the server keeps it as it keeps any)
        auth = server.storage.authenticate(server_link.server_link(a.conn).device_token)
        newer_id, newer_device = new_id(), new_id()
        envelope = json.dumps({"v": VERSION + 1, "ids": [newer_id], "site": a.site_id,
                               "device": newer_device, "seqs": [1], "kv": 1,
                               "zz": "a field of the future", "ct": "AAAA", "sig": "AAAA"})
        server.storage.push(auth, [Item(newer_id, newer_device, 1, envelope.encode())])
        residents.add(context(a), "Bilal")
        sync_round(a)

        report = sync_round(b)  # no traceback: the rest applies, the newer one waits
        assert names(b) == {"Amira", "Bilal"}
        assert [(c, r.kind) for c, r in report.quarantined] == [
            (newer_id, RefusalKind.UNKNOWN_VERSION)]
        assert report.digest_matches  # counted as held: no reconciling every round
        status = sync_status.status(Context.for_vault(b))
        assert [q["kind"] for q in status["quarantined"]] == ["unknown_version"]
        assert status["quarantined"][0]["reason"] != report.quarantined[0][1].message

        residents.add(context(a), "Chen")  # and the next round flows as ever
        sync_round(a)
        again = sync_round(b)
        assert "Chen" in names(b) and again.digest_matches
        assert [c for c, _ in quarantine.quarantined(b.conn)] == [newer_id]
    finally:
        server.stop()


def test_versions_compare_as_versions() -> None:
    assert versions.parse("0.10.0") > versions.parse("0.9.0")
    assert versions.parse("0.2.0rc1") < versions.parse("0.2.0") == versions.parse("0.2")
    assert versions.lenient("not a version") == versions.NONE < versions.parse("0.0.1")
    with pytest.raises(InvalidValue):
        versions.parse("latest")
    assert __version__ == "0.2.0" and protocol.PROTOCOL_VERSION >= 2
    assert sync_status.update_advice("0.9.0", ("0.10.0", "0.10.0")) == "required"
    assert sync_status.update_advice("0.10.0", ("0.9.0", "0.10.1")) == "available"
    assert sync_status.update_advice("0.10.0", ("0.9.0", "0.10.0")) is None


def test_the_server_refuses_laptops_below_min_app_version_by_version_order(
        tmp_path: Path, template: Template) -> None:
    import shutil

    from safehaven.server.admin import create_org
    from safehaven.server.storage import Storage
    from safehaven.sync.client import connect
    from tests.server.live import store_at
    from tests.sync.harness import open_device

    folder = tmp_path / "laptop"
    shutil.copytree(template.folders[0], folder)
    vault = open_device(folder, template)
    # "0.10.0" as text sorts before "0.2.0": as versions, 0.2.0 is the older
    server = ThreadServer(Storage(store_at(tmp_path / "s", None)),
                          ServerConfig(min_app_version="0.10.0", latest_app_version="0.10.0"))
    try:
        connect(vault, server.url, create_org(server.storage, "Org"))  # no version asked
        with pytest.raises(AppTooOld):
            sync_round(vault)
    finally:
        server.stop()
    server = ThreadServer(Storage(store_at(tmp_path / "s", None)),
                          ServerConfig(min_app_version="0.2.0", latest_app_version="0.2.0"))
    try:
        with vault.write() as tx:
            tx.conn.execute("UPDATE sync_server SET url = ? WHERE id = 1", (server.url,))
        assert sync_round(vault).digest_matches  # 0.2.0 is not below 0.2.0
        assert sync_status.status(Context.for_vault(vault))["update"] is None
    finally:
        server.stop()
        vault.close()
