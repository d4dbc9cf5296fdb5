"""CPU seconds per test, for measuring the suite on a shared machine (docs/benchmarks.md,
"Session 15, the suite"): `pytest -p tests.cpu_times` with CPU_TIMES=<prefix> writes one
JSON line per test (its node id, the CPU seconds of this process and of the processes it
waited for, and the wall seconds) to <prefix>.<xdist worker>.jsonl. Off without CPU_TIMES.
Wall time says little when other sessions share the two cores; CPU time much more."""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Iterator

import pytest


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + waited.ru_utime + waited.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    cpu, wall = _cpu(), time.perf_counter()
    yield
    prefix = os.environ.get("CPU_TIMES")
    if prefix:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        line = {"id": item.nodeid, "cpu": _cpu() - cpu, "wall": time.perf_counter() - wall}
        with open(f"{prefix}.{worker}.jsonl", "a", encoding="utf-8") as out:
            out.write(json.dumps(line) + "\n")
