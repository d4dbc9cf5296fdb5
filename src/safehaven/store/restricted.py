"""The house's restricted key: legal names and clinical notes sealed for clinical eyes.

A staff-role passphrase opens the vault (the data key) but not these fields: they are
stored, logged and sent as `rk1:<key id>:<base64>` under a key sealed only to the
identities of clinicians and managers (`restricted_grants`, synced like any record).
A session that holds the key grants it to each new clinician or manager it sees; when
someone who held it leaves, loses the role or replaces their passphrase, the next session
that holds it makes a new key for those who remain, so what is written afterwards is
closed to them. Values written before identities existed stay as they were (plaintext).

Each key belongs to a circle (domain/vocab.py `KeyCircle`): the house's key for
clinicians and managers, and the managers' own key (a managers-only document's key is
sealed under it). Every circle is granted, replaced and checked against the signed roster
by the same code below; only who is eligible differs (domain/permissions.py).

A session that holds no key (staff) still writes some restricted fields (where a young
person was while missing, what they said at the return interview): it seals them to the
public half of the house's newest key, an X25519 key derived from it and carried in the
grants, so only holders open them; the writer cannot read them back.
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from safehaven.domain.models import RestrictedGrant
from safehaven.domain.permissions import may_hold
from safehaven.domain.vocab import KeyCircle
from safehaven.domain.write_rules import RESTRICTED, circle_of
from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.store import crypto
from safehaven.store.connection import Connection
from safehaven.store.ids import new_id
from safehaven.store.roster_trust import CLOCK, Trusted, circle_named
from safehaven.store.tables import TABLES

PREFIX = "rk1:"


class RestrictedKeyMissing(SafeHavenError):
    def __init__(self) -> None:
        super().__init__(tr("This laptop has not received the key for legal names and "
                            "clinical notes yet. Sync, then try again."))


# A value sealed to the public half of a key (by a session that does not hold it) has this
# mark before its base64 body (not a base64 character): `rk1:<key id>:*<base64>`.
TO_PUBLIC = "*"


@dataclass(slots=True)
class Keyring:
    """The restricted keys this session's identity opens, by id; `current` seals. A
    session that holds none (staff) seals to `public`, the house's newest key's public
    half (key id, X25519 hex): it writes a restricted field it cannot read back.

    This ring is the clinical circle's (clinicians and managers); `circles` holds the
    rings of narrower ones (the managers' own key), each kept the same way. Opening
    tries every key held: key ids are unique across circles."""

    keys: dict[str, bytes] = field(default_factory=dict)
    current: str | None = None
    public: tuple[str, str] | None = None
    circles: dict[KeyCircle, Keyring] = field(default_factory=dict)

    def of(self, circle: KeyCircle) -> Keyring:
        """The ring of `circle` (an empty one kept here when there is none yet)."""
        return self if circle is KeyCircle.CLINICAL else self.circles.setdefault(
            circle, Keyring())

    def only(self, circles: set[KeyCircle]) -> Keyring | None:
        """This ring with the narrower circles outside `circles` left out (a session that
        shares a manager's unlocked laptop opens no more than its own role may); None
        without the clinical circle."""
        if KeyCircle.CLINICAL not in circles:
            return None
        return dataclasses.replace(self, circles={c: r for c, r in self.circles.items()
                                                  if c in circles})

    def holds(self, circle: KeyCircle) -> bool:
        """Whether this session holds a key of `circle` (it can open what it seals)."""
        ring = self if circle is KeyCircle.CLINICAL else self.circles.get(circle)
        return ring is not None and ring.current is not None

    def seal(self, table: str, row_id: str, fname: str, text: str,
             circle: KeyCircle = KeyCircle.CLINICAL) -> str:
        ring = self.of(circle)
        if ring.current is None:
            if ring.public is None:
                raise RestrictedKeyMissing()
            key_id, public = ring.public
            blob = crypto.seal_to(public, text.encode(), _aad(key_id, table, row_id, fname))
            return f"{PREFIX}{key_id}:{TO_PUBLIC}{base64.b64encode(blob).decode()}"
        blob = crypto.seal(ring.keys[ring.current], text.encode(),
                           _aad(ring.current, table, row_id, fname))
        return f"{PREFIX}{ring.current}:{base64.b64encode(blob).decode()}"

    def _key(self, key_id: str) -> bytes | None:
        key = self.keys.get(key_id)
        for ring in self.circles.values():
            key = key or ring.keys.get(key_id)
        return key

    def open(self, table: str, row_id: str, fname: str, value: Any) -> Any:
        """The text, or None when this session cannot open it (plaintext from before
        identities comes back as it is)."""
        if not is_sealed(value):
            return value
        key_id, _, body = value[len(PREFIX):].partition(":")
        key = self._key(key_id)
        if key is None:
            return None
        aad = _aad(key_id, table, row_id, fname)
        try:
            if body.startswith(TO_PUBLIC):
                private, _ = crypto.box_of_key(key)
                return crypto.open_from(private, base64.b64decode(body[1:], validate=True),
                                        aad).decode()
            return crypto.unseal(key, base64.b64decode(body, validate=True), aad).decode()
        except (crypto.SealError, ValueError):
            return None


def is_sealed(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def _aad(key_id: str, table: str, row_id: str, fname: str) -> bytes:
    return f"safehaven-rk/1|{key_id}|{table}|{row_id}|{fname}".encode()


def seal_row(keyring: Keyring | None, table: str, row: dict[str, Any],
             old: Mapping[str, Any] | None = None) -> None:
    """Seal the restricted fields of a row about to be written (in place), under the key
    of the circle the row is for (domain/write_rules.py). With `old`, a field whose text
    did not change keeps its sealed value."""
    circle = circle_of(table, {**(old or {}), **row})
    for fname, applies in RESTRICTED.get(table, {}).items():
        value = row.get(fname)
        if value is None or is_sealed(value) or not applies(row):
            continue
        if old is not None and keyring is not None and keyring.open(
                table, row["id"], fname, old.get(fname)) == value:
            row[fname] = old[fname]
            continue
        row[fname] = (keyring or Keyring()).seal(table, row["id"], fname, value, circle)


def opened(keyring: Keyring | None, record: Any, closed: str) -> Any:
    """The record with its restricted fields in the clear; `closed` stands in for a field
    this keyring does not open."""
    table = TABLES[type(record)].name
    rules = RESTRICTED.get(table)
    if not rules:
        return record
    ring = keyring or Keyring()
    changes = {f: ring.open(table, record.id, f, getattr(record, f)) for f in rules
               if is_sealed(getattr(record, f))}
    return dataclasses.replace(record, **{f: closed if v is None else v
                                          for f, v in changes.items()}) if changes else record


# -- who holds the key ----------------------------------------------------------------------
def eligible(conn: Connection, circle: KeyCircle = KeyCircle.CLINICAL
             ) -> dict[tuple[str, str], str]:
    """(staff id, box key) -> name, for every active member with an identity whose role
    is given `circle`'s key (clinicians and managers; managers alone)."""
    return {(i, b): n for i, n, r, b in conn.execute(
        "SELECT id, display_name, role, box_key FROM staff WHERE active = 1 AND "
        "box_key IS NOT NULL") if may_hold(r, circle)}


def load(trusted: Trusted, staff_id: str | None, identity: crypto.Identity | None
         ) -> Keyring:
    """Open the grants addressed to this identity that signatures establish (never a row
    someone put in the table by hand), circle by circle; the newest key of each seals."""
    ring = Keyring()
    for circle in KeyCircle:
        _load(trusted, ring.of(circle), circle, staff_id, identity)
    return ring


def _load(trusted: Trusted, ring: Keyring, circle: KeyCircle, staff_id: str | None,
          identity: crypto.Identity | None) -> None:
    ring.public = newest_public(trusted, circle)
    if not staff_id or identity is None:
        return
    order = {k: i for i, k in enumerate(_made_order(trusted, circle))}
    mine = sorted((order[str(g["key_id"] or "")], g["key_id"] or "", g["sealed"])
                  for g in _of(trusted, circle)
                  if g["staff_id"] == staff_id and g["box_key"] == identity.box_public)
    for _, key_id, sealed in mine:
        try:
            ring.keys[key_id] = crypto.open_from(
                identity.box, base64.b64decode(sealed),
                _grant_aad(key_id, staff_id, identity.box_public, circle))
            ring.current = key_id
        except (crypto.SealError, ValueError, TypeError):
            continue  # not openable: someone else's mistake, never a reason to stop


def _of(trusted: Trusted, circle: KeyCircle) -> list[dict[str, Any]]:
    """The trusted grants of `circle`'s keys."""
    return [g for g in trusted.grants.values() if circle_named(g) is circle]


def _made_order(trusted: Trusted, circle: KeyCircle) -> list[str]:
    """The circle's key ids, oldest first, by the clock of the change set that first
    granted each (not by the date or id a grant names, which its signer chooses: a key
    made after seeing another always comes after it)."""
    first: dict[str, tuple[int, str]] = {}
    for g in _of(trusted, circle):
        mark = (int(g.get(CLOCK) or 0), str(g["created_at"] or ""))
        key_id = str(g["key_id"] or "")
        first[key_id] = min(first.get(key_id, mark), mark)
    return sorted(first, key=lambda k: (*first[k], k))


def _newest(trusted: Trusted, circle: KeyCircle) -> str | None:
    """The circle's newest key (the one a holder seals with)."""
    order = _made_order(trusted, circle)
    return order[-1] if order else None


def newest_public(trusted: Trusted, circle: KeyCircle = KeyCircle.CLINICAL
                  ) -> tuple[str, str] | None:
    """(key id, public half) of the circle's newest key, from grants signatures
    establish; None when that key was made before public halves were (a holder's
    session replaces it)."""
    newest = _newest(trusted, circle)
    found = {g.get("public_key") for g in _of(trusted, circle) if g["key_id"] == newest}
    # every grant of the key must name the same half: a holder who signs a second one of
    # her own choosing gets nothing sealed to it (none is sealed until a holder replaces it)
    if newest is None or len(found) != 1 or not all(found):
        return None
    return str(newest), str(found.pop())


def grants_due(trusted: Trusted, ring: Keyring, site_id: str, sender: str,
               now: datetime | None = None, box_key: str | None = None
               ) -> list[RestrictedGrant]:
    """The grants this session should write, circle by circle: none while this laptop's
    tables disagree with their signed history (store/roster_trust.py).

    Every key it holds goes to each eligible person lacking it. A new key is made when the
    newest key of the circle was also given to someone no longer eligible, when its public
    half is not known (made before there were public halves), or when the circle has none
    yet; it goes to everyone eligible.
    """
    if not trusted.sound:
        return []
    when = (now or datetime.now(UTC)).replace(microsecond=0)
    return [grant for circle in KeyCircle
            for grant in _due(trusted, ring.of(circle), circle, site_id, sender, when,
                              box_key)]


def _due(trusted: Trusted, ring: Keyring, circle: KeyCircle, site_id: str, sender: str,
         when: datetime, box_key: str | None) -> list[RestrictedGrant]:
    people = sorted(trusted.eligible(circle))
    if not any(staff_id == sender for staff_id, _ in people):
        return []
    held: dict[str, set[tuple[str, str]]] = {}
    for g in _of(trusted, circle):
        held.setdefault(g["key_id"], set()).add((g["staff_id"], g["box_key"]))
    newest = _newest(trusted, circle)
    out = [_grant(site_id, key_id, key, person, sender, when, circle)
           for key_id, key in ring.keys.items()
           for person in people if person not in held.get(key_id, set())]
    public = newest_public(trusted, circle)
    stale = newest is not None and (
        bool(held[newest] - set(people)) or public is None
        # a newest key this holder was not given, or whose named half is not its own: what
        # staff seal to it would be for its maker alone (and stay so after she leaves)
        or newest not in ring.keys
        or public[1] != crypto.box_of_key(ring.keys[newest])[1])
    # only a holder under their current identity replaces a key: a session still running
    # on a passphrase since changed (its identity superseded) was not given the new key
    # on purpose, and must not answer by making one of its own
    current = box_key is None or (sender, box_key) in people
    if newest is None or (stale and bool(ring.keys) and current):
        key_id, key = new_id(), crypto.random_key()
        ring.keys[key_id] = key
        ring.current = key_id
        ring.public = (key_id, crypto.box_of_key(key)[1])
        out += [_grant(site_id, key_id, key, person, sender, when, circle)
                for person in people]
    return out


def _grant(site_id: str, key_id: str, key: bytes, person: tuple[str, str], sender: str,
           when: datetime, circle: KeyCircle = KeyCircle.CLINICAL) -> RestrictedGrant:
    staff_id, box_key = person
    sealed = crypto.seal_to(box_key, key, _grant_aad(key_id, staff_id, box_key, circle))
    return RestrictedGrant(new_id(), site_id, key_id, staff_id, box_key,
                           base64.b64encode(sealed).decode(), sender, when,
                           public_key=crypto.box_of_key(key)[1], circle=circle)


def _grant_aad(key_id: str, staff_id: str, box_key: str,
               circle: KeyCircle = KeyCircle.CLINICAL) -> bytes:
    """What a grant's sealed key is bound to; the circle too (beyond the first), so a
    grant relabelled into another circle does not open."""
    tail = "" if circle is KeyCircle.CLINICAL else f"|{circle.value}"
    return f"safehaven-rk-grant/1|{key_id}|{staff_id}|{box_key}{tail}".encode()
