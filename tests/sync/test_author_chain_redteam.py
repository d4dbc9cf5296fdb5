"""Red team of authors' hash chains (store/writer.py `_sign`, sync/engine.py
`_verify_authors`): an insider holding a laptop's device key, a stolen laptop or a hostile
server tries to get a change set accepted as an author's through a chain its author's
signature does not really vouch for. Each test is one attack, asserting the secure
outcome."""

from __future__ import annotations

import base64
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safehaven.domain.models import Resident
from safehaven.domain.vocab import Role
from safehaven.services import checkins, residents, staff
from safehaven.store import crypto, reads
from safehaven.store.changeset import ChangeSet
from safehaven.store.refusal import RefusalKind
from safehaven.sync import engine, envelope
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.replica import applied_log, device_keys, outbox, peers
from tests.sync.harness import Template, context, house_of, make_template, one_by_one

NEW_PASSPHRASE = "a brand new passphrase for the manager"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("chain-redteam"), devices=3)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple]:
    """Three laptops in step, the manager signed in on each: a (the office laptop), b (a
    shared laptop, or one that gets stolen) and c (the receiver under attack)."""
    with house_of(template, tmp_path) as (a, b, c):
        ana = residents.add(context(a), "Ana", stage="recovery").record
        for mood in range(4):
            checkins.record(context(a), ana.id, 1 + mood, confirmed=True)
        receive(b, outgoing(a))
        receive(c, outgoing(a))
        yield a, b, c


def _mine(vault, after: int = 0) -> list[ChangeSet]:
    return outbox.local_changesets(vault.conn, vault.device_id, after)


def _news(sender, receiver) -> list[bytes]:
    return outgoing(sender, applied_log.highest_seq(receiver.conn))


