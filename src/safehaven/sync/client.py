"""The sync client: one round pushes what the server lacks and pulls what this device lacks.

Every step is safe to repeat: the server keeps each change set once, the device applies
each once, and the pull cursor is saved only after its page is applied. A server restored
from an old backup shows a new epoch: the device then re-sends its own change sets and
pulls from the start. After each round the two sides compare a digest of change set ids.
"""

from __future__ import annotations

import base64
import gzip
import json
import logging
import ssl
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any, TypeVar
from urllib.parse import urlsplit

import certifi
import httpx

from safehaven import __version__
from safehaven.crashpoints import crash_point
from safehaven.errors import Failed, InvalidValue, SafeHavenError
from safehaven.i18n import tr
from safehaven.store import local_state, numbering
from safehaven.store.crypto import Identity
from safehaven.store.refusal import Refusal
from safehaven.store.vault import Vault
from safehaven.sync import protocol
from safehaven.sync.engine import (
    Known,
    Opened,
    known_now,
    receive,
    seal_own,
    sealed_runs,
)
from safehaven.sync.envelope import digest, manager_text, revocation_text
from safehaven.sync.opener import PAGES_BEHIND, Opener
from safehaven.sync.protocol import (
    ErrorCode,
    FetchAnswer,
    IdsPage,
    ManagersAnswer,
    PullPage,
    PushAnswer,
    RegisterAnswer,
    RevokeAnswer,
    StateAnswer,
    error_code,
)
from safehaven.sync.replica import applied_log, device_keys, outbox, peers, server_link
from safehaven.sync.rotation import grant_missing

log = logging.getLogger(__name__)

PUSH_BATCH = 1024  # change sets read and sealed at a time (four runs: sync/runs.py)
PUSH_BYTES = 4 * 1024 * 1024
RETRIES = 4
BACKOFF = 0.2  # seconds before the first retry; doubled each time
QUICK_TIMEOUT = 8.0
QUICK_BATCHES = 2  # a background round holds the database for a second or so at most
EMPTY_PAGES = 128  # pages in a row with nothing for this laptop that a round accepts
ROUND_GROWTH = 200_000  # log positions one round reads past the server's head at its start


_A = TypeVar("_A")  # an answer's declared type (sync/protocol.py)
Progress = Callable[[int, int], None]  # (change sets received so far, of about how many)


class SyncError(SafeHavenError):
    """The round stopped; nothing was lost and the next round resumes. `code`: what the
    server answered, when it refused (code decides on it, never on the words)."""

    def __init__(self, message: str, code: ErrorCode | None = None) -> None:
        super().__init__(message)
        self.code = code


class EpochChanged(SyncError):
    """The server's log is not the one this laptop pulled from (a new or restored
    server): `epoch` is its epoch now, when it said (servers before error codes did not)."""

    def __init__(self, epoch: str | None) -> None:
        super().__init__(tr("The server's log changed; pulling again from the last point "
                            "both agree on."), ErrorCode.EPOCH_CHANGED)
        self.epoch = epoch


class ServerFailed(SyncError, Failed):
    """The server is out of reach, answered with an error of its own (5xx) or sent a
    damaged answer: nothing was wrong with the request."""


class AppTooOld(SyncError):
    """The server wants a newer SafeHaven on this laptop before it syncs again."""

    def __init__(self, minimum: str, latest: str) -> None:
        super().__init__(tr("The server needs SafeHaven {version} or newer on this laptop: "
                            "update it; nothing written here is lost meanwhile.",
                            version=minimum), ErrorCode.APP_TOO_OLD)
        self.minimum, self.latest = minimum, latest


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

    def as_dict(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "pulled": self.pulled, "applied": self.applied,
                "conflicts": self.conflicts, "digest_matches": self.digest_matches,
                "reconciled": self.reconciled, "more": self.more,
                "quarantined": [{"changeset": c, "kind": r.kind.value, "reason": r.message}
                                for c, r in self.quarantined]}


