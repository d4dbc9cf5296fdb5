"""One sync round: push what the server lacks, pull what this laptop lacks, compare.

Every step is safe to repeat: the server keeps each change set once, the laptop applies
each once, and the pull cursor is saved only after its page is applied. A server restored
from an old backup shows a new epoch: the laptop then pulls again from the newest point
both still agree on and re-sends what the server lacks. After each round the two sides
compare a digest of change set ids.

A round is a small state machine (`Step`): each step does one thing and names the next,
so where a round stopped, and why, is one name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import httpx

from safehaven.crashpoints import crash_point
from safehaven.i18n import tr
from safehaven.store import numbering
from safehaven.store.refusal import Refusal
from safehaven.store.vault import Vault
from safehaven.sync import clockcheck, destroy, erase, files, held_word, protocol, reissue
from safehaven.sync.api import HttpApi, SyncApi
from safehaven.sync.client import AppTooOld, EpochChanged, ServerFailed, SyncError, linked_client
from safehaven.sync.engine import Known, Opened, known_now, receive, seal_own, sealed_runs
from safehaven.sync.envelope import digest, revocation_text
from safehaven.sync.managers import manager_identity, manager_signed, vouch_for_managers
from safehaven.sync.opener import PAGES_BEHIND, Opener
from safehaven.sync.protocol import ErrorCode, PullPage, PushAnswer, StateAnswer
from safehaven.sync.replica import applied_log, device_keys, outbox, peers, server_link
from safehaven.sync.rotation import grant_missing
from safehaven.sync.runs import VERSION as RUN_FORMAT

log = logging.getLogger(__name__)

PUSH_BATCH = 1024  # change sets read and sealed at a time (four runs: sync/runs.py)
PUSH_BYTES = 4 * 1024 * 1024
QUICK_BATCHES = 2  # a background round holds the database for a second or so at most
EMPTY_PAGES = 128  # pages in a row with nothing for this laptop that a round accepts
QUICK_FILE_SECONDS = 4.0  # a background round's time for documents' content
ROUND_GROWTH = 200_000  # log positions one round reads past the server's head at its start

Progress = Callable[[int, int], None]  # (change sets received so far, of about how many)


@dataclass(slots=True)
class RoundReport:
    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    conflicts: int = 0
    quarantined: list[tuple[str, Refusal]] = field(default_factory=list)
    digest_matches: bool = False
    reconciled: int = 0  # change sets exchanged because the digests differed
    more: bool = False  # a background round stopped early: run another soon
    touched: set[tuple[str, str]] = field(default_factory=set)  # (table, row) applied here
    steps: list[str] = field(default_factory=list)  # the round's steps (`Step`), in order
    chunks_sent: int = 0  # documents' content, in chunks
    chunks_fetched: int = 0
    # device id -> (highest held here, highest the server says it holds): change sets the
    # server listed but did not send (a hostile or broken server withholding them)
    withheld: dict[str, tuple[int, int]] = field(default_factory=dict)
    withheld_signed: bool = False  # the server signed the numbers it did not send

    def as_dict(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "pulled": self.pulled, "applied": self.applied,
                "withheld": {d: list(v) for d, v in self.withheld.items()},
                "withheld_signed": self.withheld_signed,
                "conflicts": self.conflicts, "digest_matches": self.digest_matches,
                "reconciled": self.reconciled, "more": self.more,
                "chunks_sent": self.chunks_sent, "chunks_fetched": self.chunks_fetched,
                "quarantined": [{"changeset": c, "kind": r.kind.value, "reason": r.message}
                                for c, r in self.quarantined]}

    def add(self, received: Any) -> None:
        """What one `engine.receive` applied, counted into the round."""
        self.applied += received.applied
        self.touched |= received.touched
        self.conflicts += received.conflicts
        self.quarantined += received.quarantined


@dataclass(slots=True)
class Head:
    """The round's view of the server's log: where this laptop's pull cursor stands, and
    (once an answer told them) the log's last position and digest."""
    epoch: str
    cursor: int
    count: int | None = None
    digest: str | None = None

    @property
    def known(self) -> bool:
        """The last answer said the log ends at this laptop's cursor, with its digest: no
        need to ask the server's state again."""
        return self.digest is not None and self.count == self.cursor


class Step(Enum):
    VOUCH = "vouch"            # a manager's laptop: the house's managers, revocations
    LOCATE = "locate"          # the server's state: epoch, cursor, a restored laptop
    PUSH = "push"
    PULL = "pull"
    GRANT = "grant"            # site keys for laptops the newest one has not reached
    COMPARE = "compare"        # the digests
    FILES = "files"            # documents' content, once every record has moved
    PULL_AGAIN = "pull_again"  # another laptop may have pushed meanwhile
    RECONCILE = "reconcile"    # compare the ids themselves
    FINISH = "finish"
    PAUSE = "pause"            # a background round stops early; the next goes on
    DONE = "done"


