"""Adding a laptop to a house, and taking one away.

A manager's laptop makes the new laptop's identity (device id, Ed25519 and X25519 keys),
writes it into the roster as an ordinary signed change, and seals a package (that
identity, the site keys, the roster and the staff list) with the secret half of a
one-time code. The server keeps the sealed package under the hash of the code's token
half. The new laptop, given the code, fetches the package, opens it and pulls the
house's change sets. The manager's laptop does not need to be online at that moment.

The server sees neither the secret nor what it seals: it cannot read a package, make one
the code would open, or add a device to the roster (only roster devices sign changes).

Revoking a device marks it in the roster and makes a new site key, wrapped for each
remaining device's X25519 key, all in one change; later changes are sealed with the new
key, older ones stay readable with the old.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import httpx

from safehaven.crashpoints import crash_point
from safehaven.domain.models import Device, Staff
from safehaven.domain.vocab import Role
from safehaven.errors import InvalidValue, VaultExists, WrongPassphrase
from safehaven.i18n import tr
from safehaven.store import crypto, join_marker, reads
from safehaven.store import vault as vaults
from safehaven.store.ids import new_id
from safehaven.store.vault import Vault
from safehaven.sync import clockcheck, keys, protocol, trust
from safehaven.sync.api import HttpApi
from safehaven.sync.client import Client, SyncError, linked_client
from safehaven.sync.envelope import enrolment_text
from safehaven.sync.managers import manager_identity, manager_signed, vouch_for_managers
from safehaven.sync.replica import device_keys, peers, server_link
from safehaven.sync.rotation import grant_to, rotate_site_key
from safehaven.sync.rounds import Progress, sync_round

PACKAGE_VERSION = 1
OLD_SERVER_LIFETIME = timedelta(hours=24)  # what servers that did not say kept a code


class NewCode(NamedTuple):
    code: str
    expires: datetime  # when the server stops accepting it (UTC), as the server said


class JoinPassphraseWrong(SyncError):
    """Joining as someone the house knows, with a passphrase that is not theirs: nothing
    of the house is kept here and the code still works (try again with theirs)."""

    def __init__(self, name: str) -> None:
        super().__init__(tr("That is not {name}'s passphrase. Nothing was set up and the "
                            "code still works: join again with the same code and your own "
                            "passphrase.", name=name))


def create_code(vault: Vault, device_name: str, newcomer: tuple[str, Role] | None = None,
                transport: httpx.BaseTransport | None = None) -> str:
    """A one-time code for a new laptop of this house (see `new_code`)."""
    return new_code(vault, device_name, newcomer, transport).code


def new_code(vault: Vault, device_name: str, newcomer: tuple[str, Role] | None = None,
             transport: httpx.BaseTransport | None = None) -> NewCode:
    """A one-time code for a new laptop of this house and when it expires (the server
    decides how long a code lasts); the roster change goes out now.

    A code for a laptop only lets the house's existing staff unlock it with their own
    passphrase. A code for a newcomer (name, role) also puts them on the roster now, signed
    by this manager, under a one-time claim key sealed in the package: their laptop's
    first change set, signed with it, sets their own identity. No laptop can add a person
    on its own word."""
    if not device_name.strip():
        raise InvalidValue("device_name", tr("give the new laptop a name"))
    claim: crypto.Identity | None = None
    same: list[tuple[str, str | None]] = []  # the newcomer's pending record, if any
    if newcomer is not None:
        name, role = newcomer[0].strip(), Role(newcomer[1])
        if not name:
            raise InvalidValue("newcomer", tr("say who the new colleague is"))
        same = [(staff_id, params) for staff_id, n, _, active, _, params
                in peers.staff_entries(vault.conn)
                if active and str(n).casefold() == name.casefold()]
        if any(params for _, params in same):
            raise InvalidValue("newcomer", tr(
                "{name} is already on the staff list: make a code for a laptop only, and "
                "they unlock it with their own passphrase.", name=name))
        claim_seed = os.urandom(32)
        claim = crypto.Identity.from_seed(claim_seed)
        # a newcomer whose earlier code was lost or ran out: the same record, a new claim
        # key (the old code's claim no longer matches it)
        newcomer_id = same[0][0] if same else new_id()
    device_keys.ensure_site_key(vault)
    device_keys.signing_key(vault)
    code, token, secret = keys.new_code()
    device_id = new_id()
    signing, public, box, box_public = device_keys.new_device_keys()
    with linked_client(vault, transport) as client:
        # fail before the roster changes when offline
        client.ask(protocol.HealthAnswer, "GET", protocol.HEALTH)
        with vault.write() as tx:
            tx.insert(Device(device_id, vault.site_id, device_name.strip(),
                             datetime.now(UTC).replace(microsecond=0), public_key=public,
                             box_key=box_public))
            tx.audit("enrolment code created", "devices", device_id)
            grant_to(vault, tx, device_id, box_public)
            if claim is not None and same:
                tx.update(Staff, newcomer_id, role=role, sign_key=claim.sign_public)
            elif claim is not None:
                tx.insert(Staff(newcomer_id, vault.site_id, name, role,
                                sign_key=claim.sign_public))
        package = {
            "v": PACKAGE_VERSION, "site_id": vault.site_id, "device_id": device_id,
            "signing_key": signing.hex(), "box_key": box.hex(),
            "site_keys": [[v, k.hex()] for s, v, k in device_keys.all_site_keys(vault.conn)
                          if s == vault.site_id],
            "roster": peers.roster_entries(vault.conn),
            # with each person's public identity: joining as someone the house knows
            # takes their own passphrase
            "staff": peers.staff_entries(vault.conn),
            "issued_by": vault.device_id,
            "founder": peers.founder(vault.conn),  # who made the house, and their key
        }
        if claim is not None:
            package["claim"] = [newcomer_id, claim_seed.hex()]
        request = {"enrol_id": keys.enrol_id(token), "device_id": device_id,
                   "public_key": public, "package": keys.seal_package(token, secret, package)}
        manager = manager_identity(vault)
        if manager is not None:  # the server takes enrolments from managers only
            vouch_for_managers(vault, HttpApi(client), manager)
            request = manager_signed(vault, manager, request, lambda doc: enrolment_text(
                vault.site_id, doc, request["enrol_id"], device_id, public))
        sent = datetime.now(UTC)
        answer = client.ask(protocol.EnrolAnswer, "POST", protocol.ENROL, json=request)
    expires = _expiry(answer.get("expires"), sent)
    try:
        sync_round(vault, transport)  # the other laptops learn the new roster entry now
    except SyncError:
        if claim is not None:  # the newcomer's laptop needs their record from the server
            raise SyncError(tr("The code is made, but {name}'s record has not reached the "
                               "server yet. Sync again before they join.",
                               name=name)) from None
    return NewCode(code, expires)


def _expiry(said: str | None, sent: datetime) -> datetime:
    """When the code expires as the server said, or (a server before it said) a day on."""
    try:
        when = datetime.fromisoformat(said) if said else None
    except ValueError:
        when = None
    if when is None:
        return sent + OLD_SERVER_LIFETIME
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def join(folder: Path, url: str, code: str, staff_name: str, passphrase: str, *,
         kdf: crypto.KdfParams = crypto.DEFAULT_KDF,
         transport: httpx.BaseTransport | None = None,
         progress: Progress | None = None,
         certificate: bytes | None = None) -> tuple[Vault, str]:
    """Make a vault on this laptop for the house the code belongs to and pull everything.

    Returns the vault and its recovery key (to show once). A join whose answer was lost can
    be repeated with the same code, and so can one with a wrong passphrase. `progress`
    hears after each page of the first pull; a pull cut short goes on from its last page
    at the next `sync`. `certificate`: a PEM pinned for the server (sync/trust.py).
    """
    if not staff_name.strip():
        raise InvalidValue("staff_name", tr("say who will use this laptop"))
    token, secret = keys.parse_code(code)
    join_marker.undo(Path(folder))  # what a join killed while making its vault left
    if vaults.exists(Path(folder)):  # before the code is spent
        raise VaultExists(Path(folder))
    fresh = not Path(folder).exists()  # ours to remove if the join fails
    pem = trust.pem_of(certificate) if certificate is not None else None
    client = Client(url, transport=transport, certificate=pem)
    try:
        answer = client.ask(protocol.JoinAnswer, "POST", protocol.JOIN,
                            json={"enrol_token": keys.token_text(token)})
    finally:
        client.close()
    # a clock far off would set the whole house aside as dated ahead (the staff list with
    # it) or stamp this laptop's saves hours away: said before anything is made, and the
    # code still works once the clock is right (its token is not used yet)
    clockcheck.refuse_far(client.clock_offset)
    package = keys.open_package(token, secret, answer["package"])
    site_id, device_id = _checked(package, dict(answer))
    staff_id, display_name, known, claim = _staff_for(package, staff_name.strip())
    crash_point("join-answered")
    join_marker.begin(Path(folder), fresh=fresh)  # a kill from here: see join_marker.py
    try:
        vault, recovery = Vault.create_joined(
            Path(folder), site_id=site_id, device_id=device_id, staff_id=staff_id,
            staff_name=display_name, passphrase=passphrase, kdf=kdf, known=known)
    except WrongPassphrase:
        join_marker.undo(Path(folder))
        raise JoinPassphraseWrong(display_name) from None
    except BaseException:
        join_marker.undo(Path(folder))
        raise
    try:
        crash_point("join-vault-made")
        device_keys.adopt_identity(vault, device_id, bytes.fromhex(package["signing_key"]),
                                   bytes.fromhex(package["box_key"]))
        for version, key in package["site_keys"]:
            device_keys.add_site_key(vault, site_id, int(version), bytes.fromhex(key))
        peers.seed_roster(vault, package["roster"])
        if isinstance(package.get("founder"), list) and len(package["founder"]) == 2:
            peers.pin_founder(vault, str(package["founder"][0]), package["founder"][1])
        server_link.save_server_link(vault, url, str(answer["device_token"]),
                                     str(answer["epoch"]), pem)
        crash_point("join-linked")
        if claim is None:
            join_marker.advance(Path(folder))  # whole: a kill from here leaves it working
        else:
            sync_round(vault, transport, progress=progress)  # the newcomer's record too
            _claim(vault, staff_id, claim)
            join_marker.advance(Path(folder))
        with contextlib.suppress(SyncError):  # the next `sync` finishes what fails here
            sync_round(vault, transport, progress=progress)
    except BaseException:
        vault.close()
        if claim is not None and fresh:  # nothing of the house stays; the code works again
            shutil.rmtree(folder, ignore_errors=True)
        join_marker.undo(Path(folder))  # a vault not yet whole is removed, never left half
        raise
    join_marker.done(Path(folder))
    return vault, recovery


def _claim(vault: Vault, staff_id: str, claim: crypto.Identity) -> None:
    """Set the newcomer's own identity on the record the manager made for them, in one
    change set signed with the package's claim key (which the record names)."""
    if not reads.exists(vault.conn, Staff, staff_id):
        raise SyncError(tr("Your record has not reached the server yet. Ask the manager to "
                           "sync, then join again with the same code."))
    if reads.get(vault.conn, Staff, staff_id).sign_key != claim.sign_public:
        raise SyncError(tr("A newer code was made for you; join with that one."))
    me = vault.signers[staff_id]
    vault.signers[staff_id] = claim  # this once: the roster knows the claim key, not me yet
    try:
        with vault.write(staff_id) as tx:
            tx.update(Staff, staff_id, sign_key=me.sign_public, box_key=me.box_public,
                      key_params=_params_of(vault))
    finally:
        vault.signers[staff_id] = me


