"""Where a missing young person was, and what they said at the return interview, are
sealed like clinical notes (issue 27): staff write them on their own laptop (sealed to the
public half of the house's restricted key) but do not read them back; clinicians and
managers do; a table scan finds ciphertext; left empty on a second recording, what was
written is kept."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest

from safehaven.domain.models import Incident, RestrictedGrant
from safehaven.errors import InvalidValue
from safehaven.services import missing, residents
from safehaven.store import crypto, reads, restricted
from tests.conftest import House
from tests.services.test_missing import GONE, at, report


@contextmanager
def staff_laptop(house: House) -> Iterator[None]:
    """The vault as a staff member's own laptop holds it: no restricted key, only the
    public half of the newest one (from the grants)."""
    held = house.vault.keyring
    house.vault.keyring = restricted.Keyring(public=restricted.newest_public(
        house.vault.roster))
    try:
        yield
    finally:
        house.vault.keyring = held


def _raw(house: House, episode: str) -> tuple[str, str]:
    return house.vault.conn.execute(
        "SELECT whereabouts, interview_summary FROM incidents WHERE id = ?",
        (episode,)).fetchone()


def test_staff_write_the_whereabouts_and_interview_but_cannot_read_them(house: House
                                                                         ) -> None:
    rid = residents.add(at(house, GONE, "manager"), "Lucía").record.id
    episode = report(house, rid)
    back = GONE + timedelta(hours=5)
    with staff_laptop(house):
        missing.record_return(at(house, back + timedelta(minutes=10)), episode,
                              returned_at=back, whereabouts="with an older man, Calle Luna 4",
                              how="brought by police")
        missing.record_interview(at(house, back + timedelta(days=1)), episode,
                                 held_at=back + timedelta(days=1), held_by="Ms Ade",
                                 summary="She was promised a job; she wants to stay")
        where, said = _raw(house, episode)
        assert where.startswith("rk1:") and "Luna" not in where
        assert said.startswith("rk1:") and "job" not in said
        # what staff see: the return and the interview recorded, not their content
        [mine] = missing.for_resident(at(house, back + timedelta(days=2)), rid)
        assert (mine.incident.whereabouts, mine.incident.interview_summary) == (None, None)
        assert (mine.incident.return_how, mine.incident.interview_by) == (
            "brought by police", "Ms Ade")
        assert mine.interview_in_time is True
        # recorded again with them left empty (a wrong time): what was written is kept
        missing.record_return(at(house, back + timedelta(days=2)), episode,
                              returned_at=back - timedelta(minutes=30))
        missing.record_interview(at(house, back + timedelta(days=2)), episode,
                                 held_at=back + timedelta(days=1, hours=1), held_by="Ms Ade",
                                 summary="")
    for who in ("manager", "clinician"):
        [seen] = missing.for_resident(at(house, back + timedelta(days=2), who), rid)
        assert seen.incident.whereabouts == "with an older man, Calle Luna 4"
        assert seen.incident.interview_summary == "She was promised a job; she wants to stay"
    # the first interview must say what was said
    other = residents.add(at(house, GONE, "manager"), "Ana").record.id
    second = report(house, other)
    missing.record_return(at(house, back), second, returned_at=back)
    with pytest.raises(InvalidValue) as err:
        missing.record_interview(at(house, back + timedelta(hours=1)), second,
                                 held_at=back + timedelta(hours=1), held_by="Ms Ade",
                                 summary=" ")
    assert err.value.field == "summary"


def test_a_holders_own_writes_still_use_the_key_itself(house: House) -> None:
    rid = residents.add(at(house, GONE, "manager"), "Lucía").record.id
    episode = report(house, rid)
    missing.record_return(at(house, GONE + timedelta(hours=2), "manager"), episode,
                          returned_at=GONE + timedelta(hours=1), whereabouts="a friend's")
    where, _ = _raw(house, episode)
    assert where.startswith("rk1:") and ":*" not in where
    assert house.manager.opened(reads.get(house.vault.conn, Incident, episode)
                                ).whereabouts == "a friend's"


def test_every_grant_carries_the_public_half_of_its_key(house: House) -> None:
    grants = reads.all_of(house.vault.conn, RestrictedGrant)
    ring = house.vault.keyring
    assert grants and all(g.public_key == crypto.box_of_key(ring.keys[g.key_id])[1]
                          for g in grants if g.key_id in ring.keys)
    assert restricted.newest_public(house.vault.roster) == (
        ring.current, crypto.box_of_key(ring.keys[ring.current or ""])[1])


def test_a_key_made_before_public_halves_is_replaced_by_a_holder(house: House) -> None:
    """A house upgraded to 0020 has keys without a public half: a holder's next session
    makes a new key, with one, so staff can seal from then on."""
    trusted = house.vault.roster
    old = dict(trusted.grants)
    for g in trusted.grants.values():
        g["public_key"] = None  # as grants written before 0020
    assert restricted.newest_public(trusted) is None
    ring = restricted.Keyring(dict(house.vault.keyring.keys), house.vault.keyring.current)
    due = restricted.grants_due(trusted, ring, house.vault.site_id,
                                house.vault.staff_id or "")
    assert due and {g.key_id for g in due} == {ring.current}
    assert ring.current not in {g["key_id"] for g in old.values()}
    assert all(g.public_key == crypto.box_of_key(ring.keys[g.key_id])[1] for g in due)
