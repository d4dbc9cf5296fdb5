"""Organisation admin on the server: one organisation, many houses, their laptops.

A house is added by the server's admin with a name and gets a one-time token; the house's
first laptop spends it (`sync connect`) and the house is then bound to the laptop's site
id. Listings show routing facts only (ids, names the admin chose, times, sizes), never
anything of a record.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.server.db import Tx
from safehaven.server.storage import Storage, token_hash


class AdminRefused(SafeHavenError):
    """An admin command that would do the wrong thing (a second organisation by mistake,
    a house nobody can find); `kind` says which, for scripts and tests."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Org:
    id: str
    name: str
    created: str
    houses: int


@dataclass(frozen=True, slots=True)
class House:
    id: str
    org: str
    name: str
    site_id: str | None
    created: str
    registered: str | None
    devices: int
    revoked_devices: int
    last_seen: str | None
    changesets: int
    used_bytes: int
    quota_bytes: int | None  # in effect: its own, else the server's default; None: no limit
    quota_default: bool  # the server's default applies (no quota of its own)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Device:
    id: str
    house_id: str | None
    house: str | None
    org: str
    created: str
    last_seen: str | None
    revoked: bool
    changesets: int
    used_bytes: int
    app_version: str | None  # the version it last sent; None: not since the server knew
    name: str | None  # as its house named it (it says so with each request); None: not yet

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def orgs(storage: Storage) -> list[Org]:
    with storage.read() as db:
        return [Org(str(i), str(n), str(c), int(h)) for i, n, c, h in db.all(
            "SELECT o.id, o.name, o.created, (SELECT count(*) FROM houses h WHERE "
            "h.org_id = o.id) FROM orgs o ORDER BY o.created, o.name")]


def find_org(storage: Storage, ref: str) -> Org | None:
    """The organisation with this id or name."""
    return next((o for o in orgs(storage) if ref in (o.id, o.name)), None)


def add_org(storage: Storage, name: str) -> Org:
    name = name.strip()
    if not name:
        raise AdminRefused("name", tr("Give the organisation a name."))
    with storage.tx() as db:
        if db.one(f"SELECT 1 FROM orgs WHERE name = {db.p}", (name,)):
            raise AdminRefused("exists", tr("An organisation called {name} already exists.",
                                            name=name))
        org_id, created = secrets.token_hex(8), _now()
        db.run(f"INSERT INTO orgs (id, name, created) VALUES ({db.marks(3)})",
               (org_id, name, created))
    return Org(org_id, name, created, 0)


def init(storage: Storage, org_name: str, house_name: str) -> tuple[Org, str]:
    """A new server's organisation and its first house (with that house's token). Refused
    on a server that has an organisation already, so running it twice never splits an
    organisation in two; more organisations are added on purpose with `org add`."""
    existing = orgs(storage)
    if existing:
        raise AdminRefused("initialised", tr(
            "This server is set up already (organisation {name}); add houses with `server "
            "house add`, or another organisation with `server org add`.",
            name=existing[0].name))
    org = add_org(storage, org_name)
    _, token = add_house(storage, org.name, house_name)
    return org, token


def add_house(storage: Storage, org_ref: str, name: str,
              quota_bytes: int | None = None) -> tuple[str, str]:
    """A house of the organisation: returns (its id, its one-time token for `sync connect`)."""
    org = find_org(storage, org_ref)
    if org is None:
        raise AdminRefused("no-org", tr("No organisation {name} on this server.", name=org_ref))
    name = name.strip()
    if not name:
        raise AdminRefused("name", tr("Give the house a name."))
    token = "house_" + secrets.token_urlsafe(24)
    house_id = secrets.token_hex(8)
    with storage.tx() as db:
        if db.one(f"SELECT 1 FROM houses WHERE org_id = {db.p} AND name = {db.p}",
                  (org.id, name)):
            raise AdminRefused("exists", tr("{org} has a house called {name} already.",
                                            org=org.name, name=name))
        db.run("INSERT INTO houses (id, org_id, name, token_hash, quota_bytes, created) "
               f"VALUES ({db.marks(6)})",
               (house_id, org.id, name, token_hash(token), quota_bytes, _now()))
    return house_id, token


def _house_id(db: Tx, ref: str) -> str:
    """A house by id, site id or (unambiguous) name."""
    rows = db.all(f"SELECT id FROM houses WHERE id = {db.p} OR site_id = {db.p} OR "
                  f"name = {db.p}", (ref, ref, ref))
    if not rows:
        raise AdminRefused("no-house", tr("No house {ref} on this server.", ref=ref))
    if len(rows) > 1:
        raise AdminRefused("ambiguous", tr("Several houses are called {ref}: use the house "
                                           "id (see `server houses`).", ref=ref))
    return str(rows[0][0])


def new_house_token(storage: Storage, ref: str) -> str:
    """A fresh one-time token for a house whose first laptop has not connected yet (the
    first token was lost); the old one dies."""
    token = "house_" + secrets.token_urlsafe(24)
    with storage.tx() as db:
        house_id = _house_id(db, ref)
        if not db.run(f"UPDATE houses SET token_hash = {db.p} WHERE id = {db.p} AND "
                      "site_id IS NULL", (token_hash(token), house_id)):
            raise AdminRefused("registered", tr(
                "That house is connected already; add laptops with an enrolment code from "
                "one of its laptops."))
    return token


