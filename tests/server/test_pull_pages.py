"""The server's pull page: its byte bound holds for every kind of envelope."""

from __future__ import annotations

from pathlib import Path

import pytest

from safehaven.server.admin import create_org
from safehaven.server.storage import DeviceAuth, Item, Storage


def test_a_page_of_single_envelopes_keeps_to_its_byte_bound(tmp_path: Path) -> None:
    """A page's size counts each run once; a single envelope (version 1 or 2) has no run
    and must count every time (not be taken for a run already sent)."""
    storage = Storage(tmp_path / "server.db")
    try:
        auth = storage.authenticate(storage.register(create_org(storage, "Casa"), "site-1",
                                                     "dev-b"))
        auth = DeviceAuth("dev-b", auth.site_id, auth.org_id)
        body = b"x" * 10_000
        storage.push(auth, [Item(f"id-{n}", "dev-b", n + 1, body) for n in range(20)])
        page, more, _ = storage.pull(auth.site_id, 0, limit=100, max_bytes=35_000)
        assert more and 1 <= len(page) <= 4
        assert sum(len(p.envelope) for p in page) <= 35_000 + len(body)
    finally:
        storage.close()


@pytest.mark.xfail(strict=True, reason=(
    "the server keeps one change set per id and house, first come first kept: an insider "
    "laptop that learns another laptop's change set id before it is pushed (a USB bundle) "
    "can push its own under that id, and the genuine one is dropped as held with no word "
    "to its laptop. Needs the log keyed by (id, device, number) or a push answer naming "
    "ids held under another laptop, and the client acting on it: a protocol change."))
def test_an_id_pushed_first_by_another_laptop_does_not_drop_the_genuine_one(
        tmp_path: Path) -> None:
    storage = Storage(tmp_path / "server.db")
    try:
        token = create_org(storage, "Casa")
        auth_a = storage.authenticate(storage.register(token, "site-1", "dev-a"))
        squatter = DeviceAuth("dev-c", auth_a.site_id, auth_a.org_id)
        storage.push(squatter, [Item("victim", "dev-c", 1, b"squatter")])
        storage.push(auth_a, [Item("victim", "dev-a", 1, b"genuine")])
        page, _, _ = storage.pull(auth_a.site_id, 0, limit=10, max_bytes=10_000)
        assert b"genuine" in [p.envelope for p in page]
    finally:
        storage.close()


def test_postgresql_learns_the_log_has_grown_as_a_first_push_fills_it(
        pg_cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    """A house's first push fills its log from nothing: the server renews PostgreSQL's
    statistics each time the log doubled, so a laptop joining at once is not served by
    plans made for an empty log (autovacuum would only come round a minute later)."""
    import psycopg

    from safehaven.server import log_writes
    from tests import pg_cluster as pg

    monkeypatch.setattr(log_writes, "ANALYZE_AFTER", 30)
    url = pg.fresh_database(pg_cluster, "analyze_growth")
    storage = Storage(url)

    def rows_known() -> int:
        """The planner's count of the log's rows (-1: never analysed; set by ANALYZE in
        its own transaction, unlike the statistics views, which lag)."""
        with psycopg.connect(url) as conn:
            return int(conn.execute("SELECT reltuples FROM pg_class WHERE relname = "
                                    "'changesets'").fetchone()[0])

    try:
        auth = storage.authenticate(storage.register(create_org(storage, "Casa"), "site-1",
                                                     "dev-b"))
        auth = DeviceAuth("dev-b", auth.site_id, auth.org_id)
        seq = 0
        counts = []
        for batch in (10, 10, 20, 20, 20, 40, 40):
            storage.push(auth, [Item(f"id-{seq + n}", "dev-b", seq + n + 1, b"x")
                                for n in range(batch)])
            seq += batch
            counts.append(rows_known())
        # renewed at 40, 80 and 160 stored (the first past 30, then each doubling)
        assert counts == [-1, -1, 40, 40, 80, 80, 160], counts
    finally:
        storage.close()
