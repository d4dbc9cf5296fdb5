"""Slows repeated passphrase guesses, across restarts of the app.

The state file holds only a count and a time. Deleting it resets the delay, which is fine:
the delay is against someone guessing at the unlock screen; offline attacks on a copied
key file are what Argon2id's cost is for.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from safehaven.store.files import atomic_write

FREE_ATTEMPTS = 3
MAX_DELAY = 60.0


class Throttle:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            doc = json.loads(self.path.read_text())
            return int(doc["failures"]), float(doc["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @staticmethod
    def delay_for(failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))

    def wait_needed(self) -> float:
        """Seconds to wait before the next attempt may be tried."""
        failures, last = self._read()
        return max(0.0, last + self.delay_for(failures) - self.clock())

    def failed(self) -> None:
        failures, _ = self._read()
        atomic_write(self.path, json.dumps({"failures": failures + 1,
                                            "last": self.clock()}).encode())

    def succeeded(self) -> None:
        if self._read()[0]:
            self.path.unlink(missing_ok=True)
