"""Transfer files through the server (issue 30, item 1): the same sealed package and
signed receipt as on a USB stick, left on the organisation's server for the other house
and taken from there. The files protect themselves (services/transfers.py); the server
checks that both houses are of one organisation and that a manager of the sending house
asked, and learns the size and the two houses only. Managers only."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.services.transfers import Incoming
from safehaven.store.crypto import Identity
from safehaven.store.files import atomic_write
from safehaven.sync.api import HttpApi
from safehaven.sync.client import linked_client
from safehaven.sync.envelope import mail_done_text, mail_text
from safehaven.sync.managers import manager_identity, manager_signed
from safehaven.sync.protocol import MAIL_LIMIT, MailItem
from safehaven.sync.transfer_file import TransferProblem, TransferRefused


def _manager(ctx: Context) -> Identity:
    ctx.require(Action.TRANSFER)
    found = manager_identity(ctx.vault)
    if found is None:  # a manager without an identity here (a recovery-key session)
        raise InvalidValue("staff", tr("Sign in with your own passphrase to do this."))
    return found


def post(ctx: Context, path: Path, to_site: str) -> str:
    """Leave a package or receipt for house `to_site` on the server; returns its id there."""
    manager = _manager(ctx)
    path = Path(path)
    if path.stat().st_size > MAIL_LIMIT:
        raise InvalidValue("file", tr("Too large to send through the server: take it on a "
                                      "USB stick."))
    data = path.read_bytes()
    digest_hex = hashlib.sha256(data).hexdigest()
    vault = ctx.vault

    def text(doc: dict[str, Any]) -> bytes:
        return mail_text(vault.site_id, doc, to_site, digest_hex)

    with linked_client(vault) as client:
        answer = HttpApi(client).mail_send(manager_signed(
            vault, manager, {"to": to_site, "data": base64.b64encode(data).decode()}, text))
    with ctx.write() as tx:
        tx.audit("transfer-post", None, answer["id"])
    return answer["id"]


def sender_site(incoming: Incoming) -> str:
    """The sending house's id, where its receipt goes (from the package's signed payload)."""
    try:
        return str(incoming.opened.payload["from"]["site_id"])
    except (KeyError, TypeError):
        raise TransferRefused(TransferProblem.MALFORMED) from None


def inbox(ctx: Context) -> list[MailItem]:
    """Transfer files other houses left for this one."""
    ctx.require(Action.TRANSFER)
    with linked_client(ctx.vault) as client:
        return HttpApi(client).mail_inbox()["items"]


def take(ctx: Context, item_id: str, out: Path) -> Path:
    """Save a file left for this house as `out` (it is sealed or signed: open it with
    `transfers.open_package` or `transfers.record_receipt`), then remove it from the
    server."""
    manager = _manager(ctx)
    vault = ctx.vault

    def text(doc: dict[str, Any]) -> bytes:
        return mail_done_text(vault.site_id, doc, item_id)

    with linked_client(vault) as client:
        api = HttpApi(client)
        data = base64.b64decode(api.mail_fetch(item_id)["data"], validate=True)
        atomic_write(Path(out), data)
        api.mail_done(manager_signed(vault, manager, {"id": item_id}, text))
    with ctx.write() as tx:
        tx.audit("transfer-take", None, item_id)
    return Path(out)