class Client:
    def __init__(self, base_url: str, token: str | None = None,
                 transport: httpx.BaseTransport | None = None, timeout: float = 30.0,
                 retries: int = RETRIES) -> None:
        self.retries = retries
        self.clock_offset: float | None = None  # the server's clock minus ours, seconds
        check_url(base_url)
        headers = {protocol.VERSION_HEADER: __version__}  # the server may ask for an update
        if token:
            headers["authorization"] = f"Bearer {token}"
        self.http = httpx.Client(base_url=base_url.rstrip("/"), headers=headers,
                                 timeout=timeout, transport=transport, verify=_tls(),
                                 event_hooks={"response": [_after_send]})

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """One request, retried with backoff on network errors and 5xx answers."""
        delay = BACKOFF
        for attempt in range(self.retries):
            try:
                response = self.http.request(method, path, **kwargs)
            except httpx.HTTPError as exc:
                if attempt == self.retries - 1:
                    raise ServerFailed(tr("The server cannot be reached ({what}).",
                                       what=type(exc).__name__)) from exc
            else:
                self._note_clock(response)
                final = response.status_code < 500 or response.status_code == 507
                if final and response.status_code != 429:  # 507: a full house stays full
                    return _answer(response)
                if attempt == self.retries - 1:
                    raise ServerFailed(tr("The server answered with an error ({code}).",
                                       code=response.status_code))
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def ask(self, kind: type[_A], method: str, path: str, **kwargs: Any) -> _A:
        """One request whose answer must be a `kind` (protocol.decode): a server that sends
        anything else (a hostile or broken one) stops the round with one clear error."""
        doc = self.call(method, path, **kwargs)
        try:
            return protocol.decode(kind, doc)
        except (protocol.MessageError, RecursionError) as exc:
            raise ServerFailed(tr("The server sent an answer this app cannot read ({what}).",
                                  what=str(exc)[:200])) from exc

    def close(self) -> None:
        self.http.close()

    def _note_clock(self, response: httpx.Response) -> None:
        """How far this laptop's clock is from the server's (its `Date` header)."""
        try:
            server = parsedate_to_datetime(response.headers.get("date", ""))
        except (TypeError, ValueError):
            return
        self.clock_offset = (server - datetime.now(UTC)).total_seconds()


def check_url(url: str) -> None:
    """Only https leaves this machine: plain http is for a server on the same laptop
    (tests, a trial), where nothing crosses a network."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return
    loopback = host == "localhost" or host == "::1" or host.startswith("127.")
    if parts.scheme == "http" and loopback:
        return
    raise InvalidValue("server", tr("Use an https:// address for the sync server (plain "
                                    "http only for a server on this same laptop)."))


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every client (building one reads the CA bundle: ~20 ms)."""
    return ssl.create_default_context(cafile=certifi.where())


def _after_send(response: httpx.Response) -> None:
    if response.request.url.path.endswith(protocol.PUSH):
        crash_point("push-sent")  # the server has the change sets; this laptop never hears


def _answer(response: httpx.Response) -> Any:
    try:
        doc = response.json()
    except (ValueError, RecursionError) as exc:  # not JSON, or nested past any answer's depth
        raise ServerFailed(tr("The server's answer was damaged.")) from exc
    status = response.status_code
    if status < 400:
        return doc
    code = error_code(status, doc)
    if status == 409 and not isinstance(doc.get("code"), str) and \
            response.request.url.path.endswith(protocol.PULL):
        code = ErrorCode.EPOCH_CHANGED  # a server before error codes: its one 409 on a pull
    words = str(doc.get("error", ""))
    if code is ErrorCode.EPOCH_CHANGED:
        epoch = doc.get("epoch")
        raise EpochChanged(epoch if isinstance(epoch, str) else None)
    if code is ErrorCode.APP_TOO_OLD:
        app = doc.get("app") if isinstance(doc.get("app"), dict) else {}
        raise AppTooOld(str(app.get("minimum", "?")), str(app.get("latest", "?")))
    if code is ErrorCode.QUOTA_FULL:
        raise SyncError(tr("The server has no room left for this house's changes (its "
                           "storage quota is reached). They stay safe on this laptop; ask "
                           "the server's administrator for more space."), code)
    if code in (ErrorCode.UNAUTHORIZED, ErrorCode.FORBIDDEN, ErrorCode.NOT_MANAGER,
                ErrorCode.CODE_REFUSED):
        raise SyncError(tr("The server refused this laptop ({reason}).", reason=words), code)
    raise SyncError(tr("The server refused the request ({reason}).", reason=words), code)


@contextmanager
def linked_client(vault: Vault, transport: httpx.BaseTransport | None = None,
                  quick: bool = False) -> Iterator[Client]:
    """A client for the server this laptop is connected to, with its device token."""
    link = server_link.server_link(vault.conn)
    if link is None:
        raise SyncError(tr("This laptop is not connected to a server yet."))
    client = Client(link.url, link.device_token, transport=transport,
                    timeout=QUICK_TIMEOUT if quick else 30.0, retries=1 if quick else RETRIES)
    try:
        yield client
    finally:
        client.close()


