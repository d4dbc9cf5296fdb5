"""The sync tables: site keys, this device's signing key, the outbox, quarantine, conflicts.

Keys are kept in the encrypted database, so they are as safe as the records; the key file
never holds them.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from safehaven.domain.models import Device
from safehaven.store.connection import Connection, existing_ids, rows_in
from safehaven.store.vault import Vault


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_device_keys() -> tuple[bytes, str, bytes, str]:
    """(signing private, signing public hex, box private, box public hex) for a device."""
    signer, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    return (signer.private_bytes(raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption()),
            signer.public_key().public_bytes(raw, serialization.PublicFormat.Raw).hex(),
            box.private_bytes(raw, serialization.PrivateFormat.Raw,
                              serialization.NoEncryption()),
            box.public_key().public_bytes(raw, serialization.PublicFormat.Raw).hex())


def signing_key(vault: Vault) -> Ed25519PrivateKey:
    """This device's Ed25519 key, made on first use (with its X25519 key); the public
    halves go in the roster."""
    row = vault.conn.execute("SELECT signing_key, box_key FROM device_secrets "
                             "WHERE device_id = ?", (vault.device_id,)).fetchone()
    if row is not None and row[1] is not None:
        return Ed25519PrivateKey.from_private_bytes(bytes(row[0]))
    signing, public, box, box_public = new_device_keys()
    with vault.write() as tx:
        if row is None:
            tx.conn.execute("INSERT INTO device_secrets (device_id, signing_key, box_key) "
                            "VALUES (?, ?, ?)", (vault.device_id, signing, box))
            tx.update(Device, vault.device_id, public_key=public, box_key=box_public)
        else:  # a key made before box keys existed: keep it, add the box key
            signing = bytes(row[0])
            tx.conn.execute("UPDATE device_secrets SET box_key = ? WHERE device_id = ?",
                            (box, vault.device_id))
            tx.update(Device, vault.device_id, box_key=box_public)
    return Ed25519PrivateKey.from_private_bytes(signing)


def box_private(vault: Vault) -> bytes:
    signing_key(vault)
    return bytes(vault.conn.execute("SELECT box_key FROM device_secrets WHERE device_id = ?",
                                    (vault.device_id,)).fetchone()[0])


def adopt_identity(vault: Vault, device_id: str, signing_key_raw: bytes,
                   box_key_raw: bytes | None = None) -> None:
    """Make a vault built from another device's records this device's own: its id and key.

    Used when a laptop joins: it receives the house's change sets, then takes an identity
    of its own; no other device's secret stays in its database.
    """
    with vault.write() as tx:
        tx.conn.execute("UPDATE local_state SET value = ? WHERE key = 'device_id'",
                        (device_id,))
        tx.conn.execute("DELETE FROM device_secrets")
        tx.conn.execute("INSERT INTO device_secrets (device_id, signing_key, box_key) "
                        "VALUES (?, ?, ?)", (device_id, signing_key_raw, box_key_raw))
    vault.device_id = device_id


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


def grant_recipients(conn: Connection, site_id: str, version: int) -> set[str]:
    return {r for (r,) in conn.execute("SELECT recipient FROM key_grants WHERE site_id = ? "
                                       "AND version = ?", (site_id, version))}


def grants_to_open(conn: Connection, device_id: str) -> list[tuple[str, int, str]]:
    """(site, version, sealed) of key grants for this device whose key it lacks."""
    return [(s, int(v), g) for s, v, g in conn.execute(
        "SELECT g.site_id, g.version, g.sealed FROM key_grants g WHERE g.recipient = ? AND "
        "NOT EXISTS (SELECT 1 FROM site_keys k WHERE k.site_id = g.site_id AND "
        "k.version = g.version)", (device_id,))]


def site_key(conn: Connection, site_id: str, version: int | None = None) -> tuple[int, bytes]:
    """A site key by version, or the newest; KeyError when this device does not have it."""
    if version is None:
        row = conn.execute("SELECT version, key FROM site_keys WHERE site_id = ? "
                           "ORDER BY version DESC LIMIT 1", (site_id,)).fetchone()
    else:
        row = conn.execute("SELECT version, key FROM site_keys WHERE site_id = ? AND "
                           "version = ?", (site_id, version)).fetchone()
    if row is None:
        raise KeyError(version)
    return int(row[0]), bytes(row[1])


def all_site_keys(conn: Connection) -> list[tuple[str, int, bytes]]:
    return [(s, int(v), bytes(k)) for s, v, k in
            conn.execute("SELECT site_id, version, key FROM site_keys ORDER BY version")]


def add_site_key(vault: Vault, site_id: str, version: int, key: bytes, *,
                 from_now: bool = False) -> None:
    """Keep a site key. `from_now`: seal this device's change sets with it only from the
    next one on (a key that arrives later must not re-seal what was written before)."""
    first = 0
    if from_now:
        first = int(vault.conn.execute(
            "SELECT coalesce(max(device_seq), 0) + 1 FROM change_sets WHERE device_id = ?",
            (vault.device_id,)).fetchone()[0])
    vault.conn.execute("INSERT OR IGNORE INTO site_keys (site_id, version, key, created_at, "
                       "first_seq) VALUES (?, ?, ?, ?, ?)",
                       (site_id, version, key, _now(), first))


def sealing_keys(conn: Connection, site_id: str) -> list[tuple[int, int, bytes]]:
    """(first_seq, version, key), for `key_for_seq`."""
    return [(int(f), int(v), bytes(k)) for f, v, k in conn.execute(
        "SELECT first_seq, version, key FROM site_keys WHERE site_id = ? "
        "ORDER BY first_seq, version", (site_id,))]


def key_for_seq(keys: list[tuple[int, int, bytes]], seq: int) -> tuple[int, bytes]:
    """The key this device seals its change set `seq` with."""
    chosen = None
    for first, version, key in keys:
        if first <= seq:
            chosen = (version, key)
    if chosen is None:
        raise KeyError(seq)
    return chosen


def ensure_site_key(vault: Vault) -> tuple[int, bytes]:
    """The house's first site key, made by the device that sets up sync."""
    try:
        return site_key(vault.conn, vault.site_id)
    except KeyError:
        add_site_key(vault, vault.site_id, 1, secrets.token_bytes(32))
        return site_key(vault.conn, vault.site_id)