class Round:
    """One round on one laptop; `run` goes from step to step until DONE."""

    def __init__(self, vault: Vault, api: SyncApi, *, quick: bool = False,
                 progress: Progress | None = None, content: bool = True) -> None:
        self.vault, self.api, self.progress = vault, api, progress
        self.content = content  # False: the caller moves documents' content apart
        self.limit = QUICK_BATCHES if quick else None
        self.report = RoundReport()
        self.state: StateAnswer | None = None
        self.epoch, self.cursor = "", 0
        self.server_has = 0
        self.own = False  # restored from a backup: fetch our own back, send all of ours
        self.head: Head | None = None
        self.runs = 3  # the run format the server stores (`locate` asks)
        self.step = Step.VOUCH

    def run(self) -> RoundReport:
        while self.step is not Step.DONE:
            self.report.steps.append(self.step.value)
            self.step = getattr(self, self.step.value)()
        return self.report

    def vouch(self) -> Step:
        erase.carry_out(self.vault)  # an approval applied before a crash, carried out now
        manager = manager_identity(self.vault)
        if manager is None:
            return Step.LOCATE
        vouch_for_managers(self.vault, self.api, manager)
        if reissue.is_due(self.vault):  # a removal an admin made on this laptop
            reissue.prepare(self.vault)
        try:
            reissue.send_pending(self.vault, self.api, manager)  # before anything else moves
        except SyncError as exc:  # a server before re-issue, or one without manager keys
            log.warning("the server did not take the re-issued tokens (%s): they wait for "
                        "the next round", exc.code)
        revoked = [d for d, (_, gone) in peers.roster(self.vault.conn).items() if gone]
        if revoked:  # only a manager's signature revokes on the server
            try:
                self.api.revoke(manager_signed(
                    self.vault, manager, {"devices": revoked},
                    lambda doc: revocation_text(self.vault.site_id, doc, revoked)))
            except SyncError:  # a house registered before manager keys
                log.warning("the server refused a revocation: its administrator can "
                            "revoke the laptop there")
        destroy.tell_server(self.vault, self.api, manager)  # a destroyed child's change sets
        return Step.LOCATE

    def locate(self) -> Step:
        vault = self.vault
        link = server_link.server_link(vault.conn)
        assert link is not None
        points = server_link.pull_checkpoints(vault.conn)
        self.state = state = self.api.state([q for q, _ in points[-1:]])
        held_word.signed(self.vault, state)  # pins the server's key with its epoch
        _note_versions(vault, state)
        self.runs = min(RUN_FORMAT, state.get("runs", 3))
        # the server's clock, before anything is pushed or pulled: far off, stop here
        server_link.save_clock_offset(vault, self.api.clock_offset)
        clockcheck.refuse_far(self.api.clock_offset)
        released = clockcheck.release(vault)  # set aside for a clock now right
        self.report.applied += released.applied
        self.report.touched |= released.touched
        self.epoch, self.cursor = link.epoch, link.cursor
        if state["epoch"] != self.epoch or not _holds(state, points[-1:]):
            # a new or restored server: pull again from the last point both agree on
            if state["epoch"] != self.epoch:  # a store restored: it may hold them again
                destroy.forget_told(vault)
            self.epoch, self.cursor = state["epoch"], _agreed(self.api, points)
            server_link.save_cursor(vault, self.epoch, self.cursor,
                                    dict(points).get(self.cursor))
        self.server_has = int(state["highest"].get(vault.device_id, 0))
        self.own = numbering.was_restored(vault.conn)
        if self.own or self.server_has > outbox.own_highest(vault.conn, vault.device_id):
            # This laptop was restored from a backup: the server holds change sets of
            # ours that we lack. Fetch them (and send all of ours, the server keeps each
            # once), so the numbering carries on above them and nothing is skipped.
            self.server_has, self.cursor, self.own = 0, 0, True
        self.head = None if self.own else Head(self.epoch, self.cursor)
        return Step.PUSH

    def push(self) -> Step:
        self.report.pushed = _push(self.vault, self.api, self.server_has, self.limit,
                                   self.report, self.head, self.runs)
        return Step.PAUSE if self.report.more else Step.PULL

    def pull(self) -> Step:
        assert self.state is not None
        top = self.state.get("count")
        _pull(self.vault, self.api, self.epoch,
              self.head.cursor if self.head else self.cursor, self.report, self.own,
              self.limit, top, self.head, self.progress)
        return Step.PAUSE if self.report.more else Step.GRANT

    def grant(self) -> Step:
        if grant_missing(self.vault):  # a laptop the newest site key has not reached yet
            server_has = self.api.state()["highest"].get(self.vault.device_id, 0)
            self.report.pushed += _push(self.vault, self.api, server_has, head=self.head,
                                        runs=self.runs)
        return Step.COMPARE

    def compare(self) -> Step:
        # Nothing moved either way: the state of the round's start is still the one to
        # compare with (a round with nothing new is one request). Else the last answer may
        # have told the head of the log this laptop now holds all of.
        assert self.state is not None
        report = self.report
        if not (report.pushed or report.pulled or self.own) and "count" in self.state:
            theirs = self.state["digest"]
        elif self.head is not None and self.head.known:
            theirs = self.head.digest or ""
        else:
            theirs = self.api.state()["digest"]
        return self._compared(theirs, Step.PULL_AGAIN)

    def pull_again(self) -> Step:
        now = server_link.server_link(self.vault.conn)
        assert now is not None
        _pull(self.vault, self.api, now.epoch, now.cursor, self.report, self.own)
        return self._compared(self.api.state()["digest"], Step.RECONCILE)

    def reconcile(self) -> Step:
        _reconcile(self.vault, self.api, self.report, self.runs)
        return self._compared(self.api.state()["digest"], Step.FILES)

    def files(self) -> Step:
        """Documents' content. Every record has moved by now: a link that fails here
        leaves the round good, and the next goes on from the last chunk."""
        moved = files.Moved()
        try:
            files.exchange(self.vault, self.api,
                           QUICK_FILE_SECONDS if self.limit is not None else None, moved,
                           frozenset(self.report.touched), content=self.content)
        except ServerFailed as exc:
            log.warning("documents' content stopped mid-way: %s", type(exc).__name__)
            moved.more = True
        self.report.chunks_sent, self.report.chunks_fetched = moved.sent, moved.fetched
        self.report.more = self.report.more or moved.more
        return Step.FINISH

    def finish(self) -> Step:
        erase.carry_out(self.vault)  # an approval (or receipts) this round brought
        if not self.own and self.state is not None:  # everything this round could bring
            self.report.withheld = _withheld(self.vault, self.state)
            if self.report.withheld:
                self.report.withheld_signed = held_word.keep_if_signed(self.vault, self.state)
        if self.own:
            numbering.clear_restored(self.vault)
        server_link.save_clock_offset(self.vault, self.api.clock_offset)
        return Step.DONE

    def pause(self) -> Step:
        return Step.DONE

    def _compared(self, theirs: str, otherwise: Step) -> Step:
        self.report.digest_matches = theirs == applied_log.seen_digest(self.vault, digest)
        return Step.FILES if self.report.digest_matches else otherwise


