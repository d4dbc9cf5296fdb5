"""A transferred child reaches every laptop of the receiving house (issue 30, item 1): what
the accepting manager wrote passes the other laptops' receiver checks (authors, roles,
sealed fields) and the documents' content travels with a USB bundle."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from safehaven.domain.models import Need, NoContact, Resident
from safehaven.services import documents, needs, no_contacts, residents, transfers
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.vault import Vault
from safehaven.sync.bundle import export_bundle, import_bundle
from tests.sync.harness import Template, house_of, make_template

NOW = datetime(2026, 11, 26, 9, 30)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nA court order\n%%EOF\n"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def laptops(template: Template, tmp_path: Path) -> Iterator[list[Vault]]:
    with house_of(template, tmp_path / "b") as vaults:
        for vault in vaults:
            vault.refresh_restricted()
        yield vaults


def ctx(vault: Vault) -> Context:
    found = Context.for_vault(vault)
    return Context(found.vault, found.actor, now=lambda: NOW)


def test_an_accepted_transfer_syncs_to_the_other_laptops_of_b(laptops: list[Vault],
                                                             tmp_path: Path) -> None:
    b0, b1 = laptops
    a_vault, _ = Vault.create(tmp_path / "a", house="Casa Sur", organisation="Org",
                              staff_name="Ana", passphrase="a passphrase here",
                              kdf=crypto.MIN_KDF)
    a_vault.refresh_restricted()
    a = ctx(a_vault)
    rid = residents.add(a, "Noor", legal_name="Noor Haddad",
                        intake_date=date(2026, 10, 1)).record.id
    needs.add(a, rid, "medical", notes="Dentist")
    banned = no_contacts.add(a, rid, "Karim", "recruiter", reason="Recruited her").record
    order = documents.add(a, rid, "court-order", PDF, title="Order",
                          access="clinicians-managers").record
    transfers.write_card(ctx(b0), tmp_path / "b.card")
    card = transfers.read_card(a, tmp_path / "b.card")
    transfers.send(a, rid, card, tmp_path / "noor.transfer")
    incoming = transfers.open_package(ctx(b0), tmp_path / "noor.transfer")
    transfers.accept(ctx(b0), incoming, tmp_path / "receipt")
    a_vault.close()

    export_bundle(b0, tmp_path / "b0.bundle")
    received = import_bundle(b1, tmp_path / "b0.bundle")
    assert received.quarantined == []
    there = ctx(b1)
    assert reads.get(b1.conn, Resident, rid).preferred_name == "Noor"
    assert there.opened(reads.get(b1.conn, Resident, rid)).legal_name == "Noor Haddad"
    assert there.opened(reads.get(b1.conn, NoContact, banned.id)).reason == "Recruited her"
    assert documents.content(there, order.id)[1] == PDF
    assert [n.notes for n in reads.for_resident(b1.conn, Need, rid)] == ["Dentist"]
    assert len(documents.for_resident(there, rid)) == 2  # and the transfer record
