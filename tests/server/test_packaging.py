"""What ships in packaging/server holds together: the systemd units verify, the image
installs what the server needs, no secret sits in the compose file, and the example
settings load."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from safehaven.server.config import load

ROOT = Path(__file__).parents[2]
SERVER = ROOT / "packaging" / "server"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                    reason="systemd-analyze is not installed")
def test_the_systemd_units_verify_without_a_warning(tmp_path: Path) -> None:
    units = sorted((SERVER / "systemd").iterdir())
    assert {u.name for u in units} == {"safehaven-server.service",
                                       "safehaven-server-backup.service",
                                       "safehaven-server-backup.timer"}
    for unit in units:  # the installed path of the command, here the test's Python
        text = unit.read_text().replace("/opt/safehaven/bin/safehaven", sys.executable)
        (tmp_path / unit.name).write_text(text)
    done = subprocess.run(["systemd-analyze", "verify", "--man=no",
                           *[str(tmp_path / u.name) for u in units]],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "SYSTEMD_LOG_LEVEL": "warning"})
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == ""  # unknown keys and bad values are only warnings


def test_the_backup_unit_makes_its_folder_and_is_hardened_like_the_server() -> None:
    unit = (SERVER / "systemd" / "safehaven-server-backup.service").read_text()
    made = re.search(r"^ExecStartPre=\+/usr/bin/install -d -m 0700 -o safehaven -g safehaven "
                     r"/var/backups/safehaven$", unit, re.M)
    assert made, "nothing else creates /var/backups/safehaven"
    server = (SERVER / "systemd" / "safehaven-server.service").read_text()
    hardening = {line for line in server.splitlines()
                 if line.startswith(("Protect", "Restrict", "SystemCall", "Capability",
                                     "LockPersonality", "NoNewPrivileges", "Private"))}
    assert hardening <= set(unit.splitlines())


def test_the_image_installs_every_server_dependency() -> None:
    wanted = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    needed = wanted["optional-dependencies"]["server"] + \
        wanted["optional-dependencies"]["postgres"]
    # the core the server imports (the rest: reports, the sync client, are the laptop's)
    needed += [d for d in wanted["dependencies"] if d.split(">")[0] in (
        "cryptography", "platformdirs", "sqlcipher3", "pynacl", "zxcvbn", "Babel")]
    name = re.compile(r"^[A-Za-z0-9_.-]+")
    needed_names = {name.match(d)[0].lower() for d in needed if not d.startswith("safehaven")}
    lines = [line for line in (SERVER / "requirements.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    listed = {name.match(line)[0].lower() for line in lines}
    assert needed_names <= listed
    assert all("==" in line for line in lines), "every version pinned"
    assert not any("pyside6" in n for n in listed)
    assert not any("pyside6" in d.lower() for d in wanted["dependencies"]), \
        "Qt is the desktop extra's, so a server install pulls none"
    assert any("pyside6" in d.lower() for d in wanted["optional-dependencies"]["desktop"])
    assert "safehaven[desktop" in wanted["optional-dependencies"]["test"][0]
    containerfile = (SERVER / "Containerfile").read_text()
    assert "requirements.txt" in containerfile and "--no-deps" in containerfile
    assert 'ENTRYPOINT ["safehaven", "server"]' in containerfile
    assert "USER safehaven" in containerfile


def test_no_secret_in_the_compose_file_or_on_a_command_line() -> None:
    compose = (SERVER / "compose.yaml").read_text()
    assert "SAFEHAVEN_DB_URL_FILE: /run/secrets/db_url" in compose
    assert "POSTGRES_PASSWORD_FILE: /run/secrets/db_password" in compose
    assert not re.search(r"(PASSWORD|DB_URL):\s*[^/\s]", compose)  # only *_FILE values
    assert not re.search(r"postgresql://\w+:\w", compose.split("name: safehaven")[1])
    for text in (compose, (SERVER / "Containerfile").read_text(),
                 *(p.read_text() for p in (SERVER / "systemd").iterdir())):
        assert "--db " not in text and "--db=" not in text
    caddy = (SERVER / "Caddyfile").read_text()
    assert "reverse_proxy server:8765" in caddy and "handle /metrics" in caddy


def test_the_example_settings_load(tmp_path: Path) -> None:
    example = tmp_path / "server.toml"
    shutil.copy(SERVER / "server.toml.example", example)
    config = load({}, {}, example)
    assert config.data == Path("/var/lib/safehaven") and config.house_quota_mb == 2048
    assert config.db_url is None and config.host == "127.0.0.1"


def test_the_caddyfile_names_a_missing_domain() -> None:
    caddy = (SERVER / "Caddyfile").read_text()
    site = next(line for line in caddy.splitlines() if line.endswith("{") and "$" in line)
    assert site.startswith("{$SAFEHAVEN_DOMAIN:") and "SAFEHAVEN_DOMAIN" in site[19:]
    compose = (SERVER / "compose.yaml").read_text()
    assert "${SAFEHAVEN_DOMAIN:?" in compose  # compose stops first, with its own message


@pytest.mark.skipif(shutil.which("caddy") is None, reason="caddy is not installed")
def test_the_caddyfile_adapts_without_the_domain_and_says_what_is_missing() -> None:
    env = {k: v for k, v in os.environ.items() if k != "SAFEHAVEN_DOMAIN"}
    done = subprocess.run(["caddy", "adapt", "--adapter", "caddyfile", "--config",
                           str(SERVER / "Caddyfile")], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert "set-SAFEHAVEN_DOMAIN-to-this-servers-name.invalid" in done.stdout


def test_the_admin_wrapper_reads_the_secret_from_the_env_file(tmp_path: Path) -> None:
    """packaging/server/safehaven-admin, its paths pointed here and without sudo."""
    import json

    script = (SERVER / "safehaven-admin").read_text()
    assert "exec sudo -u safehaven /bin/sh -c" in script
    script = (script.replace("sudo -u safehaven ", "")
              .replace("/etc/safehaven", str(tmp_path))
              .replace("/var/lib/safehaven", str(tmp_path / "data"))
              .replace("/opt/safehaven/bin/safehaven", f"{sys.executable} -m safehaven"))
    (tmp_path / "admin").write_text(script)
    env_file = tmp_path / "server.env"
    env_file.write_text("SAFEHAVEN_DB_URL=postgresql://u:pw-in-a-file@db/safehaven\n")
    env_file.chmod(0o640)
    (tmp_path / "server.toml").write_text('[server]\nlog_level = "warning"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEHAVEN_")}
    done = subprocess.run(["sh", str(tmp_path / "admin"), "config", "--json"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["from"]["db_url"] == "SAFEHAVEN_DB_URL"
    assert shown["settings"]["log_level"] == "warning"
    assert shown["settings"]["data"] == str(tmp_path / "data")
    assert "pw-in-a-file" not in done.stdout + done.stderr
