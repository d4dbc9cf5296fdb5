"""The duplicate check across the organisation's houses (issue 30, item 3): a child known
in house A is offered as a likely match at intake in house B under another spelling and a
birth a year apart; unrelated names are not; the server holds only opaque hashes; a house
of another organisation learns nothing even with the key; with no server the house's own
check still runs and the result says the other houses were not checked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from safehaven.domain import org_match as om
from safehaven.domain.duplicates import Person
from safehaven.errors import InvalidValue, PossibleDuplicate
from safehaven.server import admin
from safehaven.services import house_settings, org_match, residents, sync_status, transfers
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync import transfer_file as tf
from safehaven.sync.client import connect
from tests.sync.server_harness import LiveServer

KNOWN = ("Aleksandr Ivanov", date(2011, 5, 3))
WORDS = ("aleksandr", "ivanov", "alksndr", "ivnv", "maria", "lopez")


@pytest.fixture
def houses(tmp_path: Path) -> Iterator[tuple[LiveServer, Vault, Vault, Vault]]:
    server = LiveServer(tmp_path / "server")
    made = []
    for name, org in (("Casa Sur", "Harbour"), ("Casa Norte", "Harbour"),
                      ("Casa Otra", "Elsewhere")):
        vault, _ = Vault.create(tmp_path / name, house=name, organisation=org,
                                staff_name=f"Manager of {name}",
                                passphrase="a long enough passphrase", kdf=crypto.MIN_KDF)
        vault.refresh_restricted()
        found = admin.find_org(server.storage, org) or admin.add_org(server.storage, org)
        connect(vault, server.url, admin.add_house(server.storage, found.name, name)[1])
        made.append(vault)
    yield server, made[0], made[1], made[2]
    for vault in made:
        vault.close()
    server.stop()


def _share_key(a: Context, b: Context, tmp_path: Path) -> None:
    """A makes the key and seals it for B's managers from B's card; B keeps it."""
    made = org_match.make_key(a)
    transfers.write_card(b, tmp_path / "b.card")
    org_match.seal_key(a, transfers.read_card(a, tmp_path / "b.card"), tmp_path / "key")
    taken = org_match.take_key(b, tmp_path / "key")
    assert taken.key_id == made and taken.from_house == "Casa Sur"
    assert org_match.key(a) == org_match.key(b)


def test_keys_meet_across_spellings_and_years() -> None:
    """The pure rule: the issue's three spellings born a year apart share hashes."""
    key = bytes(range(32))
    published = om.entry(key, Person(*KNOWN))
    for name, born in (("Alexander Iwanow", date(2012, 2, 1)),
                       ("Ivanov Aleksandr", date(2010, 7, 9)),
                       ("Aleksandr Ivanov", date(2011, 5, 3))):
        assert om.likely(om.question(key, Person(name, born)), published), name
    for name, born in (("Pedro Santos", date(2011, 5, 3)), ("Maria Ivanova", date(2011, 1, 1)),
                       ("Alexander Iwanow", date(2013, 6, 1))):  # two years apart: no
        assert not om.likely(om.question(key, Person(name, born)), published), name
    other = bytes(32)  # another organisation's key: nothing in common
    assert not om.likely(om.question(other, Person("Alexander Iwanow", date(2012, 2, 1))),
                         published)
    assert om.question(key, Person("Alexander Iwanow")) == []  # no birth: nothing asked


