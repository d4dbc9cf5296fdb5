"""Transfers through the server (issue 30, item 1): house A leaves the sealed package on the
organisation's server for house B, B takes it, accepts and leaves its receipt for A; the
server learns sizes and houses only, holds nothing readable, refuses a house of another
organisation as sender or reader, and a staff member's request."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from safehaven.domain.vocab import ClosureReason, Role
from safehaven.errors import NotAllowed
from safehaven.server import admin
from safehaven.services import closures, notes, residents, staff, transfer_mail, transfers
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync.client import SyncError, connect
from safehaven.sync.protocol import ErrorCode
from tests.sync.server_harness import LiveServer

NAME, NOTE = "Zuleikha Marchetti", "Grounding practised at Quito-55"


@pytest.fixture
def houses(tmp_path: Path) -> Iterator[tuple[LiveServer, Vault, Vault, Vault]]:
    server = LiveServer(tmp_path / "server")
    made = []
    for name, org in (("Casa Sur", "Harbour"), ("Casa Norte", "Harbour"),
                      ("Casa Otra", "Elsewhere")):
        vault, _ = Vault.create(tmp_path / name, house=name, organisation=org,
                                staff_name=f"Manager of {name}",
                                passphrase="a long enough passphrase",
                                kdf=crypto.MIN_KDF)
        vault.refresh_restricted()
        found = admin.find_org(server.storage, org) or admin.add_org(server.storage, org)
        connect(vault, server.url, admin.add_house(server.storage, found.name, name)[1])
        made.append(vault)
    yield server, made[0], made[1], made[2]
    for vault in made:
        vault.close()
    server.stop()


def test_a_transfer_goes_through_the_server_and_its_receipt_comes_back(
        houses: tuple, tmp_path: Path) -> None:
    server, a_vault, b_vault, c_vault = houses
    a, b, c = (Context.for_vault(v) for v in (a_vault, b_vault, c_vault))
    rid = residents.add(a, NAME, intake_date=date(2026, 10, 1)).record.id
    notes.write(a, rid, NOTE)
    transfers.write_card(b, tmp_path / "b.card")
    card = transfers.read_card(a, tmp_path / "b.card")
    transfers.send(a, rid, card, tmp_path / "out.transfer")
    with pytest.raises(SyncError) as elsewhere:  # another organisation's house: no address
        transfer_mail.post(c, tmp_path / "out.transfer", b_vault.site_id)
    assert elsewhere.value.code is ErrorCode.NOT_FOUND
    posted = transfer_mail.post(a, tmp_path / "out.transfer", card.site_id)
    size = (tmp_path / "out.transfer").stat().st_size
    assert transfer_mail.inbox(c) == [] and transfer_mail.inbox(a) == []
    [item] = transfer_mail.inbox(b)
    assert (item["id"], item["sender"], item["size"]) == (posted, a_vault.site_id, size)
    server_bytes = server.stored_bytes()
    assert NAME.encode() not in server_bytes and NOTE.encode() not in server_bytes
    with pytest.raises(SyncError) as stolen:  # only the receiving house takes it
        transfer_mail.take(c, posted, tmp_path / "stolen.transfer")
    assert stolen.value.code is ErrorCode.NOT_FOUND and not (tmp_path / "stolen.transfer"
                                                             ).exists()

    taken = transfer_mail.take(b, posted, tmp_path / "in.transfer")
    assert transfer_mail.inbox(b) == []  # gone from the server once taken
    incoming = transfers.open_package(b, taken)
    assert incoming.preferred_name == NAME
    transfers.accept(b, incoming, tmp_path / "receipt")
    transfer_mail.post(b, tmp_path / "receipt", transfer_mail.sender_site(incoming))
    [back] = transfer_mail.inbox(a)
    transfers.record_receipt(a, transfer_mail.take(a, back["id"], tmp_path / "receipt.in"))
    case = closures.state(a, rid)
    assert case.closure is not None and case.closure.reason is ClosureReason.TRANSFERRED


def test_only_a_manager_posts_or_takes(houses: tuple, tmp_path: Path) -> None:
    _, a_vault, b_vault, _ = houses
    a = Context.for_vault(a_vault)
    worker = staff.add(a, "Sam Staff", Role.STAFF, "sam's long passphrase",
                       crypto.MIN_KDF).record
    sam = Context(a_vault, worker)
    (tmp_path / "f").write_bytes(b"x")
    with pytest.raises(NotAllowed):
        transfer_mail.post(sam, tmp_path / "f", b_vault.site_id)
    with pytest.raises(NotAllowed):
        transfer_mail.inbox(sam)
