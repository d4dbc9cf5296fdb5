"""The server as a round sees it: one typed method per request of sync/protocol.py.

`SyncApi` is what a round needs of a server; `HttpApi` speaks it over HTTP through
`Client` (retries, the shared decoder on every answer). A round never names a path or
reads a raw answer, so another carrier (an in-process server, a recording for a test)
is one class that keeps these signatures.
"""

from __future__ import annotations

import base64
import gzip
import json
from typing import Any, Protocol

from safehaven.sync import protocol
from safehaven.sync.client import Client
from safehaven.sync.protocol import (
    ChunkForgetAnswer,
    ChunkGetAnswer,
    ChunkHaveAnswer,
    ChunkPutAnswer,
    DestroyAnswer,
    FetchAnswer,
    IdsPage,
    MailDoneAnswer,
    MailFetchAnswer,
    MailInbox,
    MailSendAnswer,
    ManagersAnswer,
    PullPage,
    PushAnswer,
    RevokeAnswer,
    StateAnswer,
)
from safehaven.sync.reissue_protocol import HANDOFF, REISSUE, HandoffAnswer, ReissueAnswer


class SyncApi(Protocol):
    @property
    def clock_offset(self) -> float | None:
        """The server's clock minus this laptop's, in seconds, when an answer said."""

    def state(self, at: list[int] | None = None) -> StateAnswer: ...
    def push(self, envelopes: list[str], public_key: str | None) -> PushAnswer: ...
    def pull(self, after: int, epoch: str, own: bool) -> PullPage: ...
    def ids(self, after: int) -> IdsPage: ...
    def fetch(self, ids: list[str]) -> FetchAnswer: ...
    def revoke(self, signed: dict[str, Any]) -> RevokeAnswer: ...
    def managers(self, signed: dict[str, Any]) -> ManagersAnswer: ...
    def chunks_put(self, chunks: list[tuple[str, bytes]]) -> ChunkPutAnswer: ...
    def chunks_have(self, ids: list[str]) -> ChunkHaveAnswer: ...
    def chunks_get(self, ids: list[str]) -> ChunkGetAnswer: ...
    def chunks_forget(self, signed: dict[str, Any]) -> ChunkForgetAnswer: ...
    def reissue(self, items: list[dict[str, Any]]) -> int: ...
    def handoff(self) -> HandoffAnswer: ...
    def use_token(self, token: str) -> None: ...
    def destroy(self, signed: dict[str, Any]) -> DestroyAnswer: ...
    def mail_send(self, signed: dict[str, Any]) -> MailSendAnswer: ...
    def mail_inbox(self) -> MailInbox: ...
    def mail_fetch(self, item_id: str) -> MailFetchAnswer: ...
    def mail_done(self, signed: dict[str, Any]) -> MailDoneAnswer: ...


class HttpApi:
    """`SyncApi` over a `Client`: the house's server, reached by HTTPS."""

    def __init__(self, client: Client) -> None:
        self.client = client

    @property
    def clock_offset(self) -> float | None:
        return self.client.clock_offset

    def state(self, at: list[int] | None = None) -> StateAnswer:
        params = {"at": ",".join(str(q) for q in at)} if at else {}
        return self.client.ask(StateAnswer, "GET", protocol.STATE, params=params)

    def push(self, envelopes: list[str], public_key: str | None) -> PushAnswer:
        body = json.dumps({"envelopes": envelopes, "public_key": public_key}).encode()
        return self.client.ask(PushAnswer, "POST", protocol.PUSH,
                               content=gzip.compress(body, 6),
                               headers={"content-type": "application/json",
                                        "content-encoding": "gzip"})

    def pull(self, after: int, epoch: str, own: bool) -> PullPage:
        return self.client.ask(PullPage, "GET", protocol.PULL,
                               params={"after": after, "epoch": epoch, "own": int(own)})

    def ids(self, after: int) -> IdsPage:
        return self.client.ask(IdsPage, "GET", protocol.IDS, params={"after": after})

    def fetch(self, ids: list[str]) -> FetchAnswer:
        return self.client.ask(FetchAnswer, "POST", protocol.FETCH, json={"ids": ids})

    def revoke(self, signed: dict[str, Any]) -> RevokeAnswer:
        return self.client.ask(RevokeAnswer, "POST", protocol.REVOKE, json=signed)

    def managers(self, signed: dict[str, Any]) -> ManagersAnswer:
        return self.client.ask(ManagersAnswer, "POST", protocol.MANAGERS, json=signed)

    def chunks_put(self, chunks: list[tuple[str, bytes]]) -> ChunkPutAnswer:
        body = {"chunks": [{"id": cid, "data": base64.b64encode(data).decode()}
                           for cid, data in chunks]}
        return self.client.ask(ChunkPutAnswer, "POST", protocol.CHUNKS_PUT, json=body)

    def chunks_have(self, ids: list[str]) -> ChunkHaveAnswer:
        return self.client.ask(ChunkHaveAnswer, "POST", protocol.CHUNKS_HAVE, json={"ids": ids})

    def chunks_get(self, ids: list[str]) -> ChunkGetAnswer:
        return self.client.ask(ChunkGetAnswer, "POST", protocol.CHUNKS_GET, json={"ids": ids})

    def chunks_forget(self, signed: dict[str, Any]) -> ChunkForgetAnswer:
        return self.client.ask(ChunkForgetAnswer, "POST", protocol.CHUNKS_FORGET, json=signed)

    def reissue(self, items: list[dict[str, Any]]) -> int:
        """New tokens for the house's laptops, each signed by a manager (sync/reissue.py)."""
        return self.client.ask(ReissueAnswer, "POST", REISSUE, json={"items": items})[
            "reissued"]

    def handoff(self) -> HandoffAnswer:
        """This laptop's hand-off, asked with its old token."""
        return self.client.ask(HandoffAnswer, "GET", HANDOFF)

    def use_token(self, token: str) -> None:
        """The rest of the round goes with this laptop's re-issued token."""
        self.client.http.headers["authorization"] = f"Bearer {token}"

    def destroy(self, signed: dict[str, Any]) -> DestroyAnswer:
        return self.client.ask(DestroyAnswer, "POST", protocol.DESTROY, json=signed)

    def mail_send(self, signed: dict[str, Any]) -> MailSendAnswer:
        return self.client.ask(MailSendAnswer, "POST", protocol.MAIL_SEND, json=signed)

    def mail_inbox(self) -> MailInbox:
        return self.client.ask(MailInbox, "GET", protocol.MAIL_INBOX)

    def mail_fetch(self, item_id: str) -> MailFetchAnswer:
        return self.client.ask(MailFetchAnswer, "POST", protocol.MAIL_FETCH,
                               json={"id": item_id})

    def mail_done(self, signed: dict[str, Any]) -> MailDoneAnswer:
        return self.client.ask(MailDoneAnswer, "POST", protocol.MAIL_DONE, json=signed)
