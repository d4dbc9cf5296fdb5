"""Documents' content between this laptop and the server, after the records.

A round moves every change set first; only then does it send the chunks the server has
not had and fetch those this laptop lacks, while its time lasts (a background round
stops after a few seconds and the next goes on), so a check-in never waits behind a
photo on a slow link. A chunk is encrypted before it leaves and checked against its id
when it comes; a link cut mid-file loses at most the chunk on its way. A manager's laptop
also has the content of removed documents erased from the server.

What a laptop fetches in the background is its fetch policy's (a house setting, set
apart on one laptop): every original, thumbnails only, or nothing; a document opened
that is not here is fetched then (`fetch_now`).

The app moves content apart from its rounds (`next_step`, `Carrier.carry`, `settle`):
the database thread only reads a step's chunks and writes what came back, and the
request itself runs on a thread of its own. A request in flight cannot be stopped; run
inside a round it held the database thread (and so every save, and the next round with
the next check-ins) for as long as it took: about 3 s a chunk on a 256 kbit/s link.
"""

from __future__ import annotations

import base64
import binascii
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from safehaven.store.vault import Vault
from safehaven.sync.api import HttpApi, SyncApi
from safehaven.sync.client import Client, Reach, SyncError, linked_client, reach
from safehaven.sync.envelope import forget_text
from safehaven.sync.managers import manager_identity, manager_signed
from safehaven.sync.protocol import CHUNK_IDS_LIMIT, ErrorCode
from safehaven.sync.replica import chunk_sync

log = logging.getLogger(__name__)

PUT_BYTES = 512 * 1024  # chunk bytes a request carries at most
GET_IDS = 8  # chunks asked for at a time at most (64 KiB each)
CHUNK = 64 * 1024
# A request in flight cannot be stopped, and the next round (with the next check-ins)
# waits for it: requests are sized to take about this long at the speed the link has
# shown, from one chunk (about 2.7 s on 256 kbit/s, base64 included) to the most above.
REQUEST_SECONDS = 1.0


