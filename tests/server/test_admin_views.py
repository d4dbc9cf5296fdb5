"""What the admin sees: each house's quota in effect (the server's default named as such)
and each laptop's last-seen time and the app version it last sent."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from safehaven import __version__
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync.client import connect
from safehaven.sync.rounds import sync_round
from tests.server.live import ServerProcess, admin, clean_env


def listed(env: dict[str, str], *args: str) -> list[dict[str, object]]:
    done = admin(env, *args, "--json")
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def test_effective_quotas_and_each_laptops_version_and_last_seen(
        tmp_path: Path, server_db: str | None) -> None:
    env = clean_env(SAFEHAVEN_HOUSE_QUOTA_MB="100", **(
        {"SAFEHAVEN_DB_URL": server_db} if server_db else
        {"SAFEHAVEN_DATA": str(tmp_path / "store")}))
    token = admin(env, "init", "--org", "Harbour", "--house", "Casa Norte").stdout.split()[-1]
    assert admin(env, "house", "add", "Casa Sur", "--org", "Harbour", "--quota-mb",
                 "50").returncode == 0
    houses = {h["name"]: h for h in listed(env, "houses")}
    assert houses["Casa Norte"]["quota_bytes"] == 100 * 1024 * 1024
    assert houses["Casa Norte"]["quota_default"] is True
    assert houses["Casa Sur"]["quota_bytes"] == 50 * 1024 * 1024
    assert houses["Casa Sur"]["quota_default"] is False

    server = ServerProcess(env)
    vault, _ = Vault.create(tmp_path / "north", house="Casa Norte", organisation="Harbour",
                            staff_name="Manager", passphrase="admin views passphrase",
                            kdf=crypto.MIN_KDF, device_name="Oficina — portátil 2")
    try:
        connect(vault, server.url, token)
        sync_round(vault)
        [device] = listed(env, "devices")
        assert device["id"] == vault.device_id
        assert device["app_version"] == __version__ and device["last_seen"]
        assert device["name"] == "Oficina — portátil 2"  # as its house named it
        # a name is shown as text: no terminal escapes or new lines, and not too long
        httpx.get(server.url + "/v1/state", headers={
            "authorization": f"Bearer {vault_token(vault)}",
            "safehaven-device-name": "%1B%5B2J%1B%5B31mEvil%0Aline" + "x" * 300})
        named = listed(env, "devices")[0]["name"]
        assert named.startswith("[2J[31mEvilline") and len(named) == 80
        assert "\x1b" not in admin(env, "devices").stdout
        # a later version is kept at once, not at the next minute's last-seen update
        httpx.get(server.url + "/v1/state", headers={
            "authorization": f"Bearer {vault_token(vault)}", "safehaven-version": "9.1.2"})
        assert listed(env, "devices")[0]["app_version"] == "9.1.2"
        text = admin(env, "devices")
        assert text.returncode == 0 and "9.1.2" in text.stdout
        assert "100 MB" in admin(env, "houses").stdout
    finally:
        vault.close()
        server.stop()


def vault_token(vault: Vault) -> str:
    from safehaven.sync.replica import server_link

    link = server_link.server_link(vault.conn)
    assert link is not None
    return link.device_token