def test_a_child_of_house_a_is_a_likely_match_at_intake_in_house_b(
        houses: tuple, tmp_path: Path) -> None:
    server, a_vault, b_vault, c_vault = houses
    a, b, c = (Context.for_vault(v) for v in (a_vault, b_vault, c_vault))
    _share_key(a, b, tmp_path)
    residents.add(a, KNOWN[0], date_of_birth=KNOWN[1])
    residents.add(a, "Maria Lopez", age_estimate=15)
    sync_status.sync_now(a)  # a round publishes the house's hashes
    assert org_match.publish(a) is None  # unchanged since: nothing sent again

    for name, born in (("Alexander Iwanow", date(2012, 2, 1)),
                       ("Ivanov Aleksandr", date(2010, 7, 9))):
        result = org_match.check(b, name, date_of_birth=born)
        assert result.status is org_match.CrossHouse.CHECKED
        assert [(h.site_id, h.house, h.entries) for h in result.houses] == [
            (a_vault.site_id, "Casa Sur", 1)], name
    unrelated = org_match.check(b, "Pedro Santos", date_of_birth=date(2011, 5, 3))
    assert unrelated.status is org_match.CrossHouse.CHECKED and unrelated.houses == ()
    # A's own residents are not "another house"
    assert org_match.check(a, "Alexander Iwanow", date_of_birth=date(2012, 2, 1)).houses == ()
    assert org_match.check(b, "Alexander Iwanow").status is org_match.CrossHouse.NO_BIRTH

    stored = server.stored_bytes().lower()
    for word in WORDS:
        assert word.encode() not in stored, word

    # another organisation's house: no key, then even A's key finds nothing (the server
    # answers within an organisation)
    assert org_match.check(c, "Alexander Iwanow", date_of_birth=date(2012, 2, 1)).status \
        is org_match.CrossHouse.NO_KEY
    house_settings.set_text(c, org_match.KEY_SETTING, org_match.key(a).hex(),  # type: ignore[union-attr]
                            Action.MANAGE_HOUSE)
    assert org_match.check(c, "Alexander Iwanow", date_of_birth=date(2012, 2, 1)).houses == ()

    # B publishes its own set beside A's; B's own resident does not count for B
    residents.add(b, "Alexander Iwanow", date_of_birth=date(2012, 2, 1))
    assert org_match.publish(b) == 1
    assert org_match.check(b, "Ivanov Aleksandr", date_of_birth=date(2011, 1, 1)).houses[
        0].site_id == a_vault.site_id


def test_offline_the_house_check_runs_and_the_result_says_so(
        houses: tuple, tmp_path: Path) -> None:
    server, a_vault, b_vault, _ = houses
    a, b = Context.for_vault(a_vault), Context.for_vault(b_vault)
    _share_key(a, b, tmp_path)
    residents.add(b, KNOWN[0], date_of_birth=KNOWN[1])
    server.stop()
    result = org_match.check(b, "Alexander Iwanow", date_of_birth=date(2012, 2, 1))
    assert result.status is org_match.CrossHouse.UNREACHABLE and result.houses == ()
    with pytest.raises(PossibleDuplicate):  # the house's own check needs no server
        residents.add(b, "Alexander Iwanow", date_of_birth=date(2012, 2, 1))


def test_the_key_file_opens_only_for_the_house_it_was_made_for(
        houses: tuple, tmp_path: Path) -> None:
    _, a_vault, b_vault, c_vault = houses
    a, b, c = (Context.for_vault(v) for v in (a_vault, b_vault, c_vault))
    org_match.make_key(a)
    with pytest.raises(InvalidValue):
        org_match.make_key(a)  # one key per house
    transfers.write_card(b, tmp_path / "b.card")
    org_match.seal_key(a, transfers.read_card(a, tmp_path / "b.card"), tmp_path / "key")
    with pytest.raises(tf.TransferRefused) as refused:
        org_match.take_key(c, tmp_path / "key")
    assert refused.value.problem is tf.TransferProblem.NOT_FOR_THIS_HOUSE
    org_match.make_key(b)  # B made its own: A's is refused rather than mixed
    with pytest.raises(InvalidValue):
        org_match.take_key(b, tmp_path / "key")


def test_a_destroyed_child_leaves_the_servers_hashes(houses: tuple, tmp_path: Path) -> None:
    from safehaven.store import destruction

    _, a_vault, b_vault, _ = houses
    a, b = Context.for_vault(a_vault), Context.for_vault(b_vault)
    _share_key(a, b, tmp_path)
    rid = residents.add(a, KNOWN[0], date_of_birth=KNOWN[1]).record.id
    assert org_match.publish(a) == 1
    asked = ("Alexander Iwanow",)
    assert org_match.check(b, *asked, date_of_birth=date(2012, 2, 1)).houses
    with a_vault.transaction():
        destruction.erase_resident(a_vault.conn, rid, "test")
    assert org_match.publish(a) == 0  # the set changed: sent again, without her
    assert org_match.check(b, *asked, date_of_birth=date(2012, 2, 1)).houses == ()
