"""Removed documents' content on the server (issue 29): a manager's signed forget marks
the chunks; they stay for the server's retention period, then collection erases them and
gives their bytes back to the house's quota. Time is given, never waited for."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from safehaven.server import admin, chunk_store
from safehaven.server.config import ServerConfig
from safehaven.server.storage import Storage
from tests.server.live import store_at

DAY = timedelta(days=1)
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _chunk(n: int) -> tuple[str, bytes]:
    data = os.urandom(1000 + n)
    return hashlib.sha256(data).hexdigest(), data


def _house(storage: Storage, name: str) -> str:
    """A house registered by its first laptop: its site id."""
    _, token = admin.add_house(storage, "Org", name)
    site_id = f"site-{name}"
    storage.register(token, site_id, f"laptop-{name}")
    return site_id


def _held(storage: Storage, site_id: str, ids: list[str]) -> set[str]:
    return set(ids) - set(chunk_store.missing(storage, site_id, ids))


def test_forgotten_chunks_stay_for_the_retention_period_then_are_collected(
        tmp_path: Path, server_db: str | None) -> None:
    storage = Storage(store_at(tmp_path / "s", server_db))
    try:
        admin.add_org(storage, "Org")
        site_id, other_site = _house(storage, "Casa"), _house(storage, "Other")
        removed, kept = [_chunk(i) for i in range(3)], [_chunk(10)]
        chunk_store.put(storage, site_id, removed + kept)
        chunk_store.put(storage, other_site, removed[:1])  # the same bytes, another house
        used = {h.name: h.used_bytes for h in admin.houses(storage)}
        ids = [cid for cid, _ in removed]

        assert chunk_store.forget(storage, site_id, ids, now=NOW) == 3
        assert chunk_store.forget(storage, site_id, ids, now=NOW + DAY) == 0  # once
        retention = timedelta(days=ServerConfig().chunk_retention_days)
        assert retention == 30 * DAY
        assert chunk_store.collect(storage, retention, now=NOW + 29 * DAY) == 0
        assert _held(storage, site_id, ids) == set(ids)  # still there within the period
        assert chunk_store.collect(storage, retention, now=NOW + 30 * DAY + DAY) == 3
        assert _held(storage, site_id, ids) == set()
        assert _held(storage, site_id, [kept[0][0]]) == {kept[0][0]}
        assert _held(storage, other_site, [ids[0]]) == {ids[0]}  # not another house's
        after = {h.name: h.used_bytes for h in admin.houses(storage)}
        assert after["Casa"] == used["Casa"] - sum(len(d) for _, d in removed)
        assert after["Other"] == used["Other"]
    finally:
        storage.close()


def test_a_chunk_sent_again_before_collection_is_kept(tmp_path: Path,
                                                      server_db: str | None) -> None:
    storage = Storage(store_at(tmp_path / "s", server_db))
    try:
        admin.add_org(storage, "Org")
        site_id = _house(storage, "Casa")
        cid, data = _chunk(1)
        chunk_store.put(storage, site_id, [(cid, data)])
        chunk_store.forget(storage, site_id, [cid], now=NOW)
        chunk_store.put(storage, site_id, [(cid, data)])  # the same scan added again
        assert chunk_store.collect(storage, 30 * DAY, now=NOW + 365 * DAY) == 0
        assert _held(storage, site_id, [cid]) == {cid}
        # a retention of 0 days collects at the next collection
        chunk_store.forget(storage, site_id, [cid], now=NOW)
        assert chunk_store.collect(storage, timedelta(0), now=NOW) == 1
    finally:
        storage.close()