def set_quota(storage: Storage, ref: str, quota_bytes: int | None) -> None:
    with storage.tx() as db:
        db.run(f"UPDATE houses SET quota_bytes = {db.p} WHERE id = {db.p}",
               (quota_bytes, _house_id(db, ref)))


def houses(storage: Storage, org_ref: str | None = None) -> list[House]:
    org = None
    if org_ref is not None:
        org = find_org(storage, org_ref)
        if org is None:
            raise AdminRefused("no-org", tr("No organisation {name} on this server.",
                                            name=org_ref))
    with storage.read() as db:
        rows = db.all(
            "SELECT h.id, o.name, h.name, h.site_id, h.created, h.registered, "
            "(SELECT count(*) FROM devices d WHERE d.site_id = h.site_id), "
            "(SELECT count(*) FROM devices d WHERE d.site_id = h.site_id AND d.revoked = 1), "
            "(SELECT max(last_seen) FROM devices d WHERE d.site_id = h.site_id), "
            "coalesce(s.next_seq, 0), coalesce(s.used_bytes, 0), h.quota_bytes "
            "FROM houses h JOIN orgs o ON o.id = h.org_id LEFT JOIN sites s ON "
            f"s.id = h.site_id WHERE {db.p} = '' OR h.org_id = {db.p} ORDER BY o.name, h.name",
            (org.id if org else "", org.id if org else ""))
    return [House(str(i), str(o), str(n), s, str(c), r, int(d), int(rv), seen, int(cs),
                  int(used), storage.default_quota if q is None else int(q), q is None)
            for i, o, n, s, c, r, d, rv, seen, cs, used, q in rows]


def devices(storage: Storage, house_ref: str | None = None) -> list[Device]:
    with storage.read() as db:
        site = ""
        if house_ref is not None:
            found = db.one(f"SELECT site_id FROM houses WHERE id = {db.p}",
                           (_house_id(db, house_ref),))
            site = str(found[0]) if found and found[0] else "-"
        rows = db.all(
            "SELECT d.id, h.id, h.name, o.name, d.created, d.last_seen, d.revoked, "
            "coalesce(x.stored, 0), coalesce(x.bytes, 0), d.app_version, d.name FROM devices d "
            "JOIN orgs o ON o.id = d.org_id LEFT JOIN houses h ON h.site_id = d.site_id "
            "LEFT JOIN device_highest x ON x.site_id = d.site_id AND x.device_id = d.id "
            f"WHERE {db.p} = '' OR d.site_id = {db.p} ORDER BY o.name, h.name, d.created",
            (site, site))
    return [Device(str(i), h, hn, str(o), str(c), seen, bool(rv), int(cs), int(used), v, n)
            for i, h, hn, o, c, seen, rv, cs, used, v, n in rows]


def revoke_device(storage: Storage, device_id: str) -> None:
    """Kill a laptop's token at once (its house's laptops also rotate their key when a
    manager revokes it there; this is the server-side switch for a lost laptop)."""
    if not storage.revoke(None, [device_id]):
        with storage.read() as db:
            known = db.one(f"SELECT revoked FROM devices WHERE id = {db.p}", (device_id,))
        if known is None:
            raise AdminRefused("no-device", tr("No device {id} on this server.", id=device_id))


NEAR_QUOTA = 0.9  # a house past this share of its quota is counted in houses_near_quota


def totals(storage: Storage) -> dict[str, int]:
    """Counts for /metrics: how many of each, bytes stored, the largest house's bytes,
    houses near their quota and the last backup's age in seconds (-1: none since the
    server kept it); never an id or a name."""
    default = storage.default_quota
    with storage.read() as db:
        p = db.p
        row = db.one(
            "SELECT (SELECT count(*) FROM orgs), (SELECT count(*) FROM houses), "
            "(SELECT count(*) FROM houses WHERE site_id IS NOT NULL), "
            "(SELECT count(*) FROM devices WHERE revoked = 0), "
            "(SELECT count(*) FROM devices WHERE revoked = 1), "
            "(SELECT coalesce(sum(next_seq), 0) FROM sites), "
            "(SELECT coalesce(sum(used_bytes), 0) FROM sites), "
            "(SELECT coalesce(max(used_bytes), 0) FROM sites), "
            "(SELECT count(*) FROM houses h JOIN sites s ON s.id = h.site_id "
            f" WHERE coalesce(h.quota_bytes, {p}) > 0 AND "
            f" s.used_bytes >= coalesce(h.quota_bytes, {p}) * {p})",
            (default, default, NEAR_QUOTA))
        backed_up = db.one("SELECT value FROM meta WHERE key = 'last_backup'")
    assert row is not None
    keys = ("orgs", "houses", "houses_connected", "devices_active", "devices_revoked",
            "changesets", "stored_bytes", "house_stored_bytes_max", "houses_near_quota")
    out = {k: int(v) for k, v in zip(keys, row, strict=True)}
    age = -1
    if backed_up is not None:
        age = max(0, int((datetime.now(UTC) - datetime.fromisoformat(backed_up[0]))
                         .total_seconds()))
    out["last_backup_age_seconds"] = age
    return out


def create_org(storage: Storage, name: str) -> str:
    """The organisation `name` (made if new) gets a new house; returns that house's
    one-time token. A shortcut for tests and one-house set-ups."""
    org = find_org(storage, name) or add_org(storage, name)
    return add_house(storage, org.name, f"house {secrets.token_hex(3)}")[1]
