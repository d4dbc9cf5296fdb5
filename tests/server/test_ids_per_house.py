"""A change set's id is unique within its house only: another organisation on the same
server can neither probe for it nor spoil a push by sending the same id first."""

from __future__ import annotations

from pathlib import Path

from safehaven.server import admin
from safehaven.server.storage import DeviceAuth, Item, Storage
from tests.server.live import store_at


def _house(storage: Storage, org: str, site: str, device: str) -> DeviceAuth:
    org_id = admin.add_org(storage, org).id
    _, token = admin.add_house(storage, org, f"Casa {org}")
    storage.register(token, site, device)
    return DeviceAuth(device, site, org_id)


def test_the_same_change_set_id_in_two_houses_is_two_change_sets(
        tmp_path: Path, server_db: str | None) -> None:
    storage = Storage(store_at(tmp_path / "s", server_db))
    try:
        ours = _house(storage, "Harbour", "site-ours", "dev-ours")
        theirs = _house(storage, "Elsewhere", "site-theirs", "dev-theirs")
        # the other organisation sends our next id first (it learnt or guessed it)
        assert storage.push(theirs, [Item("cs-1", "dev-theirs", 1, b"theirs")]) == 1
        # our push is kept all the same: for our house, cs-1 is new
        assert storage.push(ours, [Item("cs-1", "dev-ours", 1, b"ours")]) == 1
        assert storage.push(ours, [Item("cs-1", "dev-ours", 1, b"ours")]) == 0  # once per house
        items, _, _ = storage.pull("site-ours", 0, 10, 1 << 20)
        assert [item.envelope for item in items] == [b"ours"]
        items, _, _ = storage.pull("site-theirs", 0, 10, 1 << 20)
        assert [item.envelope for item in items] == [b"theirs"]
    finally:
        storage.close()


def test_two_server_processes_taking_the_same_run_at_once_keep_it_once(
        tmp_path: Path, server_db: str | None) -> None:
    """Two laptops relay the same run through two server processes at the same moment
    (refilling a restored server): one keeps it, the other finds it held; neither fails."""
    import threading

    url = store_at(tmp_path / "s", server_db)
    first, second = Storage(url), Storage(url)
    try:
        auth = _house(first, "Harbour", "site-ours", "dev-ours")
        for attempt in range(15):
            run = f"run-{attempt}".encode().ljust(32, b".")
            items = [Item(f"cs-{attempt}-{n}", "dev-ours", 100 * attempt + n + 1,
                          b"the run's envelope", run) for n in range(20)]
            stored: list[int] = []
            failed: list[BaseException] = []
            start = threading.Barrier(2)

            def push(storage: Storage, items: list[Item], start: threading.Barrier,
                     stored: list[int], failed: list[BaseException]) -> None:
                start.wait()
                try:
                    stored.append(storage.push(auth, items))
                except BaseException as exc:  # a unique key violated: the race lost
                    failed.append(exc)

            threads = [threading.Thread(target=push, args=(s, items, start, stored, failed))
                       for s in (first, second)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert failed == [] and sorted(stored) == [0, 20]
        state = first.state("site-ours")
        assert state["count"] == 15 * 20
    finally:
        first.close()
        second.close()
