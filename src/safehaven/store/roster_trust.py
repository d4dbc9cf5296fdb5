"""Who holds which role and restricted key, as the signed history says: not as the tables say.

Anyone who can unlock a laptop can edit its tables with an SQL console: make herself a
clinician (`UPDATE staff SET role = ...`) or plant a grant of a key she chose, sealed to a
clinician. Before this laptop gives or takes a restricted key it therefore replays the
change sets that wrote the roster (`staff`, `restricted_grants`), each checked like a
receiver checks one: its author's signature with the key the history so far gives them,
and the author's role by the rule table, starting from the house's founder (who signed
the change set that created the house). The tables are then compared with the result;
what disagrees is reported, and this laptop grants nothing until it agrees.

What this cannot catch: history deleted outright (a removal's change set dropped), or a
whole history forged from its founding change set on before anyone who holds the key
first unlocks here. Receivers on every other laptop still refuse both.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from safehaven.domain.permissions import Action, allowed, may_hold
from safehaven.domain.vocab import KeyCircle, Role
from safehaven.domain.words import word
from safehaven.domain.write_rules import insert_needs, update_needs
from safehaven.i18n import tr
from safehaven.store.changeset import ChangeSet, Entry
from safehaven.store.connection import Connection, rows_in
from safehaven.store.crypto import verify
from safehaven.store.refusal import Refused

if TYPE_CHECKING:
    from safehaven.store.vault import Vault

log = logging.getLogger(__name__)

WHOLE_ROW = "*"
ROSTER_TABLES = ("staff", "restricted_grants")
OWN_FIELDS = frozenset({"sign_key", "box_key", "key_params"})  # one's identity
TRUSTED_FIELDS = ("role", "active", "sign_key", "box_key")
CLOCK = "_signed_hlc"  # a trusted grant's change set's clock: which key came after which
GRANT_FIELDS = ("key_id", "staff_id", "box_key", "sealed", "sender", "created_at",
                "public_key", "circle")


@dataclass(slots=True)
class Member:
    role: str | None = None
    active: bool = False
    sign_key: str | None = None
    box_key: str | None = None
    removed: bool = False

    def may_hold(self, circle: KeyCircle = KeyCircle.CLINICAL) -> bool:
        return self.active and may_hold(self.role, circle)


@dataclass(slots=True)
class Trusted:
    """The roster and restricted grants that signatures establish on this laptop."""

    people: dict[str, Member] = field(default_factory=dict)
    grants: dict[str, dict[str, Any]] = field(default_factory=dict)  # grant id -> its row
    problems: list[str] = field(default_factory=list)  # what the tables say otherwise
    unchecked: int = 0  # roster change sets received before their bodies were kept

    @property
    def sound(self) -> bool:
        """Nothing disagrees and nothing is left unchecked: safe to grant."""
        return not self.problems and not self.unchecked

    def eligible(self, circle: KeyCircle = KeyCircle.CLINICAL) -> set[tuple[str, str]]:
        """(staff id, box key) of everyone `circle`'s key is for."""
        return {(i, m.box_key) for i, m in self.people.items()
                if m.may_hold(circle) and m.box_key is not None}


def circle_named(grant: Any) -> KeyCircle | None:
    """The circle a grant's row names (none named: the first circle, from before 0021);
    None for a name this version does not know."""
    try:
        return KeyCircle(grant.get("circle") or KeyCircle.CLINICAL)
    except (ValueError, AttributeError):
        return None


def check(conn: Connection) -> Trusted:
    """Replay the roster's signed history, then compare the tables with it."""
    trusted = Trusted()
    history, trusted.unchecked = _history(conn)
    founder = pinned_founder(conn)
    for cs in history:
        if not _replay(trusted, cs, founder):
            log.warning("roster change set %s does not hold: left out", cs.id)
    trusted.problems = _disagreements(conn, trusted)
    for problem in trusted.problems:
        log.warning("roster check: %s", problem)
    return trusted


