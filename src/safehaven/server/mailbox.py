"""Transfer files between the houses of one organisation (issue 30, item 1).

A transfer package is sealed to the receiving house's managers and signed inside; its
receipt is signed by them. The server only keeps such a file until the receiving house
takes it: it checks that both houses are of the same organisation and that a manager of
the sending house signed the request, and it learns the file's size and the two houses,
nothing else. Each file counts towards the sending house's storage until taken.
"""

from __future__ import annotations

import secrets

from safehaven.server.shapes import now_text as _now
from safehaven.server.storage import Refused, Storage
from safehaven.sync.protocol import ErrorCode, MailItem


def send(storage: Storage, org_id: str, sender: str, recipient: str, data: bytes) -> str:
    with storage.tx() as db:
        p = db.p
        found = db.one(f"SELECT org_id FROM sites WHERE id = {p}", (recipient,))
        if found is None or str(found[0]) != org_id or recipient == sender:
            raise Refused(404, "no such house in this organisation", ErrorCode.NOT_FOUND)
        item_id = secrets.token_hex(16)
        db.run(f"INSERT INTO mail (id, org_id, sender, recipient, data, size, at) VALUES "
               f"({db.marks(7)})", (item_id, org_id, sender, recipient, data, len(data),
                                    _now()))
    return item_id


def inbox(storage: Storage, site_id: str) -> list[MailItem]:
    with storage.read() as db:
        return [{"id": str(i), "sender": str(s), "size": int(n), "at": str(a)}
                for i, s, n, a in db.all(f"SELECT id, sender, size, at FROM mail WHERE "
                                         f"recipient = {db.p} ORDER BY at, id", (site_id,))]


def fetch(storage: Storage, site_id: str, item_id: str) -> bytes:
    with storage.read() as db:
        found = db.one(f"SELECT data FROM mail WHERE id = {db.p} AND recipient = {db.p}",
                       (item_id, site_id))
    if found is None:
        raise Refused(404, "no such transfer file for this house", ErrorCode.NOT_FOUND)
    return bytes(found[0])


def done(storage: Storage, site_id: str, item_id: str) -> int:
    with storage.tx() as db:
        return db.run(f"DELETE FROM mail WHERE id = {db.p} AND recipient = {db.p}",
                      (item_id, site_id))