@dataclass(slots=True)
class Pace:
    """How many bytes the next request should carry, from how fast the last ones went."""

    size: int = CHUNK  # start with one chunk: the link's speed is not known yet

    def took(self, n_bytes: int, seconds: float) -> None:
        rate = n_bytes / max(seconds, 1e-3)
        self.size = max(CHUNK, min(PUT_BYTES, int(rate * REQUEST_SECONDS)))

    @property
    def chunks(self) -> int:
        """Chunks one fetch asks for."""
        return max(1, min(GET_IDS, self.size // CHUNK))



@dataclass(slots=True)
class Moved:
    sent: int = 0
    fetched: int = 0
    more: bool = False  # time ran out: the next round goes on


def exchange(vault: Vault, api: SyncApi, seconds: float | None,
             moved: Moved | None = None, touched: frozenset[tuple[str, str]] = frozenset(),
             *, content: bool = True) -> Moved:
    """Send, fetch and forget chunks until done or `seconds` have passed; `moved` counts
    as it goes (so a link cut mid-way still says what had moved). `touched`: what the
    round applied, (table, row): a document removed elsewhere is erased here.
    `content=False`: only the erasing and forgetting (the caller moves content apart)."""
    deadline = None if seconds is None else time.monotonic() + seconds
    moved = moved if moved is not None else Moved()
    chunk_sync.forget_removed_here(vault, set(touched))
    try:
        _forget_on_server(vault, api)
        if content:
            moved.more = not _send(vault, api, deadline, moved) or \
                not _fetch(vault, api, deadline, moved)
    except SyncError as exc:
        if exc.code is not ErrorCode.NOT_FOUND:
            raise
        log.info("the server keeps no documents' content (an older server)")
    return moved


# -- content moved apart from the database thread -----------------------------------------
@dataclass(slots=True)
class Step:
    """One request's worth of content: read on the database thread (`next_step`), carried
    on another (`Carrier.carry`), what came back written on the database thread
    (`settle`). Chunks are sealed before they are stored: nothing here is plaintext."""

    reach: Reach
    send: list[tuple[str, bytes]]
    fetch: list[str]
    sent: list[str] = field(default_factory=list)
    fetched: list[tuple[str, bytes]] = field(default_factory=list)
    seconds: float = 0.0
    failed: bool = False  # the link failed: the next round's step tries again


@dataclass(slots=True)
class Burst:
    """Steps in a row: the link's pace, and chunks asked for that the server did not have
    (not sent by their laptop yet: asked again in a later burst, not in this one)."""

    pace: Pace = field(default_factory=Pace)
    missing: set[str] = field(default_factory=set)


def next_step(vault: Vault, burst: Burst, only: list[str] | None = None) -> Step | None:
    """The next chunks to send (first) or fetch, sized to the link; None when there is
    nothing to move or no server. `only`: fetch these chunks and nothing else (a document
    being opened)."""
    pace = burst.pace
    found = reach(vault)
    if found is None:
        return None
    send = chunk_sync.unsent(vault.conn, pace.size, 64) if only is None else []
    if send:
        return Step(found, send, [])
    wanted = chunk_sync.lacking(vault.conn, only) if only is not None else \
        chunk_sync.wanted(vault.conn, chunk_sync.policy(vault.conn))
    fetch = [cid for cid in wanted if cid not in burst.missing][:pace.chunks]
    return Step(found, [], fetch) if fetch else None


class Carrier:
    """Carries steps to and from the server on the caller's thread, touching no database;
    one connection kept across the steps of a burst (`close` when done)."""

    def __init__(self, transport: httpx.BaseTransport | None = None) -> None:
        self.transport = transport
        self._client: Client | None = None
        self._reach: Reach | None = None

    def carry(self, step: Step) -> Step:
        began = time.monotonic()
        try:
            api = HttpApi(self._client_for(step.reach))
            if step.send:
                api.chunks_put(step.send)
                step.sent = [cid for cid, _ in step.send]
            if step.fetch:
                step.fetched = _get(api, step.fetch)
        except (SyncError, httpx.HTTPError) as exc:
            log.info("documents' content stopped mid-way: %s", type(exc).__name__)
            step.failed = True
            self.close()
        step.seconds = time.monotonic() - began
        return step

    def _client_for(self, reach: Reach) -> Client:
        if self._client is None or self._reach != reach:
            self.close()
            self._client = reach.client(self.transport, quick=True)
            self._reach = reach
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = None


def settle(vault: Vault, step: Step, burst: Burst) -> Moved:
    """What a carried step moved, written here; the pace learns the link's speed.
    `more`: the burst goes on (nothing failed)."""
    moved, pace = Moved(), burst.pace
    if step.sent:
        chunk_sync.mark_sent(vault, step.sent)
        moved.sent = len(step.sent)
    if step.fetched:
        moved.fetched = chunk_sync.keep(vault, step.fetched)
    if step.fetch and not step.failed:  # not on the server yet, or damaged on the way
        burst.missing.update(chunk_sync.lacking(vault.conn, step.fetch))
    carried = sum(len(d) for _, d in step.send) + sum(len(d) for _, d in step.fetched)
    if carried and not step.failed:
        pace.took(carried, step.seconds)
    moved.more = not step.failed
    return moved


def _out_of_time(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() >= deadline


def _send(vault: Vault, api: SyncApi, deadline: float | None, moved: Moved) -> bool:
    """True when every chunk has been sent."""
    pace = Pace()
    while batch := chunk_sync.unsent(vault.conn, pace.size, 64):
        if _out_of_time(deadline):
            return False
        began = time.monotonic()
        api.chunks_put(batch)
        pace.took(sum(len(data) for _, data in batch), time.monotonic() - began)
        chunk_sync.mark_sent(vault, [cid for cid, _ in batch])
        moved.sent += len(batch)
    return True


def _fetch(vault: Vault, api: SyncApi, deadline: float | None, moved: Moved,
           wanted: list[str] | None = None) -> bool:
    """True when nothing more can be fetched now (held, or not on the server yet).
    `wanted`: these chunks; by default what this laptop's fetch policy fetches in the
    background (every original, thumbnails only, or nothing: opening fetches the rest)."""
    if wanted is None:
        wanted = chunk_sync.wanted(vault.conn, chunk_sync.policy(vault.conn))
    pace, start = Pace(), 0
    while start < len(wanted):
        if _out_of_time(deadline):
            return False
        ids = wanted[start:start + pace.chunks]
        start += len(ids)
        began = time.monotonic()
        kept = _get(api, ids)
        pace.took(sum(len(data) for _, data in kept), time.monotonic() - began)
        moved.fetched += chunk_sync.keep(vault, kept)
    return True


def fetch_now(vault: Vault, ids: list[str], transport: httpx.BaseTransport | None = None
              ) -> int:
    """Fetch these chunks from the server at once (a document opened that this laptop
    has not fetched); returns how many came. One short try: offline, it raises
    SyncError at once rather than keep the person waiting."""
    wanted = chunk_sync.lacking(vault.conn, ids)
    if not wanted:
        return 0
    moved = Moved()
    with linked_client(vault, transport, quick=True) as client:
        _fetch(vault, HttpApi(client), None, moved, wanted)
    return moved.fetched


def _get(api: SyncApi, ids: list[str]) -> list[tuple[str, bytes]]:
    """The chunks the server gave of `ids`, each read from its base64 (a damaged one is
    left out: asked for again another time)."""
    got = [(c["id"], _bytes(c["data"])) for c in api.chunks_get(ids)["chunks"]]
    return [(cid, data) for cid, data in got if data is not None and cid in ids]


def _bytes(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None  # a damaged chunk is asked for again next round


def _forget_on_server(vault: Vault, api: SyncApi) -> None:
    manager = manager_identity(vault)
    if manager is None:
        return
    docs, ids = chunk_sync.to_forget(vault.conn)
    if not docs:
        return
    for start in range(0, len(ids), CHUNK_IDS_LIMIT):
        part = ids[start:start + CHUNK_IDS_LIMIT]

        def text(doc: dict[str, Any], part: list[str] = part) -> bytes:
            return forget_text(vault.site_id, doc, part)

        api.chunks_forget(manager_signed(vault, manager, {"ids": part}, text))
    chunk_sync.forgotten(vault, docs)
