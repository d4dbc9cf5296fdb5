"""The server's settings: from the environment, a TOML file, and a few harmless flags.

Secrets (the PostgreSQL address with its password, the metrics token) never need the
command line, where `ps` shows them to every user: they come from the environment
(`SAFEHAVEN_DB_URL`), from a file named by `SAFEHAVEN_DB_URL_FILE` (container secrets),
or from the config file, which is refused when others may read it. Flags win over the
environment, which wins over the file.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from packaging.version import Version

from safehaven import __version__, versions
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.server.db import POSTGRES_PREFIXES

SECRETS = ("db_url", "metrics_token")


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Everything `safehaven server` needs; see docs/server.md for each setting."""

    db_url: str | None = None  # postgresql://...; unset: SQLite in `data`
    data: Path | None = None  # the SQLite store's folder (only with SQLite)
    host: str = "127.0.0.1"
    port: int = 8765
    log_file: Path | None = None  # unset: JSON lines on standard output
    log_level: str = "info"
    tls_cert: Path | None = None  # both set: the server speaks HTTPS itself
    tls_key: Path | None = None
    pool_size: int = 10  # PostgreSQL connections at most, per server process
    workers: int = 1  # server processes on the one port, sharing the one store
    house_quota_mb: int = 0  # storage per house unless set per house; 0: no limit
    enrol_code_days: int = 7  # an enrolment code nobody used stops working after this
    # removed documents' chunks stay this long after a manager's forget before they are
    # collected (a restored laptop or a late bundle may still name them); 0: at once
    chunk_retention_days: int = 30
    min_app_version: str = "0.1.0"  # laptops below this are refused (426) until updated
    latest_app_version: str = __version__  # laptops below this are told an update exists
    metrics_token: str | None = None  # unset: /metrics only for the same machine
    # proxies whose X-Forwarded-For is believed (comma-separated); none by default: any
    # local user could otherwise name any address and slip the per-address limits
    forwarded_allow_ips: str | None = None
    body_seconds: int = 30  # a request body that takes longer is refused (408)
    bodies_in_flight: int = 64  # request bodies read at once, per process; more wait (503)
    max_connections: int = 2000  # per process, below the unit's LimitNOFILE
    # change sets naming other laptops one token may store per hour (0: no limit)
    relay_per_hour: int = 5000
    source: dict[str, str] = field(default_factory=dict, compare=False)  # setting -> where

    @property
    def postgres(self) -> bool:
        return self.db_url is not None

    @property
    def quota_bytes(self) -> int | None:
        return self.house_quota_mb * 1024 * 1024 if self.house_quota_mb > 0 else None

    def store_address(self) -> str:
        """Where the store is: the PostgreSQL address or the SQLite file."""
        if self.db_url is not None:
            return self.db_url
        if self.data is None:
            raise InvalidValue("data", tr("say where the server keeps its data (--data, or "
                                          "SAFEHAVEN_DATA), or give SAFEHAVEN_DB_URL for "
                                          "PostgreSQL"))
        self.data.mkdir(parents=True, exist_ok=True, mode=0o700)
        return str(self.data / "server.db")

    def described(self) -> dict[str, Any]:
        """The settings for a log line or `server config`: secrets show only as set."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "source":
                continue
            value = getattr(self, f.name)
            if f.name in SECRETS and value is not None:
                value = "(set)"
            out[f.name] = str(value) if isinstance(value, Path) else value
        return out


_TYPES: dict[str, type] = {"port": int, "pool_size": int, "house_quota_mb": int,
                           "workers": int, "enrol_code_days": int, "body_seconds": int,
                           "chunk_retention_days": int,
                           "bodies_in_flight": int,
                           "max_connections": int, "relay_per_hour": int}
_PATHS = ("data", "log_file", "tls_cert", "tls_key")


def load(flags: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None,
         config_file: Path | None = None) -> ServerConfig:
    """Settings from (in order of strength) flags, SAFEHAVEN_* variables, the TOML file
    named by `config_file` or SAFEHAVEN_CONFIG, then the defaults."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    source: dict[str, str] = {}
    path = config_file or (Path(env["SAFEHAVEN_CONFIG"]) if env.get("SAFEHAVEN_CONFIG")
                           else None)
    if path is not None:
        for key, value in _read_file(path).items():
            values[key], source[key] = value, str(path)
    names = [f.name for f in fields(ServerConfig) if f.name != "source"]
    for name in names:
        var = "SAFEHAVEN_" + name.upper()
        if env.get(var):
            values[name], source[name] = env[var], var
        elif name in SECRETS and env.get(var + "_FILE"):
            values[name] = _secret_file(var + "_FILE", Path(env[var + "_FILE"]))
            source[name] = var + "_FILE"
    for name, value in (flags or {}).items():
        if value is not None:
            values[name], source[name] = value, "command line"
    return _build(values, source)


