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
from typing import Any, NotRequired, TypedDict

VERSION_HEADER = "safehaven-version"  # the laptop's app version: a server may ask for newer

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
    NOT_FOUND = "not_found"
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
    house_token: str
    org_token: str        # the same, for servers of the first release
    site_id: str
    device_id: str
    public_key: str
    manager_key: str | None


class RegisterAnswer(TypedDict):
    device_token: str
    epoch: str


class JoinAnswer(TypedDict):
    device_id: str
    package: str
    device_token: str
    epoch: str


class PushRequest(TypedDict):
    envelopes: list[str]
    public_key: str | None


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


def page_items(items: Iterable[tuple[int, bytes, bytes | None]]) -> dict[str, Any]:
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
    return {"items": out, "runs": texts} if texts else {"items": out}


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
    app: AppVersions
    at: dict[str, str]        # position -> change set id, for the positions asked


class IdsPage(TypedDict):
    ids: list[str]
    cursor: int
    more: bool


class FetchRequest(TypedDict):
    ids: list[str]


class FetchAnswer(TypedDict):
    envelopes: list[str]


def error_answer(code: ErrorCode, message: str, **extra: Any) -> dict[str, Any]:
    """An error body: the code for code, the words for people."""
    return {"code": code.value, "error": message, **extra}