def connect(vault: Vault, url: str, org_token: str,
            transport: httpx.BaseTransport | None = None) -> None:
    """Register this laptop and its house with the server (spends the house's one-time
    token, made by `safehaven server house add`)."""
    device_keys.ensure_site_key(vault)
    device_keys.signing_key(vault)
    client = Client(url, transport=transport)
    try:
        answer = client.ask(RegisterAnswer, "POST", protocol.REGISTER, json={
            "house_token": org_token, "org_token": org_token,  # the first servers' name
            "site_id": vault.site_id, "device_id": vault.device_id,
            # the server then refuses change sets that name this laptop without its signature
            "public_key": device_keys.signing_key(vault).public_key().public_bytes_raw().hex(),
            # the manager connecting the house: whose signature revokes and enrols there
            "manager_key": vault.identity.sign_public if vault.identity else None})
    finally:
        client.close()
    server_link.save_server_link(vault, url, answer["device_token"], answer["epoch"])


def sync_round(vault: Vault, transport: httpx.BaseTransport | None = None, *,
               quick: bool = False, progress: Progress | None = None) -> RoundReport:
    """Push, pull, compare digests; safe to stop at any point (see `crash_point`).

    `quick`: one short try per request, for background rounds. `progress(received, of)`
    after each page pulled (a first join on a slow link shows how far it is; stopped, the
    next round goes on from the last page kept).
    """
    report = RoundReport()
    try:
        with linked_client(vault, transport, quick) as client:
            link = server_link.server_link(vault.conn)
            assert link is not None
            manager = manager_identity(vault)
            if manager is not None:
                vouch_for_managers(vault, client, manager)
                revoked = [d for d, (_, gone) in peers.roster(vault.conn).items() if gone]
                if revoked:  # only a manager's signature revokes on the server
                    try:
                        client.ask(RevokeAnswer, "POST", protocol.REVOKE, json=manager_signed(
                            vault, manager, {"devices": revoked},
                            lambda doc: revocation_text(vault.site_id, doc, revoked)))
                    except SyncError:  # a house registered before manager keys
                        log.warning("the server refused a revocation: its administrator "
                                    "can revoke the laptop there")
            points = server_link.pull_checkpoints(vault.conn)
            state = client.ask(StateAnswer, "GET", protocol.STATE, params=_at(points[-1:]))
            _note_versions(vault, state)
            epoch, cursor = link.epoch, link.cursor
            if state["epoch"] != epoch or not _holds(state, points[-1:]):
                # a new or restored server: pull again from the last point both agree on
                epoch, cursor = state["epoch"], _agreed(client, points)
                server_link.save_cursor(vault, epoch, cursor, dict(points).get(cursor))
            server_has = int(state["highest"].get(vault.device_id, 0))
            own = numbering.was_restored(vault.conn)
            if own or server_has > outbox.own_highest(vault.conn, vault.device_id):
                # This laptop was restored from a backup: the server holds change sets of
                # ours that we lack. Fetch them (and send all of ours, the server keeps each
                # once), so the numbering carries on above them and nothing is skipped.
                server_has, cursor, own = 0, 0, True
            limit = QUICK_BATCHES if quick else None
            head: dict[str, Any] | None = None if own else {"epoch": epoch, "cursor": cursor}
            report.pushed = _push(vault, client, server_has, limit, report, head)
            top = state.get("count") if isinstance(state.get("count"), int) else None
            if not report.more:
                _pull(vault, client, epoch, head["cursor"] if head else cursor, report, own,
                      limit, top, head, progress)
            if report.more:  # a background round stops early; the next one goes on
                server_link.save_outcome(vault, None)
                return report
            if grant_missing(vault):  # a device the newest site key has not reached yet
                report.pushed += _push(vault, client, _server_has(client, vault), head=head)
            # Nothing moved either way: the state of the round's start is still the one to
            # compare with (a round with nothing new is one request). Else the last answer
            # may have told the head of the log this laptop now holds all of.
            still = not (report.pushed or report.pulled or own) and top is not None
            told = head is not None and head.get("digest") is not None and head.get(
                "count") == head.get("cursor")
            final = state if still else {"digest": head["digest"]} if told and head else \
                client.ask(StateAnswer, "GET", protocol.STATE)
            report.digest_matches = final["digest"] == applied_log.seen_digest(vault, digest)
            for step in ("pull again", "compare ids"):
                if report.digest_matches:
                    break
                if step == "pull again":  # another laptop may have pushed meanwhile
                    now = server_link.server_link(vault.conn)
                    assert now is not None
                    _pull(vault, client, now.epoch, now.cursor, report, own)
                else:
                    _reconcile(vault, client, report)
                final = client.ask(StateAnswer, "GET", protocol.STATE)
                report.digest_matches = final["digest"] == applied_log.seen_digest(vault, digest)
            if own:
                numbering.clear_restored(vault)
            server_link.save_clock_offset(vault, client.clock_offset)
        server_link.save_outcome(vault, None)
        return report
    except SyncError as exc:
        if isinstance(exc, AppTooOld):
            server_link.save_app_versions(vault, exc.minimum, exc.latest)
        server_link.save_outcome(vault, str(exc))
        raise


