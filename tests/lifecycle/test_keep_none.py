"""The organisation keeps no copy at the sending house (issue 30, item 1): once house B's
receipt says it accepted, house A's closed copy waits for a second manager's approval to
be destroyed; with the default, A keeps its closed copy."""

from __future__ import annotations

import pytest

from safehaven.domain.models import Resident
from safehaven.domain.vocab import Role
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import destruction, house_settings, staff, transfers
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from tests.services.test_transfers import Pair, _send, pair  # noqa: F401


def _accepted(p: Pair) -> None:
    incoming = transfers.open_package(p.b, _send(p))
    transfers.accept(p.b, incoming, p.tmp / "receipt")
    transfers.record_receipt(p.a.manager, p.tmp / "receipt")


def test_keep_none_asks_for_the_copys_destruction_and_a_second_manager_ends_it(
        pair: Pair) -> None:  # noqa: F811
    p = pair
    with pytest.raises(NotAllowed):
        house_settings.set_after_transfer(p.a.staff, "none")
    with pytest.raises(InvalidValue):
        house_settings.set_after_transfer(p.a.manager, "some")
    house_settings.set_after_transfer(p.a.manager, "none")
    _accepted(p)
    [asked] = destruction.listing(p.a.manager)
    assert asked.destruction.waiting and asked.destruction.resident_id == p.rid
    second = staff.add(p.a.manager, "Second Manager", Role.MANAGER, "a second passphrase",
                       crypto.MIN_KDF).record
    destruction.approve(Context(p.a.vault, second, now=p.a.manager.now), asked.destruction.id)
    assert not reads.exists(p.a.vault.conn, Resident, p.rid)
    assert reads.exists(p.b.vault.conn, Resident, p.rid)  # house B has her


def test_by_default_the_sending_house_keeps_its_closed_copy(pair: Pair) -> None:  # noqa: F811
    p = pair
    assert house_settings.after_transfer(p.a.manager) == "copy"
    _accepted(p)
    assert destruction.listing(p.a.manager) == []
    assert reads.exists(p.a.vault.conn, Resident, p.rid)


