"""The one path every change set takes between devices, whatever carries it.

`outgoing` seals what another device lacks; `receive` verifies, decrypts and merges what
arrives, quarantining a bad change set with its reason so the rest still flows. The server
client and the USB bundles both use these two functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from safehaven.crashpoints import crash_point
from safehaven.store import crypto
from safehaven.store.changeset import ChangeSet
from safehaven.store.connection import Connection
from safehaven.store.refusal import RETRYABLE_KINDS, Refusal, RefusalKind, Refused
from safehaven.store.vault import Vault
from safehaven.sync import destroy
from safehaven.sync.envelope import Header, chain_verified, open_envelope, signed_by
from safehaven.sync.keys import unwrap_site_key
from safehaven.sync.replica import applied_log, device_keys, outbox, peers, quarantine
from safehaven.sync.replica.apply import (
    Applied,
    ApplyCache,
    apply_changeset,
    apply_new_rows,
)
from safehaven.sync.replica.relay import Carried
from safehaven.sync.run_bodies import thin
from safehaven.sync.runs import (
    RUN_MAX,
    RUN_PLAIN,
    Parsed,
    RunHeader,
    newer_members,
    open_run,
    parse,
    run_hash,
    seal_run,
)
from safehaven.sync.runs import VERSION as RUN_FORMAT
from safehaven.sync.runs import signed_by as runs_signed_by
from safehaven.sync.verify import after_new_authors, in_chunks, vouched


@dataclass(slots=True)
class Received:
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    quarantined: list[tuple[str, Refusal]] = field(default_factory=list)  # (change set, why)
    touched: set[tuple[str, str]] = field(default_factory=set)
    devices: set[str] = field(default_factory=set)  # laptops whose change sets applied
    dropped: int = 0  # a bundle's lines that were no envelope or chunk at all (damaged)


def outgoing(vault: Vault, held_by_receiver: dict[str, int] | None = None) -> list[bytes]:
    """Envelopes for every change set this device holds that the receiver does not."""
    held = held_by_receiver or {}
    conn = vault.conn
    out = seal_own(vault, outbox.local_changesets(conn, vault.device_id,
                                                  held.get(vault.device_id, 0)))
    for device, seq in applied_log.highest_seq(conn).items():
        if seq > held.get(device, 0):  # this laptop's own too: those fetched back
            out += outbox.held_envelopes(conn, device, held.get(device, 0))
    return out


def seal_own(vault: Vault, sets: list[ChangeSet], run_format: int = RUN_FORMAT
             ) -> list[bytes]:
    """This device's change sets (rising numbers), sealed in runs (sync/runs.py)."""
    return [envelope for envelope, _ in sealed_runs(vault, sets, run_format)]


def sealed_runs(vault: Vault, sets: list[ChangeSet], run_format: int = RUN_FORMAT
                ) -> list[tuple[bytes, list[ChangeSet]]]:
    """Run envelopes of these change sets, each with its members: a run holds at most
    `RUN_MAX` of them and about `RUN_PLAIN` bytes, all under the one site key they were
    written under (a run ends where the key changes). `run_format`: 4, or 3 for a server
    that does not say it stores 4 (sync/runs.py)."""
    keys = device_keys.sealing_keys(vault.conn, vault.site_id)
    signer = crypto.Signer(device_keys.signing_key(vault))
    authors = peers.staff_keys(vault.conn) if run_format >= 4 else {}
    out: list[tuple[bytes, list[ChangeSet]]] = []
    run: list[ChangeSet] = []
    run_version, run_key, size = 0, b"", 0

    def seal() -> None:
        bodies = thin(run, authors) if run_format >= 4 else [cs.to_wire() for cs in run]
        out.append((seal_run(bodies, vault.site_id, run_version, run_key, signer,
                             run_format), run))

    for cs in sets:
        version, key = device_keys.key_for_seq(keys, cs.device_seq)
        weight = sum(len(e.value) + 80 for e in cs.entries)  # about its JSON's size
        if run and (version != run_version or len(run) >= RUN_MAX or size + weight > RUN_PLAIN):
            seal()
            run, size = [], 0
        run.append(cs)
        run_version, run_key, size = version, key, size + weight
    if run:
        seal()
    return out


