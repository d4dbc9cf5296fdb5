"""The sync protocol, in one place: the paths, the payloads and the error codes that the
laptop's client (sync/client.py, sync/enrolment.py), the server (server/app.py) and the
app's background sync (through services/sync_status.py) share.

Every answer the server refuses carries a `code` (`ErrorCode`) beside its `error` words;
code on either side decides on the code and shows the words. Servers before codes sent
only the words: a laptop then goes by the HTTP status (see `error_code`).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from types import UnionType
from typing import (
    Any,
    NotRequired,
    TypedDict,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)
from urllib.parse import quote, unquote

from safehaven.sync.reissue_protocol import HeldStatement

VERSION_HEADER = "safehaven-version"  # the laptop's app version: a server may ask for newer
# The wire protocol's version, sent by every laptop from 0.2.0 (`PROTOCOL_HEADER`; none
# sent: 1). A server adds a field an older laptop's strict decoder would refuse only for
# laptops that say they read it. 2: the enrolment answer says when the code expires.
# 3: the state answer carries the server's signature over what it holds (`held`) and the
#    newest run format the server stores (`runs`).
# Envelope formats have numbers of their own (sync/envelope.py, sync/runs.py); a laptop
# sets aside one of a newer format and says to update (sync/engine.py).
PROTOCOL_VERSION = 3
PROTOCOL_HEADER = "safehaven-protocol"
# The laptop's name as its house gave it ("Office laptop"), percent-encoded UTF-8, so that
# the server's admin can tell a lost laptop from the others (issue 33, item 8). Plain: it
# names a place or a role, never a child (docs/architecture.md, the threat table).
DEVICE_NAME_HEADER = "safehaven-device-name"
DEVICE_NAME_MAX = 80


def device_name_header(name: str) -> str:
    return quote(name[:DEVICE_NAME_MAX], safe="")


def device_name_from(header: str | None) -> str | None:
    """The name a laptop declared, made safe to show in a terminal or a log: decoded,
    control characters dropped, at most DEVICE_NAME_MAX characters; None when absent or
    empty."""
    if not header:
        return None
    text = unquote(header[:DEVICE_NAME_MAX * 12], errors="replace")
    clean = "".join(c for c in text if c.isprintable()).strip()[:DEVICE_NAME_MAX]
    return clean or None

HEALTH = "/v1/health"
REGISTER = "/v1/register"
ENROL = "/v1/enrol"
JOIN = "/v1/join"
REVOKE = "/v1/revoke"
MANAGERS = "/v1/managers"
PUSH = "/v1/push"
PULL = "/v1/pull"
STATE = "/v1/state"
IDS = "/v1/ids"
FETCH = "/v1/fetch"
CHUNKS_PUT = "/v1/chunks/put"
CHUNKS_HAVE = "/v1/chunks/have"
CHUNKS_GET = "/v1/chunks/get"
CHUNKS_FORGET = "/v1/chunks/forget"
DESTROY = "/v1/destroy"
MAIL_SEND = "/v1/mail/send"
MAIL_INBOX = "/v1/mail/inbox"
MAIL_FETCH = "/v1/mail/fetch"
MAIL_DONE = "/v1/mail/done"
METRICS = "/metrics"

PULL_LIMIT = 2000  # change sets per page: a page is one transaction on the laptop
FETCH_LIMIT = 2000  # ids per fetch


class ErrorCode(StrEnum):
    BAD_REQUEST = "bad_request"
    UNAUTHORIZED = "unauthorized"          # no token, or one the server does not know
    FORBIDDEN = "forbidden"                # a token that may not do this
    NOT_MANAGER = "not_manager"            # needs a manager's signature it lacks
    CODE_REFUSED = "code_refused"          # an enrolment code unknown, used or expired
    ALREADY_EXISTS = "already_exists"      # a house, device or enrolment registered before
    EPOCH_CHANGED = "epoch_changed"        # the server's log is not the one pulled from
    TOO_LARGE = "too_large"
    UNSUPPORTED_ENCODING = "unsupported_encoding"
    APP_TOO_OLD = "app_too_old"            # with "app": AppVersions
    RATE_LIMITED = "rate_limited"          # with a Retry-After header
    QUOTA_FULL = "quota_full"              # the house's storage quota is reached
    SERVER_FULL = "server_full"            # the server's own disk is full (507 too)
    DATABASE_UNAVAILABLE = "database_unavailable"  # 503: its PostgreSQL is down or full
    NOT_FOUND = "not_found"
    RELAY_QUOTA = "relay_quota"            # a token stored its hour's others' change sets
    TOKEN_REISSUED = "token_reissued"  # noqa: S105 - replaced after a removal: see the hand-off
    SERVER_ERROR = "server_error"


_BY_STATUS = {400: ErrorCode.BAD_REQUEST, 401: ErrorCode.UNAUTHORIZED,
              403: ErrorCode.FORBIDDEN, 404: ErrorCode.NOT_FOUND,
              409: ErrorCode.ALREADY_EXISTS, 413: ErrorCode.TOO_LARGE,
              415: ErrorCode.UNSUPPORTED_ENCODING, 426: ErrorCode.APP_TOO_OLD,
              429: ErrorCode.RATE_LIMITED, 507: ErrorCode.QUOTA_FULL}


def code_for_status(status: int) -> ErrorCode:
    """The code an answer with this HTTP status means when nothing more specific is said."""
    return _BY_STATUS.get(status, ErrorCode.SERVER_ERROR if status >= 500
                          else ErrorCode.BAD_REQUEST)


def error_code(status: int, doc: Any) -> ErrorCode:
    """The code of an error answer: its `code` field, or (a server before codes) what its
    status means. A 409 from such a server's pull was always its epoch changing."""
    code = doc.get("code") if isinstance(doc, dict) else None
    if isinstance(code, str):
        try:
            return ErrorCode(code)
        except ValueError:  # a code from a newer server: its status still says enough
            pass
    return code_for_status(status)


