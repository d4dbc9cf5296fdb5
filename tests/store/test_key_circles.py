"""The managers' own key (issue 29): a circle of its own beside the clinicians-and-managers
key, granted, replaced and checked by the same code (store/restricted.py): only managers
are given it, a new manager receives it, and one who leaves is not given its replacement,
so what is sealed for managers afterwards is closed to her."""

from __future__ import annotations

from safehaven.domain.vocab import KeyCircle, Role
from safehaven.services import documents, residents, staff
from safehaven.store import restricted, roster_trust
from tests.conftest import FAST, PASSPHRASE, House


def _holders(house: House, circle: KeyCircle) -> dict[str, set[str]]:
    """key id -> staff ids it is granted to, for one circle."""
    out: dict[str, set[str]] = {}
    for key_id, staff_id in house.vault.conn.execute(
            "SELECT key_id, staff_id FROM restricted_grants WHERE circle = ?", (circle.value,)):
        out.setdefault(key_id, set()).add(staff_id)
    return out


def _newest(house: House, circle: KeyCircle) -> str:
    public = restricted.newest_public(roster_trust.check(house.vault.conn), circle)
    assert public is not None
    return public[0]


def test_only_managers_are_given_the_managers_key(house: House) -> None:
    manager_id = house.manager.actor.id
    assert set().union(*_holders(house, KeyCircle.MANAGERS).values()) == {manager_id}
    assert {house.clinician.actor.id, manager_id} <= set().union(
        *_holders(house, KeyCircle.CLINICAL).values())
    trusted = roster_trust.check(house.vault.conn)
    assert trusted.sound
    # the two circles' keys are different keys
    assert _newest(house, KeyCircle.MANAGERS) != _newest(house, KeyCircle.CLINICAL)


def test_a_new_manager_receives_it_and_one_who_leaves_is_not_given_its_successor(
        house: House) -> None:
    rid = residents.add(house.manager, "Olena").record.id
    mo = staff.add(house.manager, "Mo Manager", Role.MANAGER, PASSPHRASE, FAST).record
    first = _newest(house, KeyCircle.MANAGERS)
    assert mo.id in _holders(house, KeyCircle.MANAGERS)[first]
    identity = house.vault.signers[mo.id]  # what her passphrase opened while she was here

    staff.remove(house.manager, mo.id)
    second = _newest(house, KeyCircle.MANAGERS)
    assert second != first and mo.id not in _holders(house, KeyCircle.MANAGERS)[second]
    made = documents.add(house.manager, rid, "court-order", b"%PDF-1.4\nx\n%%EOF\n",
                         title="Order", access="managers-only").record
    sealed = house.vault.conn.execute("SELECT sealed_key FROM documents WHERE id = ?",
                                      (made.id,)).fetchone()[0]
    assert sealed.startswith(f"rk1:{second}:")
    # Mo's own identity (from when she was a manager) opens the old key, not the new one
    ring = restricted.load(roster_trust.check(house.vault.conn), mo.id, identity)
    assert first in ring.circles[KeyCircle.MANAGERS].keys
    assert ring.open("documents", made.id, "sealed_key", sealed) is None