# A change set names the one its laptop made before it: one that arrives while its
# predecessor has not (a server dropping or withholding one) waits, and shows as a gap.
# Like the other retryable kinds (a roster entry or a site key granted to this device may
# still be on the way), it is tried again when something new is applied.
WAITING = Refusal(RefusalKind.WAITING, "waits for an earlier change set from the same laptop")
REVOKED = Refusal(RefusalKind.REVOKED_DEVICE, "from a revoked device")
CANNOT_APPLY = Refusal(RefusalKind.CANNOT_APPLY, "cannot be applied")
# Ids are chosen by whoever seals the envelope: one this laptop holds from another laptop
# (or another number) is not "already held" but a different change set, set aside in view.
ID_TAKEN = Refusal(RefusalKind.MISMATCH, "its id is held here by another change set")


Result = tuple[Header, ChangeSet] | Refused
Opened = list[tuple[Carried, Result]]  # each change set with what carried it


class _Ready(NamedTuple):
    """An opened change set, in the order it applies: oldest clock first."""

    hlc: int
    device: str
    seq: int
    cs: ChangeSet
    carried: Carried


@dataclass(frozen=True, slots=True)
class Known:
    """What opening an envelope needs: the roster and site keys, as of one moment."""

    site_id: str
    roster: dict[str, tuple[str | None, bool]]
    keys: dict[int, bytes]
    staff_keys: dict[str, str] = field(default_factory=dict)  # staff id -> signing key


def known_now(vault: Vault) -> Known:
    return Known(vault.site_id, peers.roster(vault.conn),
                 {v: k for s, v, k in device_keys.all_site_keys(vault.conn) if s == vault.site_id},
                 peers.staff_keys(vault.conn))


def open_all(known: Known, envelopes: list[bytes]) -> Opened:
    """Verify and decrypt (signatures on the crypto threads); needs no database, so a pull
    opens the next page on a thread of its own while this one is applied. A run envelope
    opens into its change sets, each carried by the run. Authors' signatures are checked
    here too, against the roster of the moment (the receiver checks again only if the
    roster changed)."""
    parsed = [_parsed(e) for e in envelopes]
    # which device signatures the page's hash chains establish (one check per chained run
    # of single envelopes); the others (a run envelope, version 1, a lone envelope) are
    # checked on the crypto threads, and one that fails is refused with its reason
    singles = [n for n, item in enumerate(parsed) if not isinstance(item, Refused)
               and isinstance(item[0], Header)]
    checked = [False] * len(envelopes)
    for n, good in zip(singles, chain_verified(
            [parsed[n] for n in singles],  # type: ignore[misc]
            lambda device: _usable_key(known, device)), strict=True):
        checked[n] = good
    alone = [(n, key, item) for n, item in enumerate(parsed) if not isinstance(item, Refused)
             and not checked[n] and (key := _usable_key(known, item[0].device)) is not None]
    verdicts = in_chunks(lambda part: [_signed(key, item) for _, key, item in part], alone)
    for (n, _, _), good in zip(alone, verdicts, strict=True):
        checked[n] = good
    opened: Opened = []
    for envelope, item, good in zip(envelopes, parsed, checked, strict=True):
        if isinstance(item, Refused) and item.kind is RefusalKind.UNKNOWN_VERSION and \
                (members := newer_members(envelope)):
            # a newer format: each change set it names waits under its own id
            opened += [(Carried(envelope), Refused(item.refusal, i, device))
                       for i, device in members]
        elif isinstance(item, Refused):
            opened.append((Carried(envelope), item))
        elif isinstance(item[0], RunHeader):
            opened += _open_run(known, envelope, item, good)  # type: ignore[arg-type]
        else:
            opened.append((Carried(envelope), _open_one(
                envelope, good, item,  # type: ignore[arg-type]
                site_id=known.site_id, roster=known.roster, keys=known.keys)))
    _verify_authors(known, opened)
    return opened


def _parsed(envelope: bytes) -> Parsed | Refused:
    try:
        return parse(envelope)
    except Refused as refused:
        return refused  # quarantined with its reason