@dataclass(frozen=True, slots=True)
class OutgoingSet:
    id: str
    device_id: str
    device_seq: int
    hlc: int
    staff_id: str | None
    entries: list[list[Any]]  # [table, row_id, field, value_json, hlc, base_hlc]
    staff_sig: bytes | None = None  # the author's signature (store/crypto.changeset_message)
    prev: int = 0  # this device's change set before it (0: none): receivers notice a gap


def local_changesets(conn: Connection, device_id: str, after_seq: int = 0,
                     limit: int | None = None) -> list[OutgoingSet]:
    """This device's change sets with device_seq > after_seq, in order, with their entries."""
    sql = ("SELECT local_id, id, device_seq, hlc, staff_id, staff_sig, "
           "(SELECT max(p.device_seq) FROM change_sets p WHERE p.device_id = "
           "change_sets.device_id AND p.device_seq < change_sets.device_seq) FROM change_sets "
           "WHERE device_id = ? AND device_seq > ? ORDER BY device_seq")
    params: tuple[Any, ...] = (device_id, after_seq)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    sets = conn.execute(sql, params).fetchall()
    entries: dict[int, list[list[Any]]] = {local_id: [] for local_id, *_ in sets}
    for changeset, *entry in rows_in(  # one query per batch, not per change set
            conn, "SELECT changeset, table_name, row_id, field, value, hlc, base_hlc FROM "
            "change_log WHERE changeset IN ({in}) ORDER BY change_id", list(entries)):
        entries[changeset].append(entry)
    return [OutgoingSet(cs_id, device_id, int(seq), int(hlc), staff_id, entries[local_id],
                        bytes(sig) if sig is not None else None, int(prev or 0))
            for local_id, cs_id, seq, hlc, staff_id, sig, prev in sets]


