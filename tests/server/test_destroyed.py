"""Destroyed change sets on the server (issue 30, item 5): dropped with the runs that
carried them and their other members (for their laptops to send again), refused for
ever after, alone or in a run; the digest and the house's bytes follow."""

from __future__ import annotations

from pathlib import Path

from safehaven.server import admin, destroyed
from safehaven.server.storage import DeviceAuth, Item, Storage
from safehaven.sync.envelope import digest
from tests.server.live import store_at


def _house(storage: Storage) -> DeviceAuth:
    org_id = admin.add_org(storage, "Harbour").id
    _, token = admin.add_house(storage, "Harbour", "Casa Harbour")
    storage.register(token, "site", "dev")
    return DeviceAuth("dev", "site", org_id)


def _ids(storage: Storage) -> list[str]:
    return storage.ids("site", 0, 100)[0]


def test_destroyed_change_sets_leave_with_their_runs_and_never_come_back(
        tmp_path: Path, server_db: str | None) -> None:
    storage = Storage(store_at(tmp_path / "s", server_db))
    try:
        auth = _house(storage)
        run = b"r" * 32
        storage.push(auth, [Item("cs-1", "dev", 1, b"alone-1"),
                            Item("cs-2", "dev", 2, b"RUN-ENVELOPE", run),
                            Item("cs-3", "dev", 3, b"RUN-ENVELOPE", run),
                            Item("cs-4", "dev", 4, b"alone-4")])
        used = storage.state("site")
        assert destroyed.destroy(storage, "site", ["cs-2", "cs-4"]) == (2, 1)
        assert _ids(storage) == ["cs-1"]  # cs-3 went with its run
        assert storage.state("site")["digest"] == digest(["cs-1"])
        assert storage.fetch("site", ["cs-2", "cs-3"]) == []
        # the laptop sends cs-3 again, sealed anew; the destroyed ones are refused, alone
        # or in a run (whose ciphertext would hold them)
        assert storage.push(auth, [Item("cs-3", "dev", 3, b"resealed-3")]) == 1
        assert storage.push(auth, [Item("cs-4", "dev", 4, b"alone-4")]) == 0
        old = b"o" * 32
        assert storage.push(auth, [Item("cs-2", "dev", 2, b"OLD-RUN", old),
                                   Item("cs-5", "dev", 5, b"OLD-RUN", old)]) == 0
        assert _ids(storage) == ["cs-1", "cs-3"]
        assert storage.state("site")["digest"] == digest(["cs-1", "cs-3"])
        assert storage.fetch("site", ["cs-3"]) == [b"resealed-3"]
        assert used["count"] == 4
        assert destroyed.destroy(storage, "site", ["cs-2"]) == (0, 0)  # told twice: nothing
    finally:
        storage.close()