def _signed(key: str, item: Parsed) -> bool:
    header, ct, sig = item
    if isinstance(header, RunHeader):
        return runs_signed_by(key, header, ct, sig)
    return signed_by(key, header, ct, sig)


def _open_run(known: Known, envelope: bytes, item: tuple[RunHeader, bytes, bytes],
              checked: bool) -> Opened:
    """A run's change sets, each carried by the run; a run refused whole gives each of its
    change sets the refusal (with no number: its header is not established)."""
    header = item[0]
    carried = Carried(envelope, run_hash(envelope))
    members = header.members()
    try:
        bodies = open_run(item, site_id=known.site_id, roster=known.roster, keys=known.keys,
                          signature_checked=checked)
    except Refused as refused:
        return [(carried, Refused(refused.refusal, m.id, m.device)) for m in members]
    out: Opened = []
    for member, body in zip(members, bodies, strict=True):
        try:
            out.append((carried, (member, ChangeSet.from_wire(body))))
        except Refused as refused:  # signed by its laptop, but not the shape of a change set
            out.append((carried, Refused(refused.refusal, member.id, member.device,
                                         member.seq)))
    return out


def _usable_key(known: Known, device: str) -> str | None:
    public, revoked = known.roster.get(device, (None, False))
    return None if revoked else public


def receive(vault: Vault, envelopes: list[bytes], then: Callable[[], None] | None = None,
            opened: Opened | None = None) -> Received:
    """Apply envelopes from any source; nothing is applied twice, nothing bad is applied.

    Everything, and `then` (the pull saves its cursor there), commits in one transaction.
    `opened`: the envelopes already opened with `open_all` (an earlier roster: a device
    revoked since is refused here all the same).
    """
    try:
        report = _receive(vault, envelopes, then, opened, careful=False)
    except _Careful:  # something failed midway on the fast path: again, one by one
        report = _receive(vault, envelopes, then, opened, careful=True)
    if {table for table, _ in report.touched} & {"staff", "restricted_grants"}:
        vault.refresh_slots()  # a colleague added, removed or with a new passphrase
        vault.refresh_restricted()
    return report


class _Careful(Exception):
    """The fast path met a change set that failed after writing: start the page again."""


def _receive(vault: Vault, envelopes: list[bytes], then: Callable[[], None] | None,
             opened: Opened | None, *, careful: bool) -> Received:
    report = Received()
    conn = vault.conn
    box = device_keys.box_private(vault)  # made before the transaction if it is missing
    with vault.transaction():
        waiting = _apply_all(vault, box, list(envelopes), report, opened=opened,
                             careful=careful)
        if report.applied and (retry := quarantine.to_retry(conn, RETRYABLE_KINDS,
                                                            report.devices)):
            again = Received()
            _apply_all(vault, box, retry, again, final=False, careful=True)
            report.applied += again.applied
            report.conflicts += again.conflicts
            report.touched |= again.touched
        for carried, refused in waiting:
            _quarantine(vault, carried, refused, report)
        if then is not None:
            then()
    return report


