"""The rounds of a fault campaign, shared by the CI test (tests/sync/test_faults.py, 500
rounds) and the long one (bench/fault_campaign.py, 10,000): laptops write and sync through
the fault proxy while the server restarts every 100 rounds and its store is rolled back to
an early copy every 200.

With `Disasters` (issue 35; tests/sync/test_disaster_campaign.py, and `--disasters` in the
bench), the rarer events come on top: one laptop's vault restored twice from the same
backup, and another laptop's clock moved hours off and back, while laptops also edit a
field of each other's residents (so merges, and bounded drift, are part of it)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx

from safehaven.domain.models import Resident
from safehaven.services import checkins, residents
from safehaven.store import backup, reads
from safehaven.store.hlc import wall_ms
from safehaven.store.refusal import RefusalKind
from safehaven.store.vault import Vault
from safehaven.sync.client import SyncError
from safehaven.sync.clockcheck import ClockFarOff
from safehaven.sync.replica import quarantine, receive_check
from safehaven.sync.rounds import sync_round
from tests.sync.harness import PASSPHRASE, Template, context, open_device
from tests.sync.server_harness import LiveServer

HOUR_MS = 3600 * 1000
PRONOUNS = ("she/her", "he/him", "they/them", None)


@dataclass
class Disasters:
    """The rare events: laptop `restored` backed up at round `backup_at` and restored from
    that same backup at each of `restores_at` (after a fault-free round, so what it saved
    had reached the server: a disk dies after its sync, and the backup is older); laptop
    `moved`'s clock moved by each phase's hours from its first round to its last (its own
    hybrid clock and the server's `Date` as it reads it, so its rounds stop while it is
    far off, and its saves wait), then set right."""

    template: Template
    folder: Path  # where the backup file goes
    backup_at: int
    restores_at: tuple[int, ...]
    clock_phases: tuple[tuple[int, int, float], ...]  # (from round, to round, hours off)
    restored: int = 0
    moved: int = 1

    def hours_at(self, n: int) -> float:
        return next((h for start, end, h in self.clock_phases if start <= n < end), 0)

    @property
    def clock_to(self) -> int:
        """The round from which the moved laptop's clock stays right."""
        return max(end for _, end, _ in self.clock_phases)


class MovedDate(httpx.BaseTransport):
    """Another transport's answers, their `Date` moved: the server as a laptop whose
    clock is `hours` off reads it."""

    def __init__(self, inner: httpx.BaseTransport, hours: float) -> None:
        self.inner, self.hours = inner, hours

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if "date" in response.headers:
            when = parsedate_to_datetime(response.headers["date"])
            moved = when.timestamp() - self.hours * 3600
            response.headers["date"] = format_datetime(
                type(when).fromtimestamp(moved, when.tzinfo), usegmt=True)
        return response


@dataclass
class Campaign:
    server: LiveServer  # the one running now (each restart makes a new one)
    written: set[str] = field(default_factory=set)  # residents' names
    check_ins: int = 0
    failed: int = 0  # rounds that ended in a sync error
    restarts: int = 0
    rollbacks: int = 0
    edits: int = 0  # a resident's pronouns changed
    restores: int = 0
    clock_stopped: int = 0  # rounds the clock check stopped (the laptop far off)
    after_fix: set[str] = field(default_factory=set)  # written by it once its clock was right


def run_rounds(server: LiveServer, vaults: list[Vault], proxy: Any, rng: random.Random,
               rounds: int, progress: Callable[[int, Campaign], None] | None = None,
               disasters: Disasters | None = None) -> Campaign:
    """`vaults` is changed in place when a laptop is restored (its vault reopened)."""
    done = Campaign(server)
    snapshot_taken = False
    for n in range(rounds):
        if disasters is not None:
            _disaster(n, disasters, vaults, done)
        vault = rng.choice(vaults)
        action = rng.random()
        if action < 0.35:
            name = f"R{n}"
            residents.add(context(vault), name)
            done.written.add(name)
            if disasters is not None and vault is vaults[disasters.moved] and \
                    n >= disasters.clock_to:
                done.after_fix.add(name)
        elif action < 0.6:
            held = reads.all_of(vault.conn, Resident)
            if held:
                checkins.record(context(vault), rng.choice(held).id, rng.randint(1, 5),
                                confirmed=True)
                done.check_ins += 1
        elif action < 0.7 and disasters is not None:
            held = reads.all_of(vault.conn, Resident)
            if held:
                one = rng.choice(held)
                pronouns = rng.choice([p for p in PRONOUNS if p != one.pronouns])
                residents.update(context(vault), one.id, pronouns=pronouns)
                done.edits += 1
        transport = proxy
        if disasters is not None and vault is vaults[disasters.moved] and \
                disasters.hours_at(n):
            transport = MovedDate(proxy, disasters.hours_at(n))
        try:
            sync_round(vault, transport=transport)
        except ClockFarOff:
            done.clock_stopped += 1
        except SyncError:
            done.failed += 1
        if n % 100 == 40:
            done.server.stop()
            if not snapshot_taken:
                done.server.snapshot("early")
                snapshot_taken = True
            elif n % 200 == 140:
                done.server.restore("early")  # the store rolled back to an earlier copy
                done.rollbacks += 1
            done.server = LiveServer(done.server.data, done.server.port, done.server.db)
            done.restarts += 1
        if progress is not None:
            progress(n, done)
    return done


