"""Who the house is, as sync sees it: devices and their keys, staff signing keys,
managers, the founder; from the synced records over the seed an enrolment package gave."""

from __future__ import annotations

import json
from typing import Any

from safehaven.store.connection import Connection
from safehaven.store.local_state import save_local_value
from safehaven.store.vault import Vault


def roster(conn: Connection) -> dict[str, tuple[str | None, bool]]:
    """device id -> (public key hex, revoked): the synced devices, over the seed a joining
    laptop received in its enrolment package."""
    return {d: (k, r) for d, (k, _, r) in _roster_rows(conn).items()}


def staff_keys(conn: Connection) -> dict[str, str]:
    """staff id -> signing key, for everyone with an identity (removed people included:
    their role check refuses them with its own reason)."""
    return dict(conn.execute("SELECT id, sign_key FROM staff WHERE sign_key IS NOT NULL"))


def box_keys(conn: Connection) -> dict[str, str]:
    """device id -> X25519 public key hex, for every device not revoked."""
    return {d: b for d, (_, b, r) in _roster_rows(conn).items() if b and not r}


def _roster_rows(conn: Connection) -> dict[str, tuple[str | None, str | None, bool]]:
    rows = {d: (k, b, bool(r)) for d, k, b, r in conn.execute(
        "SELECT device_id, public_key, box_key, revoked FROM roster_seed")}
    for d, k, b, r in conn.execute("SELECT id, public_key, box_key, revoked FROM devices"):
        seed = rows.get(d, (None, None, False))
        rows[d] = (k or seed[0], b or seed[1], bool(r) or seed[2])
    return rows


def roster_entries(conn: Connection) -> list[list[Any]]:
    """[device id, public key, box key, revoked] for an enrolment package."""
    return [[d, k, b, r] for d, (k, b, r) in sorted(_roster_rows(conn).items()) if k]


def seed_roster(vault: Vault, entries: list[list[Any]]) -> None:
    vault.conn.executemany(
        "INSERT OR REPLACE INTO roster_seed (device_id, public_key, box_key, revoked) "
        "VALUES (?, ?, ?, ?)", [(str(d), str(k), b, int(bool(r))) for d, k, b, r in entries])


def manager_keys(conn: Connection) -> list[str]:
    """The signing keys of the house's active managers, as this laptop's roster has them."""
    return sorted(k for (k,) in conn.execute(
        "SELECT sign_key FROM staff WHERE active = 1 AND role = 'manager' AND sign_key IS NOT "
        "NULL"))


def staff_entries(conn: Connection) -> list[list[Any]]:
    """[id, name, role, active, signing key, key parameters] of everyone on the roster,
    for an enrolment package (public parts only)."""
    return [[i, n, r, bool(a), k, p] for i, n, r, a, k, p in conn.execute(
        "SELECT id, display_name, role, active, sign_key, key_params FROM staff")]


def founder(conn: Connection) -> tuple[str, str | None] | None:
    """(staff id, signing key) of who made the house: the author of the change set that
    created its site record. A joining laptop is told it, and accepts no other founder."""
    row = conn.execute(
        "SELECT cs.staff_id, s.sign_key FROM change_log cl JOIN change_sets cs ON "
        "cl.changeset = cs.local_id LEFT JOIN staff s ON s.id = cs.staff_id WHERE "
        "cl.table_name = 'sites' AND cl.field = '*' ORDER BY cl.change_id LIMIT 1").fetchone()
    return (str(row[0]), row[1]) if row and row[0] else None


def pin_founder(vault: Vault, staff_id: str, sign_key: str | None) -> None:
    save_local_value(vault, "founder", json.dumps([staff_id, sign_key]))


def device_rows(conn: Connection) -> list[tuple[str, str, str, bool]]:
    """(id, name, enrolled at, revoked) of every device of the house, oldest first."""
    return [(d, n, e, bool(r)) for d, n, e, r in conn.execute(
        "SELECT id, name, enrolled_at, revoked FROM devices ORDER BY enrolled_at, id")]