def _apply_all(vault: Vault, box: bytes, envelopes: list[bytes], report: Received, *,
               final: bool = True, opened: Opened | None = None, careful: bool = True
               ) -> list[tuple[Carried, Refused]]:
    """Open and apply in rounds until nothing more opens: a roster entry or a key grant
    applied in one round can let a waiting change set open in the next. Returns those
    still refused for a curable reason (the caller quarantines them)."""
    pending = envelopes
    while True:
        conn = vault.conn
        known = known_now(vault)
        cache = ApplyCache()
        waiting: list[tuple[Carried, Refused]] = []
        before = report.applied
        done: list[tuple[str, str, int]] = []  # applied: (id, laptop, number)
        results = opened if opened is not None else open_all(known, pending)
        opened = None  # a second pass opens again, with what the first one added
        _verify_authors(known, results)
        ready: list[_Ready] = []
        for carried, result in results:
            if not isinstance(result, Refused) and known.roster.get(
                    result[0].device, (None, False))[1]:
                result = Refused(REVOKED, result[0].id, result[0].device)
            if isinstance(result, Refused):
                if result.kind.retryable:
                    waiting.append((carried, result))
                elif final:
                    _quarantine(vault, carried, result, report)
                continue
            header, changeset = result
            ready.append(_Ready(changeset.hlc, header.device, header.seq, changeset, carried))
        their_runs: set[bytes] = set()
        if gone := destroy.refused(conn, [item.cs for item in ready]):
            report.skipped += len(gone)  # destroyed here: never applied or kept again,
            their_runs = {item.carried.run for item in ready  # nor the runs they came in
                          if item.cs.id in gone and item.carried and item.carried.run}
            ready = [item for item in ready if item.cs.id not in gone]
        ready, gaps = _chained(conn, ready)
        waiting += gaps
        # Oldest first: a change then meets the writes its author had seen, so only truly
        # concurrent edits are recorded as conflicts (a bundle lists devices one by one).
        ready.sort(key=lambda item: item[:3])
        if careful:
            cut = after_new_authors(known.staff_keys, [(r.cs, r.carried) for r in ready])
            _apply_one_by_one(vault, ready[:cut], cache, report, done)
            if cut:  # the rest checked by the hash chains of the staff just written
                checked = vouched(known_now(vault).staff_keys, [r.cs for r in ready])
                ready = ready[:cut] + [r._replace(cs=cs) for r, cs in zip(
                    ready[cut:], checked[cut:], strict=True)]
            _apply_one_by_one(vault, ready[cut:], cache, report, done)
        else:
            seen = applied_log.held_as(conn, [r.cs.id for r in ready])
            fresh: list[tuple[ChangeSet, Carried | None]] = []
            for item in ready:
                held = seen.get(item.cs.id)
                if held == (item.device, item.seq):
                    report.skipped += 1
                elif held is not None:  # another laptop's change set took this id first
                    _quarantine(vault, item.carried, Refused(ID_TAKEN, item.cs.id,
                                                             item.device, item.seq), report)
                else:
                    seen[item.cs.id] = (item.device, item.seq)
                    fresh.append((item.cs, item.carried))
            applied = Applied()
            refused: list[tuple[ChangeSet, Refused]] = []
            try:
                if cut := after_new_authors(known.staff_keys, fresh):
                    # the staff who signed the rest are written first, so the rest is
                    # checked by their hash chains, not by a signature each
                    refused += apply_new_rows(vault, fresh[:cut], cache, applied)
                    # (all of them: a link of the rest may name a change set before the cut)
                    checked = vouched(known_now(vault).staff_keys, [cs for cs, _ in fresh])
                    fresh = fresh[:cut] + list(zip(
                        checked[cut:], [carried for _, carried in fresh[cut:]], strict=True))
                half = cut + (len(fresh) - cut) // 2
                refused += apply_new_rows(vault, fresh[cut:half], cache, applied)
                crash_point("mid-apply")
                refused += apply_new_rows(vault, fresh[half:], cache, applied)
            except Exception as exc:
                raise _Careful() from exc  # it may have written half: redo one by one
            # refused by the checks before any of it was written: quarantined, as one by one
            carriers = {item.cs.id: item.carried for item in ready}
            for cs, why in refused:
                _quarantine(vault, carriers[cs.id], Refused(
                    why.refusal, cs.id, cs.device_id, cs.device_seq), report)
            out = {cs.id for cs, _ in refused}
            done += [(cs.id, cs.device_id, cs.device_seq) for cs, _ in fresh if cs.id not in out]
            report.applied += applied.changesets
            report.conflicts += applied.conflicts
            report.touched |= applied.touched
        destroy.drop_runs(conn, their_runs)  # kept for their other members just now
        quarantine.release_quarantine(conn, done)
        report.devices |= {device for _, device, _ in done}
        opened_keys = open_grants(vault, box)
        if not waiting or (report.applied == before and not opened_keys):
            return waiting if final else []
        # each envelope once (a run's waiting change sets share it)
        pending = list(dict.fromkeys(carried.envelope for carried, _ in waiting))


