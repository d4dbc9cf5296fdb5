"""Site key rotation: a new key for future changes, wrapped for each device still trusted.

Grants are ordinary synced rows (`key_grants`), sealed for one device's X25519 key, so
they travel with everything else yet only their recipient can open them.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from safehaven.domain.models import KeyGrant
from safehaven.store.ids import new_id
from safehaven.store.vault import Vault
from safehaven.store.writer import WriteTx
from safehaven.sync.keys import wrap_site_key
from safehaven.sync.replica import device_keys, peers

FIRST_VERSION = 1  # the house's first key travels in enrolment packages, never in grants


def rotate_site_key(vault: Vault, tx: WriteTx) -> int:
    """A new site key, granted to every device not revoked; returns its version.

    The version jumps by a random step, so two laptops rotating at the same time offline
    do not pick the same number for different keys.
    """
    current, _ = device_keys.site_key(tx.conn, vault.site_id)
    version = current + 1 + secrets.randbelow(1 << 20)
    # The change set being written here (revoking, granting) still goes out under the
    # old key, which every device it concerns can open; the next one uses the new key.
    device_keys.add_site_key(vault, vault.site_id, version, secrets.token_bytes(32),
                             from_now=True)
    for device_id, box_key in sorted(peers.box_keys(tx.conn).items()):
        grant_to(vault, tx, device_id, box_key)
    return version


def grant_to(vault: Vault, tx: WriteTx, device_id: str, box_key: str) -> None:
    """Wrap the newest site key for one device (nothing for this device or the first key)."""
    version, key = device_keys.site_key(tx.conn, vault.site_id)
    if device_id == vault.device_id or version == FIRST_VERSION:
        return
    tx.insert(KeyGrant(new_id(), vault.site_id, version, device_id, vault.device_id,
                       wrap_site_key(box_key, vault.site_id, version, device_id, key),
                       datetime.now(UTC).replace(microsecond=0)))


def grant_missing(vault: Vault) -> bool:
    """Repair what concurrent changes on laptops that were offline can leave behind.

    A device that joined the roster without a grant of the newest key gets one; if the
    newest key was granted to a device that has since been revoked (two revocations made
    at once on two laptops), the key is rotated again. Returns whether anything changed.
    """
    conn = vault.conn
    if vault.identity is None or vault.identity.sign_public not in peers.manager_keys(conn):
        return False  # key grants are a manager's to make (receivers refuse anyone else's)
    try:
        version, _ = device_keys.site_key(conn, vault.site_id)
    except KeyError:
        return False
    if version == FIRST_VERSION:
        return False
    recipients = device_keys.grant_recipients(conn, vault.site_id, version)
    trusted = peers.box_keys(conn)
    roster = peers.roster(conn)
    leaked = {r for r in recipients if roster.get(r, (None, False))[1]}
    missing = set(trusted) - recipients - {vault.device_id}
    if not leaked and not missing:
        return False
    device_keys.signing_key(vault)
    with vault.write() as tx:
        if leaked:
            rotate_site_key(vault, tx)
        else:
            for device_id in sorted(missing):
                grant_to(vault, tx, device_id, trusted[device_id])
    return True