def _secret_file(var: str, path: Path) -> str:
    """A secret from the file a *_FILE variable names; a missing or unreadable one is
    named in the error, with the variable that points at it."""
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        error = getattr(exc, "strerror", None) or type(exc).__name__
        raise InvalidValue(var.lower(), tr("{var} names {path}, which cannot be read "
                                           "({error})", var=var, path=path,
                                           error=error)) from exc


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
        mode = path.stat().st_mode
    except OSError as exc:
        raise InvalidValue("config", tr("cannot read {path} ({error})", path=path,
                                        error=exc.strerror or exc)) from exc
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InvalidValue("config", tr("{path} is not valid TOML ({error})", path=path,
                                        error=exc)) from exc
    table = doc.get("server", doc)
    known = {f.name for f in fields(ServerConfig)} - {"source"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise InvalidValue("config", tr("{path}: unknown setting {name}", path=path,
                                        name=unknown[0]))
    holds_secret = any(table.get(k) for k in SECRETS)
    if holds_secret and mode & stat.S_IRWXO:  # 0640 for the server's group is fine
        raise InvalidValue("config", tr("{path} holds a secret and every user may read "
                                        "it: chmod 600 it (or 640 for the server's group)",
                                        path=path))
    return dict(table)


def _build(values: dict[str, Any], source: dict[str, str]) -> ServerConfig:
    clean: dict[str, Any] = {}
    for name, value in values.items():
        try:
            if name in _TYPES:
                clean[name] = _TYPES[name](value)
            elif name in _PATHS:
                clean[name] = Path(value) if str(value) else None
            else:
                clean[name] = str(value) if str(value) else None
        except (TypeError, ValueError) as exc:
            raise InvalidValue(name, tr("{value} is not a number",
                                        value=value)) from exc
    db_url = clean.get("db_url")
    if db_url is not None and not db_url.startswith(POSTGRES_PREFIXES):
        raise InvalidValue("db_url", tr("SAFEHAVEN_DB_URL must be a postgresql:// address"))
    if bool(clean.get("tls_cert")) != bool(clean.get("tls_key")):
        raise InvalidValue("tls", tr("give both the TLS certificate and its key"))
    if not 0 < clean.get("port", 8765) < 65536:
        raise InvalidValue("port", tr("the port must be between 1 and 65535"))
    if not 0 < clean.get("workers", 1) <= 64:
        raise InvalidValue("workers", tr("the number of workers must be between 1 and 64"))
    if not 0 < clean.get("enrol_code_days", 7) <= 90:
        raise InvalidValue("enrol_code_days", tr("an enrolment code lasts 1 to 90 days"))
    if not 0 <= clean.get("chunk_retention_days", 30) <= 3650:
        raise InvalidValue("chunk_retention_days",
                           tr("removed documents' content is kept 0 to 3650 days"))
    if clean.get("pool_size", 10) < 1:
        raise InvalidValue("pool_size", tr("the pool needs at least one connection"))
    for name in ("min_app_version", "latest_app_version"):
        if name in clean and clean[name] is not None:
            parse_version(clean[name])
    return ServerConfig(**{k: v for k, v in clean.items() if v is not None or k in
                           ("db_url", "data", "log_file", "metrics_token")}, source=source)


def parse_version(text: str) -> Version:
    """'1.4.2' -> its Version (safehaven/versions.py); anything else is refused (a typo
    must not lock laptops out)."""
    return versions.parse(text)
