"""Documents' content between laptops through a real server (issue 29): it travels after
the records, encrypted, checked against its ids; a cut link resumes from the last chunk;
a removal erases the content on the other laptops and, on a manager's signature, on the
server; the server's store holds nothing readable of it."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from safehaven import clock
from safehaven.server import chunk_store
from safehaven.server.config import ServerConfig
from safehaven.services import checkins, consents, documents, residents
from safehaven.sync.api import HttpApi
from safehaven.sync.client import ServerFailed
from safehaven.sync.rounds import sync_round
from tests.services.test_documents import SCAN_MARK, jpeg, pdf
from tests.sync.harness import Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


@pytest.fixture
def house(template: Template, tmp_path: Path):
    server = LiveServer(tmp_path / "server")
    a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
    yield server, a, b
    a.close()
    b.close()
    server.stop()


def _resident_with_photo_consent(vault) -> str:
    ctx = context(vault)
    rid = residents.add(ctx, "Amina").record.id
    today = clock.today()
    consents.add(ctx, rid, "photographs", granted_on=today - timedelta(days=1),
                 expires_on=today + timedelta(days=300), guardian_name="Ms Guardian",
                 child_assent=True)
    return rid


def test_content_reaches_the_other_laptop_and_nothing_readable_reaches_the_server(
        house) -> None:
    server, a, b = house
    rid = _resident_with_photo_consent(a)
    photo = documents.add(context(a), rid, "photo", jpeg(b"PIXELS" * 3000),
                          title="Current photo").record
    order = documents.add(context(a), rid, "court-order", pdf() + os.urandom(200_000),
                          title="Order").record
    sent = sync_round(a)
    assert sent.chunks_sent == len(photo.chunks) + len(order.chunks)
    got = sync_round(b)
    assert got.chunks_fetched == sent.chunks_sent
    assert documents.content(context(b), order.id)[1] == documents.content(context(a),
                                                                           order.id)[1]
    assert b"PIXELS" in documents.content(context(b), photo.id)[1]
    server.stop()  # the store's files as they rest on the server's disk
    for path in server.data.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert b"%PDF" not in raw and SCAN_MARK not in raw and b"PIXELSPIXELS" not in raw
            assert b"\xff\xd8\xff\xe0" not in raw and b"JFIF" not in raw


def test_records_go_first_and_a_cut_link_resumes_from_the_last_chunk(
        house, monkeypatch: pytest.MonkeyPatch) -> None:
    _server, a, b = house
    rid = residents.add(context(a), "Bo").record.id
    big = documents.add(context(a), rid, "other", os.urandom(40 * 64 * 1024),
                        title="Scans").record
    checkins.record(context(a), rid, mood=4, note="settled")
    real = HttpApi.chunks_put
    calls = []

    def cut_after_two(self, chunks):
        calls.append(len(chunks))
        if len(calls) > 2:
            raise ServerFailed("the link dropped")
        return real(self, chunks)

    monkeypatch.setattr(HttpApi, "chunks_put", cut_after_two)
    first = sync_round(a)  # the check-in went; the file stopped part-way
    assert first.pushed >= 1 and first.more and 0 < first.chunks_sent < len(big.chunks)
    assert first.steps.index("push") < first.steps.index("files")
    sync_round(b)
    assert any(c.note == "settled" for c in checkins.for_resident(context(b), rid))
    monkeypatch.setattr(HttpApi, "chunks_put", real)
    second = sync_round(a)
    assert second.chunks_sent == len(big.chunks) - first.chunks_sent  # none sent twice
    sync_round(b)
    assert len(documents.content(context(b), big.id)[1]) == 40 * 64 * 1024


def test_a_background_round_gives_documents_only_its_spare_seconds(
        house, monkeypatch: pytest.MonkeyPatch) -> None:
    _server, a, _b = house
    rid = residents.add(context(a), "Cai").record.id
    documents.add(context(a), rid, "other", os.urandom(10 * 64 * 1024), title="Scans")
    monkeypatch.setattr("safehaven.sync.rounds.QUICK_FILE_SECONDS", 0.0)
    quick = sync_round(a, quick=True)
    assert quick.more and quick.chunks_sent == 0 and quick.digest_matches
    full = sync_round(a)
    assert full.chunks_sent == 10 and not full.more


def test_removal_erases_the_content_everywhere_and_on_the_server_after_collection(
        house) -> None:
    server, a, b = house
    rid = residents.add(context(a), "Dee").record.id
    doc = documents.add(context(a), rid, "school", pdf(), title="Report").record
    sync_round(a)
    sync_round(b)
    assert documents.content(context(b), doc.id)[1] == pdf()
    documents.remove(context(a), doc.id, "the wrong child's report")
    sync_round(a)  # the manager's laptop has it erased from the server
    sync_round(b)  # and the other laptop erases its copy
    held_b = {r[0] for r in b.conn.execute("SELECT id FROM document_chunks")}
    assert held_b.isdisjoint(doc.chunks)

    def on_server() -> set[str]:
        store = sqlite3.connect(server.data / "server.db")
        try:
            return {r[0] for r in store.execute("SELECT id FROM chunks")}
        finally:
            store.close()

    # the server keeps the content for its retention period, then collection erases it
    assert set(doc.chunks) <= on_server()
    retention = timedelta(days=ServerConfig().chunk_retention_days)
    later = datetime.now(UTC) + retention + timedelta(hours=1)
    assert chunk_store.collect(server.storage, retention) == 0
    assert chunk_store.collect(server.storage, retention, now=later) == len(doc.chunks)
    assert on_server().isdisjoint(doc.chunks)


def test_a_chunk_whose_bytes_do_not_match_its_id_is_refused(house) -> None:
    import httpx

    server, a, _ = house
    sync_round(a)
    from safehaven.sync.replica import server_link

    token = server_link.server_link(a.conn).device_token
    answer = httpx.post(f"{server.url}/v1/chunks/put",
                        headers={"authorization": f"Bearer {token}"},
                        json={"chunks": [{"id": "00" * 32, "data": "cGxhbnRlZA=="}]})
    assert answer.status_code == 400 and answer.json()["code"] == "bad_request"
    # erasing content needs a manager's signature: a house token alone erases nothing
    rid = residents.add(context(a), "Fay").record.id
    doc = documents.add(context(a), rid, "school", pdf(), title="Report").record
    sync_round(a)
    unsigned = httpx.post(f"{server.url}/v1/chunks/forget",
                          headers={"authorization": f"Bearer {token}"},
                          json={"ids": list(doc.chunks)})
    assert unsigned.status_code == 403 and unsigned.json()["code"] == "not_manager"
    have = httpx.post(f"{server.url}/v1/chunks/have",
                      headers={"authorization": f"Bearer {token}"}, json={"ids": list(doc.chunks)})
    assert have.json()["missing"] == []


def test_a_usb_bundle_carries_documents_content(house, tmp_path: Path) -> None:
    """A house with no internet: the bundle carries the encrypted chunks too, each checked
    against its id on import; none of it readable in the file."""
    from safehaven.sync.bundle import MAGIC_2, export_bundle, import_bundle

    _server, a, b = house
    rid = residents.add(context(a), "Eli").record.id
    doc = documents.add(context(a), rid, "court-order", pdf(), title="Order").record
    out = tmp_path / "stick.bundle"
    export_bundle(a, out)
    raw = out.read_bytes()
    assert raw.startswith(MAGIC_2) and b"%PDF" not in raw and SCAN_MARK not in raw
    import_bundle(b, out)
    assert documents.content(context(b), doc.id)[1] == pdf()
