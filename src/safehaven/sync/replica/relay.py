"""How a received change set travelled, kept so this laptop can pass it on unchanged.

A change set sealed alone (format 1 or 2) keeps its own envelope; one that came in a run
(format 3) names the run, which is kept once in `runs` for all its members. Relaying and
retrying read them back through `envelopes`, each run once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from safehaven.store.connection import Connection


class Carried(NamedTuple):
    envelope: bytes           # as it came: the change set's own envelope, or its whole run
    run: bytes | None = None  # the run's hash when `envelope` is a run

    def columns(self) -> tuple[bytes | None, bytes | None]:
        """(envelope, run) as a change set's or a quarantine row's columns hold them."""
        return (None, self.run) if self.run is not None else (self.envelope, None)


def keep(conn: Connection, carried: Iterable[Carried | None],
         kept: set[bytes] | None = None) -> None:
    """Keep these runs, each once. `kept`: the runs this transaction kept already (not
    bound and written again for each of their change sets); those kept now are added."""
    fresh = {c.run: c.envelope for c in carried if c is not None and c.run is not None
             and (kept is None or c.run not in kept)}
    if fresh:
        conn.executemany("INSERT OR IGNORE INTO runs (hash, envelope) VALUES (?, ?)",
                         fresh.items())
        if kept is not None:
            kept.update(fresh)


def envelopes(conn: Connection, rows: Iterable[tuple[bytes | None, bytes | None]]
              ) -> list[bytes]:
    """The envelopes of these (envelope, run) rows, in order, each run once."""
    out: list[bytes] = []
    seen: set[bytes] = set()
    for envelope, run in rows:
        if run is None:
            if envelope is not None:
                out.append(bytes(envelope))
        elif bytes(run) not in seen:
            seen.add(bytes(run))
            found = conn.execute("SELECT envelope FROM runs WHERE hash = ?",
                                 (bytes(run),)).fetchone()
            if found is not None:
                out.append(bytes(found[0]))
    return out


def forget_unused(conn: Connection, hashes: Iterable[bytes]) -> None:
    """Drop these runs if no change set and no quarantine row names them any more."""
    conn.executemany("DELETE FROM runs WHERE hash = ? AND NOT EXISTS (SELECT 1 FROM "
                     "change_sets WHERE run = ?) AND NOT EXISTS (SELECT 1 FROM quarantine "
                     "WHERE run = ?)", [(h, h, h) for h in set(hashes)])