def _disaster(n: int, plan: Disasters, vaults: list[Vault], done: Campaign) -> None:
    kept = plan.folder / "laptop.shbak"
    if n == plan.backup_at:
        backup.write_backup(vaults[plan.restored], kept)
    if n in plan.restores_at:
        vault = vaults[plan.restored]
        _settle_one(vault)  # what it saved reached the server; then its disk dies
        folder = vault.folder
        vault.close()
        backup.restore(kept, folder, PASSPHRASE, "Manager", replace=True)
        vaults[plan.restored] = open_device(folder, plan.template)
        done.restores += 1
    moved, hours = vaults[plan.moved], plan.hours_at(n)
    if hours != plan.hours_at(n - 1):
        moved.clock.now_ms = (lambda: wall_ms() + int(hours * HOUR_MS)) if hours else wall_ms


def _settle_one(vault: Vault) -> None:
    for _ in range(5):
        if sync_round(vault).digest_matches:
            return


@dataclass
class Outcome:
    lost: int = 0
    duplicated: int = 0
    stuck: int = 0  # a laptop whose digest differs from the server's, or a change set aside
    differing: int = 0  # laptops whose residents or check-ins differ from the first's
    ahead_before_time_passed: int = 0  # set aside as dated ahead after the healing rounds
    late_after_fix: int = 0  # saved on the moved laptop after its fix, missing elsewhere then
    set_aside: Counter[str] = field(default_factory=Counter)  # at the end, by kind
    missing: dict[int, set[str]] = field(default_factory=dict)  # laptop -> residents lacking


def settle(vaults: list[Vault], run: Campaign, *, time_passes_h: float = 0) -> Outcome:
    """The network heals (plain rounds for everyone); if `time_passes_h`, the receivers'
    clocks then move that far on (what was dated ahead is released in its time) and it
    heals again. Then every laptop is compared with what was written and with the
    others."""
    out = Outcome()
    matched = _heal(vaults)
    out.ahead_before_time_passed = sum(
        1 for v in vaults for _, r in quarantine.quarantined(v.conn)
        if r.kind is RefusalKind.CLOCK_AHEAD)
    out.late_after_fix = sum(len(run.after_fix - {r.preferred_name for r in reads.all_of(
        v.conn, Resident)}) for v in vaults)
    if time_passes_h:
        real = receive_check.wall_ms
        receive_check.wall_ms = lambda: real() + int(time_passes_h * HOUR_MS)
        try:
            matched = _heal(vaults)
        finally:
            receive_check.wall_ms = real
    first: tuple[Any, ...] | None = None
    for vault, ok in zip(vaults, matched, strict=True):
        names = Counter(r.preferred_name for r in reads.all_of(vault.conn, Resident))
        out.lost += len(run.written - set(names))
        out.duplicated += sum(c - 1 for c in names.values() if c > 1)
        held = reads.count(vault.conn, "check_ins")
        out.lost += max(0, run.check_ins - held)
        out.duplicated += max(0, held - run.check_ins)
        aside = quarantine.quarantined(vault.conn)
        out.stuck += int(not ok) + len(aside)
        out.set_aside.update(r.kind.value for _, r in aside)
        if run.written - set(names):
            out.missing[vaults.index(vault)] = run.written - set(names)
        state = _state(vault)
        if first is None:
            first = state
        elif state != first:
            out.differing += 1
    return out


def _heal(vaults: list[Vault]) -> list[bool]:
    matched = [False] * len(vaults)
    for _ in range(8):
        reports = [sync_round(v) for v in vaults]
        matched = [r.digest_matches for r in reports]
        if all(matched) and not any(r.pulled for r in reports):
            break
    return matched


def _state(vault: Vault) -> tuple[Any, ...]:
    """What a person sees of the campaign's records, row by row."""
    conn = vault.conn
    return (conn.execute("SELECT id, preferred_name, pronouns, stage FROM residents "
                         "ORDER BY id").fetchall(),
            conn.execute("SELECT id, resident_id, mood, date, shift FROM check_ins "
                         "ORDER BY id").fetchall())
