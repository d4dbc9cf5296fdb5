"""Server settings: flags over the environment over a file; secrets never need argv."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from safehaven.errors import InvalidValue
from safehaven.server.config import load

URL = "postgresql://safehaven:s3cret-pw@db.internal:5432/safehaven"


def test_flags_win_over_the_environment_which_wins_over_the_file(tmp_path: Path) -> None:
    file = tmp_path / "server.toml"
    file.write_text('[server]\nhost = "0.0.0.0"\nport = 9000\nlog_level = "warning"\n'
                    'house_quota_mb = 50\n')
    config = load({"port": 9100}, {"SAFEHAVEN_LOG_LEVEL": "debug"}, file)
    assert (config.host, config.port, config.log_level) == ("0.0.0.0", 9100, "debug")
    assert config.quota_bytes == 50 * 1024 * 1024
    assert config.source == {"host": str(file), "port": "command line",
                             "log_level": "SAFEHAVEN_LOG_LEVEL", "house_quota_mb": str(file)}
    named = load(None, {"SAFEHAVEN_CONFIG": str(file)})
    assert named.port == 9000


def test_postgresql_needs_no_data_folder_and_its_password_is_never_shown(
        tmp_path: Path) -> None:
    config = load({}, {"SAFEHAVEN_DB_URL": URL})
    assert config.store_address() == URL and config.data is None
    assert "s3cret" not in str(config.described()) and config.described()["db_url"] == "(set)"
    secret = tmp_path / "db_url"
    secret.write_text(URL + "\n")
    from_file = load({}, {"SAFEHAVEN_DB_URL_FILE": str(secret)})  # container secrets
    assert from_file.db_url == URL and from_file.source["db_url"] == "SAFEHAVEN_DB_URL_FILE"


def test_sqlite_needs_a_data_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidValue) as err:
        load({}, {}).store_address()
    assert err.value.field == "data"
    config = load({}, {"SAFEHAVEN_DATA": str(tmp_path / "store")})
    assert config.store_address() == str(tmp_path / "store" / "server.db")
    assert (tmp_path / "store").stat().st_mode & 0o777 == 0o700


def test_a_file_with_a_secret_that_everyone_may_read_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "server.toml"
    file.write_text(f'db_url = "{URL}"\n')
    os.chmod(file, 0o644)
    with pytest.raises(InvalidValue, match="chmod 600"):
        load({}, {}, file)
    os.chmod(file, 0o640)  # root-owned, readable by the server's group: fine
    assert load({}, {}, file).db_url == URL


@pytest.mark.parametrize(("text", "field"), [
    ('db_url = "mysql://x"', "db_url"), ("port = 70000", "port"), ('port = "eighty"', "port"),
    ('tls_cert = "/etc/cert.pem"', "tls"), ('min_app_version = "latest"', "version"),
    ("pool_size = 0", "pool_size"), ("colour = 1", "config"), ("port = [", "config"),
])
def test_mistakes_are_named(tmp_path: Path, text: str, field: str) -> None:
    file = tmp_path / "server.toml"
    file.write_text(text + "\n")
    os.chmod(file, 0o600)
    with pytest.raises(InvalidValue) as err:
        load({}, {}, file)
    assert err.value.field == field
