"""What a run envelope of format 4 leaves out of its change sets, and how a receiver reads
them back (`sync/runs.py`, `runs.thicken`).

Every change set is signed by its author when it is saved, and names, under that
signature, the hash of the one its author saved before it on the same laptop
(`author_prev`). In a run, a signature's 64 random bytes and a hash's 16 were most of what a
check-in cost on the wire (docs/benchmarks.md, "Bytes on the wire"). So format 4 carries,
for each author, the signature of their last change set in the run only, and the chain
establishes the others, as receivers already did for a run of one author's change sets:

- `ssig` is left out of a change set when the next one in the run by the same author
  names its hash (worked out with the author's key as this laptop's roster gives it, so
  not across a change of identity this laptop knows of) and is established here (`thin`);
- `aprev` is left out, and `"al": 1` said instead, when it is the hash of the previous
  change set in the run by the same author; the receiver works it out with the author's
  key (`sync/verify.linked`) before it checks anything. The link is a hint: the author's
  signature covers the hash itself, so a wrong link only fails to verify;
- after the first member, `hlc` is the difference from the member before, and `prev` is
  left out when it is the member before (then 0 is said); an entry's clock is left out
  when it is its change set's (five values, not six), and a whole row's id when its value
  begins with it (`runs.row_id_of`). Such repeats compress well, but not to nothing:
  leaving them out saved 16 bytes a check-in.

A change set that writes the roster (`staff`, `restricted_grants`) keeps both: the roster's
history is checked one change set at a time at every unlock (`store/roster_trust.py`),
from the signed body each laptop keeps of it.

A member that cannot be read back (a link with no earlier change set of its author in the
run) is refused alone; a relayed run, or one retried from the quarantine, is opened whole,
so the chain to its authors' signatures is always there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from safehaven.store import crypto
from safehaven.store.changeset import WHOLE_ROW, ChangeSet, Entry
from safehaven.store.roster_trust import ROSTER_TABLES
from safehaven.sync.runs import row_id_of


def thin(sets: Sequence[ChangeSet], keys: dict[str, str]) -> list[dict[str, Any]]:
    """The bodies of a run of this laptop's change sets, in format 4. `keys`: staff id ->
    signing key, as this laptop's roster gives them.

    Each author's change sets are walked newest first. The newest keeps its signature; an
    older one gives its signature up only when the next one names its hash and is itself
    established here (its signature checked, or vouched for in turn), so what a receiver
    must establish through the chain, this laptop has established first: a change set
    damaged on this disk, or signed under another identity, keeps its own signature (and
    is refused alone), and the ones before it keep theirs."""
    bodies = [_body(cs, sets[n - 1] if n else None) for n, cs in enumerate(sets)]
    by_author: dict[str, list[int]] = {}
    for n, cs in enumerate(sets):
        if cs.staff_id is not None:
            by_author.setdefault(cs.staff_id, []).append(n)
    for staff, members in by_author.items():
        key = keys.get(staff)
        if key is None:
            continue
        after: int | None = None  # the author's next change set in the run, established
        for n in reversed(members):
            cs = sets[n]
            if after is not None and cs.author_prev is not None and \
                    crypto.author_hash(cs.signed_message(), key) == sets[after].author_prev:
                if not _roster(cs):
                    bodies[n].pop("ssig", None)  # the next one's signature covers it
                if not _roster(sets[after]):
                    del bodies[after]["aprev"]  # the receiver works it out
                    bodies[after]["al"] = 1
                after = n
            else:  # the chain breaks here (or starts): this one stands on its own
                after = n if cs.staff_sig is not None and crypto.verify(
                    key, cs.staff_sig, cs.signed_message()) else None
    return bodies


def _body(cs: ChangeSet, before: ChangeSet | None) -> dict[str, Any]:
    """A member's body without what the one before it (or the change set itself) says:
    its clock as a difference, its `prev` when it is the member before, each entry's clock
    when it is the change set's, a whole row's id when its value begins with it."""
    body = cs.to_wire()
    body["entries"] = [_entry(e, cs.hlc) for e in cs.entries]
    if before is not None:
        body["hlc"] = cs.hlc - before.hlc
        if cs.prev == before.device_seq:
            body.pop("prev", None)
        else:
            body["prev"] = cs.prev  # 0 too: said, since none would mean the member before
    return body


def _entry(e: Entry, hlc: int) -> list[Any]:
    if e.overrides:  # its seventh value said, and nothing left out (store/versions.py)
        return e.to_wire()
    row_id = None if e.field == WHOLE_ROW and row_id_of(e.value) == e.row_id else e.row_id
    if e.hlc == hlc:
        return [e.table, row_id, e.field, e.value, e.base_hlc]
    return [e.table, row_id, e.field, e.value, e.hlc, e.base_hlc]


def _roster(cs: ChangeSet) -> bool:
    return any(e.table in ROSTER_TABLES for e in cs.entries)