def _checked(package: dict[str, Any], answer: dict[str, Any]) -> tuple[str, str]:
    try:
        if package["v"] != PACKAGE_VERSION:
            raise SyncError(tr("This enrolment code was made by a newer SafeHaven; update "
                               "this laptop first."))
        site_id, device_id = str(package["site_id"]), str(package["device_id"])
        bytes.fromhex(package["signing_key"]), bytes.fromhex(package["box_key"])
        if not all(len(entry) == 4 for entry in package["roster"]) or not package["site_keys"]:
            raise ValueError("empty")
    except (KeyError, TypeError, ValueError):
        raise SyncError(tr("The enrolment package is damaged; ask for a new code.")) from None
    if answer.get("device_id") != device_id:
        raise SyncError(tr("The server's answer does not match the enrolment package."))
    return site_id, device_id


def _staff_for(package: dict[str, Any], name: str
               ) -> tuple[str, str, tuple[str, str] | None, crypto.Identity | None]:
    """(id, name, (key parameters, signing key) to prove, claim key): the newcomer
    the code was made for, or an active staff member of that name, who must then give
    their own passphrase. A code for a laptop only adds nobody."""
    people = package.get("staff", [])
    claim = package.get("claim")
    if isinstance(claim, list) and len(claim) == 2:
        for staff_id, display_name, _, active, *_ in people:
            if staff_id == claim[0] and active:
                if str(display_name).casefold() != name.casefold():
                    raise SyncError(tr("This code was made for {name}; join with that name.",
                                       name=display_name))
                try:
                    return (str(staff_id), str(display_name), None,
                            crypto.Identity.from_seed(bytes.fromhex(str(claim[1]))))
                except ValueError:
                    break
        raise SyncError(tr("The enrolment package is damaged; ask for a new code."))
    for staff_id, display_name, _, active, *identity in people:
        if active and str(display_name).casefold() == name.casefold():
            sign_key, params = [*identity, None, None][:2]
            if not sign_key or not params:
                # known from before identities: only their own laptop can vouch for them
                raise SyncError(tr("{name} has not yet unlocked SafeHaven since it was "
                                   "updated; ask them to, then make a new code.", name=name))
            return str(staff_id), str(display_name), (str(params), str(sign_key)), None
    raise SyncError(tr("This code is for a laptop only: {name} is not on the house's staff "
                       "list. Ask the manager for a code made in your name.", name=name))


def _params_of(vault: Vault) -> str:
    slot = vault.keys.staff_slots()[0]
    assert slot.kdf is not None
    return crypto.key_params(slot.salt, slot.kdf)


def revoke_device(vault: Vault, device_id: str) -> int:
    """Revoke a device and rotate the site key for everyone else; returns the new version.

    The server learns of the revocation at the next round (its token then stops working).
    """
    if device_id == vault.device_id:
        raise InvalidValue("device", tr("this laptop cannot revoke itself"))
    device_keys.ensure_site_key(vault)
    device_keys.signing_key(vault)
    with vault.write() as tx:
        tx.get(Device, device_id)  # an unknown id is refused here
        tx.update(Device, device_id, revoked=True)
        tx.audit("device revoked", "devices", device_id)
        version = rotate_site_key(vault, tx)
    return version
