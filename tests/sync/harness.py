"""A house of several devices in temporary folders, made once and copied per test."""

from __future__ import annotations

import base64
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safehaven.domain.models import Device
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.ids import new_id
from safehaven.store.keyfile import KeyFile
from safehaven.store.vault import Vault, keys_path
from safehaven.sync.replica import device_keys

PASSPHRASE = "sync test passphrase"


@dataclass
class Template:
    folders: list[Path]
    master: bytes
    data_key: bytes
    staff_id: str
    identity: crypto.Identity | None = None


def make_template(root: Path, devices: int = 3) -> Template:
    """Device 0 sets up the house and registers the others (with their public keys)."""
    first = root / "device-0"
    vault, _ = Vault.create(first, house="Casa Sync", organisation="Org", staff_name="Manager",
                            passphrase=PASSPHRASE, kdf=crypto.MIN_KDF)
    device_keys.ensure_site_key(vault)
    device_keys.signing_key(vault)
    identities = []
    for i in range(1, devices):
        signing, public, box, box_public = device_keys.new_device_keys()
        device_id = new_id()
        with vault.write() as tx:
            tx.insert(Device(device_id, vault.site_id, f"laptop {i}",
                             datetime.now(UTC).replace(microsecond=0), public_key=public,
                             box_key=box_public))
        identities.append((device_id, signing, box))
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    template = Template([first], vault._master_key, vault._data_key, vault.staff_id or "",
                        vault.identity)
    vault.close()
    for i, (device_id, signing, box) in enumerate(identities, start=1):
        folder = root / f"device-{i}"
        shutil.copytree(first, folder)
        clone = open_device(folder, template)
        device_keys.adopt_identity(clone, device_id, signing, box)
        clone.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        clone.close()
        template.folders.append(folder)
    return template


def open_device(folder: Path, template: Template) -> Vault:
    """Open a copy without paying for Argon2id again (the tests' own shortcut)."""
    return Vault(folder, KeyFile.load(keys_path(folder)), template.master, template.data_key,
                 template.staff_id, template.identity)


def copy_house(template: Template, root: Path) -> list[Vault]:
    vaults = []
    for i, folder in enumerate(template.folders):
        dest = root / f"d{i}"
        shutil.copytree(folder, dest)
        vaults.append(open_device(dest, template))
    return vaults


@contextmanager
def house_of(template: Template, root: Path) -> Iterator[list[Vault]]:
    """Fresh copies of every device of the template house, closed afterwards."""
    vaults = copy_house(template, root)
    try:
        yield vaults
    finally:
        for vault in vaults:
            vault.close()


def context(vault: Vault) -> Context:
    return Context.for_vault(vault)


def staff_signed(vault: Vault, cs: dict) -> dict:
    """A hand-made change set, signed by its author as the writer would (when this
    session holds that person's identity)."""
    identity = vault.signers.get(cs.get("staff_id") or "")
    if identity is not None:
        message = crypto.changeset_message(cs["id"], cs["device_id"], cs["device_seq"],
                                           cs["hlc"], cs.get("staff_id"), cs["entries"])
        cs = {**cs, "ssig": base64.b64encode(identity.signer.sign(message)).decode()}
    return cs


def one_by_one(vault: Vault, held: dict[str, int] | None = None) -> list[bytes]:
    """The vault's own change sets past what the receiver holds, each sealed as a run of
    its own (for tests that withhold, reorder or tamper with one change set)."""
    from safehaven.sync.engine import seal_own
    from safehaven.sync.replica import outbox

    sets = outbox.local_changesets(vault.conn, vault.device_id,
                                   (held or {}).get(vault.device_id, 0))
    return [seal_own(vault, [cs])[0] for cs in sets]


def singly_v2(vault: Vault, held: dict[str, int] | None = None) -> list[bytes]:
    """The same, sealed as the version 2 envelopes earlier releases made (one change set
    each, chained by hash): receivers still read them."""
    from safehaven.sync.envelope import encrypt, signed_envelope, with_prev
    from safehaven.sync.replica import outbox

    keys = device_keys.sealing_keys(vault.conn, vault.site_id)
    signer = device_keys.signing_key(vault)
    out, prev = [], b""
    for cs in outbox.local_changesets(vault.conn, vault.device_id,
                                      (held or {}).get(vault.device_id, 0)):
        version, key = device_keys.key_for_seq(keys, cs.device_seq)
        header, ct = encrypt(cs.to_wire(), vault.site_id, version, key)
        out.append(signed_envelope(with_prev(header, prev), ct, signer))
        prev = header.chain_hash(ct)
    return out


def every_page_in_process(monkeypatch: Any) -> None:
    """Pulls open every page in the opening process (`sync/opener.py`), the first one
    too: any pull starts it, and waits until it has started."""
    from safehaven.sync import rounds
    from safehaven.sync.opener import Opener

    start = Opener.__init__

    def started_first(self: Opener, in_process: bool) -> None:
        start(self, in_process)
        assert not in_process or self.started(60), "the opening process did not start"

    monkeypatch.setattr(rounds, "PAGES_BEHIND", 0)
    monkeypatch.setattr(Opener, "__init__", started_first)
