"""A server that withholds one change set, and covers it up: it drops it from pull pages,
id lists and fetches, and folds its id out of every digest it gives. The receiving laptop
says so in that very round (it compares what the server says it holds of each laptop
with what the whole pull brought), not only after the author's next change set."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from safehaven.server import held
from safehaven.services import residents
from safehaven.store.local_state import local_value
from safehaven.store.vault import Vault
from safehaven.sync import protocol
from safehaven.sync.envelope import digest
from safehaven.sync.rounds import sync_round
from safehaven.sync.runs import parse
from tests.sync.harness import Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple[LiveServer, Vault, Vault]]:
    server = LiveServer(tmp_path / "server")
    a, b = enrolled_house(server, template, tmp_path, laptops=2)
    try:
        for vault in (a, b, a, b):
            sync_round(vault)
        yield server, a, b
    finally:
        a.close()
        b.close()
        server.stop()


class Withholding(httpx.HTTPTransport):
    """The house's real server, with a hostile one in front of one laptop."""

    def __init__(self, withheld: set[str], server: LiveServer, site_id: str) -> None:
        super().__init__()
        self.withheld, self.server, self.site_id = withheld, server, site_id

    def _hidden(self, envelope: str) -> bool:
        header = parse(envelope.encode())[0]
        ids = getattr(header, "ids", None) or [header.id]  # type: ignore[union-attr]
        return bool(self.withheld & set(ids))

    def _cover(self, doc: Any, path: str) -> Any:
        if not isinstance(doc, dict):
            return doc
        if path == protocol.PULL and "items" in doc:
            runs = doc.get("runs", [])
            doc["items"] = [i for i in doc["items"] if not self._hidden(
                i["envelope"] if "envelope" in i else runs[i["run"]])]
        if path == protocol.IDS:
            doc["ids"] = [i for i in doc["ids"] if i not in self.withheld]
        if path == protocol.FETCH:
            doc["envelopes"] = [e for e in doc["envelopes"] if not self._hidden(e)]
        if isinstance(doc.get("digest"), str):
            doc["digest"] = digest(sorted(self.withheld), doc["digest"])
        if path == protocol.STATE and "held" in doc:  # it signs its word, cover-up and all
            doc["held"] = held.sign(self.server.storage, self.site_id, doc)
        return doc

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        if response.status_code != 200:
            return response
        doc = self._cover(json.loads(response.content), request.url.path)
        headers = {k: v for k, v in response.headers.items()
                   if k.lower() not in ("content-length", "content-encoding")}
        return httpx.Response(200, headers=headers, json=doc, request=request)


def newest_id(vault: Vault) -> str:
    return str(vault.conn.execute("SELECT id FROM change_sets WHERE device_id = ? ORDER BY "
                                  "device_seq DESC LIMIT 1", (vault.device_id,)).fetchone()[0])


def test_a_withheld_change_set_is_noticed_in_the_next_round(
        house: tuple[LiveServer, Vault, Vault]) -> None:
    server, a, b = house
    assert not sync_round(b).withheld
    residents.add(context(a), "Ana, checked in at 21:40")
    sync_round(a)
    hostile = Withholding({newest_id(a)}, server, b.site_id)
    report = sync_round(b, hostile)
    assert report.digest_matches  # the cover-up holds: the digests agree
    assert a.device_id in report.withheld
    have, said = report.withheld[a.device_id]
    assert have < said
    # the server's signed word that it held the one it did not send is kept
    assert report.withheld_signed
    kept = json.loads(local_value(b.conn, "withheld_statement") or "{}")
    assert kept["highest"][a.device_id] == said
    # an honest round brings it, and nothing is reported
    assert not sync_round(b).withheld


def test_a_statement_under_another_key_for_the_same_epoch_is_not_the_servers_word(
        pair: list) -> None:
    from safehaven.store import crypto
    from safehaven.sync import held_word
    from safehaven.sync.reissue_protocol import held_text

    vault = pair[0]

    def state(signer: crypto.Identity, epoch: str = "e1") -> dict[str, Any]:
        doc: dict[str, Any] = {"epoch": epoch, "highest": {"laptop": 3}, "count": 3,
                               "digest": "d"}
        sig = signer.signer.sign(held_text(vault.site_id, epoch, doc["highest"], 3, "d"))
        return {**doc, "held": {"key": signer.sign_public,
                                "sig": base64.b64encode(sig).decode()}}

    server, other = crypto.Identity.from_seed(b"s" * 32), crypto.Identity.from_seed(b"o" * 32)
    assert held_word.signed(vault, state(server))       # pinned with its epoch
    assert held_word.signed(vault, state(server))
    assert not held_word.signed(vault, state(other))    # same epoch, another key
    bad = state(server)
    bad["highest"] = {"laptop": 2}                      # the numbers changed after signing
    assert not held_word.signed(vault, bad)
    assert held_word.signed(vault, state(other, "e2"))  # a new store: a new key
