"""The laptops of a house once they are in: their tokens (checked on every request,
revoked, re-issued), their signing keys and the house's manager keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from safehaven.server.connected import Connected
from safehaven.server.shapes import DeviceAuth, Refused, token_hash
from safehaven.server.shapes import now_text as _now
from safehaven.sync.protocol import ErrorCode

SEEN_EVERY = timedelta(seconds=60)  # last-seen times are kept to the minute, not per request


class Devices(Connected):
    def manager_keys(self, site_id: str) -> set[str]:
        with self.read() as db:
            return {k for (k,) in db.all(f"SELECT public_key FROM manager_keys WHERE "
                                         f"site_id = {db.p}", (site_id,))}

    def set_manager_keys(self, site_id: str, keys: list[str]) -> None:
        """The house's managers as a manager it already trusted says (or the first one)."""
        with self.tx() as db:
            db.run(f"DELETE FROM manager_keys WHERE site_id = {db.p}", (site_id,))
            for key in sorted(set(keys)):
                db.run(f"INSERT INTO manager_keys (site_id, public_key, added) VALUES "
                       f"({db.marks(3)})", (site_id, key, _now()))

    def device_keys(self, site_id: str, device_ids: set[str]) -> dict[str, str | None]:
        """device id -> public signing key (None: registered before keys), for the laptops
        of this house registered here."""
        ids = sorted(device_ids)
        with self.read() as db:
            return {d: k for d, k in db.all(
                f"SELECT id, public_key FROM devices WHERE site_id = {db.p} AND "
                f"id IN ({db.marks(len(ids))})", (site_id, *ids))} if ids else {}

    def learn_key(self, auth: DeviceAuth, public_key: str) -> None:
        """A laptop registered before keys gives its own (only its own token can)."""
        with self.tx() as db:
            db.run(f"UPDATE devices SET public_key = {db.p} WHERE id = {db.p} AND "
                   "public_key IS NULL", (public_key, auth.device_id))

    def authenticate(self, bearer: str | None, app_version: str | None = None,
                     name: str | None = None) -> DeviceAuth:
        """The device the token names; its last-seen time is kept to the minute, and the
        app version (checked by the caller) and the name it sent whenever they change."""
        if not bearer:
            raise Refused(401, "no token")
        with self.read() as db:
            row = db.one(f"SELECT id, site_id, org_id, revoked, seen, last_seen, app_version, "
                         f"name FROM devices WHERE token_hash = {db.p}", (token_hash(bearer),))
        if row is None and self.retired(bearer) is not None:
            raise Refused(401, "token re-issued", ErrorCode.TOKEN_REISSUED)
        if row is None or row[3]:
            raise Refused(401, "token refused")
        now = datetime.now(UTC)
        if not row[4] or row[5] is None or (app_version and app_version != row[6]) or \
                (name and name != row[7]) or datetime.fromisoformat(row[5]) + SEEN_EVERY < now:
            with self.tx() as db:
                p = db.p
                db.run(f"UPDATE devices SET seen = 1, last_seen = {p}, app_version = "
                       f"coalesce({p}, app_version), name = coalesce({p}, name) WHERE id = {p}",
                       (now.isoformat(timespec="seconds"), app_version, name, row[0]))
                if not row[4]:  # its first request: the code that made it is spent for good
                    db.run(f"UPDATE enrol_packages SET package = '' WHERE device_id = {p}",
                           (row[0],))
        return DeviceAuth(*row[:3])

    def retired(self, bearer: str) -> tuple[str, str] | None:
        """(device id, site id) of a token a manager re-issued (server/reissue.py)."""
        with self.read() as db:
            row = db.one(f"SELECT device_id, site_id FROM retired_tokens WHERE token_hash = "
                         f"{db.p}", (token_hash(bearer),))
        return (str(row[0]), str(row[1])) if row else None

    def revoke(self, auth: DeviceAuth | None, device_ids: list[str]) -> int:
        """Revoke devices of `auth`'s house (all houses when auth is None: the admin)."""
        done = 0
        with self.tx() as db:
            p = db.p
            for device_id in device_ids:
                if auth is None:
                    done += db.run(f"UPDATE devices SET revoked = 1 WHERE id = {p} AND "
                                   "revoked = 0", (device_id,))
                else:
                    done += db.run(f"UPDATE devices SET revoked = 1 WHERE id = {p} AND "
                                   f"site_id = {p} AND revoked = 0", (device_id, auth.site_id))
                db.run(f"DELETE FROM enrol_packages WHERE device_id = {p} AND "
                       "device_token_hash IS NULL", (device_id,))
        return done