def sync_round(vault: Vault, transport: httpx.BaseTransport | None = None, *,
               quick: bool = False, progress: Progress | None = None,
               content: bool = True) -> RoundReport:
    """Push, pull, compare digests; safe to stop at any point (see `crash_point`).

    `quick`: one short try per request, for background rounds. `progress(received, of)`
    after each page pulled (a first join on a slow link shows how far it is; stopped, the
    next round goes on from the last page kept). `content=False`: documents' content is
    left to the caller (`files.next_step`), so no chunk request holds the vault.
    """
    def attempt() -> RoundReport:
        with linked_client(vault, transport, quick) as client:
            return Round(vault, HttpApi(client), quick=quick, progress=progress,
                         content=content).run()

    try:
        try:
            report = attempt()
        except SyncError as exc:
            if exc.code is not ErrorCode.TOKEN_REISSUED:
                raise
            # someone was removed: this laptop's new token waits, sealed for who remains
            with linked_client(vault, transport, quick) as client:
                reissue.take_handoff(vault, HttpApi(client))
            report = attempt()
        server_link.save_outcome(vault, None)
        return report
    except SyncError as exc:
        if isinstance(exc, AppTooOld):
            server_link.save_app_versions(vault, exc.minimum, exc.latest)
        server_link.save_outcome(vault, str(exc))
        raise