def split_for_sending(conn: Connection, device_id: str, changeset_ids: set[str]
                      ) -> tuple[list[OutgoingSet], list[bytes]]:
    """These change sets, to send again: this device's own (to seal) and the envelopes it
    received from others (to relay as they came)."""
    own_seqs, relay = [], []
    for seq, dev, envelope in rows_in(conn, "SELECT device_seq, device_id, envelope FROM "
                                      "change_sets WHERE id IN ({in})", sorted(changeset_ids)):
        if dev == device_id:
            own_seqs.append(int(seq))
        elif envelope is not None:
            relay.append(bytes(envelope))
    own = [cs for cs in local_changesets(conn, device_id, min(own_seqs) - 1)
           if cs.device_seq in set(own_seqs)] if own_seqs else []
    return own, relay


def held_envelopes(conn: Connection, device_id: str, after_seq: int) -> list[bytes]:
    """Envelopes received from another device, as they came, to pass on."""
    return [bytes(e) for (e,) in conn.execute(
        "SELECT envelope FROM change_sets WHERE device_id = ? AND device_seq > ? AND "
        "origin = 'remote' AND envelope IS NOT NULL ORDER BY device_seq",
        (device_id, after_seq))]


def highest_seq(conn: Connection) -> dict[str, int]:
    """The highest change set number held from each device (own and received)."""
    return {d: int(s) for d, s in
            conn.execute("SELECT device_id, max(device_seq) FROM change_sets GROUP BY device_id")}


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


def held_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM change_sets").fetchone()[0])


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


def local_value(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM local_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def save_local_value(vault: Vault, key: str, value: str) -> None:
    vault.conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                       (key, value))


def device_rows(conn: Connection) -> list[tuple[str, str, str, bool]]:
    """(id, name, enrolled at, revoked) of every device of the house, oldest first."""
    return [(d, n, e, bool(r)) for d, n, e, r in conn.execute(
        "SELECT id, name, enrolled_at, revoked FROM devices ORDER BY enrolled_at, id")]


def own_count(conn: Connection, device_id: str) -> int:
    return int(conn.execute("SELECT count(*) FROM change_sets WHERE device_id = ?",
                            (device_id,)).fetchone()[0])


def device_activity(conn: Connection, waiting_reason: str
                    ) -> dict[str, tuple[int, int, int]]:
    """device id -> (newest change set number held, its clock, how many wait for a gap)."""
    out = {d: (int(s), int(h), 0) for d, s, h in conn.execute(
        "SELECT device_id, max(device_seq), max(hlc) FROM change_sets GROUP BY device_id")}
    for device, count in conn.execute("SELECT device_id, count(*) FROM quarantine WHERE "
                                      "reason = ? GROUP BY device_id", (waiting_reason,)):
        seq, hlc, _ = out.get(device, (0, 0, 0))
        out[device] = (seq, hlc, int(count))
    return out


def held_seqs(conn: Connection, wanted: set[tuple[str, int]],
              waiting_reason: str = "") -> set[tuple[str, int]]:
    """Which of these (device, number) change sets this laptop has received: applied, or
    verified and refused (not those that themselves wait for a gap)."""
    held: set[tuple[str, int]] = set()
    by_device: dict[str, list[int]] = {}
    for device, seq in wanted:
        by_device.setdefault(device, []).append(seq)
    for device, seqs in by_device.items():
        held |= {(device, int(s)) for (s,) in rows_in(
            conn, "SELECT device_seq FROM change_sets WHERE device_id = ? AND device_seq "
            "IN ({in})", seqs, before=(device,))}
        held |= {(device, int(s)) for (s,) in rows_in(
            conn, "SELECT device_seq FROM quarantine WHERE device_id = ? AND reason != ? "
            "AND device_seq IN ({in})", seqs, before=(device, waiting_reason))}
    return held


def held_among(conn: Connection, changeset_ids: list[str]) -> set[str]:
    """Which of these change sets this device already holds."""
    return existing_ids(conn, "change_sets", changeset_ids)


def has_changeset(conn: Connection, changeset_id: str) -> bool:
    return conn.execute("SELECT 1 FROM change_sets WHERE id = ?",
                        (changeset_id,)).fetchone() is not None


