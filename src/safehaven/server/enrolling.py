"""Houses and laptops joining: a house's one-time token spent by its first laptop, an
enrolment package kept sealed for the next, and that laptop's join."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from safehaven.server.connected import Connected
from safehaven.server.db import Tx
from safehaven.server.shapes import DeviceAuth, Refused, token_hash
from safehaven.server.shapes import now_text as _now
from safehaven.sync.protocol import ErrorCode

ENROLMENT_DAYS = 7  # a package nobody fetched is deleted after this (server setting)


class Enrolling(Connected):
    def register(self, house_token: str, site_id: str, device_id: str,
                 public_key: str | None = None, manager_key: str | None = None) -> str:
        """Spend a house's one-time token: the laptop's house (site) and the laptop itself
        are registered; returns the laptop's device token."""
        token = "dev_" + secrets.token_urlsafe(32)
        with self.tx() as db:
            p = db.p
            house = db.one(f"SELECT id, org_id FROM houses WHERE token_hash = {p}",
                           (token_hash(house_token),))
            if house is None:
                raise Refused(403, "token refused")
            if db.one(f"SELECT 1 FROM sites WHERE id = {p}", (site_id,)):
                raise Refused(409, "house already registered")
            db.run(f"UPDATE houses SET token_hash = NULL, site_id = {p}, registered = {p} "
                   f"WHERE id = {p}", (site_id, _now(), house[0]))
            db.run(f"INSERT INTO sites (id, org_id) VALUES ({p}, {p})", (site_id, house[1]))
            self._add_device(db, house[1], site_id, device_id, token_hash(token), public_key)
            if manager_key:  # the manager who connects the house: the first manager key
                db.run(f"INSERT INTO manager_keys (site_id, public_key, added) VALUES "
                       f"({db.marks(3)})", (site_id, manager_key, _now()))
        return token

    @staticmethod
    def _add_device(db: Tx, org_id: str, site_id: str, device_id: str, hashed: str,
                    public_key: str | None = None) -> None:
        p = db.p
        site = db.one(f"SELECT org_id FROM sites WHERE id = {p}", (site_id,))
        if site is None or site[0] != org_id:
            raise Refused(403, "unknown house")
        if db.one(f"SELECT 1 FROM devices WHERE id = {p}", (device_id,)):
            raise Refused(409, "device already registered")
        db.run(f"INSERT INTO devices (id, site_id, org_id, token_hash, created, public_key) "
               f"VALUES ({db.marks(6)})", (device_id, site_id, org_id, hashed, _now(),
                                           public_key))

    def put_enrolment(self, auth: DeviceAuth, enrol_id: str, device_id: str,
                      package: str, public_key: str | None = None,
                      lifetime: timedelta = timedelta(days=ENROLMENT_DAYS)) -> str:
        """Keep a sealed enrolment package until the new laptop fetches it (or it expires,
        after `lifetime`); returns when it expires (ISO 8601, UTC), what the manager is told.

        `enrol_id` is the hash of the token half of the code; the secret half, which seals
        the package, never reaches the server.
        """
        expires = (datetime.now(UTC) + lifetime).isoformat(timespec="seconds")
        with self.tx() as db:
            p = db.p
            db.run(f"DELETE FROM enrol_packages WHERE expires < {p} AND device_token_hash "
                   "IS NULL", (_now(),))
            if db.one(f"SELECT 1 FROM devices WHERE id = {p}", (device_id,)) or db.one(
                    f"SELECT 1 FROM enrol_packages WHERE id = {p} OR device_id = {p}",
                    (enrol_id, device_id)):
                raise Refused(409, "enrolment already exists")
            db.run("INSERT INTO enrol_packages (id, site_id, org_id, device_id, package, "
                   f"created_by, created, expires, public_key) VALUES ({db.marks(9)})",
                   (enrol_id, auth.site_id, auth.org_id, device_id, package, auth.device_id,
                    _now(), expires, public_key))
        return expires

    def join(self, enrol_token: str) -> tuple[str, str, str]:
        """Register the laptop the package was made for; returns (device id, package, the
        device's token: random, issued here once, kept only hashed).

        A join whose answer was lost may be repeated while the laptop has not used its
        token: the repeat gets a new token and the first one dies. Once the laptop has
        used its token, the code yields nothing more, and its package is deleted.
        """
        token = "dev_" + secrets.token_urlsafe(32)
        with self.tx() as db:
            p = db.p
            row = db.one("SELECT site_id, org_id, device_id, package, expires, "
                         f"device_token_hash, public_key FROM enrol_packages WHERE id = {p}",
                         (token_hash(enrol_token),))
            if row is None or row[4] < _now():
                raise Refused(403, "enrolment code refused or expired", ErrorCode.CODE_REFUSED)
            site_id, org_id, device_id, package, _, used_by, public_key = row
            if used_by is not None:
                seen = db.one(f"SELECT seen, revoked FROM devices WHERE id = {p}",
                              (device_id,))
                if seen is None or seen[0] or seen[1] or not package:
                    raise Refused(403, "enrolment code already used", ErrorCode.CODE_REFUSED)
                db.run(f"UPDATE devices SET token_hash = {p} WHERE id = {p}",
                       (token_hash(token), device_id))
            else:
                self._add_device(db, org_id, site_id, device_id, token_hash(token),
                                 public_key)
            db.run(f"UPDATE enrol_packages SET device_token_hash = {p} WHERE id = {p}",
                   (token_hash(token), token_hash(enrol_token)))
        return device_id, package, token

