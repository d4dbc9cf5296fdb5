"""The server's pull page: its byte bound holds for every kind of envelope."""

from __future__ import annotations

from pathlib import Path

from safehaven.server.storage import DeviceAuth, Item, Storage


def test_a_page_of_single_envelopes_keeps_to_its_byte_bound(tmp_path: Path) -> None:
    """A page's size counts each run once; a single envelope (version 1 or 2) has no run
    and must count every time (not be taken for a run already sent)."""
    storage = Storage(tmp_path / "server.db")
    try:
        auth = storage.authenticate(storage.register(storage.create_org("Casa"), "site-1",
                                                     "dev-b"))
        auth = DeviceAuth("dev-b", auth.site_id, auth.org_id)
        body = b"x" * 10_000
        storage.push(auth, [Item(f"id-{n}", "dev-b", n + 1, body) for n in range(20)])
        page, more, _ = storage.pull(auth.site_id, 0, limit=100, max_bytes=35_000)
        assert more and 1 <= len(page) <= 4
        assert sum(len(p.envelope) for p in page) <= 35_000 + len(body)
    finally:
        storage.close()