# -- the history ----------------------------------------------------------------------------
def _history(conn: Connection) -> tuple[list[ChangeSet], int]:
    """The change sets that wrote the roster, oldest clock first, and how many received
    ones could not be read back (no body kept)."""
    local_ids = [i for (i,) in conn.execute(
        "SELECT DISTINCT changeset FROM change_log WHERE table_name IN (?, ?)", ROSTER_TABLES)]
    if not local_ids:
        return [], 0
    out: list[ChangeSet] = []
    unchecked = 0
    own: dict[int, tuple[Any, ...]] = {}
    for local_id, cs_id, device, seq, hlc, staff_id, sig, aprev, origin, body in rows_in(
            conn, "SELECT local_id, id, device_id, device_seq, hlc, staff_id, staff_sig, "
            "author_prev, origin, body FROM change_sets WHERE local_id IN ({in})", local_ids):
        if origin == "local":
            own[local_id] = (cs_id, device, seq, hlc, staff_id, sig, aprev)
            continue
        cs = _from_body(body, cs_id)
        if cs is None:
            unchecked += 1
        else:
            out.append(cs)
    entries: dict[int, list[Entry]] = {i: [] for i in own}
    for changeset, table, row_id, fname, value, hlc, base in rows_in(
            conn, "SELECT changeset, table_name, row_id, field, value, hlc, base_hlc FROM "
            "change_log WHERE changeset IN ({in}) ORDER BY change_id", list(own)):
        entries[changeset].append(Entry(table, row_id, fname, value, hlc, base))
    for local_id, (cs_id, device, seq, hlc, staff_id, sig, aprev) in own.items():
        out.append(ChangeSet(cs_id, device, int(seq), int(hlc), staff_id,
                             tuple(entries[local_id]),
                             bytes(sig) if sig is not None else None,
                             author_prev=bytes(aprev) if aprev is not None else None))
    out.sort(key=lambda cs: (cs.hlc, cs.device_id, cs.device_seq))
    return out, unchecked


def _from_body(body: str | None, cs_id: str) -> ChangeSet | None:
    if body is None:
        return None
    try:
        cs = ChangeSet.from_wire(json.loads(body))
    except (ValueError, KeyError, TypeError, Refused):  # damaged: as if never kept
        return None
    return cs if cs.id == cs_id else None


def missing_bodies(conn: Connection) -> dict[str, tuple[bytes | None, bytes | None]]:
    """change set id -> (envelope, run) of received roster change sets with no body kept
    (received before schema 13)."""
    return {cs_id: (envelope, run) for cs_id, envelope, run in conn.execute(
        "SELECT id, envelope, run FROM change_sets WHERE origin = 'remote' AND body IS NULL "
        "AND local_id IN (SELECT changeset FROM change_log WHERE table_name IN (?, ?))",
        ROSTER_TABLES)}


def keep_bodies(vault: Vault, bodies: dict[str, str]) -> None:
    """Keep these change sets' signed bodies (as opened from their envelopes)."""
    if bodies:
        with vault.transaction() as conn:
            conn.executemany("UPDATE change_sets SET body = ? WHERE id = ? AND body IS NULL",
                             [(body, cs_id) for cs_id, body in bodies.items()])


def pinned_founder(conn: Connection) -> tuple[str, str | None] | None:
    """(staff id, signing key) of the founder a joining laptop's enrolment named."""
    row = conn.execute("SELECT value FROM local_state WHERE key = 'founder'").fetchone()
    try:
        staff_id, key = json.loads(row[0]) if row else (None, None)
    except (ValueError, TypeError):
        return None
    return (str(staff_id), key) if staff_id else None


# -- one change set -------------------------------------------------------------------------
def _replay(trusted: Trusted, cs: ChangeSet, founder: tuple[str, str | None] | None) -> bool:
    """Apply `cs`'s roster entries to `trusted` if it holds as a receiver would take it."""
    rows = [(e, _json(e.value)) for e in cs.entries if e.table in ROSTER_TABLES]
    signer = cs.staff_id
    me = trusted.people.get(signer or "")
    founding = False
    if me is None or not me.active:
        if not _founding(trusted, cs, rows, founder):
            return False
        me, founding = Member(Role.MANAGER.value, True), True
    elif me.sign_key is not None:
        if not _signed(cs, me.sign_key):
            return False
    else:  # someone from before identities: their first key is signed with itself
        new_key = next((v for e, v in rows if e.table == "staff" and e.row_id == signer
                        and e.field == "sign_key" and isinstance(v, str)), None)
        if cs.staff_sig is not None and not (new_key and _signed(cs, new_key)):
            return False
    role = _role(me.role)
    changes: list[tuple[str, str, Any]] = []  # (row id, field, value) for staff
    grants: list[dict[str, Any]] = []
    for entry, value in rows:
        if entry.table == "restricted_grants":
            if entry.field != WHOLE_ROW or not _grant_holds(trusted, value, signer, me):
                return False
            grants.append(value)
            continue
        if entry.field == WHOLE_ROW:
            if not isinstance(value, dict) or value.get("id") != entry.row_id:
                return False
            fields = {f: value[f] for f in TRUSTED_FIELDS if f in value}
            person = trusted.people.get(entry.row_id)
            if person is None and not founding:
                if not _may(role, insert_needs("staff", value)):
                    return False
            elif person is not None and not all(
                    _may_set(role, signer, entry.row_id, f) for f, v in fields.items()
                    if v != (person.active if f == "active" else getattr(person, f))):
                return False
            changes += [(entry.row_id, f, v) for f, v in fields.items()]
            continue
        if not _may_set(role, signer, entry.row_id, entry.field):
            return False
        if entry.field in TRUSTED_FIELDS:
            changes.append((entry.row_id, entry.field, value))
    for row_id, fname, value in changes:
        person = trusted.people.setdefault(row_id, Member())
        if fname == "active":
            person.removed = person.removed or not value  # final, whatever the clocks say
            person.active = bool(value) and not person.removed
        else:
            setattr(person, fname, value)
    for grant in grants:
        trusted.grants[str(grant["id"])] = {**{f: grant.get(f) for f in GRANT_FIELDS},
                                            "circle": circle_named(grant), CLOCK: cs.hlc}
    return True