def quarantine(vault: Vault, changeset_id: str, device_id: str | None, reason: str,
               envelope: bytes, device_seq: int | None = None) -> None:
    """Set a change set aside with its reason; `device_seq` only when its laptop's
    signature was verified (a forged header must not fill a gap)."""
    vault.conn.execute(
        "INSERT OR REPLACE INTO quarantine (changeset_id, device_id, reason, envelope, "
        "received_at, device_seq) VALUES (?, ?, ?, ?, ?, ?)",
        (changeset_id, device_id, reason, envelope, _now(), device_seq))


def quarantined_envelopes(conn: Connection, reasons: tuple[str, ...]) -> list[bytes]:
    """Quarantined envelopes refused for one of these reasons (prefixes), to try again."""
    where = " OR ".join("reason LIKE ?" for _ in reasons)
    return [bytes(e) for (e,) in conn.execute(
        f"SELECT envelope FROM quarantine WHERE {where}", tuple(r + "%" for r in reasons))]


def release_quarantine(conn: Connection, changeset_ids: list[str]) -> None:
    """Forget quarantined change sets that have now been applied."""
    if conn.execute("SELECT 1 FROM quarantine LIMIT 1").fetchone():
        conn.executemany("DELETE FROM quarantine WHERE changeset_id = ?",
                         [(i,) for i in changeset_ids])


def quarantined(conn: Connection) -> list[tuple[str, str]]:
    return [(c, r) for c, r in conn.execute(
        "SELECT changeset_id, reason FROM quarantine ORDER BY received_at")]


def open_conflicts(conn: Connection) -> list[dict[str, Any]]:
    cols = ("id", "table_name", "row_id", "field", "kept_value", "kept_hlc", "lost_value",
            "lost_hlc", "lost_device")
    rows = conn.execute(f"SELECT {', '.join(cols)} FROM conflicts WHERE resolution IS NULL "
                        "ORDER BY detected_at, id")
    return [dict(zip(cols, r, strict=True)) for r in rows]


def conflict(conn: Connection, conflict_id: str) -> dict[str, Any] | None:
    for item in open_conflicts(conn):
        if item["id"] == conflict_id:
            return item
    return None


def close_conflict(conn: Connection, conflict_id: str, resolution: str) -> None:
    conn.execute("UPDATE conflicts SET resolution = ? WHERE id = ?", (resolution, conflict_id))


def row_values(conn: Connection, table: str, columns: tuple[str, ...]
               ) -> list[tuple[Any, ...]]:
    """Every row of a table, for comparing devices (tests, digests)."""
    return list(conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id"))


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class ServerLink:
    url: str
    device_token: str
    epoch: str
    cursor: int
    last_sync: str | None
    last_error: str | None


def server_link(conn: Connection) -> ServerLink | None:
    row = conn.execute("SELECT url, device_token, epoch, cursor, last_sync, last_error "
                       "FROM sync_server WHERE id = 1").fetchone()
    return ServerLink(*row) if row else None


def save_server_link(vault: Vault, url: str, device_token: str, epoch: str) -> None:
    with vault.write() as tx:
        tx.conn.execute("INSERT OR REPLACE INTO sync_server (id, url, device_token, epoch, "
                        "cursor) VALUES (1, ?, ?, ?, 0)", (url, device_token, epoch))


CHECKPOINTS = 32


def save_cursor(vault: Vault, epoch: str, cursor: int, cursor_id: str | None = None) -> None:
    """Where the pull got to; with the id of the change set at that position, a checkpoint
    the next round verifies against the server (kept: the newest few, thinning older)."""
    vault.conn.execute("UPDATE sync_server SET epoch = ?, cursor = ? WHERE id = 1",
                       (epoch, cursor))
    points = [p for p in pull_checkpoints(vault.conn) if p[0] < cursor]
    if cursor_id:
        points.append((cursor, cursor_id))
    if len(points) > CHECKPOINTS:  # keep every other one of the older half
        half = len(points) // 2
        points = points[:half][::2] + points[half:]
    save_local_value(vault, "pull_checkpoints", json.dumps(points))


def pull_checkpoints(conn: Connection) -> list[tuple[int, str]]:
    """(position in the server's log, change set id there), oldest first."""
    try:
        return [(int(q), str(i)) for q, i in json.loads(
            local_value(conn, "pull_checkpoints") or "[]")]
    except (ValueError, TypeError):
        return []


def save_clock_offset(vault: Vault, seconds: float | None) -> None:
    """The server's clock minus this laptop's, as seen at the last round (local only)."""
    if seconds is not None:
        vault.conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES "
                           "('clock_offset', ?)", (str(round(seconds)),))


