"""A real sync server on a free loopback port, in a thread, and a house enrolled on it."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import uvicorn

from safehaven.domain.vocab import Role
from safehaven.server.admin import create_org
from safehaven.server.app import create_app, open_storage
from safehaven.server.config import ServerConfig
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync.client import connect
from safehaven.sync.enrolment import create_code, join
from tests.sync.harness import PASSPHRASE, Template, open_device


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    def __init__(self, data: Path, port: int | None = None, db: str | None = None,
                 config: ServerConfig | None = None) -> None:
        self.data, self.db, self.config = data, db, config
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.storage = open_storage(data, db)
        config = uvicorn.Config(create_app(self.storage, config), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)

    def restart(self) -> LiveServer:
        """Stop and start again on the same port and data (the same epoch)."""
        self.stop()
        return LiveServer(self.data, self.port, self.db, self.config)

    def snapshot(self, name: str) -> None:
        """Copy the stopped server's store aside (a nightly backup)."""
        if self.db is None:
            shutil.copy(self.data / "server.db", self.data / f"{name}.snapshot")
        else:
            self._admin(f'DROP DATABASE IF EXISTS "{self._dbname()}_{name}"',
                        f'CREATE DATABASE "{self._dbname()}_{name}" TEMPLATE '
                        f'"{self._dbname()}"')

    def restore(self, name: str) -> None:
        """Put a snapshot back in place of the stopped server's store."""
        if self.db is None:
            shutil.copy(self.data / f"{name}.snapshot", self.data / "server.db")
            for suffix in ("-wal", "-shm"):
                (self.data / f"server.db{suffix}").unlink(missing_ok=True)
        else:
            self._admin(f'DROP DATABASE "{self._dbname()}"',
                        f'CREATE DATABASE "{self._dbname()}" TEMPLATE '
                        f'"{self._dbname()}_{name}"')

    def _dbname(self) -> str:
        assert self.db is not None
        return self.db.rsplit("/", 1)[1]

    def _admin(self, *statements: str) -> None:
        import psycopg

        assert self.db is not None
        with psycopg.connect(self.db.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def stored_bytes(self) -> bytes:
        """Everything the server keeps: its SQLite files, or every PostgreSQL row."""
        if self.db is None:
            return b"".join(p.read_bytes() for p in sorted(self.data.glob("server.db*")))
        import psycopg

        out = []
        with psycopg.connect(self.db) as conn:
            for (table,) in conn.execute("SELECT tablename FROM pg_tables WHERE "
                                         "schemaname = 'public'").fetchall():
                for row in conn.execute(f"SELECT * FROM {table}").fetchall():
                    out += [bytes(v) if isinstance(v, bytes | memoryview) else
                            str(v).encode() for v in row]
        return b"\n".join(out)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.storage.close()


def enrolled_house(server: LiveServer, template: Template, root: Path,
                   laptops: int = 3) -> list[Vault]:
    """The template's first laptop connects; the others join with enrolment codes."""
    first = root / "d0"
    shutil.copytree(template.folders[0], first)
    manager = open_device(first, template)
    connect(manager, server.url, create_org(server.storage, "Harbour Network"))
    vaults = [manager]
    for i in range(1, laptops):
        code = create_code(manager, f"laptop {i}", (f"Worker {i}", Role.STAFF))
        vault, _ = join(root / f"d{i}", server.url, code, f"Worker {i}", PASSPHRASE,
                        kdf=crypto.MIN_KDF)
        vaults.append(vault)
    return vaults
