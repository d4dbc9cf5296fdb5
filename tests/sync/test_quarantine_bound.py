"""A quarantine filled with junk cannot make every page slow: what is retried when something
applies is the senders' own waiting change sets and a slice of the rest, in turn."""

from __future__ import annotations

from safehaven.domain.models import Resident
from safehaven.services import residents
from safehaven.store import reads
from safehaven.store.refusal import RETRYABLE_KINDS, Refusal, RefusalKind
from safehaven.sync.engine import receive
from safehaven.sync.replica import applied_log, quarantine
from safehaven.sync.replica.relay import Carried
from tests.sync.harness import context, singly_v2

JUNK = 1800


def _fill(vault) -> None:
    refusal = Refusal(RefusalKind.WAITING, "waits for an earlier change set")
    with vault.transaction():
        for n in range(JUNK):
            quarantine.quarantine(vault, f"junk-{n}", f"made-up-{n % 7}", refusal,
                                  Carried(b'{"junk": %d}' % n), n + 2)


def test_a_page_retries_its_senders_and_a_slice_and_every_row_gets_its_turn(pair: list
                                                                             ) -> None:
    _, b = pair
    _fill(b)
    seen: set[bytes] = set()
    for _ in range(JUNK // quarantine.RETRY_SLICE + 1):
        got = quarantine.to_retry(b.conn, RETRYABLE_KINDS, set())
        assert len(got) <= quarantine.RETRY_SLICE
        seen |= set(got)
    assert len(seen) == JUNK  # round the whole quarantine, a slice at a time


def test_a_waiting_change_set_is_released_when_its_predecessor_comes_despite_junk(
        pair: list) -> None:
    """The second of two arrives first and waits; with a quarantine full of junk, the
    first's arrival still releases it at once (its laptop is among the page's senders)."""
    a, b = pair
    residents.add(context(a), "First")
    residents.add(context(a), "Second")
    first, second = singly_v2(a, applied_log.highest_seq(b.conn))[-2:]
    assert receive(b, [second]).quarantined  # waits for the first
    _fill(b)
    report = receive(b, [first])
    assert a.device_id in report.devices
    assert {"First", "Second"} <= {r.preferred_name for r in reads.all_of(b.conn, Resident)}
    assert not [cs for cs, _ in quarantine.quarantined(b.conn) if not cs.startswith("junk-")]
