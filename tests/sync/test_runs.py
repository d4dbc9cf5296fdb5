"""Run envelopes (format 3): a round's change sets travel, are kept and relayed as one
envelope; every way of tampering with one is refused with a reason while the rest flows."""

from __future__ import annotations

import base64
import json
import os
import random
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safehaven.domain.models import Resident
from safehaven.services import checkins, residents
from safehaven.store import crypto, reads
from safehaven.store.refusal import RefusalKind, Refused
from safehaven.sync import runs
from safehaven.sync.engine import known_now, open_all, outgoing, receive, seal_own
from safehaven.sync.envelope import zdict
from safehaven.sync.replica import applied_log, device_keys, outbox, quarantine, server_link
from safehaven.sync.rounds import sync_round
from tests.sync.harness import Template, context, house_of, make_template, one_by_one
from tests.sync.server_harness import LiveServer, enrolled_house


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=3)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[list]:
    with house_of(template, tmp_path) as vaults:
        a, b, c = vaults
        receive(b, outgoing(a, applied_log.highest_seq(b.conn)))
        receive(c, outgoing(a, applied_log.highest_seq(c.conn)))
        yield vaults


def _names(vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def _news(sender, receiver) -> list[bytes]:
    return outgoing(sender, applied_log.highest_seq(receiver.conn))


def _withheld_then(a, b, check_ins: int) -> tuple[bytes, list]:
    """a's next change set sealed alone (the one a server withholds), and the change sets
    a makes after it: a new resident's first check-ins."""
    held = applied_log.highest_seq(b.conn)
    residents.add(context(a), "Withheld")
    (withheld,) = one_by_one(a, held)
    _check_ins(a, check_ins)
    return withheld, outbox.local_changesets(a.conn, a.device_id, held[a.device_id] + 1)


def _check_ins(vault, count: int) -> None:
    ctx = context(vault)
    rid = residents.add(ctx, "Ana").record.id
    for n in range(count):
        checkins.record(ctx, rid, 1 + n % 5, note=f"Slept well, ate breakfast ({n}).",
                        confirmed=True)


def test_a_round_of_check_ins_is_one_run_kept_once_and_relayed_as_it_came(house) -> None:
    a, b, c = house
    _check_ins(a, 50)
    sent = _news(a, b)
    assert len(sent) == 1 and len(json.loads(sent[0])["ids"]) == 51
    assert len(sent[0]) / 51 < 300  # bytes per change set, before the wire's gzip
    report = receive(b, sent)
    assert report.applied == 51 and not report.quarantined
    run = runs.run_hash(sent[0])
    assert b.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    assert b.conn.execute("SELECT count(*), count(envelope) FROM change_sets WHERE run = ?",
                          (run,)).fetchone() == (51, 0)
    relayed = _news(b, c)  # b passes a's run on to c unchanged, once
    assert relayed == sent
    assert receive(c, relayed).applied == 51
    assert len(checkins.for_resident(context(c), next(
        r.id for r in reads.all_of(c.conn, Resident) if r.preferred_name == "Ana"))) == 50


def test_runs_end_at_their_size_and_where_the_site_key_changes(house, monkeypatch) -> None:
    from safehaven.sync import engine

    a, b, _ = house
    monkeypatch.setattr(engine, "RUN_MAX", 7)
    _check_ins(a, 20)
    sent = _news(a, b)
    assert [len(json.loads(e)["ids"]) for e in sent] == [7, 7, 7]
    seqs = [s for e in sent for s in json.loads(e)["seqs"]]
    assert seqs == sorted(seqs) and len(set(seqs)) == 21
    assert receive(b, sent).applied == 21


def test_ten_thousand_bit_flips_of_a_run_are_all_refused(house) -> None:
    a, b, _ = house
    residents.add(context(a), "Ana", pronouns="she/her")
    residents.add(context(a), "Bea")
    (envelope,) = _news(a, b)
    known = known_now(b)
    assert not [r for _, r in open_all(known, [envelope]) if isinstance(r, Refused)]
    rng = random.Random(11)
    for _ in range(10_000):
        data = bytearray(envelope)
        bit = rng.randrange(len(data) * 8)
        data[bit // 8] ^= 1 << (bit % 8)
        opened = open_all(known, [bytes(data)])
        assert opened and all(isinstance(r, Refused) for _, r in opened)


def _mutate(envelope: bytes, **changes: Any) -> bytes:
    doc = json.loads(envelope)
    doc.update(changes)
    return json.dumps(doc).encode()


ATTACKS = ["ciphertext", "signature", "reordered", "renamed", "renumbered", "dropped",
           "added", "duplicate-id", "falling-seqs", "bool-seq", "no-members", "too-many",
           "other-house", "unknown-device", "key-version", "bad-id", "as-version-2"]


@pytest.mark.parametrize("attack", ATTACKS)
def test_each_attack_on_a_run_is_refused_with_a_reason_and_the_rest_flows(
        house, attack: str) -> None:
    a, b, _ = house
    residents.add(context(a), "First")
    good = _news(a, b)
    residents.add(context(a), "Second")
    residents.add(context(a), "Third")
    bad = seal_own(a, outbox.local_changesets(
        a.conn, a.device_id, applied_log.highest_seq(b.conn)[a.device_id] + 1))
    assert len(good) == len(bad) == 1
    (bad_run,) = bad
    doc = json.loads(bad_run)
    ids, seqs = doc["ids"], doc["seqs"]
    changes: dict[str, Any] = {
        "signature": {"sig": base64.b64encode(bytes(64)).decode()},
        "reordered": {"ids": ids[::-1]},
        "renamed": {"ids": [ids[0], "someone-elses-id"]},
        "renumbered": {"seqs": [seqs[0], seqs[1] + 10]},
        "dropped": {"ids": ids[:1], "seqs": seqs[:1]},
        "added": {"ids": [*ids, "one-more"], "seqs": [*seqs, seqs[-1] + 1]},
        "duplicate-id": {"ids": [ids[0], ids[0]]},
        "falling-seqs": {"seqs": seqs[::-1]},
        "bool-seq": {"seqs": [True, seqs[1]]},
        "no-members": {"ids": [], "seqs": []},
        "too-many": {"ids": [f"id-{n}" for n in range(runs.READ_MAX + 1)],
                     "seqs": list(range(1, runs.READ_MAX + 2))},
        "other-house": {"site": "another-site"},
        "unknown-device": {"device": "a-stranger"},
        "key-version": {"kv": 9},
        "bad-id": {"ids": [ids[0], "not|an,id"]},
        "as-version-2": {"v": 2, "id": ids[0], "seq": seqs[0]},
    }.get(attack, {})
    if attack == "ciphertext":
        ct = bytearray(base64.b64decode(doc["ct"]))
        ct[20] ^= 1
        changes = {"ct": base64.b64encode(bytes(ct)).decode()}
    report = receive(b, [_mutate(bad_run, **changes), *good])
    assert report.applied == 1 and report.quarantined
    assert all(refusal.message for _, refusal in report.quarantined)
    assert _names(b) >= {"First"} and not _names(b) & {"Second", "Third"}
    assert quarantine.quarantined(b.conn)
    # the genuine run still applies afterwards: nothing of it was taken as held
    assert receive(b, bad).applied == 2
    assert {"Second", "Third"} <= _names(b)


def _forge(vault, bodies: list[dict], ids: list[str], seqs: list[int]) -> bytes:
    """A run sealed with the laptop's real keys around contents of our choosing."""
    version, key = device_keys.site_key(vault.conn, vault.site_id)
    header = runs.RunHeader(vault.site_id, vault.device_id, version, tuple(ids), tuple(seqs))
    packer = zlib.compressobj(6, zlib.DEFLATED, 15, zdict=zdict(header.site, header.device))
    plain = packer.compress(json.dumps(bodies).encode()) + packer.flush()
    nonce = os.urandom(12)
    ct = nonce + AESGCM(key).encrypt(nonce, plain, header.aad())
    signer = crypto.Signer(device_keys.signing_key(vault))
    return json.dumps({"v": header.v, "site": header.site, "device": header.device, "kv": version,
                       "ids": ids, "seqs": seqs, "ct": base64.b64encode(ct).decode(),
                       "sig": base64.b64encode(signer.sign(header.signed(ct))).decode()}
                      ).encode()


def test_contents_that_contradict_their_header_are_refused(house) -> None:
    a, b, _ = house
    body = {"hlc": 1, "staff_id": None, "entries": []}
    short = _forge(a, [body], ["r1", "r2"], [901, 902])  # fewer bodies than members
    contradicting = _forge(a, [{**body, "id": "elsewhere"}], ["r3"], [903])
    not_a_list = _forge(a, {"hlc": 1}, ["r4"], [904])  # type: ignore[arg-type]
    report = receive(b, [short, contradicting, not_a_list])
    kinds = {c: r.kind for c, r in report.quarantined}
    assert kinds == {"r1": RefusalKind.MISMATCH, "r2": RefusalKind.MISMATCH,
                     "r3": RefusalKind.MISMATCH, "r4": RefusalKind.MISMATCH}
    assert report.applied == 0


def test_a_forged_run_from_a_key_outside_the_roster_is_refused(house) -> None:
    a, b, _ = house
    version, key = device_keys.site_key(a.conn, a.site_id)
    forged = runs.seal_run([{"id": "x1", "device_id": a.device_id, "device_seq": 999,
                             "hlc": 1, "entries": []}], a.site_id, version, key,
                           Ed25519PrivateKey.generate())
    report = receive(b, [forged])
    assert [(c, r.kind) for c, r in report.quarantined] == [("x1", RefusalKind.BAD_SIGNATURE)]


def test_a_waiting_run_is_kept_once_and_applies_when_its_gap_fills(house) -> None:
    a, b, _ = house
    withheld, after = _withheld_then(a, b, 5)
    later = seal_own(a, after)
    assert len(later) == 1
    report = receive(b, later)  # the server dropped the first: all six wait for it
    assert {r.kind for _, r in report.quarantined} == {RefusalKind.WAITING}
    assert len(report.quarantined) == 6
    assert b.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    assert b.conn.execute("SELECT count(*) FROM quarantine WHERE run IS NOT NULL "
                          "AND envelope = x''").fetchone()[0] == 6
    assert quarantine.quarantined_envelopes(b.conn, [RefusalKind.WAITING]) == later
    report = receive(b, [withheld])  # it arrives: the waiting run applies from quarantine
    assert report.applied == 7 and not quarantine.quarantined(b.conn)
    assert {"Withheld", "Ana"} <= _names(b)
    assert b.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 2


def test_the_server_keeps_a_run_once_and_sends_it_once(template: Template,
                                                       tmp_path: Path) -> None:
    server = LiveServer(tmp_path / "server")
    try:
        a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
        _check_ins(a, 30)
        sync_round(a)
        storage = server.storage
        with storage.read() as db:
            run, members, size = db.one(
                "SELECT run, count(*), sum(size) FROM changesets WHERE site_id = ? GROUP BY "
                "run ORDER BY max(seq) DESC LIMIT 1", (a.site_id,))
            (envelope,) = db.one("SELECT envelope FROM runs WHERE hash = ?", (run,))
        assert (members, size) == (31, len(envelope))  # one copy, its bytes counted once
        count = storage.state(a.site_id)["count"]
        items, more, cursor = storage.pull(a.site_id, count - 31, 3, 1 << 30)
        assert (len(items), more, cursor) == (31, False, count)  # on to the run's end
        assert {item.envelope for item in items} == {bytes(envelope)}
        ids = [cs.id for cs in outbox.local_changesets(a.conn, a.device_id)][-31:]
        assert storage.fetch(a.site_id, ids) == [bytes(envelope)]
        report = sync_round(b)
        assert report.digest_matches and "Ana" in _names(b)
        token = server_link.server_link(b.conn).device_token
        version, key = device_keys.site_key(a.conn, a.site_id)
        forged = runs.seal_run([{"id": "f1", "device_id": a.device_id, "device_seq": 99999,
                                 "hlc": 1, "entries": []}], a.site_id, version, key,
                               Ed25519PrivateKey.generate())
        answer = httpx.post(server.url + "/v1/push", json={"envelopes": [forged.decode()]},
                            headers={"authorization": f"Bearer {token}"})
        assert answer.status_code == 403  # a laptop's run must bear that laptop's signature
    finally:
        server.stop()


def test_a_run_relayed_again_is_kept_and_counted_once(template: Template,
                                                      tmp_path: Path) -> None:
    from safehaven.server.storage import DeviceAuth, Item

    server = LiveServer(tmp_path / "server")
    try:
        (a,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
        _check_ins(a, 10)
        sync_round(a)
        storage = server.storage
        with storage.read() as db:
            run, envelope = db.one("SELECT hash, envelope FROM runs WHERE hash = (SELECT run "
                                   "FROM changesets WHERE site_id = ? ORDER BY seq DESC "
                                   "LIMIT 1)", (a.site_id,))
            lost = db.one("SELECT id, device_id, device_seq FROM changesets WHERE run = ? "
                          "ORDER BY seq DESC LIMIT 1", (run,))
            used = db.one("SELECT used_bytes FROM sites WHERE id = ?", (a.site_id,))[0]
        with storage.tx() as db:
            db.run("DELETE FROM changesets WHERE id = ?", (lost[0],))  # a restore lost it
        auth = DeviceAuth(a.device_id, a.site_id, "")
        relayed = [Item(*lost, bytes(envelope), bytes(run))]
        assert storage.push(auth, relayed) == 1 and storage.push(auth, relayed) == 0
        with storage.read() as db:
            assert db.one("SELECT count(*) FROM runs WHERE hash = ?", (run,))[0] == 1
            assert db.one("SELECT used_bytes FROM sites WHERE id = ?", (a.site_id,))[0] == used
    finally:
        server.stop()


def test_a_quarantined_run_is_forgotten_once_its_change_sets_arrive_in_another(house) -> None:
    a, b, _ = house
    withheld, after = _withheld_then(a, b, 3)
    (first,) = seal_own(a, after)
    receive(b, [first])  # waits for the withheld one, kept once in quarantine
    assert b.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    (again,) = seal_own(a, after)  # the same change sets sealed anew (after a restore)
    assert again != first
    report = receive(b, [withheld, again])
    assert report.applied == 5 and not quarantine.quarantined(b.conn)
    kept = {bytes(h) for (h,) in b.conn.execute("SELECT hash FROM runs")}
    assert kept == {runs.run_hash(withheld), runs.run_hash(again)}  # the first is gone
