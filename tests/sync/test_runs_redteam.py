"""Red team of run envelopes (format 3): a hostile server, an insider laptop with a device
key, and malformed payloads, each trying to lose, forge or hide a change set."""

from __future__ import annotations

import base64
import json
import os

from safehaven.domain.models import Resident
from safehaven.services import residents
from safehaven.store import applied_log, outbox, quarantine, reads
from safehaven.store.refusal import RefusalKind
from safehaven.sync.engine import outgoing, receive, seal_own
from safehaven.sync.envelope import digest
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
    return json.dumps({"v": 3, "site": site, "device": device, "kv": kv, "ids": ids,
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