def clock_offset(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM local_state WHERE key = 'clock_offset'").fetchone()
    return int(row[0]) if row else 0


def save_outcome(vault: Vault, error: str | None) -> None:
    if error is None:
        vault.conn.execute("UPDATE sync_server SET last_sync = ?, last_error = NULL "
                           "WHERE id = 1", (_now(),))
    else:
        vault.conn.execute("UPDATE sync_server SET last_error = ? WHERE id = 1", (error,))


RESTORE_GAP = 1_000_000


def mark_restored(vault: Vault) -> None:
    """A vault put back from a backup may lack change sets it had already sent. Its next
    round fetches its own back from the server, and its numbering jumps well past anything
    it may have sent after the backup was taken, so no number is used twice."""
    top = int(vault.conn.execute("SELECT coalesce(max(device_seq), 0) FROM change_sets "
                                 "WHERE device_id = ?", (vault.device_id,)).fetchone()[0])
    vault.conn.executemany("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                           [("restored", "1"), ("seq_floor", str(top + RESTORE_GAP))])
    vault.seq_floor = top + RESTORE_GAP


def was_restored(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM local_state WHERE key = 'restored' AND value = '1'"
                        ).fetchone() is not None


def clear_restored(vault: Vault) -> None:
    vault.conn.execute("DELETE FROM local_state WHERE key = 'restored'")


def held_ids(conn: Connection) -> list[str]:
    return [i for (i,) in conn.execute("SELECT id FROM change_sets")]


def seen_ids(conn: Connection) -> set[str]:
    """Every change set id this device has applied or set aside (what a digest covers)."""
    return set(held_ids(conn)) | _quarantined_ids(conn)


def _quarantined_ids(conn: Connection) -> set[str]:
    return {i for (i,) in conn.execute("SELECT changeset_id FROM quarantine WHERE "
                                       "changeset_id NOT LIKE 'unreadable-%'")}


def seen_digest(vault: Vault, fold: Callable[[list[str], str], str]) -> str:
    """The digest of what this device has applied or set aside."""
    return fold(sorted(_quarantined_ids(vault.conn)), held_digest(vault, fold))


def held_digest(vault: Vault, fold: Callable[[list[str], str], str]) -> str:
    """The digest of every change set held, kept up to date incrementally: change sets are
    only ever added (local ids grow), so only those since the last time are folded in."""
    row = vault.conn.execute("SELECT value FROM local_state WHERE key = 'digest'").fetchone()
    upto, value = (row[0].split(":", 1) if row else ("0", ""))
    fresh = vault.conn.execute("SELECT local_id, id FROM change_sets WHERE local_id > ? "
                               "ORDER BY local_id", (int(upto),)).fetchall()
    if not fresh and value:
        return value
    value = fold([i for _, i in fresh], value)
    top = fresh[-1][0] if fresh else int(upto)
    vault.conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES ('digest', ?)",
                       (f"{top}:{value}",))
    return value


def own_highest(conn: Connection, device_id: str) -> int:
    return int(conn.execute("SELECT coalesce(max(device_seq), 0) FROM change_sets WHERE "
                            "device_id = ?", (device_id,)).fetchone()[0])


def save_app_versions(vault: Vault, minimum: str, latest: str) -> None:
    """The app versions the server asks for (local only: it is about this laptop)."""
    vault.conn.executemany("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                           [("app_minimum", minimum), ("app_latest", latest)])


def app_versions(conn: Connection) -> tuple[str, str] | None:
    """(minimum, latest) as the server last said, or None before it said anything."""
    rows = dict(conn.execute("SELECT key, value FROM local_state WHERE key IN "
                             "('app_minimum', 'app_latest')").fetchall())
    if "app_minimum" not in rows or "app_latest" not in rows:
        return None
    return str(rows["app_minimum"]), str(rows["app_latest"])
