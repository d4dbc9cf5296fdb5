"""`safehaven server` as an admin runs it: settings from the environment, JSON log lines
on standard output, organisation admin, last-seen times, revocation, metrics; on SQLite
and on PostgreSQL, over real HTTP on loopback."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from safehaven.domain.vocab import Role
from safehaven.services import residents
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync.client import SyncError, connect
from safehaven.sync.enrolment import create_code, join
from safehaven.sync.rounds import sync_round
from tests.server.live import ServerProcess, admin, clean_env

PASSPHRASE = "live server passphrase"


def settings(tmp_path: Path, db: str | None, **extra: str) -> dict[str, str]:
    """The store named by the environment only: nothing secret on any command line."""
    if db is None:
        return clean_env(SAFEHAVEN_DATA=str(tmp_path / "store"), **extra)
    # trust authentication ignores the password, which is here to be looked for in argv
    return clean_env(SAFEHAVEN_DB_URL=db.replace("postgres@", "postgres:pw-not-in-argv@"),
                     **extra)


def new_house(tmp_path: Path, name: str) -> Vault:
    vault, _ = Vault.create(tmp_path / name, house=name, organisation="Harbour",
                            staff_name=f"Manager of {name}", passphrase=PASSPHRASE,
                            kdf=crypto.MIN_KDF)
    return vault


def last_word(done) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout.split()[-1]


def test_json_lines_on_stdout_and_no_secret_on_the_command_line(
        tmp_path: Path, server_db: str | None) -> None:
    env = settings(tmp_path, server_db)
    server = ServerProcess(env)
    try:
        cmdline = Path(f"/proc/{server.proc.pid}/cmdline").read_bytes()
        assert b"pw-not-in-argv" not in cmdline and b"postgresql" not in cmdline
        with httpx.Client(base_url=server.url) as http:
            assert http.get("/v1/health").json()["app"]["minimum"] == "0.1.0"
            assert http.get("/v1/state", headers={
                "authorization": "Bearer dev_made-up-token-123"}).status_code == 401
            assert http.post("/v1/register", json={"house_token": "house_wrong",
                                                   "site_id": "s", "device_id": "d"}
                             ).status_code == 403
    finally:
        assert server.stop() == 0
    lines = [json.loads(line) for line in server.stdout.splitlines() if line.strip()]
    assert lines, server.stderr
    assert all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    started = next(line for line in lines if line["message"] == "server starting")
    assert started["store"] == ("sqlite" if server_db is None else "postgresql")
    requests = [line for line in lines if line["message"] == "request"]
    assert {(r["path"], r["status"]) for r in requests} >= {
        ("/v1/health", 200), ("/v1/state", 401), ("/v1/register", 403)}
    assert lines[-1]["message"] == "server stopped"  # SIGTERM: a clean stop, pool closed
    assert "made-up-token" not in server.stdout and "house_wrong" not in server.stdout
    assert "pw-not-in-argv" not in server.stdout + server.stderr
    if server_db is not None:  # every pooled connection went back to PostgreSQL
        import psycopg

        with psycopg.connect(server_db) as conn:
            left = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                "current_database() AND pid <> pg_backend_pid()").fetchone()
        assert left[0] == 0


def test_a_log_file_when_asked_private_and_stdout_quiet(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "server.log"
    server = ServerProcess(settings(tmp_path, None), "--log-file", str(log))
    try:
        httpx.get(server.url + "/v1/health")
    finally:
        server.stop()
    assert log.stat().st_mode & 0o777 == 0o600
    messages = [json.loads(line)["message"] for line in log.read_text().splitlines()]
    assert "server starting" in messages and "request" in messages
    assert server.stdout.strip() == ""


def test_an_org_with_three_houses_lists_them_with_devices_and_last_seen_times(
        tmp_path: Path, server_db: str | None) -> None:
    env = settings(tmp_path, server_db)
    north = last_word(admin(env, "init", "--org", "Harbour", "--house", "Casa Norte"))
    again = admin(env, "init", "--org", "Harbour")
    assert again.returncode == 2 and "set up already" in again.stderr
    twice = admin(env, "org", "add", "Harbour")
    assert twice.returncode == 2 and "already exists" in twice.stderr
    south = last_word(admin(env, "house", "add", "Casa Sur", "--org", "Harbour"))
    east = last_word(admin(env, "house", "add", "Casa Este", "--org", "Harbour",
                           "--quota-mb", "50"))
    assert len({north, south, east}) == 3
    server = ServerProcess(env)
    laptops: list[Vault] = []
    try:
        for token, name in ((north, "Casa Norte"), (south, "Casa Sur"), (east, "Casa Este")):
            vault = new_house(tmp_path, name)
            connect(vault, server.url, token)
            assert sync_round(vault).digest_matches
            laptops.append(vault)
        reused = new_house(tmp_path, "Casa Otra")
        with pytest.raises(SyncError, match="refused"):  # each token works once
            connect(reused, server.url, south)
        reused.close()
        code = create_code(laptops[0], "Office laptop", ("Office Worker", Role.STAFF))
        sync_round(laptops[0])
        office, _ = join(tmp_path / "office", server.url, code, "Office Worker", PASSPHRASE,
                         kdf=crypto.MIN_KDF)
        laptops.append(office)
        assert sync_round(office).digest_matches

        houses = json.loads(last_json(admin(env, "houses", "--json")))
        assert [h["name"] for h in houses] == ["Casa Este", "Casa Norte", "Casa Sur"]
        by_name = {h["name"]: h for h in houses}
        assert by_name["Casa Norte"]["devices"] == 2 and by_name["Casa Sur"]["devices"] == 1
        assert by_name["Casa Este"]["quota_bytes"] == 50 * 1024 * 1024
        now = datetime.now(UTC)
        for house in houses:
            assert house["site_id"] and house["changesets"] > 0 and house["used_bytes"] > 0
            seen = datetime.fromisoformat(house["last_seen"])
            assert now - timedelta(minutes=5) < seen <= now + timedelta(seconds=5)
        devices = json.loads(last_json(admin(env, "devices", "--json")))
        assert len(devices) == 4
        assert {d["house"] for d in devices} == {"Casa Norte", "Casa Sur", "Casa Este"}
        for device in devices:
            assert isinstance(device["last_seen"], str)  # a time, not a yes/no
            datetime.fromisoformat(device["last_seen"])
        north_only = json.loads(last_json(admin(env, "devices", "--house", "Casa Norte",
                                                "--json")))
        assert {d["id"] for d in north_only} == {laptops[0].device_id, office.device_id}
        assert sum(d["used_bytes"] for d in north_only) == by_name["Casa Norte"]["used_bytes"]
        text = admin(env, "houses")
        assert text.returncode == 0 and "Casa Sur" in text.stdout and "last seen" in text.stdout

        # a lost laptop: its token dies at once, the others carry on
        revoked = admin(env, "device", "revoke", office.device_id)
        assert revoked.returncode == 0, revoked.stderr
        with pytest.raises(SyncError, match="refused"):
            sync_round(office)
        assert sync_round(laptops[0]).digest_matches
        listed = {d["id"]: d for d in json.loads(last_json(admin(env, "devices", "--json")))}
        assert listed[office.device_id]["revoked"] is True
        unknown = admin(env, "device", "revoke", "no-such-device")
        assert unknown.returncode == 2 and "no-such-device" in unknown.stderr

        metrics = httpx.get(server.url + "/metrics")
        assert metrics.status_code == 200
        body = metrics.text
        assert "safehaven_houses 3.0" in body and "safehaven_devices_active 3.0" in body
        assert 'safehaven_requests_total{method="POST",route="/v1/push",status="200"}' in body
        assert "safehaven_request_seconds_bucket" in body
        for vault in laptops:  # counts and timings only: no id of any kind
            assert vault.device_id not in body and vault.site_id not in body
    finally:
        for vault in laptops:
            vault.close()
        server.stop()


def last_json(done) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_metrics_need_the_token_when_one_is_set(tmp_path: Path) -> None:
    server = ServerProcess(settings(tmp_path, None, SAFEHAVEN_METRICS_TOKEN="m-token-1"))
    try:
        assert httpx.get(server.url + "/metrics").status_code == 401
        good = httpx.get(server.url + "/metrics",
                         headers={"authorization": "Bearer m-token-1"})
        assert good.status_code == 200 and "safehaven_orgs 0.0" in good.text
    finally:
        server.stop()
    assert "m-token-1" not in server.stdout


def test_the_settings_file_is_used_and_a_readable_secret_refused(tmp_path: Path) -> None:
    file = tmp_path / "server.toml"
    file.write_text(f'[server]\ndata = "{tmp_path / "from-file"}"\nlog_level = "warning"\n')
    env = clean_env(SAFEHAVEN_CONFIG=str(file))
    shown = json.loads(last_json(admin(env, "config", "--json")))
    assert shown["settings"]["data"] == str(tmp_path / "from-file")
    assert shown["from"]["data"] == str(file)
    assert last_word(admin(env, "init", "--org", "Filed")).startswith("house_")
    assert (tmp_path / "from-file" / "server.db").exists()
    file.write_text('db_url = "postgresql://u:pw@h/db"\n')
    os.chmod(file, 0o644)
    refused = admin(env, "config")
    assert refused.returncode == 2 and "chmod 600" in refused.stderr


def test_admin_commands_beside_a_running_server_lose_no_write(tmp_path: Path) -> None:
    """Each admin command opens the SQLite store from another process. The server once
    closed a descriptor of the store per new thread, which dropped its POSIX locks: the
    admin process then believed itself the last user and deleted the WAL, and every later
    push went into a deleted file."""
    env = settings(tmp_path, None)
    token = last_word(admin(env, "init", "--org", "Harbour"))
    server = ServerProcess(env)
    vault = new_house(tmp_path, "Casa")
    try:
        connect(vault, server.url, token)
        epoch = httpx.get(server.url + "/v1/health").json()["epoch"]
        for i in range(4):
            residents.add(Context.for_vault(vault), f"Resident {i}")
            assert admin(env, "houses").returncode == 0
            assert admin(env, "backup", "--out", str(tmp_path / f"copy{i}")).returncode == 0
            sync_round(vault)
            mine = int(vault.conn.execute("SELECT count(*) FROM change_sets").fetchone()[0])
            houses = json.loads(last_json(admin(env, "houses", "--json")))
            assert houses[0]["changesets"] == mine
        # and no admin command started a new epoch (each would make every laptop pull the
        # whole log again)
        assert httpx.get(server.url + "/v1/health").json()["epoch"] == epoch
    finally:
        vault.close()
        server.stop()


def test_a_lost_house_token_is_replaced_and_quotas_changed_from_the_command_line(
        tmp_path: Path) -> None:
    env = settings(tmp_path, None)
    first = last_word(admin(env, "init", "--org", "Harbour", "--house", "Casa Norte"))
    second = last_word(admin(env, "house", "token", "Casa Norte"))
    assert second != first and second.startswith("house_")
    assert admin(env, "house", "quota", "Casa Norte", "--mb", "30").returncode == 0
    houses = json.loads(last_json(admin(env, "houses", "--json")))
    assert houses[0]["quota_bytes"] == 30 * 1024 * 1024
    assert admin(env, "house", "quota", "Casa Norte", "--mb", "0").returncode == 0
    assert json.loads(last_json(admin(env, "houses", "--json")))[0]["quota_bytes"] is None
    missing = admin(env, "house", "quota", "Casa Nadie", "--mb", "5")
    assert missing.returncode == 2 and "Casa Nadie" in missing.stderr
    server = ServerProcess(env)
    vault = new_house(tmp_path, "Casa Norte")
    try:
        with pytest.raises(SyncError, match="refused"):  # the lost token died
            connect(vault, server.url, first)
        connect(vault, server.url, second)
        again = admin(env, "house", "token", "Casa Norte")  # connected: no new token
        assert again.returncode == 2 and "connected already" in again.stderr
    finally:
        vault.close()
        server.stop()