class AppVersions(TypedDict):
    minimum: str
    latest: str


class ErrorAnswer(TypedDict):
    code: str            # an ErrorCode
    error: str           # words for people (and for laptops before codes)
    epoch: NotRequired[str]          # with EPOCH_CHANGED: the server's epoch now
    app: NotRequired[AppVersions]    # with APP_TOO_OLD


class HealthAnswer(TypedDict):
    ok: bool
    epoch: str
    app: AppVersions


class RegisterRequest(TypedDict):
    house_token: NotRequired[str]
    org_token: NotRequired[str]     # the same, the only name laptops of the first release send
    site_id: str
    device_id: str
    public_key: NotRequired[str | None]   # its signing key (64 hex digits)
    manager_key: NotRequired[str | None]  # the manager connecting the house


class RegisterAnswer(TypedDict):
    device_token: str
    epoch: str


class JoinAnswer(TypedDict):
    device_id: str
    package: str
    device_token: str
    epoch: str


class EnrolRequest(TypedDict):
    """An enrolment package left for a newcomer's laptop; signed by a manager once the
    house has manager keys on the server (`by`, `at`, `sig` as in `RevokeRequest`)."""
    enrol_id: str
    device_id: str
    package: str
    public_key: NotRequired[str | None]
    by: NotRequired[str]
    at: NotRequired[str]
    sig: NotRequired[str]


class EnrolAnswer(TypedDict):
    ok: bool
    # protocol 2: when the code stops working (ISO 8601, UTC), as the server keeps it
    expires: NotRequired[str]


class RevokeRequest(TypedDict):
    devices: list[str]
    by: NotRequired[str]    # the manager's public key, one the house registered
    at: NotRequired[str]    # when signed (ISO 8601): a day's grace either way
    sig: NotRequired[str]   # base64 Ed25519 over envelope.revocation_text


class RevokeAnswer(TypedDict):
    revoked: int


class ManagersRequest(TypedDict):
    keys: list[str]
    by: NotRequired[str]
    at: NotRequired[str]
    sig: NotRequired[str]


class ManagersAnswer(TypedDict):
    managers: int


class PushRequest(TypedDict):
    envelopes: list[str]
    public_key: NotRequired[str | None]  # laptops of the first releases sent none


class PushAnswer(TypedDict):
    stored: int
    # where the new ones landed, when any did: a laptop whose cursor stood at first - 1
    # moves it to last and takes digest as the server's (one request less a round)
    first: NotRequired[int]
    last: NotRequired[int]
    last_id: NotRequired[str]
    count: NotRequired[int]   # the log's last position after them
    digest: NotRequired[str]  # the house's digest after them


class PullItem(TypedDict):
    seq: int
    envelope: NotRequired[str]   # a change set sealed alone
    run: NotRequired[int]        # one of a run: its envelope is the page's runs[run]


class PullPage(TypedDict):
    epoch: str
    more: bool
    cursor: int
    cursor_id: str | None
    items: list[PullItem]
    runs: NotRequired[list[str]]  # each run envelope of the page, once
    count: NotRequired[int]   # on the last page: the log's last position and digest
    digest: NotRequired[str]


class JoinRequest(TypedDict):
    enrol_token: str


