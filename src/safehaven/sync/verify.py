"""Signatures checked off the GIL: laptops' on a few crypto threads, authors' by their
hash chains, one signature per run of an author's saves on one laptop."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import TypeVar

from safehaven.store import crypto
from safehaven.store.changeset import ChangeSet
from safehaven.sync.replica import receive_check
from safehaven.sync.replica.relay import Carried

_T = TypeVar("_T")
_R = TypeVar("_R")


def in_chunks(work: Callable[[list[_T]], list[_R]], items: list[_T]) -> list[_R]:
    """`work` over a few slices of `items` on the crypto threads, results in order: one
    task per slice rather than one per change set (a task costs more than an AES call).

    Only for signatures, which libsodium makes and checks without the GIL. Sealing and
    opening are mostly Python (JSON, a small zlib, AES on a few hundred bytes): spread over
    threads they fought for the GIL and took a third longer than in one thread."""
    if len(items) < 2 * CHUNK:
        return work(items)
    parts = [items[n:n + CHUNK] for n in range(0, len(items), CHUNK)]
    return [result for part in _crypto_pool().map(work, parts) for result in part]


CHUNK = 64  # change sets per task: small enough that a page's tasks share the threads


@cache
def _crypto_pool() -> ThreadPoolExecutor:
    """Signing, verifying and AES release the GIL: spread them over the cores."""
    return ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1),
                              thread_name_prefix="safehaven-crypto")


def vouched(staff_keys: dict[str, str], changesets: list[ChangeSet]) -> list[ChangeSet]:
    """The change sets, each whose author's signature holds marked with its author's key
    (`staff_keys`: staff id -> signing key, as the roster says now).

    An author's change sets made on one laptop form a hash chain under their signatures
    (`ChangeSet.author_prev`): of a run here, only the newest signature is verified (on the
    crypto threads), and each older one is established by the hash its successor signed.
    A change set outside a run, or below a successor that failed, is checked on its own.
    The chain hashes a run envelope left out (format 4, `ChangeSet.author_link`) are
    worked out first, with the same keys."""
    changesets, hashed = linked(staff_keys, changesets)
    todo = [n for n, cs in enumerate(changesets)
            if (key := staff_keys.get(cs.staff_id or "")) is not None
            and cs.verified_key != key]
    sets = {n: changesets[n] for n in todo}
    # hashed with the key known now: a successor signed with it vouches only for change
    # sets its author signed with the same key (not an identity replaced since)
    by_hash = {(cs.device_id, cs.staff_id, hashed.get(n) or crypto.author_hash(
        cs.signed_message(), staff_keys[cs.staff_id or ""])): n
        for n, cs in sets.items() if cs.author_prev is not None}
    child: dict[int, int] = {}
    for n, cs in sets.items():
        parent = by_hash.get((cs.device_id, cs.staff_id, cs.author_prev)) \
            if cs.author_prev else None
        if parent is not None and sets[parent].device_seq < cs.device_seq:
            child[parent] = n
    def verify(part: list[int]) -> list[bool]:
        return [receive_check.signed_by(sets[n], staff_keys[sets[n].staff_id or ""])
                for n in part]

    tails = [n for n in todo if n not in child]
    good = dict(zip(tails, in_chunks(verify, tails), strict=True))
    for n in sorted(todo, key=lambda n: -sets[n].device_seq):
        if n not in good:  # its successor vouches for it, or (failed) it stands alone
            good[n] = good[child[n]] or verify([n])[0]
    out = list(changesets)
    for n in todo:
        if good[n]:
            out[n] = sets[n].vouched(staff_keys[sets[n].staff_id or ""])
    return out


def linked(staff_keys: dict[str, str], changesets: list[ChangeSet]
           ) -> tuple[list[ChangeSet], dict[int, bytes]]:
    """The change sets with each `author_link` worked out: the hash of the change set it
    names (the author's one before it in the same run, same laptop, lower number), made
    with the author's key as the roster gives it now, oldest first so that a run of links
    resolves in one pass. One whose key is not known yet, or whose link names nothing
    here, stays unresolved: its signature (or its successor's) cannot hold, so it waits
    like any change set of an author not known yet. Also returns the chain hashes it
    made (index -> hash with the author's key now), which `vouched` needs again."""
    todo = [n for n, cs in enumerate(changesets)
            if cs.author_link is not None and cs.author_prev is None
            and cs.staff_id in staff_keys]
    hashed: dict[int, bytes] = {}
    if not todo:
        return changesets, hashed
    out = list(changesets)
    where = {cs.id: n for n, cs in enumerate(out)}
    for n in sorted(todo, key=lambda n: out[n].device_seq):
        cs = out[n]
        p = where.get(cs.author_link or "")
        if p is None:
            continue
        before = out[p]
        if before.author_prev is None or before.device_id != cs.device_id \
                or before.staff_id != cs.staff_id or before.device_seq >= cs.device_seq:
            continue
        hashed[p] = crypto.author_hash(before.signed_message(), staff_keys[cs.staff_id or ""])
        out[n] = cs.linked(hashed[p])
        where[cs.id] = n  # (a change set carried twice: the one worked out)
    return out, hashed


def after_new_authors(staff_keys: dict[str, str],
                      fresh: list[tuple[ChangeSet, Carried | None]]) -> int:
    """Where a page's last change set that writes to the staff roster ends, when a change
    set after it is signed by someone `staff_keys` does not name yet (a join's first page
    brings the house's staff); else 0."""
    strangers = {cs.staff_id for cs, _ in fresh} - staff_keys.keys() - {None}
    if not strangers:  # every page but a join's first
        return 0
    cut = max((n + 1 for n, (cs, _) in enumerate(fresh)
               if any(e.table == "staff" for e in cs.entries)), default=0)
    return cut if any(cs.staff_id in strangers for cs, _ in fresh[cut:]) else 0
