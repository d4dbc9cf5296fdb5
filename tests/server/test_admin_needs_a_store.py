"""Only `server init` makes a store: any other admin command on a missing one says there
is none and how to make it (a typo in a setting must not yield an empty store that then
answers "no houses yet"); a secret file that is missing is named in the error."""

from __future__ import annotations

from pathlib import Path

import pytest

from safehaven.errors import InvalidValue
from safehaven.server import config
from safehaven.server.app import open_configured
from safehaven.server.storage import NoStore
from tests.server.live import admin, clean_env


@pytest.mark.parametrize("command", [("houses",), ("devices",), ("orgs",), ("migrate",),
                                     ("org", "add", "Harbour")])
def test_an_admin_command_on_a_missing_sqlite_store_creates_nothing(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    data = tmp_path / "store"
    done = admin(clean_env(SAFEHAVEN_DATA=str(data)), *command)
    assert done.returncode == 2, done.stderr
    assert str(data / "server.db") in done.stderr  # it says where it looked
    assert not data.exists()


def test_init_makes_the_store_and_the_others_then_find_it(tmp_path: Path) -> None:
    env = clean_env(SAFEHAVEN_DATA=str(tmp_path / "store"))
    assert admin(env, "init", "--org", "Harbour").returncode == 0
    assert admin(env, "houses").returncode == 0


def test_an_empty_postgresql_database_is_no_store_and_stays_empty(pg_cluster) -> None:
    import psycopg

    from tests import pg_cluster as pg

    url = pg.fresh_database(pg_cluster, "no_store")
    with pytest.raises(NoStore):
        open_configured(config.load(env={"SAFEHAVEN_DB_URL": url}), serving=False,
                        create=False)
    with psycopg.connect(url) as conn:
        tables = conn.execute("SELECT count(*) FROM information_schema.tables WHERE "
                              "table_schema = current_schema()").fetchone()
    assert tables == (0,)
    done = admin(clean_env(SAFEHAVEN_DB_URL=url), "houses")
    assert done.returncode == 2, done.stderr


def test_a_missing_db_url_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "secrets" / "db_url"
    with pytest.raises(InvalidValue) as error:
        config.load(env={"SAFEHAVEN_DB_URL_FILE": str(missing)})
    assert error.value.field == "safehaven_db_url_file"
    assert str(missing) in str(error.value)
    done = admin(clean_env(SAFEHAVEN_DB_URL_FILE=str(missing)), "houses")
    assert done.returncode == 2 and str(missing) in done.stderr
