"""The command line as admins and scripts use it: real vault files, each command run as
`python -m safehaven` would be (in the test's process, see tests/cli_inproc.py; a real
process where the process is what is tested: a fresh interpreter's --version, no terminal,
a vault that is not there)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_inproc import run_cli

PASS = "cli test passphrase"


def run(*args: str, passphrase: str | None = PASS, process: bool = False,
        **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    if passphrase is not None:
        environ["SAFEHAVEN_PASSPHRASE"] = passphrase
    environ.update(env)
    if not process:
        return run_cli(list(args), environ)
    return subprocess.run([sys.executable, "-m", "safehaven", *args], capture_output=True,
                          text=True, env=environ, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "vault"
    done = run("--vault", str(folder), "init", "--house", "Casa Luz", "--staff-name", "Rosa")
    assert done.returncode == 0, done.stderr
    recovery = done.stdout.strip().splitlines()[-1]
    assert len(recovery.split("-")) == 14
    (folder.parent / "recovery.txt").write_text(recovery)
    return folder


def test_resident_and_checkin_round_trip(vault: Path) -> None:
    added = run("--vault", str(vault), "resident", "add", "--preferred-name", "Mădălina",
                "--dob", "2011-05-04", "--stage", "stabilization", "--json")
    assert added.returncode == 0, added.stderr
    rid = json.loads(added.stdout)["id"]
    checkin = run("--vault", str(vault), "checkin", "add", "--resident", rid, "--mood", "4",
                  "--feels-safe", "somewhat", "--flag", "runaway", "--note", "quiet")
    assert checkin.returncode == 0, checkin.stderr
    listed = json.loads(run("--vault", str(vault), "residents", "--json").stdout)
    row = next(r for r in listed if r["id"] == rid)
    assert {"id", "preferred_name", "stage", "last_checkin_date", "open_needs"} <= set(row)
    assert row["preferred_name"] == "Mădălina" and row["stage"] == "stabilization"
    assert row["last_checkin_date"] is not None and row["open_needs"] == 0
    today = json.loads(run("--vault", str(vault), "today", "--json").stdout)
    assert {"kind": "risk-flag", "resident_id": rid} in [
        {k: a[k] for k in ("kind", "resident_id")} for a in today["alerts"]]
    # the flag was ticked by mistake: corrected, the old check-in kept in its history
    fixed = run("--vault", str(vault), "checkin", "correct", "--id", checkin.stdout.strip(),
                "--why", "ticked the wrong box", "--flag", "none", "--mood", "5")
    assert fixed.returncode == 0, fixed.stderr
    shown = json.loads(run("--vault", str(vault), "resident", "show", "--id", rid,
                           "--json").stdout)
    latest = [c for c in shown["checkins"] if c["amends_id"] == checkin.stdout.strip()]
    assert latest and latest[0]["flags"] == [] and latest[0]["mood"] == 5
    assert latest[0]["amend_reason"] == "ticked the wrong box"


def run_process(*args: str, passphrase: str | None = PASS, **env: str
                ) -> subprocess.CompletedProcess:
    """`run` as a real `python -m safehaven` process (tests/test_cli_exits.py: exit codes,
    secrets from files, signals are the process's)."""
    return run(*args, passphrase=passphrase, process=True, **env)


def _unchanged(vault: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in vault.iterdir() if p.name.startswith("vault.")}


@pytest.mark.parametrize(("args", "message"), [
    (("checkin", "add", "--resident", "nope", "--mood", "3"), "No check_ins|No residents"),
    (("checkin", "add", "--resident", "x", "--mood", "9"), "invalid choice"),
    (("resident", "add", "--preferred-name", "   "), "preferred_name"),
    (("resident", "add", "--preferred-name", "A", "--dob", "2031-01-01"), "future"),
])
def test_bad_input_is_one_line_and_exit_2(vault: Path, args: tuple, message: str) -> None:
    before = _unchanged(vault)
    done = run("--vault", str(vault), *args)
    assert done.returncode == 2
    assert done.stderr.strip() and pytest.importorskip("re").search(message, done.stderr)
    assert "Traceback" not in done.stderr
    assert _unchanged(vault)["vault.keys"] == before["vault.keys"]


def test_wrong_passphrase(vault: Path) -> None:
    done = run("--vault", str(vault), "residents", passphrase="not the passphrase")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["safehaven: That passphrase does not open "
                                                "this vault."]
    (vault / "unlock.state").unlink(missing_ok=True)


def test_missing_vault(tmp_path: Path) -> None:
    done = run("--vault", str(tmp_path / "none"), "residents", process=True)
    assert done.returncode == 2 and "No vault found" in done.stderr
    assert not (tmp_path / "none").exists()


def test_damaged_key_file_is_reported(tmp_path: Path, vault: Path) -> None:
    import shutil
    copy = tmp_path / "copy"
    shutil.copytree(vault, copy)
    (copy / "vault.keys").write_text('{"format": "safehaven-keyfile", "version": 1}')
    done = run("--vault", str(copy), "residents")
    assert done.returncode == 2 and "damaged" in done.stderr
    assert (copy / "vault.keys").read_text().startswith('{"format"')


def test_recovery_key_sets_a_new_passphrase(tmp_path: Path, vault: Path) -> None:
    import shutil
    copy = tmp_path / "copy"
    shutil.copytree(vault, copy)
    recovery = (vault.parent / "recovery.txt").read_text()
    done = run("--vault", str(copy), "recover", "--staff-name", "Rosa", passphrase=None,
               SAFEHAVEN_RECOVERY_KEY=recovery, SAFEHAVEN_NEW_PASSPHRASE="a new long passphrase")
    assert done.returncode == 0, done.stderr
    assert run("--vault", str(copy), "residents").returncode == 2
    assert run("--vault", str(copy), "residents", passphrase="a new long passphrase"
               ).returncode == 0


def test_demo_vault_acts_as_demo_manager(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    done = run("--vault", str(folder), "demo", "--residents", "6", "--days", "10", "--seed", "2",
               "--no-gui",
               passphrase=None)
    assert done.returncode == 0, done.stderr
    assert "safehaven demo" in done.stdout  # the documented demo passphrase is printed
    listed = run("--vault", str(folder), "residents", "--json", passphrase="safehaven demo")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 6
    as_ana = run("--vault", str(folder), "--staff", "Ana Torres", "residents",
                 passphrase="safehaven demo")
    assert as_ana.returncode == 0
    again = run("--vault", str(folder), "demo", "--no-gui", passphrase=None)
    assert again.returncode == 0 and "existing" in again.stdout


def test_version() -> None:
    done = run("--version", process=True)
    assert done.returncode == 0 and done.stdout.startswith("SafeHaven ")


def test_new_recovery_key_replaces_the_old_one(tmp_path: Path, vault: Path) -> None:
    import shutil
    copy = tmp_path / "copy"
    shutil.copytree(vault, copy)
    old = (vault.parent / "recovery.txt").read_text()
    done = run("--vault", str(copy), "new-recovery-key")
    assert done.returncode == 0, done.stderr
    new = done.stdout.strip().splitlines()[-1]
    assert new != old and len(new.split("-")) == 14
    refused = run("--vault", str(copy), "recover", "--staff-name", "Rosa", passphrase=None,
                  SAFEHAVEN_RECOVERY_KEY=old, SAFEHAVEN_NEW_PASSPHRASE="another passphrase!")
    assert refused.returncode == 2
    accepted = run("--vault", str(copy), "recover", "--staff-name", "Rosa", passphrase=None,
                   SAFEHAVEN_RECOVERY_KEY=new, SAFEHAVEN_NEW_PASSPHRASE="another passphrase!")
    assert accepted.returncode == 0, accepted.stderr


def test_no_passphrase_and_no_terminal_is_one_line_not_a_crash(vault: Path) -> None:
    done = run("--vault", str(vault), "residents", passphrase=None, process=True)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith("safehaven: ")
    assert "SAFEHAVEN_PASSPHRASE" in done.stderr and "Traceback" not in done.stderr


def test_a_manager_gives_a_colleague_a_new_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert run("--vault", str(folder), "init", "--house", "Casa Mar", "--staff-name",
               "Rosa").returncode == 0
    added = run("--vault", str(folder), "staff", "add", "--name", "Tomas", "--role", "staff",
                SAFEHAVEN_NEW_PASSPHRASE="tomas first passphrase here")
    assert added.returncode == 0, added.stderr
    done = run("--vault", str(folder), "--staff", "Rosa", "staff", "passphrase", "--name",
               "tomas", SAFEHAVEN_NEW_PASSPHRASE="the quiet orchard at dusk")
    assert done.returncode == 0 and "Tomas" in done.stdout, done.stderr
    as_tomas = run("--vault", str(folder), "--staff", "Tomas", "residents", "--json",
                   passphrase="the quiet orchard at dusk")
    assert as_tomas.returncode == 0, as_tomas.stderr
    old = run("--vault", str(folder), "--staff", "Tomas", "residents",
              passphrase="tomas first passphrase here")
    assert old.returncode == 2
    refused = run("--vault", str(folder), "--staff", "Tomas", "staff", "passphrase", "--name",
                  "Rosa", passphrase="the quiet orchard at dusk",
                  SAFEHAVEN_NEW_PASSPHRASE="an attempt to take over")
    assert refused.returncode == 2  # staff may not set another's passphrase
