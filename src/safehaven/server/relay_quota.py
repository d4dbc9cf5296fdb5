"""How many change sets naming another laptop one token may store per hour (issue 32,
item 5). A laptop relays others' change sets only when it reconciles with the server
(after a restore, or a USB bundle), a few thousand at most; an insider's token that
stores junk for made-up laptops (20,000 in 3 s, the red team found) is stopped at the
quota with its own code, which the laptop reports. Counted per server process."""

from __future__ import annotations

import threading
import time

from safehaven.server.storage import DeviceAuth, Item, Refused
from safehaven.sync.protocol import ErrorCode

HOUR = 3600.0


class RelayQuota:
    def __init__(self, per_hour: int) -> None:
        self.per_hour = per_hour
        self._used: dict[str, tuple[float, int]] = {}  # device id -> (window start, count)
        self._lock = threading.Lock()

    def charge(self, auth: DeviceAuth, items: list[Item]) -> None:
        """Count this push's change sets that name another laptop; refuse it whole (413,
        `relay_quota`) when they would take the token past its hour's quota."""
        relayed = sum(1 for item in items if item.device_id != auth.device_id)
        if not relayed or self.per_hour <= 0:
            return
        now = time.monotonic()
        with self._lock:
            start, used = self._used.get(auth.device_id, (now, 0))
            if now - start >= HOUR:
                start, used = now, 0
            if used + relayed > self.per_hour:
                raise Refused(413, "relayed change sets past this laptop's hourly quota",
                              ErrorCode.RELAY_QUOTA)
            self._used[auth.device_id] = (start, used + relayed)
