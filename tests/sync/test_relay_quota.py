"""An insider's token cannot fill the house's log with junk for made-up laptops (issue
32, item 5): past its hourly quota of change sets naming other laptops the server refuses
with `relay_quota`, which the laptop reports as such; its own change sets still go."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from safehaven.server.config import ServerConfig
from safehaven.services import residents
from safehaven.store.ids import new_id
from safehaven.store.vault import Vault
from safehaven.sync import protocol
from safehaven.sync.envelope import seal
from safehaven.sync.replica import device_keys, server_link
from safehaven.sync.rounds import sync_round
from tests.sync.harness import Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house

QUOTA = 5


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple[LiveServer, Vault, Vault]]:
    server = LiveServer(tmp_path / "server", config=ServerConfig(relay_per_hour=QUOTA))
    a, b = enrolled_house(server, template, tmp_path, laptops=2)
    try:
        yield server, a, b
    finally:
        a.close()
        b.close()
        server.stop()


def junk(vault: Vault, n: int) -> list[str]:
    """Change sets for made-up laptops, sealed with the house's key by an insider."""
    version, key = device_keys.site_key(vault.conn, vault.site_id)
    signer = device_keys.new_device_keys()[0]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    out = []
    for i in range(n):
        cs = {"id": new_id(), "device_id": f"made-up-{i}", "device_seq": 1, "hlc": 1,
              "staff_id": None, "entries": []}
        out.append(seal(cs, vault.site_id, version, key,
                        Ed25519PrivateKey.from_private_bytes(signer)).decode())
    return out


def test_junk_past_the_quota_is_refused_with_its_own_code(
        house: tuple[LiveServer, Vault, Vault]) -> None:
    server, _, insider = house
    token = server_link.server_link(insider.conn).device_token
    with httpx.Client(base_url=server.url,
                      headers={"authorization": f"Bearer {token}"}) as http:
        first = http.post(protocol.PUSH, json={"envelopes": junk(insider, QUOTA)})
        more = http.post(protocol.PUSH, json={"envelopes": junk(insider, 1)})
    assert first.status_code == 200 and first.json()["stored"] == QUOTA
    assert more.status_code == 413
    assert more.json()["code"] == protocol.ErrorCode.RELAY_QUOTA
    # the insider's laptop still sends its own work
    residents.add(context(insider), "Written by the insider's laptop")
    assert sync_round(insider).pushed >= 1


def test_the_laptop_reports_the_quota_by_its_code() -> None:
    from safehaven.sync.client import Client, SyncError

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(413, json={"code": "relay_quota", "error": "quota"})

    client = Client("https://sync.example", transport=httpx.MockTransport(handler))
    with pytest.raises(SyncError) as refused:
        client.ask(protocol.PushAnswer, "POST", protocol.PUSH, json={"envelopes": []})
    client.close()
    assert refused.value.code is protocol.ErrorCode.RELAY_QUOTA
