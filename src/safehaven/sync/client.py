"""The laptop's HTTP client for the sync server: retries, TLS, the shared decoder on
every answer, and the server's refusals as typed errors (`SyncError` and its kinds).

A round (sync/rounds.py) reaches the server through sync/api.py, never through paths;
connecting a laptop and the health check are here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from safehaven import __version__
from safehaven.crashpoints import crash_point
from safehaven.errors import Failed, InvalidValue, SafeHavenError
from safehaven.i18n import tr
from safehaven.store.vault import Vault
from safehaven.sync import protocol, trust
from safehaven.sync.protocol import (
    ErrorCode,
    RegisterAnswer,
    error_code,
)
from safehaven.sync.replica import device_keys, server_link
from safehaven.sync.trust import CertProblem

log = logging.getLogger(__name__)

RETRIES = 4
BACKOFF = 0.2  # seconds before the first retry; doubled each time
QUICK_TIMEOUT = 8.0


_A = TypeVar("_A")  # an answer's declared type (sync/protocol.py)


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


class CertificateRefused(SyncError):
    """The server's TLS certificate was refused: `problem` says why (self-signed, unknown
    authority, expired, wrong name, not the pinned one), the words say how to fix it. Not
    `Failed`: trying again changes nothing until someone acts."""

    def __init__(self, problem: CertProblem, url: str, detail: str = "") -> None:
        super().__init__(trust.advice(problem, url, detail))
        self.problem = problem


class Client:
    def __init__(self, base_url: str, token: str | None = None,
                 transport: httpx.BaseTransport | None = None, timeout: float = 30.0,
                 retries: int = RETRIES, certificate: bytes | None = None,
                 device_name: str | None = None) -> None:
        """`certificate`: the PEM the house pinned for this server (None: the system's
        trust store, sync/trust.py); `device_name`: this laptop's name, declared to the
        server's admin (protocol.DEVICE_NAME_HEADER)."""
        self.retries = retries
        self.clock_offset: float | None = None  # the server's clock minus ours, seconds
        check_url(base_url)
        self.url, self.pinned = base_url.rstrip("/"), certificate is not None
        headers = {protocol.VERSION_HEADER: __version__,  # the server may ask for an update
                   protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
        if token:
            headers["authorization"] = f"Bearer {token}"
        if device_name:
            headers[protocol.DEVICE_NAME_HEADER] = protocol.device_name_header(device_name)
        self.http = httpx.Client(base_url=self.url, headers=headers,
                                 timeout=timeout, transport=transport,
                                 verify=trust.context(certificate),
                                 event_hooks={"response": [_after_send]})

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """One request, retried with backoff on network errors and 5xx answers."""
        delay = BACKOFF
        for attempt in range(self.retries):
            try:
                response = self.http.request(method, path, **kwargs)
            except httpx.HTTPError as exc:
                self._certificate_refused(exc)
                if attempt == self.retries - 1:
                    raise ServerFailed(tr("The server cannot be reached ({what}).",
                                       what=type(exc).__name__)) from exc
            else:
                self._note_clock(response)
                # 507: a full house stays full; a database that is down is not back in a
                # second: the round stops and the next one (minutes later) tries again
                final = response.status_code < 500 or response.status_code == 507 or \
                    _database_down(response)
                if final and response.status_code != 429:
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

    def _certificate_refused(self, exc: httpx.HTTPError) -> None:
        """A refused certificate stops at once, saying what is wrong (no retries)."""
        error = trust.verification_error(exc)
        if error is None:
            return
        problem = trust.problem_of(error, self.pinned)
        detail = (trust.served_fingerprint(self.url) or "") if \
            problem is CertProblem.PIN_CHANGED else str(error.verify_message or "")
        raise CertificateRefused(problem, self.url, detail) from exc

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


def _after_send(response: httpx.Response) -> None:
    if response.request.url.path.endswith(protocol.PUSH):
        crash_point("push-sent")  # the server has the change sets; this laptop never hears


def _database_down(response: httpx.Response) -> bool:
    """A 503 that says the server's database is unavailable (sync/protocol.ErrorCode)."""
    if response.status_code != 503:
        return False
    try:
        return error_code(503, response.json()) is ErrorCode.DATABASE_UNAVAILABLE
    except (ValueError, RecursionError):
        return False


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
    if code is ErrorCode.SERVER_FULL:
        raise ServerFailed(tr("The sync server's disk is full. Nothing is lost: the changes "
                              "stay on this laptop. Tell the server's administrator."), code)
    if code is ErrorCode.DATABASE_UNAVAILABLE:
        raise ServerFailed(tr("The sync server's database is unavailable. Nothing is lost: "
                              "the changes stay on this laptop and the next sync tries "
                              "again. Tell the server's administrator if it lasts."), code)
    if code is ErrorCode.QUOTA_FULL:
        raise SyncError(tr("The server has no room left for this house's changes (its "
                           "storage quota is reached). They stay safe on this laptop; ask "
                           "the server's administrator for more space."), code)
    if code is ErrorCode.RELAY_QUOTA:
        raise SyncError(tr("The server takes no more of other laptops' changes from this "
                           "laptop this hour. Nothing is lost; the next sync sends the "
                           "rest. If this keeps happening, tell the manager."), code)
    if code in (ErrorCode.UNAUTHORIZED, ErrorCode.FORBIDDEN, ErrorCode.NOT_MANAGER,
                ErrorCode.CODE_REFUSED):
        raise SyncError(tr("The server refused this laptop ({reason}).", reason=words), code)
    raise SyncError(tr("The server refused the request ({reason}).", reason=words), code)


@dataclass(frozen=True, slots=True)
class Reach:
    """What reaching the house's server takes, read from the vault once: a thread with no
    database (documents' content, `files.Carrier`) makes its clients from it."""

    url: str
    token: str
    certificate: bytes | None
    device_name: str | None

    def client(self, transport: httpx.BaseTransport | None = None, quick: bool = False
               ) -> Client:
        return Client(self.url, self.token, transport=transport,
                      timeout=QUICK_TIMEOUT if quick else 30.0,
                      retries=1 if quick else RETRIES, certificate=self.certificate,
                      device_name=self.device_name)


def reach(vault: Vault) -> Reach | None:
    """How this laptop reaches its server, or None when it is connected to none."""
    link = server_link.server_link(vault.conn)
    if link is None:
        return None
    return Reach(link.url, link.device_token, server_link.pinned_certificate(vault.conn),
                 device_keys.own_name(vault))


@contextmanager
def linked_client(vault: Vault, transport: httpx.BaseTransport | None = None,
                  quick: bool = False) -> Iterator[Client]:
    """A client for the server this laptop is connected to, with its device token and
    the certificate the house pinned for it, if any."""
    found = reach(vault)
    if found is None:
        raise SyncError(tr("This laptop is not connected to a server yet."))
    client = found.client(transport, quick)
    try:
        yield client
    finally:
        client.close()


def connect(vault: Vault, url: str, org_token: str,
            transport: httpx.BaseTransport | None = None,
            certificate: bytes | None = None) -> None:
    """Register this laptop and its house with the server (spends the house's one-time
    token, made by `safehaven server house add`). `certificate`: a PEM to pin for this
    server (its own, or its private CA's), checked by the caller's fingerprint."""
    device_keys.ensure_site_key(vault)
    device_keys.signing_key(vault)
    pem = trust.pem_of(certificate) if certificate is not None else None
    client = Client(url, transport=transport, certificate=pem)
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
    server_link.save_server_link(vault, url, answer["device_token"], answer["epoch"], pem)


@dataclass(frozen=True, slots=True)
class Moved:
    """What `move` did: `pin` is "new" (the certificate given), "kept" (the one pinned
    before, which the server presents at its new address too), "dropped" (the server there
    presents another, which the system trusts) or "none" (none was pinned, none given);
    `same_log` is False when the server there holds another copy of the house's log (a
    store restored from a backup): the next round sends what it lacks, as after any
    restore."""

    pin: str
    same_log: bool


def move(vault: Vault, url: str, transport: httpx.BaseTransport | None = None,
         certificate: bytes | None = None) -> Moved:
    """Point a connected laptop at its server's new address, keeping its identity, token
    and place in the log: the server there must know this laptop's token (the same store,
    moved or renamed). `certificate` as in `connect`; without it the certificate pinned
    before is tried first (the same server, moved), then the system's trust."""
    link = server_link.server_link(vault.conn)
    if link is None:
        raise SyncError(tr("This laptop is not connected to a server yet."))
    pinned = server_link.pinned_certificate(vault.conn)
    if certificate is not None:
        tries: list[tuple[str, bytes | None]] = [("new", trust.pem_of(certificate))]
    elif pinned is not None:
        tries = [("kept", pinned), ("dropped", None)]
    else:
        tries = [("none", None)]
    for n, (outcome, pem) in enumerate(tries):
        try:
            answer = _state_at(url, link.device_token, pem, transport,
                               device_keys.own_name(vault))
        except CertificateRefused:
            if n + 1 == len(tries):
                raise
            continue
        server_link.move_server_link(vault, url, pem)
        return Moved(outcome, answer["epoch"] == link.epoch)
    raise AssertionError("unreachable: the last try returns or raises")


def _state_at(url: str, token: str, pem: bytes | None,
              transport: httpx.BaseTransport | None, name: str | None
              ) -> protocol.StateAnswer:
    client = Client(url, token, transport=transport, certificate=pem, device_name=name)
    try:
        return client.ask(protocol.StateAnswer, "GET", protocol.STATE)
    except SyncError as exc:
        if exc.code in (ErrorCode.UNAUTHORIZED, ErrorCode.FORBIDDEN):
            raise SyncError(tr(
                "The server at {url} does not know this laptop, so it is not this house's "
                "server moved. Move the server's store there first (`safehaven server "
                "backup` and `restore`), or connect with a house token from its "
                "administrator.", url=url), exc.code) from exc
        raise
    finally:
        client.close()


def reachable(url: str, timeout: float = 3.0) -> bool:
    """Whether the server answers its health check (no database, no token: the app's
    background sync asks this on a thread of its own before it starts a round). The
    certificate is not judged here: the round that follows does, and says what is wrong
    with it rather than "not reachable"; nothing is sent but the path."""
    try:
        return httpx.get(url.rstrip("/") + protocol.HEALTH, timeout=timeout,
                         verify=False).status_code == 200  # noqa: S501 - see above
    except httpx.HTTPError:
        return False
