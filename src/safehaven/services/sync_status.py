"""What the Sync page and `safehaven sync` show, and the bundle use cases they call."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safehaven import __version__, formats, versions
from safehaven.domain.models import Resident
from safehaven.domain.vocab import Role
from safehaven.domain.write_rules import staff_needs
from safehaven.errors import InvalidValue, NotFound
from safehaven.i18n import tr, tr_n
from safehaven.services import org_match
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads, restricted
from safehaven.store.hlc import physical
from safehaven.store.refusal import Refusal, RefusalKind
from safehaven.store.tables import BY_NAME, decode_field
from safehaven.sync import bundle, client, clockcheck, enrolment, files, rounds, trust
from safehaven.sync.replica import (
    applied_log,
    conflicts,
    device_keys,
    outbox,
    peers,
    quarantine,
    server_link,
)


def status(ctx: Context) -> dict[str, Any]:
    ctx.require(Action.READ_RECORDS)
    conn = ctx.conn
    own = outbox.own_count(conn, ctx.vault.device_id)
    link = server_link.server_link(conn)
    return {
        "device_id": ctx.vault.device_id,
        "server": link.url if link else None,
        "last_sync": link.last_sync if link else None,
        "last_error": link.last_error if link else None,
        # this laptop's clock against the server's: far off, its changes are set aside by
        # the other laptops (more than six hours ahead) or lose every merge (behind)
        "clock_off_minutes": _clock_off(conn),
        # "required" (the server refuses this version), "available", or None
        "update": update_advice(__version__, server_link.app_versions(conn)),
        "minimum_version": (server_link.app_versions(conn) or ("", ""))[0] or None,
        "latest_version": (server_link.app_versions(conn) or ("", ""))[1] or None,
        "local_changesets": own,
        "received_changesets": reads.count(conn, "change_sets") - own,
        "conflicts": [_described(ctx, c) for c in conflicts.open_conflicts(conn)]
        if ctx.may(Action.MANAGE_STAFF) else [],
        "quarantined": [{"changeset": c, "kind": r.kind.value, "reason": reason(r)}
                        for c, r in quarantine.quarantined(conn)],
    }


def reason(refusal: Refusal) -> str:
    """Why a change set was set aside, for people: one written by a newer SafeHaven says
    what to do (in the user's language); the others keep the receiver's words."""
    if refusal.kind is RefusalKind.UNKNOWN_VERSION:
        return tr("Written by a newer SafeHaven: update SafeHaven on this laptop to read it. "
                  "It waits here meanwhile; everything else keeps syncing.")
    return refusal.message


CLOCK_TOLERANCE_S = clockcheck.TOLERANCE_S


def update_advice(current: str, advertised: tuple[str, str] | None) -> str | None:
    """Whether the server says this laptop must ("required") or may ("available") update
    (server first, then laptops: docs/server.md)."""
    if advertised is None:
        return None
    minimum, latest = (versions.lenient(v) for v in advertised)
    here = versions.lenient(current)
    if minimum > versions.NONE and here < minimum:
        return "required"
    if latest > versions.NONE and here < latest:
        return "available"
    return None


def _clock_off(conn: Any) -> int:
    """Minutes this laptop's clock is ahead (+) or behind (-), when over ten minutes."""
    return clockcheck.minutes_off(server_link.clock_offset(conn))


def clock_warning(ctx: Context) -> str | None:
    """A clock off the server's at the last round, beyond the drift a laptop has anyway
    (the round went on; far off, it would have stopped): words for one line."""
    minutes = _clock_off(ctx.conn)
    if not minutes:
        return None
    if minutes > 0:
        return tr_n("This laptop's clock is {n} minute ahead of the server's: set the right "
                    "date and time.", "This laptop's clock is {n} minutes ahead of the "
                    "server's: set the right date and time.", minutes)
    return tr_n("This laptop's clock is {n} minute behind the server's: set the right date "
                "and time.", "This laptop's clock is {n} minutes behind the server's: set "
                "the right date and time.", -minutes)


def _described(ctx: Context, item: dict[str, Any]) -> dict[str, Any]:
    """A conflict with the record named as staff know it: the resident and what it is."""
    table = BY_NAME.get(item["table_name"])
    name = None
    if table is not None:
        try:
            record = reads.get(ctx.conn, table.model, item["row_id"])
            resident_id = item["row_id"] if table.model is Resident else getattr(
                record, "resident_id", None)
            if resident_id:
                name = reads.get(ctx.conn, Resident, resident_id).preferred_name
            else:
                name = getattr(record, "display_name", None) or getattr(record, "name", None)
        except NotFound:
            name = None
    kind = item["table_name"].replace("_", " ").rstrip("s")
    return {**item, **_opened_values(ctx, item), "record": f"{name} ({kind})" if name else kind,
            "field_label": item["field"].replace("_", " ")}


def _opened_values(ctx: Context, item: dict[str, Any]) -> dict[str, Any]:
    """A conflict over a legal name shows the two names, to those who may read them."""
    out = {}
    for side in ("kept_value", "lost_value"):
        try:
            value = json.loads(item[side]) if item[side] is not None else None
        except ValueError:
            continue
        if restricted.is_sealed(value):
            ring = ctx.vault.keyring if ctx.may(Action.READ_RESTRICTED) else None
            text = (ring or restricted.Keyring()).open(
                item["table_name"], item["row_id"], item["field"], value)
            out[side] = json.dumps(text if text is not None else tr("(sealed)"),
                                   ensure_ascii=False)
    return out


def export_bundle(ctx: Context, out: Path) -> int:
    """Everything this laptop holds, sealed for the house, in one file for a USB stick."""
    ctx.require(Action.READ_RECORDS)
    device_keys.ensure_site_key(ctx.vault)
    return bundle.export_bundle(ctx.vault, out)


def import_bundle(ctx: Context, path: Path) -> Result[dict[str, Any]]:
    """Apply a bundle; its changes are reported as a save's are, so screens refresh."""
    ctx.require(Action.RECORD_CHECKIN)
    report = bundle.import_bundle(ctx.vault, path)
    return Result({"applied": report.applied, "skipped": report.skipped,
                   "conflicts": report.conflicts, "dropped": report.dropped,
                   "quarantined": [{"changeset": c, "kind": r.kind.value, "reason": reason(r)}
                                   for c, r in report.quarantined]},
                  reads.synced_changes(ctx.conn, report.touched))


def held_count(vault: Any) -> int:
    """How many change sets this laptop holds (a new laptop's first pull, in numbers)."""
    return applied_log.held_count(vault.conn)


def connected(ctx: Context) -> bool:
    return server_link.server_link(ctx.conn) is not None


def sync_now(ctx: Context, *, quick: bool = False, content: bool = True
             ) -> Result[dict[str, Any]]:
    """One round with the server: push, pull, compare digests. What it applied here comes
    back as the `Changed` values a save returns, so screens refresh as after a save.

    `quick` (the app's background rounds) gives up after one short try, so the database
    thread is never held for long; the next round picks up where this one stopped.
    `content=False`: documents' content is moved apart (`content_step`), off this thread.
    """
    ctx.require(Action.RECORD_CHECKIN)
    report = rounds.sync_round(ctx.vault, quick=quick, content=content)
    org_match.publish_quietly(ctx, quick=quick)  # the duplicate check across houses
    said = report.as_dict()
    said["quarantined"] = [{"changeset": c, "kind": r.kind.value, "reason": reason(r)}
                           for c, r in report.quarantined]
    return Result(said, reads.synced_changes(ctx.conn, report.touched))


# Documents' content, moved apart from rounds: the database thread reads a step and writes
# what came back; the request runs on a thread of the caller's (a `ContentCarrier`).
ContentBurst = files.Burst
ContentCarrier = files.Carrier
ContentStep = files.Step


def content_step(ctx: Context, burst: files.Burst) -> files.Step | None:
    """The next chunks to send or fetch (None: nothing to move now)."""
    ctx.require(Action.RECORD_CHECKIN)
    return files.next_step(ctx.vault, burst)


def content_settle(ctx: Context, step: files.Step, burst: files.Burst) -> files.Moved:
    """What a carried step moved, kept here (a fetched chunk only if its bytes hash to
    its id)."""
    ctx.require(Action.READ_RECORDS)
    return files.settle(ctx.vault, step, burst)


def connect_server(ctx: Context, url: str, house_token: str,
                   certificate: bytes | None = None) -> None:
    """Register this laptop and its house with a server (managers only), pinning
    `certificate` for it when given (its fingerprint confirmed by the caller)."""
    ctx.require(Action.MANAGE_STAFF)
    client.connect(ctx.vault, url, house_token, certificate=certificate)


def move_server(ctx: Context, url: str, certificate: bytes | None = None) -> client.Moved:
    """The house's server at a new address (managers only): the same laptop, token and
    place in the log; the certificate pinned is `certificate`, else the one pinned before
    when the server presents it there (client.move says what it did)."""
    ctx.require(Action.MANAGE_STAFF)
    return client.move(ctx.vault, url, certificate=certificate)


def certificate_fingerprint(data: bytes) -> str:
    return trust.fingerprint(data)


def same_fingerprint(given: str, data: bytes) -> bool:
    return trust.same_fingerprint(given, data)


def server_reachable(url: str, timeout: float) -> bool:
    """The server answers (no database involved: safe on any thread)."""
    return client.reachable(url, timeout)


def server_url(ctx: Context) -> str | None:
    link = server_link.server_link(ctx.conn)
    return link.url if link else None


def resolve_conflict(ctx: Context, conflict_id: str, *, keep: bool) -> Result[None]:
    """A manager confirms the kept value, or reverses it: the value that lost becomes a new
    write, which reaches every laptop like any other change."""
    ctx.require(Action.MANAGE_STAFF)
    item = conflicts.conflict(ctx.conn, conflict_id)
    if item is None:
        raise InvalidValue("conflict", tr("this conflict was already resolved"))
    with ctx.write() as tx:
        if not keep:
            model = BY_NAME[item["table_name"]].model
            value = decode_field(model, item["field"], json.loads(item["lost_value"]))
            tx.update(model, item["row_id"], **{item["field"]: value})
        conflicts.close_conflict(tx.conn, conflict_id, "kept" if keep else "reversed")
        tx.audit("conflict " + ("kept" if keep else "reversed"), item["table_name"],
                 item["row_id"])
    return Result(None, tuple(tx.changes))


NewCode = enrolment.NewCode  # a code and when it expires (what the app shows)


def enrol_code(ctx: Context, device_name: str, newcomer: str | None = None,
               role: Role | str = Role.STAFF) -> enrolment.NewCode:
    """A one-time code another laptop joins this house with (managers only): for the
    existing staff, or also for a new colleague, named now with their role. With it, when
    the server stops accepting it (the server's setting decides: `code_expiry` words it)."""
    ctx.require(Action.MANAGE_STAFF)
    person = None
    if newcomer is not None and newcomer.strip():
        try:
            person = (newcomer.strip(), Role(role))
        except ValueError:
            raise InvalidValue("role", tr("Choose staff, clinician or manager.")) from None
        for action in staff_needs(person[1]):
            ctx.require(action)
    return enrolment.new_code(ctx.vault, device_name, person)


def code_expiry(expires: datetime) -> str:
    """When a code stops working, in this laptop's local time and the user's language."""
    return formats.day_time(expires.astimezone().replace(tzinfo=None), weekday=True,
                            year=True)


def revoke_device(ctx: Context, device_id: str) -> int:
    """Take a laptop out of the house (lost, stolen, retired); returns the new key version."""
    ctx.require(Action.MANAGE_STAFF)
    return enrolment.revoke_device(ctx.vault, device_id)


def devices(ctx: Context) -> list[dict[str, Any]]:
    """The house's laptops, each with the newest change set this laptop holds from it
    (how old it is says whether anything could be held back) and how many of its change
    sets wait for an earlier one that has not arrived (a gap: the server, or a bundle,
    left one out)."""
    ctx.require(Action.READ_RECORDS)
    activity = applied_log.device_activity(ctx.conn)
    out = []
    for d, n, e, r in peers.device_rows(ctx.conn):
        seq, hlc, waiting = activity.get(d, (0, 0, 0))
        out.append({"id": d, "name": n, "enrolled_at": e, "revoked": bool(r),
                    "this_laptop": d == ctx.vault.device_id, "newest_seq": seq,
                    "newest_at": datetime.fromtimestamp(physical(hlc) / 1000, UTC).isoformat(
                        timespec="seconds") if hlc else None,
                    "waiting_for_gap": waiting})
    return out