# -- the one decoder -------------------------------------------------------------------------
_T = TypeVar("_T")


class MessageError(ValueError):
    """A message (a request on the server, an answer on the laptop) that is not of its
    declared type: which field, and why. Its code is what the server answers with."""

    code = ErrorCode.BAD_REQUEST

    def __init__(self, kind: type, where: str, why: str) -> None:
        super().__init__(f"{kind.__name__}: {where or 'the message'} {why}")
        self.where, self.why = where, why


def decode(kind: type[_T], doc: Any) -> _T:
    """`doc` (parsed JSON) as the TypedDict `kind`, or `MessageError`: every required field
    there, no field `kind` does not declare, each of its declared type (an int is never a
    bool; nested types checked all the way down). The same check on both sides: the server
    decodes requests with it, the laptop answers."""
    _check(kind, kind, doc, "")
    return cast(_T, doc)


@cache
def _fields(kind: type) -> tuple[dict[str, Any], frozenset[str]]:
    hints = get_type_hints(kind, include_extras=True)
    # from the hints, not __required_keys__: with postponed annotations Python 3.11 cannot
    # see NotRequired when it builds the class
    required = frozenset(k for k, v in hints.items() if get_origin(v) is not NotRequired
                         and getattr(kind, "__total__", True))
    return {k: _strip(v) for k, v in hints.items()}, required


def _strip(hint: Any) -> Any:
    """NotRequired[X] -> X."""
    return get_args(hint)[0] if get_origin(hint) is NotRequired else hint


def _check(top: type, hint: Any, value: Any, where: str) -> None:
    origin = get_origin(hint)
    if isinstance(hint, type) and hasattr(hint, "__required_keys__"):  # a TypedDict
        if not isinstance(value, dict):
            raise MessageError(top, where, "is not an object")
        fields, required = _fields(hint)
        for name in value:
            if name not in fields:
                raise MessageError(top, _at(where, str(name)), "is not a field of it")
        for name in required:
            if name not in value:
                raise MessageError(top, _at(where, name), "is missing")
        for name, item in value.items():
            _check(top, fields[name], item, _at(where, name))
    elif origin in (UnionType, Union):
        if not any(_fits(top, option, value, where) for option in get_args(hint)):
            raise MessageError(top, where, "has the wrong type")
    elif origin is list:
        if not isinstance(value, list):
            raise MessageError(top, where, "is not a list")
        (item,) = get_args(hint)
        for n, element in enumerate(value):
            _check(top, item, element, f"{where}[{n}]")
    elif origin is dict:
        if not isinstance(value, dict):
            raise MessageError(top, where, "is not an object")
        _, item = get_args(hint)
        if item is int:  # a map of numbers (a state's 20,000 laptops): one pass, no calls
            bad = next((k for k, e in value.items() if type(e) is not int), None)
            if bad is not None:
                raise MessageError(top, _at(where, str(bad)), "is not a whole number")
            return
        for key, element in value.items():
            _check(top, item, element, _at(where, str(key)))
    elif hint is Any:
        return
    elif hint is type(None):
        if value is not None:
            raise MessageError(top, where, "is not null")
    elif hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise MessageError(top, where, "is not a whole number")
    elif hint is bool or hint is str:
        if not isinstance(value, hint):
            raise MessageError(top, where, f"is not a {hint.__name__}")
    else:  # pragma: no cover - a type this decoder was not taught
        raise TypeError(f"decode cannot check {hint!r}")


def _fits(top: type, hint: Any, value: Any, where: str) -> bool:
    try:
        _check(top, hint, value, where)
    except MessageError:
        return False
    return True


