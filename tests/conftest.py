"""Shared fixtures: real SQLCipher vaults in temporary folders, with the cheapest KDF allowed."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

# No test reads the real date: every process of the run (the CLI's subprocesses too) starts
# its clock at the house fixture's moment, so the suite passes on any day (see clock.py).
NOW = datetime(2026, 11, 26, 9, 30)
os.environ["SAFEHAVEN_NOW"] = NOW.isoformat()

from safehaven import clock  # noqa: E402  (after the clock's environment is set)

clock.install(clock.from_environment())

from safehaven.domain.vocab import Role  # noqa: E402
from safehaven.services import staff  # noqa: E402
from safehaven.services.context import Context  # noqa: E402
from safehaven.store import crypto  # noqa: E402
from safehaven.store.vault import Vault  # noqa: E402

PASSPHRASE = "correct horse battery"
FAST = crypto.MIN_KDF


# Argon2id is a pure function of (passphrase, salt, parameters): a test process derives each
# key once and remembers it. Every derivation is still the real one at the real parameters
# (the floor and the defaults are untouched), and a wrong passphrase still gives a wrong key;
# what goes is paying 0.2-0.6 s again each time a walkthrough's command, a window or a copy
# of a template vault unlocks with the same passphrase and slot salt (session 14: most of the
# CLI walkthroughs' and the UI tests' time). Processes the tests start derive as before.
_derive_uncached = crypto.derive_from_passphrase


@functools.lru_cache(maxsize=4096)
def _derive_remembered(passphrase: str, salt: bytes, params: crypto.KdfParams) -> bytes:
    return _derive_uncached(passphrase, salt, params)


crypto.derive_from_passphrase = _derive_remembered  # type: ignore[assignment]


@dataclass
class House:
    folder: Path
    vault: Vault
    recovery: str
    manager: Context
    staff: Context
    clinician: Context


@pytest.fixture(autouse=True, scope="session")
def private_log_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Tests (and the CLI processes they start) log into a folder of their own."""
    import os

    folder = tmp_path_factory.mktemp("logs")
    old = os.environ.get("SAFEHAVEN_LOG_DIR")
    os.environ["SAFEHAVEN_LOG_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("SAFEHAVEN_LOG_DIR", None)
    else:
        os.environ["SAFEHAVEN_LOG_DIR"] = old


@dataclass(frozen=True)
class _Template:
    """A house made once per run; each test gets a copy, opened with the keys kept here
    (three Argon2id derivations and a new database per test were most of the suite's
    setup time)."""

    folder: Path
    recovery: str
    master: bytes
    manager_id: str
    identities: dict  # staff id -> Identity: who may sign on the copy
    worker: object
    clinician: object


@pytest.fixture(scope="session")
def _house_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Template]:
    folder = tmp_path_factory.mktemp("house-template") / "vault"
    vault, recovery = Vault.create(folder, house="Casa Prueba", organisation="Test Org",
                                   staff_name="Maria Manager", passphrase=PASSPHRASE, kdf=FAST)
    manager = Context.for_vault(vault, now=lambda: NOW)
    worker = staff.add(manager, "Sam Staff", Role.STAFF, PASSPHRASE, FAST).record
    clinician = staff.add(manager, "Cleo Clinician", Role.CLINICIAN, PASSPHRASE, FAST).record
    made = _Template(folder, recovery, vault._master_key, vault.staff_id or "",
                     dict(vault.signers), worker, clinician)
    vault.close()
    yield made


def open_copy(t: _Template, source: Path, folder: Path) -> House:
    """A copy of `source` (the template's folder, or a house made from a copy of it, so its
    keys are the template's) at `folder`, open as its three people; close its vault."""
    import shutil

    from safehaven.store.vault_files import load_keys

    shutil.copytree(source, folder)
    vault = Vault._open_with_master(folder, load_keys(folder), t.master, t.manager_id,
                                    t.identities[t.manager_id])
    vault.signers.update(t.identities)
    vault.refresh_restricted()
    manager = Context.for_vault(vault, now=lambda: NOW)
    return House(folder, vault, t.recovery, manager,
                 Context(vault, t.worker, now=lambda: NOW),  # type: ignore[arg-type]
                 Context(vault, t.clinician, now=lambda: NOW))  # type: ignore[arg-type]


@pytest.fixture
def house(tmp_path: Path, _house_template: _Template) -> Iterator[House]:
    made = open_copy(_house_template, _house_template.folder, tmp_path / "vault")
    yield made
    made.vault.close()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A PostgreSQL cluster for the whole run, or a skip that says why there is none."""
    from tests import pg_cluster as pg

    cluster, reason = pg.start()
    if cluster is None:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db(request: pytest.FixtureRequest) -> str | None:
    """Each server test runs on SQLite (None) and on PostgreSQL (its address)."""
    if request.param == "sqlite":
        return None
    from tests import pg_cluster as pg

    cluster = request.getfixturevalue("pg_cluster")
    return pg.fresh_database(cluster, f"t_{abs(hash(request.node.nodeid)):x}")


# -- the quick loop ---------------------------------------------------------------------------
# `make test-fast` runs `pytest -m "not slow"`. Besides tests marked slow by hand, these are:
# whole files that drive many subprocesses or run sync at scale, and every property-based
# (hypothesis) test. `make test` runs everything.
SLOW_FILES = (
    "tests/test_cli_care.py",          # every record kind through the CLI, one process each
    "tests/test_logs.py",              # a whole demo house, then every log line read
    "tests/sync/test_convergence.py",  # stateful hypothesis runs of several laptops
    "tests/sync/test_faults.py",       # five hundred faulty rounds, on SQLite and PostgreSQL
    "tests/sync/test_crash_points.py",
    "tests/sync/test_sync_cli.py",     # a live server and laptops through the CLI
)


# And the tests measured slowest (tests/slow_tests.txt: one `file::test` a line, every
# parametrisation of it included), so that `make test-fast` stays within 90 s on two cores.
SLOW_TESTS = Path(__file__).with_name("slow_tests.txt")


def _slow_tests() -> frozenset[str]:
    lines = SLOW_TESTS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    slow = pytest.mark.slow
    measured = _slow_tests()
    for item in items:
        path = item.path.relative_to(config.rootpath).as_posix()
        name = f"{path}::{item.nodeid.split('::', 1)[1].split('[', 1)[0]}"
        is_property = getattr(getattr(item, "obj", None), "is_hypothesis_test", False)
        if path in SLOW_FILES or name in measured or is_property:
            item.add_marker(slow)
