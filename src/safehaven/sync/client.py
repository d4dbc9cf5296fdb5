"""The sync client: one round pushes what the server lacks and pulls what this device lacks.

Every step is safe to repeat: the server keeps each change set once, the device applies
each once, and the pull cursor is saved only after its page is applied. A server restored
from an old backup shows a new epoch: the device then re-sends its own change sets and
pulls from the start. After each round the two sides compare a digest of change set ids.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.store import syncstate
from safehaven.store.vault import Vault
from safehaven.sync.engine import receive
from safehaven.sync.envelope import digest, seal

PUSH_BATCH = 200
PUSH_BYTES = 4 * 1024 * 1024
RETRIES = 4


class SyncError(SafeHavenError):
    """The round stopped; nothing was lost and the next round resumes."""


@dataclass(slots=True)
class RoundReport:
    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    conflicts: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    digest_matches: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "pulled": self.pulled, "applied": self.applied,
                "conflicts": self.conflicts, "digest_matches": self.digest_matches,
                "quarantined": [{"changeset": c, "reason": r} for c, r in self.quarantined]}


class Client:
    def __init__(self, base_url: str, token: str | None = None,
                 transport: httpx.BaseTransport | None = None, timeout: float = 30.0) -> None:
        headers = {"authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(base_url=base_url.rstrip("/"), headers=headers,
                                 timeout=timeout, transport=transport)

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """One request, retried with backoff on network errors and 5xx answers."""
        delay = 0.2
        for attempt in range(RETRIES):
            try:
                response = self.http.request(method, path, **kwargs)
            except httpx.HTTPError as exc:
                if attempt == RETRIES - 1:
                    raise SyncError(tr("The server cannot be reached ({what}).",
                                       what=type(exc).__name__)) from exc
            else:
                if response.status_code < 500 and response.status_code != 429:
                    return _answer(response)
                if attempt == RETRIES - 1:
                    raise SyncError(tr("The server answered with an error ({code}).",
                                       code=response.status_code))
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.http.close()


def _answer(response: httpx.Response) -> Any:
    try:
        doc = response.json()
    except ValueError as exc:
        raise SyncError(tr("The server's answer was damaged.")) from exc
    if response.status_code == 409 and str(doc.get("error", "")).startswith("epoch:"):
        return {"epoch_changed": doc["error"][6:]}
    if response.status_code in (401, 403):
        raise SyncError(tr("The server refused this laptop ({reason}).",
                           reason=doc.get("error", "")))
    if response.status_code >= 400:
        raise SyncError(tr("The server refused the request ({reason}).",
                           reason=doc.get("error", "")))
    return doc


def connect(vault: Vault, url: str, org_token: str,
            transport: httpx.BaseTransport | None = None) -> None:
    """Register this laptop and its house with the server (spends the organisation token)."""
    syncstate.ensure_site_key(vault)
    syncstate.signing_key(vault)
    client = Client(url, transport=transport)
    try:
        answer = client.call("POST", "/v1/register", json={
            "org_token": org_token, "site_id": vault.site_id, "device_id": vault.device_id})
    finally:
        client.close()
    syncstate.save_server_link(vault, url, answer["device_token"], answer["epoch"])


def sync_round(vault: Vault, transport: httpx.BaseTransport | None = None,
               stop_after: str | None = None) -> RoundReport:
    """Push, pull, compare digests. `stop_after` names a step to stop at (crash tests)."""
    link = syncstate.server_link(vault.conn)
    if link is None:
        raise SyncError(tr("This laptop is not connected to a server yet."))
    client = Client(link.url, link.device_token, transport=transport)
    report = RoundReport()
    try:
        state = client.call("GET", "/v1/state")
        epoch, cursor = link.epoch, link.cursor
        if state["epoch"] != epoch:  # a new or restored server: start again from nothing
            epoch, cursor = state["epoch"], 0
            syncstate.save_cursor(vault, epoch, cursor)
        report.pushed = _push(vault, client, int(state["highest"].get(vault.device_id, 0)))
        if stop_after == "push":
            return report
        cursor = _pull(vault, client, epoch, cursor, report, stop_after)
        final = client.call("GET", "/v1/state")
        report.digest_matches = final["digest"] == digest(syncstate.held_ids(vault.conn))
        syncstate.save_outcome(vault, None)
        return report
    except SyncError as exc:
        syncstate.save_outcome(vault, str(exc))
        raise
    finally:
        client.close()


def _push(vault: Vault, client: Client, server_has: int) -> int:
    version, key = syncstate.site_key(vault.conn, vault.site_id)
    signer = syncstate.signing_key(vault)
    pushed = 0
    while True:
        sets = syncstate.local_changesets(vault.conn, vault.device_id, server_has, PUSH_BATCH)
        if not sets:
            return pushed
        batch, size = [], 0
        for cs in sets:
            envelope = seal({"id": cs.id, "device_id": cs.device_id,
                             "device_seq": cs.device_seq, "hlc": cs.hlc,
                             "staff_id": cs.staff_id, "entries": cs.entries},
                            vault.site_id, version, key, signer).decode()
            if batch and size + len(envelope) > PUSH_BYTES:
                break
            batch.append(envelope)
            size += len(envelope)
            server_has = cs.device_seq
        client.call("POST", "/v1/push", json={"envelopes": batch})
        pushed += len(batch)


def _pull(vault: Vault, client: Client, epoch: str, cursor: int, report: RoundReport,
          stop_after: str | None) -> int:
    while True:
        page = client.call("GET", "/v1/pull", params={"after": cursor, "epoch": epoch})
        if "epoch_changed" in page:
            epoch, cursor = page["epoch_changed"], 0
            syncstate.save_cursor(vault, epoch, cursor)
            continue
        items = page["items"]
        if not items:
            return cursor
        received = receive(vault, [item["envelope"].encode() for item in items])
        if stop_after == "apply":
            return cursor  # applied, cursor not saved: the next round re-pulls, skips them
        cursor = int(items[-1]["seq"])
        syncstate.save_cursor(vault, epoch, cursor)
        report.pulled += len(items)
        report.applied += received.applied
        report.conflicts += received.conflicts
        report.quarantined += received.quarantined
        if not page.get("more"):
            return cursor


def enrolment_token(vault: Vault, transport: httpx.BaseTransport | None = None) -> str:
    """Ask the server for a one-time token another laptop of this house can join with."""
    link = syncstate.server_link(vault.conn)
    if link is None:
        raise SyncError(tr("This laptop is not connected to a server yet."))
    client = Client(link.url, link.device_token, transport=transport)
    try:
        return str(client.call("POST", "/v1/enrol", json={})["enrol_token"])
    finally:
        client.close()


def join_server(vault: Vault, url: str, enrol_token: str,
                transport: httpx.BaseTransport | None = None) -> None:
    """Register a laptop that already holds the house's keys and roster (see enrolment)."""
    client = Client(url, transport=transport)
    try:
        answer = client.call("POST", "/v1/join", json={"enrol_token": enrol_token,
                                                       "device_id": vault.device_id})
    finally:
        client.close()
    syncstate.save_server_link(vault, url, answer["device_token"], answer["epoch"])
