"""What the Sync page and `safehaven sync` show, and the bundle use cases they call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads, syncstate
from safehaven.sync import bundle, client, enrolment


def pending_changes(ctx: Context) -> int:
    """Change sets written on this laptop."""
    ctx.require(Action.READ_RECORDS)
    return int(ctx.conn.execute("SELECT count(*) FROM change_sets WHERE device_id = ?",
                                (ctx.vault.device_id,)).fetchone()[0])


def status(ctx: Context) -> dict[str, Any]:
    ctx.require(Action.READ_RECORDS)
    conn = ctx.conn
    own = conn.execute("SELECT count(*) FROM change_sets WHERE device_id = ?",
                       (ctx.vault.device_id,)).fetchone()[0]
    link = syncstate.server_link(conn)
    return {
        "device_id": ctx.vault.device_id,
        "server": link.url if link else None,
        "last_sync": link.last_sync if link else None,
        "last_error": link.last_error if link else None,
        "local_changesets": own,
        "received_changesets": reads.count(conn, "change_sets") - own,
        "conflicts": syncstate.open_conflicts(conn) if ctx.may(Action.MANAGE_STAFF) else [],
        "quarantined": [{"changeset": c, "reason": r} for c, r in syncstate.quarantined(conn)],
    }


def export_bundle(ctx: Context, out: Path) -> int:
    """Everything this laptop holds, sealed for the house, in one file for a USB stick."""
    ctx.require(Action.READ_RECORDS)
    syncstate.ensure_site_key(ctx.vault)
    return bundle.export_bundle(ctx.vault, out)


def import_bundle(ctx: Context, path: Path) -> dict[str, Any]:
    ctx.require(Action.RECORD_CHECKIN)
    report = bundle.import_bundle(ctx.vault, path)
    return {"applied": report.applied, "skipped": report.skipped,
            "conflicts": report.conflicts,
            "quarantined": [{"changeset": c, "reason": r} for c, r in report.quarantined]}


def connected(ctx: Context) -> bool:
    return syncstate.server_link(ctx.conn) is not None


def sync_now(ctx: Context) -> dict[str, Any]:
    """One round with the server: push, pull, compare digests."""
    ctx.require(Action.RECORD_CHECKIN)
    return client.sync_round(ctx.vault).as_dict()


def enrol_code(ctx: Context, device_name: str) -> str:
    """A one-time code another laptop joins this house with (managers only)."""
    ctx.require(Action.MANAGE_STAFF)
    return enrolment.create_code(ctx.vault, device_name)


def revoke_device(ctx: Context, device_id: str) -> int:
    """Take a laptop out of the house (lost, stolen, retired); returns the new key version."""
    ctx.require(Action.MANAGE_STAFF)
    return enrolment.revoke_device(ctx.vault, device_id)


def devices(ctx: Context) -> list[dict[str, Any]]:
    ctx.require(Action.READ_RECORDS)
    return [{"id": d, "name": n, "enrolled_at": e, "revoked": bool(r),
             "this_laptop": d == ctx.vault.device_id}
            for d, n, e, r in ctx.conn.execute(
                "SELECT id, name, enrolled_at, revoked FROM devices ORDER BY enrolled_at, id")]