def _note_versions(vault: Vault, state: StateAnswer) -> None:
    """Keep the app versions the server advertises, for the Sync page's update line."""
    app = state.get("app")
    if app is not None:
        server_link.save_app_versions(vault, app["minimum"], app["latest"])


def _reconcile(vault: Vault, client: Client, report: RoundReport) -> None:
    """The digests differ: compare the ids themselves, fetch what this laptop lacks and
    send what the server lacks (this laptop's own, and others' it holds, relayed as they
    came). Nothing is overwritten either way; every change set goes through the usual
    checks on every laptop."""
    server_ids: set[str] = set()
    after, more = 0, True
    while more:
        page = client.ask(IdsPage, "GET", protocol.IDS, params={"after": after})
        if page["more"] and page["cursor"] <= after:
            raise _no_more()
        server_ids.update(page["ids"])
        after, more = page["cursor"], page["more"]
    seen = applied_log.seen_ids(vault.conn)
    missing = sorted(server_ids - seen)
    for start in range(0, len(missing), protocol.FETCH_LIMIT):
        found = client.ask(FetchAnswer, "POST", protocol.FETCH,
                           json={"ids": missing[start:start + protocol.FETCH_LIMIT]})
        received = receive(vault, [e.encode() for e in found["envelopes"]])
        report.pulled += received.applied + received.skipped + len(received.quarantined)
        report.applied += received.applied
        report.touched |= received.touched
        report.conflicts += received.conflicts
        report.quarantined += received.quarantined
    own, relay = outbox.split_for_sending(vault.conn, vault.device_id, seen - server_ids)
    envelopes = [e.decode() for e in seal_own(vault, own)] + [e.decode() for e in relay]
    stored = size = 0
    batch: list[str] = []
    for envelope in envelopes:  # a request's worth at a time: some are whole runs
        if batch and (size + len(envelope) > PUSH_BYTES or len(batch) >= PUSH_BATCH):
            stored += _send(client, batch)["stored"]
            batch, size = [], 0
        batch.append(envelope)
        size += len(envelope)
    if batch:
        stored += _send(client, batch)["stored"]
    report.pushed += stored
    report.reconciled = len(missing) + stored


def _public_key(vault: Vault) -> str:
    """This laptop's signing key, sent with its pushes: a server that registered it
    before keys learns it (only from its own token)."""
    return device_keys.signing_key(vault).public_key().public_bytes_raw().hex()


def _at(points: list[tuple[int, str]]) -> dict[str, str]:
    return {"at": ",".join(str(q) for q, _ in points)} if points else {}


def _holds(state: StateAnswer, points: list[tuple[int, str]]) -> bool:
    """The server still has these change sets where this laptop pulled them (a server of
    the first releases says nothing: taken as yes)."""
    found = state.get("at")
    return found is None or all(found.get(str(q)) == i for q, i in points)


def _agreed(client: Client, points: list[tuple[int, str]]) -> int:
    """The newest checkpoint the server still holds as this laptop pulled it (0: none):
    a restored server is pulled from there, never from the start; what it lost of ours
    goes back by the round's digest comparison."""
    if not points:
        return 0
    state = client.ask(StateAnswer, "GET", protocol.STATE, params=_at(points))
    found = state.get("at") or {}
    held = [q for q, i in points if found.get(str(q)) == i]
    return max(held, default=0)


def manager_identity(vault: Vault) -> Identity | None:
    """This session's identity when its person is a manager (who may revoke laptops)."""
    if vault.identity is None or not vault.staff_id:
        return None
    keys = peers.manager_keys(vault.conn)
    return vault.identity if vault.identity.sign_public in keys else None