def _withheld(vault: Vault, state: StateAnswer) -> dict[str, tuple[int, int]]:
    """Laptops of the roster of which the server said, at the round's start, it holds a
    higher number than the whole pull brought here: a change set withheld, noticed in
    this round rather than after its author's next one (a gap in a chain says only that)."""
    out: dict[str, tuple[int, int]] = {}
    for device, (_, revoked) in peers.roster(vault.conn).items():
        said = int(state["highest"].get(device, 0))
        if device == vault.device_id or revoked or said <= 0:
            continue
        held = applied_log.held_of(vault.conn, device, said)
        if held < said:
            out[device] = (held, said)
    if out:
        log.warning("the server holds change sets it did not send, from %d laptop(s)",
                    len(out))
    return out


def _note_versions(vault: Vault, state: StateAnswer) -> None:
    """Keep the app versions the server advertises, for the Sync page's update line."""
    app = state.get("app")
    if app is not None:
        server_link.save_app_versions(vault, app["minimum"], app["latest"])


def _holds(state: StateAnswer, points: list[tuple[int, str]]) -> bool:
    """The server still has these change sets where this laptop pulled them (a server of
    the first releases says nothing: taken as yes)."""
    found = state.get("at")
    return found is None or all(found.get(str(q)) == i for q, i in points)


def _agreed(api: SyncApi, points: list[tuple[int, str]]) -> int:
    """The newest checkpoint the server still holds as this laptop pulled it (0: none):
    a restored server is pulled from there, never from the start; what it lost of ours
    goes back by the round's digest comparison."""
    if not points:
        return 0
    found = api.state([q for q, _ in points]).get("at") or {}
    held = [q for q, i in points if found.get(str(q)) == i]
    return max(held, default=0)


def _reconcile(vault: Vault, api: SyncApi, report: RoundReport, runs: int) -> None:
    """The digests differ: compare the ids themselves, fetch what this laptop lacks and
    send what the server lacks (this laptop's own, and others' it holds, relayed as they
    came). Nothing is overwritten either way; every change set goes through the usual
    checks on every laptop."""
    server_ids: set[str] = set()
    after, more = 0, True
    while more:
        page = api.ids(after)
        if page["more"] and page["cursor"] <= after:
            raise _no_more()
        server_ids.update(page["ids"])
        after, more = page["cursor"], page["more"]
    seen = applied_log.seen_ids(vault.conn)
    missing = sorted(server_ids - seen)
    for start in range(0, len(missing), protocol.FETCH_LIMIT):
        found = api.fetch(missing[start:start + protocol.FETCH_LIMIT])
        received = receive(vault, [e.encode() for e in found["envelopes"]])
        report.pulled += received.applied + received.skipped + len(received.quarantined)
        report.add(received)
    own, relay = outbox.split_for_sending(vault.conn, vault.device_id, seen - server_ids)
    envelopes = [e.decode() for e in seal_own(vault, own, runs)] + \
        [e.decode() for e in relay]
    stored = size = 0
    batch: list[str] = []
    for envelope in envelopes:  # a request's worth at a time: some are whole runs
        if batch and (size + len(envelope) > PUSH_BYTES or len(batch) >= PUSH_BATCH):
            stored += api.push(batch, None)["stored"]
            batch, size = [], 0
        batch.append(envelope)
        size += len(envelope)
    if batch:
        stored += api.push(batch, None)["stored"]
    report.pushed += stored
    report.reconciled = len(missing) + stored


def _public_key(vault: Vault) -> str:
    """This laptop's signing key, sent with its pushes: a server that registered it
    before keys learns it (only from its own token)."""
    return device_keys.signing_key(vault).public_key().public_bytes_raw().hex()


def _placed(vault: Vault, head: Head | None, answer: PushAnswer) -> None:
    """A push landed right after this laptop's cursor: the log up to it holds nothing this
    laptop lacks, so the cursor moves past it and the answer's digest is the server's."""
    if head is None or "first" not in answer or "last" not in answer:
        return
    if head.cursor == answer["first"] - 1:
        server_link.save_cursor(vault, head.epoch, answer["last"], answer.get("last_id"))
        head.cursor = answer["last"]
        head.count, head.digest = answer.get("count"), answer.get("digest")


