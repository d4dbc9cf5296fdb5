"""The organisation's duplicate check on the server (issue 30, item 3).

Each house publishes, per resident, groups of keyed hashes (one group per name word, over
years of birth); intake asks with its own groups and learns which other houses of the
organisation hold a likely match. The hashes are HMACs under a key the organisation's
houses share and the server never sees: the server stores opaque strings per house and
compares them for equality. What it learns is said in docs/architecture.md.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request

from safehaven.domain.org_match import likely
from safehaven.server.edge import Edge
from safehaven.server.storage import Refused, Storage
from safehaven.sync.match_protocol import (
    MATCH_ENTRIES_LIMIT,
    MATCH_GROUPS_LIMIT,
    MATCH_HASHES_LIMIT,
    MatchAskAnswer,
    MatchAskRequest,
    MatchHouse,
    MatchPublishAnswer,
    MatchPublishRequest,
)

_HASH = re.compile(r"[0-9a-f]{32}")


def _groups(groups: list[list[str]]) -> list[list[str]]:
    """Groups as the protocol allows them, or refused (400): a bounded number of
    well-formed hashes, so a request cannot make the store hold anything else."""
    if not 0 < len(groups) <= MATCH_GROUPS_LIMIT or not all(
            0 < len(g) <= MATCH_HASHES_LIMIT and all(_HASH.fullmatch(h) for h in g)
            for g in groups):
        raise Refused(400, "hash groups malformed or too many")
    return groups


def publish(storage: Storage, org_id: str, site_id: str, entries: list[list[list[str]]]
            ) -> int:
    """The house's whole set, in place of the one before (one transaction)."""
    if len(entries) > MATCH_ENTRIES_LIMIT:
        raise Refused(413, "too many entries")
    rows: list[tuple[Any, ...]] = []
    for number, groups in enumerate(entries):
        for grp, hashes in enumerate(_groups(groups)):
            rows.extend((org_id, site_id, number, grp, len(groups), h) for h in set(hashes))
    with storage.tx() as db:
        db.run(f"DELETE FROM match_hashes WHERE site_id = {db.p}", (site_id,))
        if rows:
            db.many(f"INSERT INTO match_hashes (org_id, site_id, entry, grp, grps, hash) "
                    f"VALUES ({db.marks(6)})", rows)
    return len(entries)


def ask(storage: Storage, org_id: str, site_id: str, groups: list[list[str]]
        ) -> list[MatchHouse]:
    """The other houses of the organisation with a likely match, and how many."""
    asked = _groups(groups)
    wanted = sorted({h for g in asked for h in g})
    with storage.read() as db:
        p = db.p
        found = db.all(f"SELECT site_id, entry, grp, grps, hash FROM match_hashes WHERE "
                       f"org_id = {p} AND site_id <> {p} AND hash IN ({db.marks(len(wanted))})",
                       (org_id, site_id, *wanted))
        names = {str(s): str(n) for s, n in db.all(
            f"SELECT site_id, name FROM houses WHERE org_id = {p} AND site_id IS NOT NULL",
            (org_id,))}
    published: dict[tuple[str, int], list[list[str]]] = {}
    for site, number, grp, grps, h in found:
        groups_of = published.setdefault((str(site), int(number)), [[] for _ in range(grps)])
        if 0 <= grp < len(groups_of):
            groups_of[grp].append(str(h))
    counts: dict[str, int] = {}
    for (site, _), entry_groups in published.items():
        if likely(asked, entry_groups):
            counts[site] = counts.get(site, 0) + 1
    return [{"site_id": s, "house": names.get(s, ""), "entries": n}
            for s, n in sorted(counts.items(), key=lambda x: (names.get(x[0], ""), x[0]))]


async def publish_handler(edge: Edge, request: Request) -> MatchPublishAnswer:
    auth = await edge.device(request)
    doc = await edge.decoded(MatchPublishRequest, request)
    return {"entries": await edge.run(publish, edge.storage, auth.org_id, auth.site_id,
                                      doc["entries"])}


async def ask_handler(edge: Edge, request: Request) -> MatchAskAnswer:
    auth = await edge.device(request)
    doc = await edge.decoded(MatchAskRequest, request)
    return {"houses": await edge.run(ask, edge.storage, auth.org_id, auth.site_id,
                                     doc["groups"])}