def _at(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def page_items(items: Iterable[tuple[int, bytes, bytes | None]]
               ) -> tuple[list[PullItem], list[str]]:
    """A page's `items` and `runs` from (log position, envelope, run hash or None): a run
    shared by several change sets of the page travels once."""
    out: list[PullItem] = []
    runs: dict[bytes, int] = {}
    texts: list[str] = []
    for seq, envelope, run in items:
        if run is None:
            out.append({"seq": seq, "envelope": envelope.decode()})
            continue
        if run not in runs:
            runs[run] = len(texts)
            texts.append(envelope.decode())
        out.append({"seq": seq, "run": runs[run]})
    return out, texts


def page_envelopes(page: Any) -> list[bytes]:
    """The envelopes a page carries, each once, in order; `ValueError` for a page that is
    not of this shape (a hostile or broken server)."""
    if not isinstance(page, dict) or not isinstance(page.get("items", []), list):
        raise ValueError("not a page")
    runs = page.get("runs", [])
    if not isinstance(runs, list) or not all(isinstance(r, str) for r in runs):
        raise ValueError("not a page")
    out: list[bytes] = []
    used: set[int] = set()
    for item in page.get("items", []):
        if not isinstance(item, dict):
            raise ValueError("not a page item")
        run = item.get("run")
        if isinstance(run, int) and not isinstance(run, bool) and 0 <= run < len(runs):
            if run not in used:
                used.add(run)
                out.append(runs[run].encode())
        elif isinstance(item.get("envelope"), str):
            out.append(item["envelope"].encode())
        else:
            raise ValueError("not a page item")
    return out


class StateAnswer(TypedDict):
    epoch: str
    highest: dict[str, int]   # device id -> its highest change set number held
    count: int
    digest: str
    # servers of the first releases sent neither
    app: NotRequired[AppVersions]
    at: NotRequired[dict[str, str]]  # position -> change set id, for the positions asked
    held: NotRequired[HeldStatement]  # protocol 3: the server signs what it holds
    # protocol 3: the newest run envelope format the server stores (sync/runs.py); none
    # said: 3, the format every server since run envelopes stores
    runs: NotRequired[int]


class IdsPage(TypedDict):
    """The house's change set ids after a position, to reconcile."""
    ids: list[str]
    cursor: int
    more: bool


class FetchRequest(TypedDict):
    ids: list[str]


class FetchAnswer(TypedDict):
    envelopes: list[str]


class Chunk(TypedDict):
    """A piece of a document's content, encrypted on the laptop: `id` is the SHA-256 of
    its bytes (hex), `data` the bytes (base64)."""
    id: str
    data: str


class ChunkPutRequest(TypedDict):
    chunks: list[Chunk]


class ChunkPutAnswer(TypedDict):
    stored: int


class ChunkIdsRequest(TypedDict):
    ids: list[str]


class ChunkHaveAnswer(TypedDict):
    missing: list[str]


class ChunkGetAnswer(TypedDict):
    chunks: list[Chunk]   # those the server holds, up to a request's worth of bytes


class ChunkForgetRequest(TypedDict):
    """The content of removed documents, erased from the server: a manager's act."""
    ids: list[str]
    by: NotRequired[str]
    at: NotRequired[str]
    sig: NotRequired[str]


class ChunkForgetAnswer(TypedDict):
    forgotten: int


class DestroyRequest(TypedDict):
    """Destroyed change sets, dropped from the server's log and refused for ever, with the
    runs that carried them (their other members are sent again by their laptops): a
    manager's act (issue 30, item 5)."""
    ids: list[str]
    by: NotRequired[str]
    at: NotRequired[str]
    sig: NotRequired[str]


class DestroyAnswer(TypedDict):
    dropped: int  # change sets of the list the server held
    resend: int   # others dropped with their runs, for their laptops to send again


DESTROY_LIMIT = 2000  # ids per destroy request


class MailSendRequest(TypedDict):
    """A sealed transfer file (package or receipt) for another house of the organisation
    (issue 30, item 1): the server keeps it until that house takes it, and learns only its
    size and the two houses. A manager's act."""
    to: str     # the receiving house's site id
    data: str   # base64 of the file as written: it protects itself
    by: NotRequired[str]
    at: NotRequired[str]
    sig: NotRequired[str]   # over envelope.mail_text: the house, the time, `to`, the hash


class MailSendAnswer(TypedDict):
    id: str
    size: int


class MailItem(TypedDict):
    id: str
    sender: str   # the sending house's site id
    size: int
    at: str


class MailInbox(TypedDict):
    items: list[MailItem]


class MailIdRequest(TypedDict):
    id: str
    by: NotRequired[str]
    at: NotRequired[str]
    sig: NotRequired[str]   # on done: a manager's, over envelope.mail_done_text


class MailFetchAnswer(TypedDict):
    data: str


class MailDoneAnswer(TypedDict):
    removed: int


MAIL_LIMIT = 6 * 1024 * 1024  # bytes of one file through the server (bigger: by USB)
CHUNK_IDS_LIMIT = 2000  # ids per have/get/forget request
CHUNK_BYTES_LIMIT = 4 * 1024 * 1024  # chunk bytes per put or get


def protocol_of(value: str | None) -> int:
    """The protocol version a request's header says (none, or nonsense: 1)."""
    try:
        return max(1, int(value or "1"))
    except ValueError:
        return 1


def error_answer(code: ErrorCode, message: str, **extra: Any) -> dict[str, Any]:
    """An error body: the code for code, the words for people."""
    return {"code": code.value, "error": message, **extra}
