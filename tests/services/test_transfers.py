"""Transfers between two houses by file (issue 30, item 1): house A (the `house` fixture)
sends a child to house B (a second real vault); B accepts or declines with a signed
receipt; A's case closes as transferred or stays open. Managers only; every hostile file
refused with a typed problem and nothing written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from safehaven.domain.models import (
    Consent,
    Need,
    NoContact,
    Prescription,
    Resident,
    TrustedAdult,
)
from safehaven.domain.vocab import ClosureReason, DocumentKind
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import (
    audit,
    closures,
    consents,
    documents,
    health,
    medication,
    needs,
    no_contacts,
    notes,
    residents,
    transfers,
    trusted_adults,
)
from safehaven.services.context import Context
from safehaven.store import lifecycle_reads, reads
from safehaven.store.vault import Vault
from safehaven.sync.transfer_file import MAGIC, TransferProblem, TransferRefused
from tests.conftest import FAST, NOW, PASSPHRASE, House

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nAn interim care order\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


@dataclass
class Pair:
    a: House
    b: Context
    c: Context  # a third house of the same organisation
    rid: str
    docs: dict[str, bytes]
    tmp: Path


def _vault(tmp: Path, name: str, house: str, org: str = "Test Org") -> Context:
    vault, _ = Vault.create(tmp / name, house=house, organisation=org,
                            staff_name=f"{house} manager", passphrase=PASSPHRASE, kdf=FAST)
    vault.refresh_restricted()
    return Context.for_vault(vault, now=lambda: NOW)


_MADE: dict[str, tuple[Path, bytes, str, dict]] = {}  # house name -> its made vault


def _made_once(made_in: pytest.TempPathFactory, tmp: Path, name: str, house: str) -> Context:
    """`_vault`, each house made once per test process and a copy opened per test with the
    keys kept here (its Argon2id derivations, a new database and its schema were most of
    each test's time); the copies of one house are one house, as in `open_copy` (conftest).
    A module dict rather than a fixture: tests/lifecycle imports `pair` alone."""
    import shutil

    from safehaven.store.vault_files import load_keys as _load_keys

    if house not in _MADE:
        vault = _vault(made_in.mktemp("transfer-house"), name, house).vault
        _MADE[house] = (vault.folder, vault._master_key, vault.staff_id or "",
                        dict(vault.signers))
        vault.close()
    source, master, manager, signers = _MADE[house]
    shutil.copytree(source, tmp / name)
    vault = Vault._open_with_master(tmp / name, _load_keys(tmp / name), master, manager,
                                    signers[manager])
    vault.signers.update(signers)
    vault.refresh_restricted()
    return Context.for_vault(vault, now=lambda: NOW)


@pytest.fixture
def pair(house: House, tmp_path: Path,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    a = house.manager
    rid = residents.add(a, "Noor", legal_name="Noor Haddad", date_of_birth=date(2011, 5, 2),
                        intake_date=date(2026, 10, 1), languages=("ar",)).record.id
    notes.write(house.clinician, rid, "Grounding practised.", kind="clinical")
    needs.add(a, rid, "medical", priority="high", notes="Dentist")
    order = documents.add(a, rid, "court-order", PDF, title="Interim care order",
                          access="clinicians-managers").record
    other = documents.add(house.staff, rid, "school", PDF.replace(b"interim", b"school"),
                          title="School report").record
    b = _made_once(tmp_path_factory, tmp_path, "b", "Casa Norte")
    c = _made_once(tmp_path_factory, tmp_path, "c", "Casa Sur")
    yield Pair(house, b, c, rid, {order.id: PDF, other.id: PDF.replace(b"interim", b"school")},
               tmp_path)
    b.vault.close()
    c.vault.close()


def _send(p: Pair) -> Path:
    transfers.write_card(p.b, p.tmp / "b.card")
    card = transfers.read_card(p.a.manager, p.tmp / "b.card")
    transfers.send(p.a.manager, p.rid, card, p.tmp / "noor.transfer")
    return p.tmp / "noor.transfer"


def test_a_child_moves_from_a_to_b_and_the_receipt_closes_a(pair: Pair) -> None:
    p = pair
    transfers.write_card(p.b, p.tmp / "b.card")
    card = transfers.read_card(p.a.manager, p.tmp / "b.card")
    assert card.house == "Casa Norte" and len(card.fingerprint.split()) == 8
    transfers.send(p.a.manager, p.rid, card, p.tmp / "noor.transfer")
    waiting = closures.state(p.a.manager, p.rid)
    assert waiting.transfer is not None and waiting.closure is None  # still open, waiting
    with pytest.raises(InvalidValue):  # not sent twice, not closed meanwhile
        transfers.send(p.a.manager, p.rid, card, p.tmp / "again.transfer")
    with pytest.raises(InvalidValue):
        closures.close(p.a.manager, p.rid, "kinship")
    raw = (p.tmp / "noor.transfer").read_bytes()
    for secret in (b"Noor", b"Haddad", b"Casa", b"Dentist", b"Grounding", b"interim"):
        assert secret not in raw  # the file shows nothing but its size

    incoming = transfers.open_package(p.b, p.tmp / "noor.transfer")
    assert (incoming.preferred_name, incoming.from_house) == ("Noor", "Casa Prueba")
    assert incoming.signed_by == "Maria Manager" and incoming.documents == 2
    assert incoming.counts["case_notes"] == 1 and incoming.counts["needs"] == 1
    assert not incoming.answered and incoming.known == ()  # B knows no one like her
    transfers.accept(p.b, incoming, p.tmp / "receipt")

    child = residents.get(p.b, p.rid)
    assert child.site_id == p.b.vault.site_id and p.b.opened(child).legal_name == "Noor Haddad"
    kept = {d.document.id: d for d in documents.for_resident(p.b, p.rid)}
    for doc_id, data in p.docs.items():  # the same bytes, under B's keys
        assert documents.content(p.b, doc_id)[1] == data
    record = [d.document for d in kept.values() if d.document.kind is DocumentKind.OTHER]
    assert len(record) == 1 and str(record[0].access) == "clinicians-managers"
    archived = json.loads(documents.content(p.b, record[0].id)[1])
    assert archived["complete_file"]["records"]["case_notes"][0]["body"] == \
        "Grounding practised."
    assert archived["complete_file"]["audit"]  # who saw the record at A, kept
    # a second copy of the same package is refused, nothing written
    again = transfers.open_package(p.b, p.tmp / "noor.transfer")
    assert again.answered
    with pytest.raises(TransferRefused) as refused:
        transfers.accept(p.b, again, p.tmp / "receipt2")
    assert refused.value.problem is TransferProblem.ALREADY_IMPORTED
    assert not (p.tmp / "receipt2").exists()

    answer = transfers.read_receipt(p.a.manager, p.tmp / "receipt")
    assert answer.receipt.accepted and answer.receipt.card.house == "Casa Norte"
    transfers.record_receipt(p.a.manager, p.tmp / "receipt")
    case = closures.state(p.a.manager, p.rid)
    assert case.closure is not None and case.closure.reason is ClosureReason.TRANSFERRED
    assert case.closure.destination == "Casa Norte" and case.transfer is None
    with pytest.raises(TransferRefused) as refused:  # a receipt counts once
        transfers.record_receipt(p.a.manager, p.tmp / "receipt")
    assert refused.value.problem is TransferProblem.NOT_PENDING
    done = {x.action for x in audit.for_resident(p.a.manager, p.rid)}
    assert {"transfer-send", "transfer-receipt"} <= done
    assert {x.action for x in audit.for_resident(p.b, p.rid)} >= {"transfer-accept"}


def test_a_declined_transfer_leaves_a_case_open_with_the_reason(pair: Pair) -> None:
    from safehaven.errors import InvalidValue
    from safehaven.services import approvals

    p = pair
    path = _send(p)
    sent = closures.state(p.a.manager, p.rid).transfer
    assert sent is not None
    with pytest.raises(InvalidValue):  # waiting for B: not submitted and approved at A
        approvals.submit(p.a.manager, "closure", sent.id)
    incoming = transfers.open_package(p.b, path)
    transfers.decline(p.b, incoming, "No bed for a girl of her age.", p.tmp / "receipt")
    assert not reads.exists(p.b.conn, Resident, p.rid)
    assert lifecycle_reads.transfer_answered(p.b.conn, incoming.transfer_id)
    with pytest.raises(TransferRefused):  # declined once: not accepted from the same copy
        transfers.accept(p.b, transfers.open_package(p.b, path), p.tmp / "r2")
    transfers.record_receipt(p.a.manager, p.tmp / "receipt")
    case = closures.state(p.a.manager, p.rid)
    assert case.closure is None and case.transfer is None
    assert case.returned is not None and case.returned.comment == "No bed for a girl of her age."
    with pytest.raises(InvalidValue):  # declined: not closed as transferred by resubmitting
        approvals.submit(p.a.manager, "closure", sent.id)
    assert closures.state(p.a.manager, p.rid).closure is None
    closures.close(p.a.manager, p.rid, "kinship")  # the case is A's to close as any other


def test_staff_and_clinicians_are_refused_at_every_step(pair: Pair) -> None:
    p = pair
    path = _send(p)
    for who in (p.a.staff, p.a.clinician):
        with pytest.raises(NotAllowed):
            transfers.write_card(who, p.tmp / "x.card")
        with pytest.raises(NotAllowed):
            transfers.read_card(who, p.tmp / "b.card")
        with pytest.raises(NotAllowed):
            transfers.open_package(who, path)
        with pytest.raises(NotAllowed):
            transfers.read_receipt(who, p.tmp / "b.card")


def test_a_package_for_another_house_does_not_open(pair: Pair) -> None:
    p = pair
    path = _send(p)
    with pytest.raises(TransferRefused) as refused:
        transfers.open_package(p.c, path)  # same organisation, not the card's house
    assert refused.value.problem is TransferProblem.NOT_FOR_THIS_HOUSE
    with pytest.raises(TransferRefused) as refused:
        transfers.open_package(p.a.manager, path)  # nor the sender's own
    assert refused.value.problem is TransferProblem.NOT_FOR_THIS_HOUSE


def test_tampered_truncated_oversized_and_malformed_packages_are_refused(
        pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    p = pair
    raw = _send(p).read_bytes()
    header_end = raw.index(b"\n", len(MAGIC)) + 1
    cases = {
        "flip": (raw[:-40] + bytes([raw[-40] ^ 1]) + raw[-39:], TransferProblem.TAMPERED),
        "cut": (raw[:-100], TransferProblem.TAMPERED),
        "header": (raw[:header_end - 3] + b" ]}\n" + raw[header_end:],  # still JSON
                   TransferProblem.TAMPERED),
        "broken header": (raw[:header_end - 3] + b"]\n" + raw[header_end:],
                          TransferProblem.MALFORMED),
        "magic": (b"X" + raw[1:], TransferProblem.MALFORMED),
        "no keys": (MAGIC + b'{"v":1,"keys":[]}\n' + raw[header_end:],
                    TransferProblem.MALFORMED),
        "deep": (MAGIC + b"[" * 50_000 + b"\n", TransferProblem.MALFORMED),
        "long header": (MAGIC + b" " * (70 * 1024), TransferProblem.MALFORMED),
    }
    for name, (data, problem) in cases.items():
        bad = p.tmp / f"{name}.transfer"
        bad.write_bytes(data)
        with pytest.raises(TransferRefused) as refused:
            transfers.open_package(p.b, bad)
        assert refused.value.problem is problem, name
    from safehaven.sync import transfer_file

    monkeypatch.setattr(transfer_file, "MAX_PACKAGE", len(raw) - 1)
    with pytest.raises(TransferRefused) as refused:
        transfers.open_package(p.b, p.tmp / "noor.transfer")
    assert refused.value.problem is TransferProblem.TOO_LARGE
    with pytest.raises(TransferRefused) as refused:
        transfers.open_package(p.b, p.tmp / "missing.transfer")
    assert refused.value.problem is TransferProblem.NOT_FOUND


def test_cards_and_receipts_are_checked(pair: Pair) -> None:
    p = pair
    transfers.write_card(p.b, p.tmp / "b.card")
    card = json.loads((p.tmp / "b.card").read_text())
    card["body"]["house"] = "Casa Falsa"  # changed after signing
    (p.tmp / "forged.card").write_text(json.dumps(card))
    with pytest.raises(TransferRefused) as refused:
        transfers.read_card(p.a.manager, p.tmp / "forged.card")
    assert refused.value.problem is TransferProblem.BAD_SIGNATURE
    other = _vault(p.tmp, "d", "Casa Lejos", org="Another Org")
    transfers.write_card(other, p.tmp / "d.card")
    with pytest.raises(TransferRefused) as refused:
        transfers.read_card(p.a.manager, p.tmp / "d.card")
    assert refused.value.problem is TransferProblem.OTHER_ORGANISATION
    other.vault.close()
    transfers.write_card(p.a.manager, p.tmp / "a.card")
    with pytest.raises(TransferRefused) as refused:
        transfers.read_card(p.a.manager, p.tmp / "a.card")
    assert refused.value.problem is TransferProblem.OWN_HOUSE

    path = _send(p)
    transfers.accept(p.b, transfers.open_package(p.b, path), p.tmp / "receipt")
    receipt = json.loads((p.tmp / "receipt").read_text())
    receipt["body"]["decision"] = "declined"
    (p.tmp / "forged.receipt").write_text(json.dumps(receipt))
    with pytest.raises(TransferRefused) as refused:
        transfers.record_receipt(p.a.manager, p.tmp / "forged.receipt")
    assert refused.value.problem is TransferProblem.BAD_SIGNATURE
    for data, problem in ((b"{" * 300_000, TransferProblem.TOO_LARGE),
                          (b'{"body": [', TransferProblem.MALFORMED),
                          (b"[" * 100_000, TransferProblem.MALFORMED)):
        (p.tmp / "odd.receipt").write_bytes(data)
        with pytest.raises(TransferRefused) as refused:
            transfers.record_receipt(p.a.manager, p.tmp / "odd.receipt")
        assert refused.value.problem is problem
    # a receipt signed by house C's manager (same organisation) for the transfer to B,
    # by someone who learned its id: refused, C is not where it went
    from safehaven.sync import transfer_file as tf

    transfers.write_card(p.c, p.tmp / "c.card")
    c_card = json.loads((p.tmp / "c.card").read_text())
    opened = transfers.open_package(p.b, path).opened
    assert p.c.vault.identity is not None
    forged = tf.make_receipt(opened, accepted=True, why=None, at="2026-11-26T09:30:00",
                             card=c_card, identity=p.c.vault.identity)
    (p.tmp / "c.receipt").write_bytes(tf.canonical(forged))
    with pytest.raises(TransferRefused) as refused:
        transfers.record_receipt(p.a.manager, p.tmp / "c.receipt")
    assert refused.value.problem is TransferProblem.WRONG_HOUSE
    assert closures.state(p.a.manager, p.rid).transfer is not None  # still waiting
    transfers.record_receipt(p.a.manager, p.tmp / "receipt")
    assert closures.state(p.a.manager, p.rid).closure is not None


def test_what_b_acts_on_is_remade_as_bs_records(pair: Pair) -> None:
    p = pair
    a = p.a.manager
    consents.add(a, p.rid, "photographs", granted_on=date(2026, 10, 1),
                 expires_on=date(2027, 10, 1), guardian_name="Social services",
                 child_assent=True)
    adult = trusted_adults.add(a, p.rid, "Amal Haddad", "aunt", "+44 7700 900123").record
    banned = no_contacts.add(a, p.rid, "Karim", "recruiter", reason="Sold her to a gang").record
    health.save(a, p.rid, allergies="Penicillin")
    medication.prescribe(p.a.clinician, p.rid, "Sertraline", "50 mg", "oral", "Dr Okafor",
                         times="08:00")
    met = needs.add(a, p.rid, "legal-immigration", notes="Solicitor").record
    needs.close(a, met.id, "met", "Solicitor found")
    path = _send(p)
    transfers.accept(p.b, transfers.open_package(p.b, path), p.tmp / "receipt")
    b, author = p.b, p.b.actor.id if p.b.actor else ""
    open_needs = reads.for_resident(b.conn, Need, p.rid)
    assert [n.notes for n in open_needs] == ["Dentist"]  # the met one stays in the record
    assert open_needs[0].owner_id is None and open_needs[0].site_id == b.vault.site_id
    assert reads.get(b.conn, TrustedAdult, adult.id).phone == "+44 7700 900123"
    entry = reads.get(b.conn, NoContact, banned.id)
    assert entry.added_by == author and entry.reason != "Sold her to a gang"  # sealed here
    assert b.opened(entry).reason == "Sold her to a gang"  # under B's restricted key
    assert health.allergies(b, p.rid) == ("Penicillin",)
    given = reads.for_resident(b.conn, Prescription, p.rid)
    assert [(x.medicine, x.recorded_by) for x in given] == [("Sertraline", author)]
    assert len(reads.for_resident(b.conn, Consent, p.rid)) == 1


def test_a_package_whose_records_this_house_holds_is_refused_whole(pair: Pair) -> None:
    """A record id B already holds (a package made from B's own records, or changed on
    the way) is refused in words, and nothing of the child is written."""
    p = pair
    other = residents.add(p.b, "Lina").record.id
    glasses = needs.add(p.b, other, "medical", notes="Glasses").record
    with p.a.manager.write() as tx:  # A's record under an id B holds
        tx.insert(replace(glasses, site_id=p.a.manager.vault.site_id, resident_id=p.rid))
    incoming = transfers.open_package(p.b, _send(p))
    with pytest.raises(TransferRefused) as refused:
        transfers.accept(p.b, incoming, p.tmp / "receipt")
    assert refused.value.problem is TransferProblem.RECORDS_HERE
    assert not reads.exists(p.b.conn, Resident, p.rid)
    assert reads.get(p.b.conn, Need, glasses.id).resident_id == other
    assert not (p.tmp / "receipt").exists()


def test_a_card_with_a_key_no_one_holds_is_refused(pair: Pair) -> None:
    from safehaven.sync import transfer_file as tf

    p = pair
    me = p.b.vault.identity
    assert me is not None and p.b.actor is not None
    doc = tf.make_card(p.b.vault.site_id, "Casa Norte", "Test Org",
                       [tf.Manager(p.b.actor.id, "Bea", me.sign_public, me.box_public),
                        tf.Manager("x", "Nobody", me.sign_public, "00" * 32)],
                       me, "2026-11-26T09:30:00")
    (p.tmp / "odd.card").write_bytes(tf.canonical(doc))
    with pytest.raises(TransferRefused) as refused:
        transfers.read_card(p.a.manager, p.tmp / "odd.card")
    assert refused.value.problem is TransferProblem.MALFORMED


def test_a_receipt_forged_by_someone_of_house_a_is_refused(pair: Pair) -> None:
    """Sam (staff at A) reads the waiting transfer's id with plain SQL, makes a card of
    his own naming B's house and A's organisation, and signs an "accepted" receipt: A's
    manager must not close the case on it."""
    from safehaven.store import crypto
    from safehaven.sync import transfer_file as tf

    p = pair
    path = _send(p)
    tid, = p.a.vault.conn.execute(
        "SELECT id FROM case_closures WHERE resident_id = ?", (p.rid,)).fetchone()
    sam = crypto.Identity.from_seed(crypto.random_key())
    card = tf.make_card("site-of-sam", "Casa Norte", "Test Org",
                        [tf.Manager("sam", "Sam", sam.sign_public, sam.box_public)], sam,
                        "2026-11-26T09:00:00")
    opened = tf.Opened({"transfer_id": tid, "resident_id": p.rid}, sam.sign_public, "0" * 64)
    forged = tf.make_receipt(opened, accepted=True, why=None, at="2026-11-26T09:30:00",
                             card=card, identity=sam)
    (p.tmp / "sam.receipt").write_bytes(tf.canonical(forged))
    with pytest.raises(TransferRefused) as refused:
        transfers.record_receipt(p.a.manager, p.tmp / "sam.receipt")
    assert refused.value.problem is TransferProblem.BAD_SIGNATURE
    assert closures.state(p.a.manager, p.rid).closure is None
    # B's genuine receipt still closes it
    transfers.accept(p.b, transfers.open_package(p.b, path), p.tmp / "receipt")
    transfers.record_receipt(p.a.manager, p.tmp / "receipt")
    assert closures.state(p.a.manager, p.rid).closure is not None


def test_a_card_read_from_a_pipe_is_read_no_further_than_its_cap(pair: Pair) -> None:
    """A path that is not a regular file (a pipe, /dev/zero) says size 0: the reader must
    still stop at the cap, not read all it is given."""
    import os
    import threading

    from safehaven.sync import transfer_file as tf

    fifo = pair.tmp / "card.pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        try:
            with open(fifo, "wb") as fh:
                fh.write(b" " * (tf.MAX_CARD + 1000))
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed)
    writer.start()
    with pytest.raises(TransferRefused) as refused:
        transfers.read_card(pair.a.manager, fifo)
    writer.join(5)
    assert refused.value.problem is TransferProblem.TOO_LARGE


def test_a_child_the_receiving_house_may_already_know_is_asked_about_first(
        pair: Pair) -> None:
    """The duplicate check runs at the receiving house too (as at intake): Noor lived at B
    before, under another record; accepting asks first and writes nothing unasked."""
    from safehaven.errors import PossibleDuplicate

    p = pair
    before = residents.add(p.b, "Noor", date_of_birth=date(2011, 5, 2),
                           intake_date=date(2025, 3, 1), languages=("ar",)).record
    closures.close(p.b, before.id, "kinship")
    package = _send(p)
    incoming = transfers.open_package(p.b, package)
    assert [i for i, _ in incoming.known] == [before.id] and incoming.known_words
    with pytest.raises(PossibleDuplicate) as asked:
        transfers.accept(p.b, incoming, p.tmp / "receipt")
    assert [i for i, _ in asked.value.matches] == [before.id]
    assert not (p.tmp / "receipt").exists() and not reads.exists(p.b.conn, Resident, p.rid)
    transfers.accept(p.b, incoming, p.tmp / "receipt", confirmed=True)
    assert residents.get(p.b, p.rid).preferred_name == "Noor"