def _names(vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def _quarantined(report: Any) -> dict[str, RefusalKind]:
    return {cid: refusal.kind for cid, refusal in report.quarantined}


def _signed_again(vault, cs: ChangeSet, identity: crypto.Identity | None = None
                  ) -> ChangeSet:
    """As the author would sign it (an author colluding, or the laptop's own writer)."""
    identity = identity or vault.signers[vault.staff_id or ""]
    return replace(cs, staff_sig=identity.signer.sign(cs.signed_message()))


def _seal_bodies(vault, bodies: list[dict[str, Any]]) -> list[bytes]:
    """Envelopes whose plaintext is exactly these bodies (JSON escaped to ASCII, as any
    program on a laptop holding the device key could write it), chained and signed by
    the laptop's real device key."""
    keys = device_keys.sealing_keys(vault.conn, vault.site_id)
    signer = crypto.Signer(device_keys.signing_key(vault))
    out, prev = [], b""
    for body in bodies:
        version, key = device_keys.key_for_seq(keys, body["device_seq"])
        header = envelope.Header(body["id"], vault.site_id, body["device_id"],
                                 body["device_seq"], version, envelope.VERSION, prev)
        rest = {k: v for k, v in body.items() if k not in envelope.HEADER_FIELDS}
        packer = zlib.compressobj(6, zlib.DEFLATED, 13,
                                  zdict=envelope.zdict(header.site, header.device))
        plain = packer.compress(json.dumps(rest).encode()) + packer.flush()
        nonce = os.urandom(12)
        ct = nonce + AESGCM(key).encrypt(nonce, plain, header.aad())
        out.append(envelope.signed_envelope(header, ct, signer))
        prev = header.chain_hash(ct)
    return out


# -- 1. a passphrase changed because the old one was known ------------------------------
def _old_passphrase_writes_on_b(house: tuple) -> tuple[list[ChangeSet], crypto.Identity]:
    """The manager fears their passphrase was seen and changes it on a; c learns the new
    key. Meanwhile b (offline, its vault still opening with the old passphrase) is used by
    whoever knew it: a resident planted under the manager's old identity. Then b syncs
    and the manager signs in on b with the new passphrase and saves something. Returns the
    planted change sets (b's, signed with the old identity) and the new identity."""
    a, b, c = house
    manager = a.staff_id or ""
    old = a.signers[manager]
    staff.change_passphrase(context(a), manager, NEW_PASSPHRASE, crypto.MIN_KDF)
    new = a.signers[manager]
    receive(c, _news(a, c))
    assert peers.staff_keys(c.conn)[manager] == new.sign_public
    held = applied_log.highest_seq(b.conn).get(b.device_id, 0)
    residents.add(context(b), "Planted with the old passphrase", stage="recovery")
    planted = [cs for cs in _mine(b, held) if cs.staff_sig is not None]
    assert planted
    receive(b, _news(a, b))
    b.signers[manager] = new  # the manager unlocks b with the new passphrase
    b.identity = new
    residents.add(context(b), "Written by the manager", stage="recovery")
    latest = _mine(b)[-1]
    assert latest.author_prev == crypto.author_hash(planted[-1].signed_message(),
                                                    old.sign_public), \
        "b's writer chains the new identity's save to the old identity's"
    return planted, new


def test_the_old_identitys_saves_are_refused_when_they_arrive_alone(house: tuple) -> None:
    """The rule the chain must not undo: after a new passphrase, a save signed with the
    old identity is refused ("not signed with its author's key as this laptop knows it")."""
    _, b, c = house
    planted, _ = _old_passphrase_writes_on_b(house)
    envelopes = _news(b, c)
    report = receive(c, envelopes[: len(planted)])
    assert set(_quarantined(report)) == {cs.id for cs in planted}
    assert set(_quarantined(report).values()) == {RefusalKind.NOT_AUTHOR}
    assert "Planted with the old passphrase" not in _names(c)


def test_a_new_identity_does_not_vouch_for_the_old_identitys_saves(house: tuple) -> None:
    _, b, c = house
    planted, _ = _old_passphrase_writes_on_b(house)
    report = receive(c, _news(b, c))  # one page: the planted run and the manager's save
    assert "Written by the manager" in _names(c)
    assert "Planted with the old passphrase" not in _names(c)
    assert {cs.id for cs in planted} <= set(_quarantined(report))


def test_the_retry_of_quarantined_change_sets_does_not_vouch_for_the_old_identity(
        house: tuple) -> None:
    a, b, c = house
    manager = a.staff_id or ""
    staff.change_passphrase(context(a), manager, NEW_PASSPHRASE, crypto.MIN_KDF)
    new = a.signers[manager]
    receive(c, _news(a, c))
    residents.add(context(b), "Planted with the old passphrase", stage="recovery")
    receive(b, _news(a, b))
    ana = next(r for r in reads.all_of(b.conn, Resident) if r.preferred_name == "Ana")
    with b.write("someone-else") as tx:  # outside the manager's chain: the one withheld
        tx.audit("viewed", "residents", ana.id, ana.id)
    withheld = _mine(b)[-1]
    b.signers[manager] = new
    b.identity = new
    residents.add(context(b), "Written by the manager", stage="recovery")
    envelopes = one_by_one(b, applied_log.highest_seq(c.conn))
    ids = [cs.id for cs in _mine(b, applied_log.highest_seq(c.conn).get(b.device_id, 0))]
    cut = ids.index(withheld.id)
    first = receive(c, envelopes[:cut])  # the planted run alone: refused
    assert set(_quarantined(first).values()) == {RefusalKind.NOT_AUTHOR}
    second = receive(c, envelopes[cut + 1:])  # the manager's save, its predecessor withheld
    assert set(_quarantined(second).values()) == {RefusalKind.WAITING}
    residents.add(context(a), "Anything new from the office", stage="recovery")
    receive(c, _news(a, c))  # applies something: the quarantine is retried
    assert "Planted with the old passphrase" not in _names(c)


def test_a_page_opened_ahead_under_the_old_key_does_not_let_the_old_identity_in(
        template: Template, tmp_path: Path) -> None:
    """A pull opens the next page while applying this one (`client._pull`): here the
    page applied brings the new passphrase and the page opened ahead (checked against the
    old key, which the planted run passes) holds the planted run and the manager's save
    with the new identity. Applied under the new key, the planted run is refused."""
    with house_of(template, tmp_path) as (a, b, c):
        manager = a.staff_id or ""
        residents.add(context(a), "Ana", stage="recovery")
        receive(b, outgoing(a))
        receive(c, outgoing(a))
        staff.change_passphrase(context(a), manager, NEW_PASSPHRASE, crypto.MIN_KDF)
        new = a.signers[manager]
        page1 = _news(a, c)
        residents.add(context(b), "Planted with the old passphrase", stage="recovery")
        receive(b, _news(a, b))
        b.signers[manager] = new
        b.identity = new
        residents.add(context(b), "Written by the manager", stage="recovery")
        page2 = outgoing(b, applied_log.highest_seq(c.conn))
        ahead = engine.open_all(engine.known_now(c), page2)  # c still knows the old key
        receive(c, page1)
        report = receive(c, page2, opened=ahead)
        assert "Written by the manager" in _names(c)
        assert "Planted with the old passphrase" not in _names(c)
        assert RefusalKind.NOT_AUTHOR in _quarantined(report).values()


# -- 2. a poison pill: a body the chain code cannot even hash ----------------------------
def test_a_lone_surrogate_in_a_change_set_is_refused_alone(house: tuple) -> None:
    """An insider's laptop seals a change set in the manager's name whose text holds a
    lone UTF-16 surrogate (valid JSON, `\\ud800`): the author's message cannot be
    encoded, and the page must not fail with it (every pull would fail for good)."""
    a, b, c = house
    seq = applied_log.highest_seq(b.conn).get(b.device_id, 0) + 1
    hlc = _mine(a)[-1].hlc + 1
    body = {"id": "poison-" + os.urandom(4).hex(), "device_id": b.device_id,
            "device_seq": seq, "hlc": hlc, "staff_id": a.staff_id,
            "entries": [["audit_log", "x", "*", "{\"note\": \"\ud800\"}", hlc, None]],
            "ssig": base64.b64encode(bytes(64)).decode(),
            "aprev": base64.b64encode(bytes(16)).decode()}
    if seq > 1:
        body["prev"] = seq - 1
    residents.add(context(a), "Written after the pill", stage="recovery")
    report = receive(c, _seal_bodies(b, [body]) + _news(a, c))
    assert body["id"] in _quarantined(report)
    assert "Written after the pill" in _names(c)


def test_a_lone_surrogate_its_author_signed_is_refused_alone(house: tuple) -> None:
    """The same pill signed by its author (an insider who is one): the signature holds,
    the text still cannot be stored; that change set alone is refused."""
    a, _, c = house
    held = applied_log.highest_seq(c.conn).get(a.device_id, 0)
    residents.add(context(a), "Pill", stage="recovery")
    residents.add(context(a), "Written after the pill", stage="recovery")
    fresh = _mine(a, held)
    n = next(n for n, cs in enumerate(fresh) if any('"Pill"' in e.value for e in cs.entries))
    pill = fresh[n]
    entries = tuple(e._replace(value=e.value.replace('"Pill"', '"Pill\ud800"'))
                    for e in pill.entries)
    fresh[n] = _signed_again(a, replace(pill, entries=entries))
    bodies = [{"id": cs.id, "device_id": cs.device_id, "device_seq": cs.device_seq,
               **cs.to_wire()} for cs in fresh]
    report = receive(c, _seal_bodies(a, bodies))
    assert list(_quarantined(report)) == [pill.id]
    assert "Written after the pill" in _names(c)


# -- 3. attacks that hold ----------------------------------------------------------------
def _hash(vault, cs: ChangeSet) -> bytes:
    return crypto.author_hash(cs.signed_message(), vault.signers[vault.staff_id].sign_public)


def _forged_after(last: ChangeSet, tag: str, seq: int, named: bytes) -> ChangeSet:
    """A change set in `last`'s author's name, naming `named`'s hash, with a signature of
    the insider's own making."""
    return replace(last, id=last.id[:-4] + tag, device_seq=seq, hlc=last.hlc + seq,
                   prev=seq - 1, author_prev=named,
                   staff_sig=bytes(64))


@pytest.mark.parametrize("forged_last", [True, False])
def test_a_fork_with_a_forged_branch_vouches_for_nothing_forged(
        house: tuple, forged_last: bool) -> None:
    """Two successors name the same predecessor (a fork): the real one and one forged on
    the laptop by an insider holding its device key. Whichever the receiver meets last,
    the forged one is refused and the real run applies."""
    a, _, c = house
    held = applied_log.highest_seq(c.conn).get(a.device_id, 0)
    sets = _mine(a)
    parent = [cs for cs in sets if cs.staff_sig is not None][-2]
    last = sets[-1]
    assert last.author_prev == _hash(a, parent)
    forged = _forged_after(last, "f0f0", last.device_seq + 1, _hash(a, parent))
    mine = [cs for cs in sets if cs.device_seq > held] or sets
    envelopes = engine.seal_own(a, [*mine, forged])
    if not forged_last:  # the fork's forged branch met before the real successor
        envelopes = [envelopes[-1], *envelopes[:-1]]
    report = receive(c, envelopes)
    assert _quarantined(report) == {forged.id: RefusalKind.NOT_AUTHOR}


def test_a_chain_does_not_cross_from_one_laptop_to_another(house: tuple) -> None:
    """The manager's last save on a reaches c with its signature spoiled (an insider
    holding a's device key re-sealed it); a real, signed save of the manager's on b names
    its hash. Only a's own chain could vouch for it: refused."""
    a, b, c = house
    held = applied_log.highest_seq(c.conn).get(a.device_id, 0)
    residents.add(context(a), "Spoiled on a", stage="recovery")
    fresh = _mine(a, held)
    spoiled = fresh[-1]
    assert spoiled.staff_sig is not None
    fresh[-1] = replace(spoiled, staff_sig=bytes(64))
    residents.add(context(b), "Real on b", stage="recovery")
    own = _mine(b)
    own[-1] = _signed_again(b, replace(own[-1], author_prev=_hash(a, spoiled)))
    report = receive(c, engine.seal_own(a, fresh) + engine.seal_own(b, own))
    assert _quarantined(report) == {spoiled.id: RefusalKind.NOT_AUTHOR}
    assert "Real on b" in _names(c)


@pytest.mark.parametrize("aprev", ["not base64!", base64.b64encode(bytes(17)).decode(),
                                   base64.b64encode(bytes(15)).decode()])
def test_a_chain_hash_of_the_wrong_shape_vouches_for_nothing(house: tuple,
                                                              aprev: str) -> None:
    """The newest of a run with its chain hash replaced on the wire (not base64, or one
    byte too long or short): its signature no longer holds, and the run behind it is
    checked one by one and applies."""
    a, _, c = house
    held = applied_log.highest_seq(c.conn).get(a.device_id, 0)
    ana = next(r for r in reads.all_of(a.conn, Resident) if r.preferred_name == "Ana")
    for mood in range(3):
        checkins.record(context(a), ana.id, 2 + mood, confirmed=True)
    fresh = _mine(a, held)
    bodies = []
    for cs in fresh:
        body = {"id": cs.id, "device_id": cs.device_id, "device_seq": cs.device_seq,
                **cs.to_wire()}
        bodies.append(body)
    bodies[-1]["aprev"] = aprev
    report = receive(c, _seal_bodies(a, bodies))
    assert _quarantined(report) == {fresh[-1].id: RefusalKind.NOT_AUTHOR}
    assert report.applied == len(fresh) - 1


def test_a_member_replayed_under_a_new_id_is_refused(house: tuple) -> None:
    """An insider holding a's device key replays the manager's real change set as a new
    one (new id and number), keeping its signature and chain hash: neither the signature
    nor the real successor's hash covers it."""
    a, _, c = house
    held = applied_log.highest_seq(c.conn).get(a.device_id, 0)
    ana = next(r for r in reads.all_of(a.conn, Resident) if r.preferred_name == "Ana")
    checkins.record(context(a), ana.id, 5, confirmed=True)
    checkins.record(context(a), ana.id, 1, confirmed=True)
    fresh = _mine(a, held)
    last = fresh[-1]
    replayed = replace(fresh[-2], id=fresh[-2].id[:-4] + "0a0a",
                       device_seq=last.device_seq + 1, prev=last.device_seq)
    report = receive(c, engine.seal_own(a, [*fresh, replayed]))
    assert _quarantined(report) == {replayed.id: RefusalKind.NOT_AUTHOR}
    assert report.applied == len(fresh)


def test_a_successor_signed_by_an_author_does_not_vouch_for_another_authors_save(
        house: tuple) -> None:
    """A run whose author field is switched to another known staff member (the message
    hash otherwise reused): the manager's real successor names the original's hash, which
    covers the author too, so the switched one is checked alone and refused."""
    a, _, c = house
    sam = staff.add(context(a), "Sam Staff", Role.STAFF, NEW_PASSPHRASE,
                    crypto.MIN_KDF).record
    receive(c, _news(a, c))
    held = applied_log.highest_seq(c.conn).get(a.device_id, 0)
    ana = next(r for r in reads.all_of(a.conn, Resident) if r.preferred_name == "Ana")
    checkins.record(context(a), ana.id, 5, confirmed=True)
    checkins.record(context(a), ana.id, 1, confirmed=True)
    fresh = _mine(a, held)
    fresh[-2] = replace(fresh[-2], staff_id=sam.id)
    report = receive(c, engine.seal_own(a, fresh))
    assert fresh[-2].id in _quarantined(report)
    assert len(report.quarantined) == 1
