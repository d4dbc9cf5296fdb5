"""`safehaven server ...`: run the sync server and administer its organisations and houses.

Settings come from flags that hold no secret, SAFEHAVEN_* variables and a TOML file
(`server/config.py`); a PostgreSQL address never has to appear on the command line.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from safehaven.cli.common import print_json
from safehaven.errors import InvalidValue
from safehaven.i18n import tr, tr_n

log = logging.getLogger("safehaven.server")


def _config(args: argparse.Namespace) -> Any:
    from safehaven.server import config

    flags = {name: getattr(args, name, None) for name in
             ("data", "host", "port", "log_file", "log_level", "workers")}
    return config.load(flags, config_file=getattr(args, "config", None))


@contextmanager
def _store(args: argparse.Namespace, create: bool = False) -> Iterator[Any]:
    """The configured store (migrated on opening), closed afterwards; logs on stderr, so
    standard output stays the command's answer. Only `init` may `create` it: any other
    command on a missing store says so (a wrong setting must not yield an empty store)."""
    from safehaven.server import logjson
    from safehaven.server.app import open_configured

    settings = _config(args)
    logjson.setup("warning", settings.log_file, sys.stderr)
    storage = open_configured(settings, serving=False, create=create)
    try:
        yield storage
    finally:
        storage.close()


def cmd_server(args: argparse.Namespace) -> None:
    """Run the sync server (it holds no keys and no records, only sealed change sets)."""
    from safehaven.server import logjson
    from safehaven.server.app import open_configured
    from safehaven.server.holding import Hold

    settings = _config(args)
    logjson.setup(settings.log_level, settings.log_file)
    hold = Hold(settings.store_address(), exclusive=False)  # `restore` waits for our end
    try:
        with metrics_shared(settings.workers):
            _serve(args, settings, open_configured(settings))
    finally:
        hold.release()


@contextmanager
def metrics_shared(workers: int) -> Iterator[None]:
    """Several workers count into files in one private folder (prometheus_client's
    multiprocess mode), so every scrape of /metrics, whichever worker answers it, shows
    the totals of all. A folder the admin named (PROMETHEUS_MULTIPROC_DIR) is emptied
    first, as that mode needs; one of our own is removed afterwards."""
    import os
    import shutil
    import tempfile

    if workers <= 1:
        yield
        return
    given = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    folder = Path(given) if given else Path(tempfile.mkdtemp(prefix="safehaven-metrics-"))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for old in folder.glob("*.db"):
        old.unlink()
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)  # the workers inherit it
    try:
        yield
    finally:
        if not given:
            shutil.rmtree(folder, ignore_errors=True)
            os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)


def _serve(args: argparse.Namespace, settings: Any, storage: Any) -> None:
    import uvicorn

    from safehaven.server.app import create_app

    # uvicorn stops gracefully on SIGTERM/SIGINT, then raises the signal again with the
    # handlers it found: these make that a clean exit (status 0, the pool closed below),
    # which systemd and container runtimes read as a stop, not a crash.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop)
    try:
        tls = {}
        if settings.tls_cert is not None:
            tls = {"ssl_certfile": str(settings.tls_cert), "ssl_keyfile": str(settings.tls_key)}
        log.info("server starting", extra={"fields": {
            "host": settings.host, "port": settings.port, "tls": bool(tls),
            "store": storage.kind, "min_app_version": settings.min_app_version,
            "latest_app_version": settings.latest_app_version}})
        common: dict[str, Any] = dict(
            host=settings.host, port=settings.port, log_config=None, access_log=False,
            proxy_headers=settings.forwarded_allow_ips is not None,
            forwarded_allow_ips=settings.forwarded_allow_ips or "",
            limit_concurrency=settings.max_connections, timeout_keep_alive=5,
            timeout_graceful_shutdown=20, **tls)
        if settings.workers > 1:
            # Each worker process opens the store itself, from the same settings: the
            # flags go to them through the environment (none of them is a secret).
            import os

            for name in ("data", "host", "port", "log_file", "log_level"):
                if getattr(args, name, None) is not None:
                    os.environ["SAFEHAVEN_" + name.upper()] = str(getattr(args, name))
            if getattr(args, "config", None) is not None:
                os.environ["SAFEHAVEN_CONFIG"] = str(args.config)
            uvicorn.run("safehaven.server.app:app_from_environment", factory=True,
                        workers=settings.workers, **common)
        else:
            uvicorn.run(create_app(storage, settings), **common)
    finally:
        storage.close()  # the pool's connections go back to PostgreSQL
        log.info("server stopped")


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(0)


def cmd_init(args: argparse.Namespace) -> None:
    from safehaven.server import admin

    with _store(args, create=True) as storage:
        org, token = admin.init(storage, args.org, args.house)
    print(tr("Organisation {org} created, with its first house {house}. The house's "
             "one-time token (for `sync connect` on its first laptop):",
             org=org.name, house=args.house))
    print(token)


def cmd_org_add(args: argparse.Namespace) -> None:
    from safehaven.server import admin

    with _store(args) as storage:
        org = admin.add_org(storage, args.name)
    print(tr("Organisation {org} added ({id}); give it houses with `server house add`.",
             org=org.name, id=org.id))


def cmd_orgs(args: argparse.Namespace) -> None:
    from safehaven.server import admin

    with _store(args) as storage:
        found = admin.orgs(storage)
    if args.json:
        print_json([{"id": o.id, "name": o.name, "created": o.created, "houses": o.houses}
                    for o in found])
        return
    if not found:
        print(tr("No organisation yet: start with `server init`."))
    for o in found:
        print(f"{o.id}  {o.name}  " + tr_n("{n} house", "{n} houses", o.houses))


def cmd_house_add(args: argparse.Namespace) -> None:
    from safehaven.server import admin

    with _store(args) as storage:
        quota = _mb(args.quota_mb)
        house_id, token = admin.add_house(storage, args.org, args.name, quota)
    print(tr("House {name} added ({id}). Its one-time token (for `sync connect` on the "
             "house's first laptop):", name=args.name, id=house_id))
    print(token)


def cmd_house_token(args: argparse.Namespace) -> None:
    from safehaven.server import admin

    with _store(args) as storage:
        token = admin.new_house_token(storage, args.house)
    print(tr("A new one-time token for the house (the earlier one no longer works):"))
    print(token)


def cmd_house_quota(args: argparse.Namespace) -> None:
    from safehaven.server import admin

    with _store(args) as storage:
        admin.set_quota(storage, args.house, _mb(args.mb))
    print(tr("Storage quota of {house}: {mb} MB.", house=args.house, mb=args.mb) if args.mb
          else tr("{house} now has the server's default quota.", house=args.house))


def _mb(value: int | None) -> int | None:
    if value is None or value == 0:
        return None
    if value < 0:
        raise InvalidValue("quota", tr("a quota cannot be negative"))
    return value * 1024 * 1024


def cmd_houses(args: argparse.Namespace) -> None:
    from safehaven.server import admin

    with _store(args) as storage:
        found = admin.houses(storage, args.org)
    if args.json:
        print_json([h.as_dict() for h in found])
        return
    if not found:
        print(tr("No houses yet: add one with `server house add`."))
    for h in found:
        state = tr("waiting for its first laptop") if h.site_id is None else tr(
            "{n} laptops, last seen {when}", n=h.devices - h.revoked_devices,
            when=h.last_seen or tr("never"))
        quota = f" / {h.quota_bytes // 1048576} MB" if h.quota_bytes else ""
        if quota and h.quota_default:
            quota += " " + tr("(the server's default)")
        print(f"{h.id}  {h.org} / {h.name}  {state}  "
              f"{h.used_bytes / 1048576:.1f} MB{quota}")


def cmd_devices(args: argparse.Namespace) -> None:
    from safehaven.server import admin

    with _store(args) as storage:
        found = admin.devices(storage, args.house)
    if args.json:
        print_json([d.as_dict() for d in found])
        return
    if not found:
        print(tr("No laptops yet: a house's first laptop connects with the house's token."))
    for d in found:
        seen = d.last_seen or tr("never")
        mark = "  (" + tr("revoked") + ")" if d.revoked else ""
        version = "  " + tr("app {version}", version=d.app_version) if d.app_version else ""
        name = f"  \"{d.name}\"" if d.name else ""
        print(f"{d.id}{name}  {d.org} / {d.house}  " + tr("last seen {when}", when=seen) +
              f"{version}  {d.used_bytes / 1048576:.1f} MB{mark}")


def cmd_device_revoke(args: argparse.Namespace) -> None:
    from safehaven.server import admin

    with _store(args) as storage:
        admin.revoke_device(storage, args.device)
    print(tr("Device {id}: its token no longer works. Revoke it on a laptop of its house "
             "too, so the house changes its key.", id=args.device))


def cmd_backup(args: argparse.Namespace) -> None:
    from safehaven.server import backup

    with _store(args) as storage:
        backup.backup(storage, args.out)
    print(tr("Server backup written to {path}.", path=args.out))


def cmd_restore(args: argparse.Namespace) -> None:
    from safehaven.server import backup, logjson

    settings = _config(args)
    logjson.setup("warning", settings.log_file, sys.stderr)
    version = backup.restore(settings.store_address(), args.file)
    print(tr("Server store restored from {path} (store version {v}). Start the server: "
             "each laptop refills what the copy lacks at its next sync.", path=args.file,
             v=version))


def cmd_migrate(args: argparse.Namespace) -> None:
    from safehaven.server import migrations

    with _store(args) as storage, storage.read() as db:
        now = migrations.version(db, storage.backend)
    print(tr("The server store is at version {v}.", v=now))


def cmd_collect(args: argparse.Namespace) -> None:
    from datetime import timedelta

    from safehaven.server import chunk_store

    days = _config(args).chunk_retention_days
    with _store(args) as storage:
        gone = chunk_store.collect(storage, timedelta(days=days))
    if args.json:
        print_json({"collected": gone, "retention_days": days})
        return
    print(tr("{n} chunks of removed documents erased (kept {days} days after removal).",
             n=gone, days=days))


def cmd_config(args: argparse.Namespace) -> None:
    settings = _config(args)
    shown = settings.described()
    if args.json:
        print_json({"settings": shown, "from": settings.source})
        return
    for name, value in shown.items():
        where = settings.source.get(name, tr("default"))
        print(f"{name} = {value}  ({where})")


def _store_options(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """Where the settings are; the same on `server` and each of its subcommands."""
    # a subcommand keeps the parent's
    keep: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    parser.add_argument("--config", type=Path, help=tr(
        "a TOML settings file (or SAFEHAVEN_CONFIG); see docs/server.md"), **keep)
    parser.add_argument("--data", type=Path, help=tr(
        "the folder of the SQLite store (or SAFEHAVEN_DATA); not used with PostgreSQL, "
        "which is named by SAFEHAVEN_DB_URL"), **keep)


def register(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add `server ...` to the main parser."""
    srv = sub.add_parser("server", help=tr("run the central sync server, or manage its "
                                           "organisations, houses and laptops"))
    srv.set_defaults(func=cmd_server, own_logs=True)
    _store_options(srv, top=True)
    srv.add_argument("--host", help=tr("address to listen on (default 127.0.0.1)"))
    srv.add_argument("--port", type=int, help=tr("port to listen on (default 8765)"))
    srv.add_argument("--log-file", type=Path, help=tr(
        "write JSON log lines to this file (0600) instead of standard output"))
    srv.add_argument("--log-level", choices=["debug", "info", "warning", "error"],
                     help=tr("how much to log (default info)"))
    srv.add_argument("--workers", type=int, help=tr(
        "server processes sharing the port and the store (default 1)"))
    srv_sub = srv.add_subparsers(dest="action")

    def sub_command(name: str, func: Callable[[argparse.Namespace], None], text: str,
                    parent: Any = srv_sub) -> argparse.ArgumentParser:
        c = command(name, func, text, parent)
        c.set_defaults(own_logs=True)
        _store_options(c)
        return c

    c = sub_command("init", cmd_init, tr("set up a new server: its organisation and first "
                                         "house (refused if already set up)"))
    c.add_argument("--org", required=True, help=tr("the organisation's name"))
    c.add_argument("--house", default=tr("first house"), help=tr("the first house's name"))
    c = sub_command("migrate", cmd_migrate, tr("upgrade the store and exit (before "
                                               "starting a new server version)"))
    c = sub_command("backup", cmd_backup, tr("copy the store while the server runs "
                                             "(SQLite backup API, or pg_dump)"))
    c.add_argument("--out", type=Path, required=True, help=tr("the backup file (0600)"))
    c = sub_command("restore", cmd_restore, tr("put a backup back (stop the server first)"))
    c.add_argument("file", type=Path, help=tr("a file made by `server backup`"))
    c = sub_command("collect", cmd_collect, tr("erase removed documents' content kept past "
                                               "the retention period (run daily)"))
    c.add_argument("--json", action="store_true", help=tr("as JSON"))
    c = sub_command("config", cmd_config, tr("show the settings in effect and where each "
                                             "comes from (secrets hidden)"))
    c.add_argument("--json", action="store_true", help=tr("as JSON"))

    org = srv_sub.add_parser("org", help=tr("organisations"))
    org_sub = org.add_subparsers(dest="org_action", required=True)
    c = sub_command("add", cmd_org_add, tr("add an organisation"), org_sub)
    c.add_argument("name", help=tr("the organisation's name"))
    c = sub_command("orgs", cmd_orgs, tr("list the organisations"))
    c.add_argument("--json", action="store_true", help=tr("as JSON"))

    house = srv_sub.add_parser("house", help=tr("houses"))
    house_sub = house.add_subparsers(dest="house_action", required=True)
    c = sub_command("add", cmd_house_add, tr("add a house; prints its one-time token"),
                    house_sub)
    c.add_argument("name", help=tr("the house's name (for this listing only; it never "
                                   "reaches the laptops)"))
    c.add_argument("--org", required=True, help=tr("the organisation (name or id)"))
    c.add_argument("--quota-mb", type=int, help=tr("storage allowed for the house, MB "
                                                   "(default: the server's)"))
    c = sub_command("token", cmd_house_token, tr("a new one-time token for a house not "
                                                 "connected yet"), house_sub)
    c.add_argument("house", help=tr("house id or name"))
    c = sub_command("quota", cmd_house_quota, tr("change a house's storage quota"),
                    house_sub)
    c.add_argument("house", help=tr("house id or name"))
    c.add_argument("--mb", type=int, required=True,
                   help=tr("megabytes allowed; 0 for the server's default"))
    c = sub_command("houses", cmd_houses, tr("list houses with laptops, last seen and "
                                             "storage used"))
    c.add_argument("--org", help=tr("only this organisation (name or id)"))
    c.add_argument("--json", action="store_true", help=tr("as JSON"))

    c = sub_command("devices", cmd_devices, tr("list laptops with last-seen times and "
                                               "storage used"))
    c.add_argument("--house", help=tr("only this house (id or name)"))
    c.add_argument("--json", action="store_true", help=tr("as JSON"))
    device = srv_sub.add_parser("device", help=tr("laptops"))
    device_sub = device.add_subparsers(dest="device_action", required=True)
    c = sub_command("revoke", cmd_device_revoke, tr("kill a laptop's token at once"),
                    device_sub)
    c.add_argument("device", help=tr("the device id (see `server devices`)"))
