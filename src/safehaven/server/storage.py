"""The server's storage: houses, devices, and a per-site log of sealed change sets.

It never holds a key or a record: each row is an envelope (ciphertext plus the routing
header) with the sequence number the server gave it, and enrolment packages are sealed
with a secret the server never sees.

`Storage` is its parts together, each a module named for what it does: the connection
they share (`connected`), houses and laptops joining (`enrolling`), the laptops' tokens
and keys (`devices`), the log's writes (`log_writes`: how numbers are handed out) and
reads (`log_reads`); what they take and give is in `shapes`. Organisations and houses
are managed in `server/admin.py`; the schema is in `server/migrations.py`.
"""

from __future__ import annotations

import secrets
import threading
from pathlib import Path

from safehaven.i18n import tr
from safehaven.server import migrations
from safehaven.server.db import POSTGRES_PREFIXES, Backend, open_backend
from safehaven.server.devices import SEEN_EVERY, Devices
from safehaven.server.enrolling import ENROLMENT_DAYS, Enrolling
from safehaven.server.log_reads import LogReads
from safehaven.server.log_writes import ANALYZE_AFTER, LogWrites
from safehaven.server.shapes import DeviceAuth, Item, NoStore, Pulled, Refused, token_hash

__all__ = ["ANALYZE_AFTER", "ENROLMENT_DAYS", "SEEN_EVERY", "DeviceAuth", "Item", "NoStore",
           "Pulled", "Refused", "Storage", "token_hash"]


class Storage(Enrolling, Devices, LogWrites, LogReads):
    """The server's database; thread-safe. `default_quota` (bytes) applies to houses
    without a quota of their own; None means no limit."""

    def __init__(self, where: Path | str, *, pool_size: int = 10,
                 default_quota: int | None = None, new_epoch: bool = False,
                 create: bool = True) -> None:
        self.where = str(where)
        self.default_quota = default_quota
        postgres = self.where.startswith(POSTGRES_PREFIXES)
        if not create and not postgres and not Path(where).is_file():
            raise NoStore(tr("There is no server store at {path}: set one up with "
                             "`safehaven server init` (or check SAFEHAVEN_DATA).", path=where))
        self.backend: Backend = open_backend(where, pool_size)
        self._growth = threading.Lock()
        self._grown, self._analyzed = 0, 0  # change sets stored since, and at, the last
        try:
            if not create:
                with self.read() as db:
                    if "orgs" not in self.backend.tables(db):
                        raise NoStore(tr(
                            "The PostgreSQL database holds no server store: set one up "
                            "with `safehaven server init` (or check SAFEHAVEN_DB_URL)."))
            migrations.migrate(self.backend)
            with self.tx() as db:
                # The epoch is made once, with the store, and renewed only by a restore:
                # restarts cost the laptops nothing. Each laptop also checks, every round,
                # that the server still holds the change sets at the positions it pulled
                # (`ids_at`), so a copy put back by other means is noticed too.
                keep = "DO NOTHING" if not new_epoch else "DO UPDATE SET value = excluded.value"
                db.run(f"INSERT INTO meta (key, value) VALUES ('epoch', {db.p}) ON CONFLICT "
                       f"(key) {keep}", (secrets.token_hex(8),))
        except BaseException:
            self.backend.close()
            raise
