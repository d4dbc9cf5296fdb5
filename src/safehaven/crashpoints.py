"""Named places where the crash tests kill a process (the sync client, a restore), to prove
each step resumable.

A test sets SAFEHAVEN_CRASH_AT to one of `POINTS` in the environment of a client process;
the process then dies on the spot, as if the laptop lost power. Nothing else sets it.
"""

from __future__ import annotations

import os

POINTS = ("push-sent", "push-acked", "mid-apply", "before-cursor")  # sync's
RESTORE_POINTS = ("restore-between-renames",)
# a join: the house's package fetched; the vault's files made; the vault whole (server link
# kept), before its first pull ("mid-apply" then stops that pull half-way)
JOIN_POINTS = ("join-answered", "join-vault-made", "join-linked")


def crash_point(name: str) -> None:
    if os.environ.get("SAFEHAVEN_CRASH_AT") == name:
        os._exit(70)