def _may(role: Role | None, needs: set[Action]) -> bool:
    return all(allowed(role, a) for a in needs)


def _may_set(role: Role | None, signer: str | None, row_id: str, fname: str) -> bool:
    """One's own identity needs no one (it is signed with the key it replaces); anything
    else of a staff record needs what the rule table says."""
    if row_id == signer and fname in OWN_FIELDS:
        return True
    return _may(role, update_needs("staff", fname))


def _founding(trusted: Trusted, cs: ChangeSet, rows: list[tuple[Entry, Any]],
              founder: tuple[str, str | None] | None) -> bool:
    """The change set that made the house: the first roster entry, a manager adding
    themselves, signed with the key it introduces, and (on a laptop that joined) the
    founder its enrolment named."""
    if trusted.people or cs.staff_id is None:
        return False
    me = next((v for e, v in rows if e.table == "staff" and e.field == WHOLE_ROW
               and e.row_id == cs.staff_id and isinstance(v, dict)), None)
    if me is None or me.get("role") != Role.MANAGER.value:
        return False
    key = me.get("sign_key")
    if founder is not None and (founder[0] != cs.staff_id or (founder[1] and founder[1] != key)):
        return False
    if key is None:
        return cs.staff_sig is None  # a house made before identities
    return isinstance(key, str) and _signed(cs, key)


def _grant_holds(trusted: Trusted, row: Any, signer: str | None, me: Member) -> bool:
    """A restricted key grant: made by someone who holds a key of its circle, to someone
    who may."""
    circle = circle_named(row)
    if circle is None or row.get("sender") != signer or not me.may_hold(circle):
        return False
    recipient = trusted.people.get(str(row.get("staff_id")))
    return (recipient is not None and recipient.may_hold(circle)
            and recipient.box_key == row.get("box_key"))


def _signed(cs: ChangeSet, key: str) -> bool:
    return cs.staff_sig is not None and verify(key, cs.staff_sig, cs.signed_message())


def _role(value: str | None) -> Role | None:
    try:
        return Role(value) if value else None
    except ValueError:
        return None


def _json(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return None


# -- the tables against it ------------------------------------------------------------------
def _disagreements(conn: Connection, trusted: Trusted) -> list[str]:
    """What the tables say that the history does not: in words a manager can act on."""
    problems = []
    for staff_id, name, role, active, box_key in conn.execute(
            "SELECT id, display_name, role, active, box_key FROM staff"):
        person = trusted.people.get(staff_id)
        if not (active and may_hold(role)):
            continue
        if person is None or not person.may_hold() or person.role != role:
            problems.append(tr("{name} has the role “{role}” in this laptop's tables, "
                               "but no manager's signature gave it.", name=name,
                               role=word(_role(role) or role)))
        elif box_key is not None and person.box_key != box_key:
            problems.append(tr("{name}'s key in this laptop's tables is not the one they "
                               "signed.", name=name))
    for grant_id, *values in conn.execute(
            f"SELECT id, {', '.join(GRANT_FIELDS)} FROM restricted_grants"):
        signed = trusted.grants.get(grant_id)
        if signed is None or [signed[f] for f in GRANT_FIELDS] != values:
            # (a circle compares as its name: the table keeps the text)
            problems.append(tr("A grant of the key for legal names and clinical notes is in "
                               "this laptop's tables that no one who holds it signed."))
            break
    return problems
