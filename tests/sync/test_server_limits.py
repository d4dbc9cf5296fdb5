"""The server's front door: floods are slowed before any token is looked at, memory stays
bounded whatever tokens are made up, and only https leaves the laptop."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from safehaven.errors import InvalidValue
from safehaven.server import edge
from safehaven.server.edge import RateLimiter
from safehaven.sync.client import check_url
from tests.sync.server_harness import LiveServer


def test_made_up_tokens_are_limited_per_address_with_retry_after(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(edge, "ADDRESS_RATE", 5.0)  # the same buckets, smaller numbers
    monkeypatch.setattr(edge, "ADDRESS_BURST", 100.0)
    server = LiveServer(tmp_path / "server")
    try:
        statuses, retry = [], set()
        with httpx.Client(base_url=server.url) as http:
            for _ in range(300):
                answer = http.get("/v1/state", headers={
                    "authorization": f"Bearer dev_{secrets.token_urlsafe(24)}"})
                statuses.append(answer.status_code)
                if answer.status_code == 429:
                    retry.add(answer.headers.get("retry-after"))
        assert set(statuses) == {401, 429}
        assert statuses.count(429) >= 50  # those never reached a token lookup
        assert retry == {"1"}
    finally:
        server.stop()


def test_fifteen_thousand_random_keys_keep_memory_bounded() -> None:
    limiter = RateLimiter()
    for _ in range(15_000):
        limiter.allow("device:" + secrets.token_hex(8))
    assert len(limiter.buckets) <= RateLimiter.MAX_BUCKETS
    assert limiter.allow("device:known")  # a real laptop still gets through


@pytest.mark.parametrize(("url", "ok"), [
    ("https://sync.example.org", True), ("http://127.0.0.1:8080", True),
    ("http://localhost:8080", True), ("http://sync.example.org", False),
    ("http://10.0.0.5:8080", False), ("ftp://sync.example.org", False), ("https://", False),
])
def test_only_https_leaves_the_laptop(url: str, ok: bool) -> None:
    if ok:
        check_url(url)
    else:
        with pytest.raises(InvalidValue) as err:
            check_url(url)
        assert err.value.field == "server"


def test_a_laptop_whose_clock_is_off_says_so(tmp_path: Path) -> None:
    from email.utils import format_datetime

    from safehaven.services import sync_status
    from safehaven.services.context import Context
    from safehaven.store import crypto
    from safehaven.store.vault import Vault
    from safehaven.sync import trust
    from safehaven.sync.client import Client
    from safehaven.sync.replica import server_link

    assert trust.context(None) is trust.context(None)  # one TLS context for every client
    client = Client("http://127.0.0.1:9")
    server_time = datetime.now(UTC) - timedelta(hours=2)  # this laptop runs 2 hours ahead
    client._note_clock(httpx.Response(200, headers={"date": format_datetime(server_time,
                                                                            usegmt=True)}))
    client.close()
    assert client.clock_offset is not None and -7300 < client.clock_offset < -7100
    vault, _ = Vault.create(tmp_path / "v", house="Casa", organisation="", staff_name="Rosa",
                            passphrase="clock test passphrase", kdf=crypto.MIN_KDF)
    try:
        ctx = Context.for_vault(vault)
        assert sync_status.status(ctx)["clock_off_minutes"] == 0
        server_link.save_clock_offset(vault, client.clock_offset)
        assert sync_status.status(ctx)["clock_off_minutes"] == 120
        server_link.save_clock_offset(vault, 30)  # half a minute: nothing to say
        assert sync_status.status(ctx)["clock_off_minutes"] == 0
    finally:
        vault.close()