def _push(vault: Vault, api: SyncApi, server_has: int, limit: int | None = None,
          report: RoundReport | None = None, head: Head | None = None, runs: int = 3
          ) -> int:
    """Send this laptop's change sets in batches; the next batch is read and sealed while
    the last one is on its way. After `limit` batches it stops and says there is more.
    `head`: the round's view of the server's log, moved on by each answer (`_placed`);
    `runs`: the run format the server stores (sync/runs.py)."""
    pushed = sent = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="safehaven-push") as out:
        sending = None
        in_flight = 0
        while True:
            sets = outbox.local_changesets(vault.conn, vault.device_id, server_has,
                                           PUSH_BATCH)
            batch: list[str] = []
            size = count = 0
            for envelope, members in sealed_runs(vault, sets, runs):
                if batch and size + len(envelope) > PUSH_BYTES:
                    break
                batch.append(envelope.decode())
                size += len(envelope)
                count += len(members)
                server_has = members[-1].device_seq
            if sending is not None:
                _placed(vault, head, sending.result())
                pushed += in_flight
                crash_point("push-acked")
            if not batch:
                return pushed
            if limit is not None and sent >= limit:
                if report is not None:
                    report.more = True
                return pushed
            sending = out.submit(api.push, batch, _public_key(vault))
            in_flight = count
            sent += 1


def _pull(vault: Vault, api: SyncApi, epoch: str, cursor: int, report: RoundReport,
          own: bool = False, limit: int | None = None, top: int | None = None,
          head: Head | None = None, progress: Progress | None = None) -> None:
    """Pages in order; the next page downloads and is opened (verified, decrypted) while
    this one is applied. After `limit` pages it stops and says there is more. `top`: the
    server's last position as the round's state said (at or below the cursor: nothing to
    fetch)."""
    if top is not None and cursor >= top and not own:
        return
    pages = 0
    def fetch(after: int, epoch: str, known: Known
              ) -> tuple[PullPage | EpochChanged, list[bytes], Opened]:
        try:
            page = api.pull(after, epoch, own)
        except EpochChanged as changed:
            return changed, [], []
        try:
            envelopes = protocol.page_envelopes(page)
        except ValueError as exc:
            raise SyncError(tr("The server sent a page this app cannot read.")) from exc
        if page["cursor"] < after or (page["more"] and page["cursor"] == after):
            raise _no_more()  # a page that goes back, or "more" that never comes
        return page, envelopes, opener.open(known, envelopes)

    # however the log grows meanwhile, one round reads at most this far (a server that
    # answers "more" for ever with empty pages cannot keep a laptop busy for ever)
    ceiling = max(cursor, top or 0) + ROUND_GROWTH

    # a process only for a pull of several pages: a quick round's page or two would open
    # before it had started
    pages_behind = ((top - cursor) if top is not None else 0) // protocol.PULL_LIMIT
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="safehaven-pull") as ahead, \
            Opener(in_process=min(pages_behind, limit or pages_behind) >= PAGES_BEHIND
                   ) as opener:
        coming = ahead.submit(fetch, cursor, epoch, known_now(vault))
        empty = 0
        while True:
            page, envelopes, opened = coming.result()
            if isinstance(page, EpochChanged):
                points = server_link.pull_checkpoints(vault.conn)
                epoch = page.epoch or api.state()["epoch"]
                cursor = _agreed(api, points)
                server_link.save_cursor(vault, epoch, cursor, dict(points).get(cursor))
                coming = ahead.submit(fetch, cursor, epoch, known_now(vault))
                continue
            items = page["items"]
            last = page["cursor"]
            pages += 1
            # empty pages pass over this laptop's own change sets, a page's worth each:
            # a long run of them that says "more" is a server stringing the laptop along
            empty = empty + 1 if not items and page["more"] else 0
            if empty > EMPTY_PAGES:
                raise _no_more()
            if head is not None and not page["more"] and "digest" in page:
                head.cursor, head.count, head.digest = last, page.get("count"), page["digest"]
            stop_here = bool(page["more"]) and ((limit is not None and pages >= limit)
                                                or last >= ceiling)
            if page.get("more") and not stop_here:
                coming = ahead.submit(fetch, last, epoch, known_now(vault))
            if not items:
                if last > cursor:  # only our own change sets: move past them
                    server_link.save_cursor(vault, epoch, last, page.get("cursor_id"))
            else:
                def save_cursor(epoch: str = epoch, last: int = last,
                                at: str | None = page.get("cursor_id")) -> None:
                    crash_point("before-cursor")
                    server_link.save_cursor(vault, epoch, last, at)

                # The page's change sets and the cursor after them commit together.
                received = receive(vault, envelopes, save_cursor, opened)
                report.pulled += len(items)
                report.applied += received.applied
                report.touched |= received.touched
                report.conflicts += received.conflicts
                report.quarantined += received.quarantined
            cursor = last
            if progress is not None:
                progress(report.pulled, report.pulled + max(0, (top or last) - last) if
                         page.get("more") else report.pulled)
            if stop_here:
                report.more = True
                return
            if not page.get("more"):
                return


def _no_more() -> ServerFailed:
    return ServerFailed(tr("The server keeps saying there is more without sending it; the "
                           "round stopped."))


