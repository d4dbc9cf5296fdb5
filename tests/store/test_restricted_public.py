"""The public half staff seal to (where a missing young person was, what they said) must be
the house's key's own: a clinician who signs a grant naming a public half of her own, for a
key nobody else holds or whose half does not match it, must not get every later sealed
field to herself, hidden from the other holders, and kept after she is removed."""

from __future__ import annotations

import base64
from datetime import datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from safehaven.domain.models import RestrictedGrant
from safehaven.services import staff
from safehaven.store import crypto, restricted, roster_trust
from safehaven.store.ids import new_id
from tests.conftest import House

SECRET = "with an older man, Calle Luna 4"


def _cleo_half() -> tuple[bytes, str]:
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw().hex()


def _grant_as_cleo(house: House, key_id: str, key: bytes, public: str,
                   to: list[tuple[str, str]]) -> None:
    """Cleo, a holder, signs grants of a key she made, naming `public` as its half."""
    newest = max(r[0] for r in house.vault.conn.execute(
        "SELECT created_at FROM restricted_grants"))
    cleo = house.clinician.actor.id
    with house.vault.write(cleo) as tx:
        for staff_id, box in to:
            sealed = base64.b64encode(crypto.seal_to(box, key, restricted._grant_aad(
                key_id, staff_id, box))).decode()
            tx.insert(RestrictedGrant(new_id(), house.vault.site_id, key_id, staff_id, box,
                                      sealed, cleo, datetime.fromisoformat(newest),
                                      public_key=public), note=False)


def _staff_seal(house: House) -> str:
    """What a staff laptop writes: sealed to the newest public half signatures give."""
    ring = restricted.Keyring(public=restricted.newest_public(
        roster_trust.check(house.vault.conn)))
    return ring.seal("incidents", "episode-1", "whereabouts", SECRET)


def _opens_with(private: bytes, value: str) -> bool:
    key_id, _, body = value[len(restricted.PREFIX):].partition(":")
    try:
        crypto.open_from(private, base64.b64decode(body[1:]), restricted._aad(
            key_id, "incidents", "episode-1", "whereabouts"))
    except crypto.SealError:
        return False
    return True


def _check(house: House, cleo_private: bytes) -> None:
    house.vault.refresh_restricted()  # the manager's session sees the grants
    sealed = _staff_seal(house)
    assert house.vault.keyring.open("incidents", "episode-1", "whereabouts",
                                    sealed) == SECRET
    staff.remove(house.manager, house.clinician.actor.id)
    sealed = _staff_seal(house)
    assert not _opens_with(cleo_private, sealed)
    assert house.vault.keyring.open("incidents", "episode-1", "whereabouts",
                                    sealed) == SECRET


def test_a_key_only_its_maker_holds_does_not_become_what_staff_seal_to(house: House
                                                                        ) -> None:
    private, public = _cleo_half()
    cleo = house.clinician.actor
    _grant_as_cleo(house, "z" * 32, crypto.random_key(), public,
                   [(cleo.id, cleo.box_key or "")])
    _check(house, private)


def test_a_public_half_that_is_not_the_keys_own_is_not_sealed_to(house: House) -> None:
    private, public = _cleo_half()
    people = sorted(roster_trust.check(house.vault.conn).eligible())
    _grant_as_cleo(house, "z" * 32, crypto.random_key(), public, people)
    _check(house, private)


def test_a_second_half_named_for_the_newest_key_is_not_sealed_to(house: House) -> None:
    private, public = _cleo_half()
    key_id = restricted.newest_public(roster_trust.check(house.vault.conn))
    assert key_id is not None
    cleo = house.clinician.actor
    _grant_as_cleo(house, key_id[0], crypto.random_key(), public,
                   [(cleo.id, cleo.box_key or "")])
    with pytest.raises(restricted.RestrictedKeyMissing):  # two halves: none is trusted
        _staff_seal(house)
    _check(house, private)
