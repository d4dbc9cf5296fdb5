"""Convergence: three devices, random edits (the same field on two devices included), random
partial syncs in random order; at the end every device holds the same records, every write
is in every device's history, and nothing was applied twice."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from safehaven.domain import models as m
from safehaven.services import checkins, needs, residents
from safehaven.store import reads
from safehaven.store.tables import table_of
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.replica import applied_log
from tests.sync.harness import Template, context, copy_house, make_template

_TEMPLATE: list[Template] = []
_ROOT = Path(tempfile.mkdtemp(prefix="safehaven-sync-"))
FIELDS = ["pronouns", "gender", "cultural_notes"]
VALUES = ["a", "b", "c", "she/her", "they/them", None]
COMPARED = [m.Resident, m.CheckIn, m.Need, m.StageChange, m.Device, m.Staff]


def template() -> Template:
    if not _TEMPLATE:
        _TEMPLATE.append(make_template(_ROOT / "template", devices=3))
    return _TEMPLATE[0]


class House(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.dir = Path(tempfile.mkdtemp(dir=_ROOT))
        self.vaults = copy_house(template(), self.dir)
        self.ctxs = [context(v) for v in self.vaults]
        self.writes: list[tuple[str, str, object]] = []
        self.names = 0

    def teardown(self) -> None:
        for vault in getattr(self, "vaults", []):
            vault.close()
        shutil.rmtree(getattr(self, "dir", _ROOT / "none"), ignore_errors=True)

    def _known(self, device: int) -> list[str]:
        return [r.id for r in reads.all_of(self.vaults[device].conn, m.Resident)]

    @rule(device=st.integers(0, 2))
    def add_resident(self, device: int) -> None:
        self.names += 1
        residents.add(self.ctxs[device], f"Resident {self.names}")

    @rule(device=st.integers(0, 2), pick=st.integers(0, 1000), field=st.sampled_from(FIELDS),
          value=st.sampled_from(VALUES))
    def edit(self, device: int, pick: int, field: str, value: object) -> None:
        known = self._known(device)
        if known:
            rid = known[pick % len(known)]
            if residents.update(self.ctxs[device], rid, **{field: value}).changes:
                self.writes.append((rid, field, value))

    @rule(device=st.integers(0, 2), pick=st.integers(0, 1000), mood=st.integers(1, 5))
    def check_in(self, device: int, pick: int, mood: int) -> None:
        known = self._known(device)
        if known:
            checkins.record(self.ctxs[device], known[pick % len(known)], mood,
                            confirmed=True)

    @rule(device=st.integers(0, 2), pick=st.integers(0, 1000),
          status=st.sampled_from(["open", "in-progress", "met"]))
    def need(self, device: int, pick: int, status: str) -> None:
        vault = self.vaults[device]
        found = reads.all_of(vault.conn, m.Need)
        if found and pick % 2:
            needs.update(self.ctxs[device], found[pick % len(found)].id, status=status)
        elif self._known(device):
            needs.add(self.ctxs[device], self._known(device)[0], "education")

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2), cut=st.none() | st.integers(0, 30))
    def sync(self, src: int, dst: int, cut: int | None) -> None:
        if src == dst:
            return
        envelopes = outgoing(self.vaults[src], applied_log.highest_seq(self.vaults[dst].conn))
        if cut is not None:  # the transfer broke off part way
            envelopes = envelopes[:cut]
        report = receive(self.vaults[dst], envelopes)
        assert report.quarantined == []

    @precondition(lambda self: hasattr(self, "vaults"))
    @invariant()
    def change_sets_are_numbered_without_gaps(self) -> None:
        for vault in self.vaults:
            own = [s for (s,) in vault.conn.execute(
                "SELECT device_seq FROM change_sets WHERE device_id = ? ORDER BY device_seq",
                (vault.device_id,))]
            assert own == list(range(1, len(own) + 1))

    def converge(self) -> None:
        for _ in range(2):
            for src in range(3):
                for dst in range(3):
                    if src != dst:
                        receive(self.vaults[dst], outgoing(self.vaults[src]))
        snapshots = []
        for vault in self.vaults:
            tables = {t.__name__: applied_log.row_values(vault.conn, table_of(t).name,
                                                         table_of(t).columns)
                      for t in COMPARED}
            sets = vault.conn.execute(
                "SELECT s.id, count(l.change_id) FROM change_sets s LEFT JOIN change_log l "
                "ON l.changeset = s.local_id GROUP BY s.id ORDER BY s.id").fetchall()
            pending = vault.conn.execute("SELECT count(*) FROM pending_changes").fetchone()[0]
            assert pending == 0
            snapshots.append((tables, sets))
        assert snapshots[0] == snapshots[1] == snapshots[2]
        for vault in self.vaults:  # every write is in every device's history
            for rid, field, value in self.writes:
                values = [json.loads(v) for (v,) in vault.conn.execute(
                    "SELECT value FROM change_log WHERE table_name = 'residents' AND "
                    "row_id = ? AND field = ?", (rid, field))]
                assert value in values


class ConvergingHouse(House):
    def teardown(self) -> None:
        if hasattr(self, "vaults"):
            self.converge()
        super().teardown()


TestConvergence = ConvergingHouse.TestCase
TestConvergence.settings = settings(max_examples=200, stateful_step_count=50, deadline=None,
                                    suppress_health_check=[HealthCheck.too_slow,
                                                           HealthCheck.data_too_large])
