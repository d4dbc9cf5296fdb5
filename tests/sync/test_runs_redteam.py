"""Red team of run envelopes (format 3): a hostile server, an insider laptop with a device
key, and malformed payloads, each trying to lose, forge or hide a change set."""

from __future__ import annotations

import base64
import json
import os

import pytest

from safehaven.domain.models import Resident
from safehaven.services import residents
from safehaven.store import reads
from safehaven.store.refusal import RefusalKind, Refused
from safehaven.sync import runs
from safehaven.sync.engine import outgoing, receive, seal_own
from safehaven.sync.envelope import digest
from safehaven.sync.replica import applied_log, outbox, quarantine
from tests.sync.harness import context
from tests.sync.test_runs import house, template  # noqa: F401  (fixtures)


def _names(vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def _own_run(vault, seqs: set[int]) -> bytes:
    """This laptop's change sets with these numbers, sealed as one genuine run."""
    sets = [cs for cs in outbox.local_changesets(vault.conn, vault.device_id, min(seqs) - 1)
            if cs.device_seq in seqs]
    (run,) = seal_own(vault, sets)
    return run


def _garbage_run(site: str, device: str, kv: int, ids: list[str], seqs: list[int]) -> bytes:
    """What a server with no key can make: a header naming real members, nothing inside."""
    return json.dumps({"v": runs.VERSION, "site": site, "device": device, "kv": kv, "ids": ids,
                       "seqs": seqs, "ct": base64.b64encode(os.urandom(60)).decode(),
                       "sig": base64.b64encode(os.urandom(64)).decode()}).encode()


def test_a_forged_header_cannot_evict_a_waiting_member_from_quarantine(house) -> None:  # noqa: F811
    """A hostile server withholds First, sends Second (which waits), then a garbage run
    naming Second's id: its refusal must not replace the genuine waiting row, or Second
    is never retried when First arrives (lost, and hidden from digests by its id)."""
    a, b, _ = house
    base = applied_log.highest_seq(b.conn)[a.device_id]
    for name in ("First", "Second"):
        residents.add(context(a), name)
    first, second = _own_run(a, {base + 1}), _own_run(a, {base + 2})
    report = receive(b, [second])
    assert [r.kind for _, r in report.quarantined] == [RefusalKind.WAITING]
    doc = json.loads(second)
    receive(b, [_garbage_run(doc["site"], doc["device"], doc["kv"], doc["ids"],
                             doc["seqs"])])
    assert receive(b, [first]).applied == 2
    assert {"First", "Second"} <= _names(b)
    assert not quarantine.quarantined(b.conn)
    assert b.conn.execute("SELECT count(*) FROM runs r WHERE NOT EXISTS (SELECT 1 FROM "
                          "change_sets c WHERE c.run = r.hash)").fetchone()[0] == 0


def test_a_garbage_run_naming_held_ids_changes_nothing(house) -> None:  # noqa: F811
    """Replaying held ids under a forged header: refused, nothing held is touched."""
    a, b, _ = house
    residents.add(context(a), "Kept")
    (sent,) = outgoing(a, applied_log.highest_seq(b.conn))
    assert receive(b, [sent]).applied == 1
    doc = json.loads(sent)
    before = applied_log.seen_digest(b, digest)
    report = receive(b, [_garbage_run(doc["site"], doc["device"], doc["kv"], doc["ids"],
                                      doc["seqs"])])
    assert report.applied == 0
    assert "Kept" in _names(b)
    # the digest still matches the server's: an id held is not counted again as set aside
    assert applied_log.seen_digest(b, digest) == before


def test_an_insider_cannot_take_another_laptops_change_set_id(house) -> None:  # noqa: F811
    """Laptop c (its device key in an insider's hands) learns the id of a's next change
    set (a USB bundle, a shared server) and seals a run of its own under that id. The
    receiver must not then skip a's genuine change set as already held."""
    from tests.sync.test_runs import _forge

    a, b, c = house
    base = applied_log.highest_seq(b.conn)[a.device_id]
    residents.add(context(a), "Genuine")
    genuine = _own_run(a, {base + 1})
    (victim,) = json.loads(genuine)["ids"]
    hlc = outbox.local_changesets(a.conn, a.device_id, base)[0].hlc
    top = applied_log.highest_seq(b.conn).get(c.device_id, 0)
    squatter = _forge(c, [{"hlc": hlc, "staff_id": None, "entries": [], "prev": top}],
                      [victim], [top + 1])
    assert receive(b, [squatter]).applied == 1  # an empty change set: it takes the id
    report = receive(b, [genuine])
    # not skipped as held: set aside in view, with its reason, for a manager to see
    assert report.skipped == 0
    assert [(i, r.kind) for i, r in report.quarantined] == [(victim, RefusalKind.MISMATCH)]
    assert (victim, RefusalKind.MISMATCH) in [(i, r.kind) for i, r in
                                              quarantine.quarantined(b.conn)]
    # and it counts as received, so a's later change sets do not wait behind it
    assert applied_log.held_seqs(b.conn, {(a.device_id, base + 1)})


def test_an_insiders_change_set_under_a_waiting_id_does_not_release_it(house) -> None:  # noqa: F811
    """a's Second waits for First (withheld). Laptop c seals a change set under Second's
    id, which applies: that must not release a's Second from quarantine, or it is never
    retried when First arrives."""
    from tests.sync.test_runs import _forge

    a, b, c = house
    base = applied_log.highest_seq(b.conn)[a.device_id]
    for name in ("First", "Second"):
        residents.add(context(a), name)
    first, second = _own_run(a, {base + 1}), _own_run(a, {base + 2})
    assert [r.kind for _, r in receive(b, [second]).quarantined] == [RefusalKind.WAITING]
    (victim,) = json.loads(second)["ids"]
    hlc = outbox.local_changesets(a.conn, a.device_id, base)[0].hlc
    top = applied_log.highest_seq(b.conn).get(c.device_id, 0)
    squatter = _forge(c, [{"hlc": hlc, "staff_id": None, "entries": [], "prev": top}],
                      [victim], [top + 1])
    receive(b, [squatter])
    receive(b, [first])
    # Second cannot apply under an id c took, but it must stay in view, not vanish
    assert (victim, RefusalKind.WAITING) not in [
        (i, r.kind) for i, r in quarantine.quarantined(b.conn)]
    assert victim in {i for i, _ in quarantine.quarantined(b.conn)}
    assert b.conn.execute("SELECT count(*) FROM quarantine WHERE changeset_id = ? AND "
                          "device_id = ?", (victim, a.device_id)).fetchone()[0] == 1


ODD_BODIES: list[dict] = [
    {"prev": -1}, {"prev": "1"}, {"prev": True}, {"prev": 10**30}, {"prev": 10**6},
    {"hlc": 10**30}, {"hlc": -5}, {"entries": [["x"]]}, {"entries": [{"t": 1}]},
    {"staff_id": 5}, {"author_prev": "zz"}, {"staff_sig": 123}, {"staff_sig": "!!"},
    {"extra": {"deep": [1] * 50}},
]


@pytest.mark.parametrize("odd", ODD_BODIES, ids=[str(sorted(o)) + str(n)
                                                 for n, o in enumerate(ODD_BODIES)])
def test_a_member_of_any_odd_shape_is_refused_alone_and_its_run_mates_apply(
        house, odd: dict) -> None:  # noqa: F811
    """A laptop with a device key signs a run whose middle member is malformed: that one
    is set aside (or applied if harmless), the others apply, and nothing raises."""
    from tests.sync.test_runs import _forge

    a, b, _ = house
    base = applied_log.highest_seq(b.conn)[a.device_id]
    for name in ("Before", "After"):
        residents.add(context(a), name)
    good = outbox.local_changesets(a.conn, a.device_id, base)
    wire = [{k: v for k, v in cs.to_wire().items()
             if k not in ("id", "device_id", "device_seq")} for cs in good]
    odd_body = {"hlc": wire[0]["hlc"], "staff_id": None, "entries": [], "prev": base + 1,
                **odd}
    ids = [good[0].id, "odd-member", good[1].id]
    seqs = [base + 1, base + 2, base + 3]
    wire[1]["prev"] = base + 2
    run = _forge(a, [wire[0], odd_body, wire[1]], ids, seqs)
    report = receive(b, [run])
    assert "Before" in _names(b)
    assert report.applied + len(report.quarantined) >= 2


def test_a_number_no_database_holds_is_refused_not_raised(house) -> None:  # noqa: F811
    """Header numbers beyond 64 bits (a run's or a single envelope's) are malformed: they
    must not reach SQLite and raise, stopping the page on every round."""
    a, b, _ = house
    residents.add(context(a), "Flows")
    (good,) = outgoing(a, applied_log.highest_seq(b.conn))
    doc = json.loads(good)
    huge_run = _garbage_run(doc["site"], doc["device"], doc["kv"], ["huge"], [2**63])
    huge_single = json.dumps({"v": 2, "id": "huge-2", "site": doc["site"],
                              "device": doc["device"], "seq": 10**30, "kv": doc["kv"],
                              "ct": doc["ct"], "sig": doc["sig"]}).encode()
    for envelope in (huge_run, huge_single):
        with pytest.raises(Refused):
            runs.parse(envelope)
    report = receive(b, [huge_run, huge_single, good])
    assert report.applied == 1 and "Flows" in _names(b)
    assert {r.kind for _, r in report.quarantined} == {RefusalKind.MALFORMED}
