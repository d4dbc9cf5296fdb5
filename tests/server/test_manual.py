"""docs/server.md, run as written (issue 33, item 3): every command of its command blocks,
in the order of the page, on one fresh store. `safehaven server …` and `safehaven-admin …`
run for real (the wrapper's settings given as the environment it sets); `systemctl
start|stop|enable --now safehaven-server` start and stop a real server process, as the
service manager would; `export` sets the environment; what `docker compose exec` runs in
the image runs here (the image itself: tests/server/test_server_install.py). Commands of
other tools (root's `useradd` and `install`, pip into /opt, PostgreSQL's `createuser`,
rsync, git) are checked elsewhere or need a machine of their own: each is named below with
where it is checked, and a command the page gains that this test does not know fails it,
so the manual cannot drift from what the server does.

Where the page says a command must refuse (`server init` on a server that has one), the
test expects the refusal and a store left as it was. At the end a laptop syncs a round
with the server the page left running."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync.client import connect
from safehaven.sync.rounds import sync_round
from tests.server.live import ServerProcess, clean_env

ROOT = Path(__file__).parents[2]
DOC = ROOT / "docs" / "server.md"

# the first word of a command this test does not run, and where it is checked instead
ELSEWHERE = {
    "python3": "the venv: tests/server/test_server_install.py installs into a fresh one",
    "/opt/safehaven/bin/pip": "tests/server/test_server_install.py (the pinned install)",
    "useradd": "root, on a real machine",
    "install": "root, on a real machine (the files' modes: tests/server/test_packaging.py)",
    "editor": "typing the database address",
    "cp": "the units: tests/server/test_packaging.py verifies them",
    "journalctl": "the JSON log: tests/server/test_server_live.py reads it",
    "sudo": "the PostgreSQL role: tests/pg_cluster.py makes one the same way",
    "command=/usr/bin/rrsync": "an authorized_keys line on the backup machine",
    "rsync": "the backup machine",
    "git": "the source checkout of an upgrade",
}


def commands() -> list[list[str]]:
    """Every command of the page's ``` blocks, in order, as words (comments dropped, a
    trailing backslash joined)."""
    text = DOC.read_text(encoding="utf-8")
    out: list[list[str]] = []
    for block in re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            if words:
                out.append(words)
    return out


def _optional_dropped(words: list[str]) -> list[str]:
    """`houses [--org …] [--json]` as typed with none of the options."""
    out, skipping = [], False
    for w in words:
        if w.startswith("["):
            skipping = True
        if not skipping:
            out.append(w)
        if skipping and w.endswith("]"):
            skipping = False
    return out


class Manual:
    """The state the page's commands leave: the store, the server running or not, the
    house's first token and a laptop, made when a command names DEVICE_ID."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.paths = {"/var/lib/safehaven": str(tmp / "data"),
                      "/var/backups/safehaven": str(tmp / "backups")}
        (tmp / "backups").mkdir()
        self.env = clean_env()
        self.server: ServerProcess | None = None
        self.token: str | None = None
        self.inits = 0
        self.ran: list[str] = []

    def path(self, word: str) -> str:
        for real, here in self.paths.items():
            word = word.replace(real, here)
        return word

    def run(self, words: list[str]) -> None:
        head = words[0]
        if head == "export":
            for pair in words[1:]:
                name, _, value = pair.partition("=")
                if name.startswith("SAFEHAVEN_"):
                    self.env[name] = self.path(value)
            return
        if head == "systemctl":
            self.systemctl(words[1:])
            return
        if head == "safehaven-admin":
            # the wrapper's settings: the store under /var/lib/safehaven, no config file here
            self.env.setdefault("SAFEHAVEN_DATA", self.paths["/var/lib/safehaven"])
            self.safehaven(["server", *words[1:]])
            return
        if head == "safehaven":
            self.safehaven(words[1:])
            return
        if words[:3] == ["docker", "compose", "exec"]:
            # the image is built elsewhere; the command typed inside it runs here
            self.run(words[4:])
            return
        if words[0] in ELSEWHERE or " ".join(words).startswith(tuple(ELSEWHERE)):
            return
        raise AssertionError(f"docs/server.md has a command this test does not know: "
                             f"{' '.join(words)} (run it here, or name where it is checked)")

    def systemctl(self, args: list[str]) -> None:
        if args[:1] == ["daemon-reload"]:
            return
        if args[:2] == ["enable", "--now"] or args[:1] == ["start"]:
            if self.server is None:
                self.server = ServerProcess(self.env)
            return
        if args[:1] == ["stop"]:
            if self.server is not None:
                assert self.server.stop() == 0, self.server.stderr
                self.server = None
            return
        raise AssertionError(f"systemctl {' '.join(args)}: not a step this test knows")

    def safehaven(self, args: list[str]) -> None:
        args = [self.path(a) for a in _optional_dropped(args)]
        self.ran.append(" ".join(args[:3]))
        if args == ["server"]:  # the server itself, in the foreground on the page
            if self.server is None:
                self.server = ServerProcess(self.env)
            return
        if "DEVICE_ID" in args:
            args = [self.laptop() if a == "DEVICE_ID" else a for a in args]
        done = subprocess.run([sys.executable, "-m", "safehaven", *args], env=self.env,
                              capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        if args[:2] == ["server", "init"]:
            self.inits += 1
            if self.inits > 1:  # "once, on a new server": a second init refuses
                assert done.returncode != 0, done.stdout
                return
            self.token = done.stdout.split()[-1]
        assert done.returncode == 0, f"{' '.join(args)}: {done.stderr}{done.stdout}"

    def laptop(self) -> str:
        """A laptop of the first house, connected to the running server: its id."""
        assert self.server is not None and self.token is not None
        return self.sync(self.tmp / "laptop")

    def sync(self, folder: Path) -> str:
        assert self.server is not None and self.token is not None
        vault, _ = Vault.create(folder, house="Casa Norte", organisation="Harbour Network",
                                staff_name="Manager", passphrase="manual passphrase",
                                kdf=crypto.MIN_KDF)
        try:
            connect(vault, self.server.url, self.token)
            assert sync_round(vault).digest_matches
            return vault.device_id
        finally:
            vault.close()


def test_every_command_of_the_server_manual_runs_in_order(tmp_path: Path) -> None:
    manual = Manual(tmp_path)
    try:
        for words in commands():
            manual.run(words)
        assert manual.server is not None, "the page ends with the server running"
        # the page's own steps all ran: setup, the admin commands, backup and restore,
        # the upgrade's migration
        for step in ("server init", "server house add", "server houses", "server devices",
                     "server device revoke", "server backup", "server restore",
                     "server migrate"):
            assert any(r.startswith(step) for r in manual.ran), step
        # the first house's token was spent by the laptop that was then revoked: a new
        # token (what `house token` prints, run again) connects a laptop that syncs
        token = subprocess.run([sys.executable, "-m", "safehaven", "server", "house", "token",
                                "Casa Sur"], env=manual.env, capture_output=True, text=True,
                               timeout=120)
        assert token.returncode == 0, token.stderr
        manual.token = token.stdout.split()[-1]
        manual.sync(tmp_path / "second")
    finally:
        if manual.server is not None:
            manual.server.stop()


def test_a_command_the_test_does_not_know_fails_it(tmp_path: Path) -> None:
    with pytest.raises(AssertionError):
        Manual(tmp_path).run(["safehavn", "server", "houses"])