def _chained(conn: Connection, ready: list[_Ready]
             ) -> tuple[list[_Ready], list[tuple[Carried, Refused]]]:
    """Split off the change sets whose predecessor from the same laptop is neither held
    here nor among these (nor able to apply itself)."""
    page = {(item.device, item.seq) for item in ready}
    wanted = {(item.device, item.cs.prev) for item in ready if item.cs.prev > 0} - page
    present = applied_log.held_seqs(conn, wanted) if wanted else set()
    ok, waiting = [], []
    for item in sorted(ready, key=lambda item: (item.device, item.seq)):
        prev = item.cs.prev
        if prev > 0 and (item.device, prev) not in present:
            waiting.append((item.carried, Refused(WAITING, item.cs.id, item.device,
                                                  item.seq)))
            continue
        present.add((item.device, item.seq))
        ok.append(item)
    return ok, waiting


def _apply_one_by_one(vault: Vault, ready: list[_Ready], cache: ApplyCache,
                      report: Received, done: list[tuple[str, str, int]]) -> None:
    """Each change set under a savepoint of its own: a bad one is quarantined alone."""
    for n, (_, _, _, changeset, carried) in enumerate(ready):
        if n == len(ready) // 2:
            crash_point("mid-apply")
        applied = Applied()
        try:
            apply_changeset(vault, changeset, applied, carried, cache)
        except Exception as exc:  # whatever it is, it stops this change set alone
            refusal = exc.refusal if isinstance(exc, Refused) else CANNOT_APPLY
            _quarantine(vault, carried, Refused(refusal, changeset.id, changeset.device_id,
                                                changeset.device_seq), report)
            continue
        done.append((changeset.id, changeset.device_id, changeset.device_seq))
        report.applied += applied.changesets
        report.skipped += applied.skipped
        report.conflicts += applied.conflicts
        report.touched |= applied.touched


def _open_one(envelope: bytes, checked: bool = False,
              parsed: tuple[Header, bytes, bytes] | None = None, **known: Any) -> Result:
    try:
        header, body = open_envelope(envelope, signature_checked=checked, parsed=parsed,
                                     **known)
    except Refused as refused:
        return refused
    try:
        return header, ChangeSet.from_wire(body)
    except Refused as refused:  # signed by its laptop, but not the shape of a change set
        return Refused(refused.refusal, header.id, header.device, header.seq)


def _verify_authors(known: Known, opened: Opened) -> None:
    """Check the authors' signatures with the keys the roster gives now, marking each
    change set with the key it was checked against (the receiver checks again, in order,
    only one not marked with the key it then knows)."""
    todo = [n for n, (_, result) in enumerate(opened) if not isinstance(result, Refused)]
    for n, cs in zip(todo, vouched(known.staff_keys, [opened[n][1][1] for n in todo]),  # type: ignore[index]
                     strict=True):
        carried, (header, _) = opened[n]  # type: ignore[misc]
        opened[n] = (carried, (header, cs))


def open_grants(vault: Vault, box: bytes) -> int:
    """Take the site keys other devices granted to this one; returns how many were new."""
    opened = 0
    boxes = [box, *reversed(device_keys.old_boxes(vault.conn))]  # a removal re-keyed it
    for site_id, version, sealed in device_keys.grants_to_open(vault.conn, vault.device_id):
        key = next((k for b in boxes if (k := unwrap_site_key(
            b, sealed, site_id, version, vault.device_id)) is not None), None)
        if key is not None:
            device_keys.add_site_key(vault, site_id, version, key, from_now=True)
            opened += 1
    return opened


def _quarantine(vault: Vault, carried: Carried, refused: Refused, report: Received) -> None:
    changeset_id = refused.changeset_id
    if changeset_id is None:  # its header could not be read: it has no id of its own
        quarantine.unreadable(vault, carried.envelope, refused.refusal)
        report.quarantined.append((quarantine.unreadable_id(carried.envelope),
                                   refused.refusal))
        return
    quarantine.quarantine(vault, changeset_id, refused.device_id, refused.refusal, carried,
                          refused.device_seq)
    report.quarantined.append((changeset_id, refused.refusal))