def manager_signed(vault: Vault, manager: Identity, doc: dict[str, Any],
                    text: Callable[[dict[str, Any]], bytes]) -> dict[str, Any]:
    doc = {**doc, "by": manager.sign_public,
           "at": datetime.now(UTC).isoformat(timespec="seconds")}
    return {**doc, "sig": base64.b64encode(manager.signer.sign(text(doc))).decode()}


def vouch_for_managers(vault: Vault, client: Client, manager: Identity) -> None:
    """Tell the server who the house's managers are, when that changed (the keys that may
    revoke laptops there)."""
    keys = peers.manager_keys(vault.conn)
    said = ",".join(keys)
    if local_state.local_value(vault.conn, "managers_vouched") == said:
        return
    try:
        client.ask(ManagersAnswer, "POST", protocol.MANAGERS, json=manager_signed(
            vault, manager, {"keys": keys}, lambda doc: manager_text(vault.site_id, doc, keys)))
    except SyncError:  # a house connected before manager keys: the server keeps none
        log.info("the server did not take this house's manager keys")
        return
    local_state.save_local_value(vault, "managers_vouched", said)


def _send(client: Client, batch: list[str], public_key: str | None = None) -> PushAnswer:
    return client.ask(PushAnswer, "POST", protocol.PUSH, content=gzip.compress(
        json.dumps({"envelopes": batch, "public_key": public_key}).encode(), 6),
        headers={"content-type": "application/json", "content-encoding": "gzip"})


def _placed(vault: Vault, head: dict[str, Any] | None, answer: PushAnswer) -> None:
    """A push landed right after this laptop's cursor: the log up to it holds nothing this
    laptop lacks, so the cursor moves past it and the answer's digest is the server's."""
    if head is None or not isinstance(answer.get("first"), int):
        return
    if head.get("cursor") == answer["first"] - 1 and isinstance(answer.get("last"), int):
        server_link.save_cursor(vault, head["epoch"], answer["last"], answer.get("last_id"))
        head.update(cursor=answer["last"], count=answer.get("count"),
                    digest=answer.get("digest"))


def _server_has(client: Client, vault: Vault) -> int:
    return client.ask(StateAnswer, "GET", protocol.STATE)["highest"].get(vault.device_id, 0)


def _push(vault: Vault, client: Client, server_has: int, limit: int | None = None,
          report: RoundReport | None = None, head: dict[str, Any] | None = None) -> int:
    """Send this laptop's change sets in batches; the next batch is read and sealed while
    the last one is on its way. After `limit` batches it stops and says there is more.
    `head`: the round's view of the server's log, moved on by each answer (`_placed`)."""
    pushed = sent = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="safehaven-push") as out:
        sending = None
        in_flight = 0
        while True:
            sets = outbox.local_changesets(vault.conn, vault.device_id, server_has,
                                           PUSH_BATCH)
            batch: list[str] = []
            size = count = 0
            for envelope, members in sealed_runs(vault, sets):
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
            sending = out.submit(_send, client, batch, _public_key(vault))
            in_flight = count
            sent += 1


def _pull(vault: Vault, client: Client, epoch: str, cursor: int, report: RoundReport,
          own: bool = False, limit: int | None = None, top: int | None = None,
          head: dict[str, Any] | None = None, progress: Progress | None = None) -> None:
    """Pages in order; the next page downloads and is opened (verified, decrypted) while
    this one is applied. After `limit` pages it stops and says there is more. `top`: the
    server's last position as the round's state said (at or below the cursor: nothing to
    fetch)."""
    if top is not None and cursor >= top and not own:
        return
    pages = 0
    def fetch(after: int, epoch: str, known: Known) -> tuple[Any, list[bytes], Opened]:
        try:
            page = client.ask(PullPage, "GET", protocol.PULL,
                              params={"after": after, "epoch": epoch, "own": int(own)})
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
                epoch = page.epoch or client.ask(StateAnswer, "GET", protocol.STATE)["epoch"]
                cursor = _agreed(client, points)
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
            if head is not None and not page.get("more") and "digest" in page:
                head.update(cursor=last, count=page.get("count"), digest=page["digest"])
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


def reachable(url: str, timeout: float = 3.0) -> bool:
    """Whether the server answers its health check (no database, no token: the app's
    background sync asks this on a thread of its own before it starts a round)."""
    try:
        return httpx.get(url.rstrip("/") + protocol.HEALTH, timeout=timeout,
                         verify=_tls()).status_code == 200
    except httpx.HTTPError:
        return False
