"""This device's own keys and the house's site keys, with the grants that carry them.

Keys are kept in the encrypted database, so they are as safe as the records; the key file
never holds them.
"""

from __future__ import annotations

import json
import secrets

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from safehaven.domain.models import Device
from safehaven.store.connection import Connection
from safehaven.store.local_state import local_value, now_text
from safehaven.store.vault import Vault


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
                       (site_id, version, key, now_text(), first))


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


def own_name(vault: Vault) -> str | None:
    """This laptop's name as its house gave it (declared to the server's admin)."""
    row = vault.conn.execute("SELECT name FROM devices WHERE id = ?",
                             (vault.device_id,)).fetchone()
    return str(row[0]) if row and row[0] else None


def replace_box_key(conn: Connection, box_raw: bytes) -> None:
    """This laptop's new X25519 key (a removal re-keyed it, sync/reissue.py); the old one
    is kept to open grants made to it before (a removed person's copy holds it anyway)."""
    row = conn.execute("SELECT device_id, box_key FROM device_secrets").fetchone()
    if row is None or row[1] is None or bytes(row[1]) == box_raw:
        return
    old = json.loads(local_value(conn, "old_box_keys") or "[]")
    conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES ('old_box_keys', ?)",
                 (json.dumps([*old, bytes(row[1]).hex()][-16:]),))
    conn.execute("UPDATE device_secrets SET box_key = ? WHERE device_id = ?",
                 (box_raw, row[0]))


def old_boxes(conn: Connection) -> list[bytes]:
    """This laptop's earlier X25519 keys, newest last."""
    try:
        return [bytes.fromhex(k) for k in json.loads(local_value(conn, "old_box_keys") or "[]")]
    except (ValueError, TypeError):
        return []


def new_box_key() -> tuple[bytes, str]:
    """(private raw, public hex) of a fresh X25519 key."""
    box = X25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    return (box.private_bytes(raw, serialization.PrivateFormat.Raw,
                              serialization.NoEncryption()),
            box.public_key().public_bytes(raw, serialization.PublicFormat.Raw).hex())
