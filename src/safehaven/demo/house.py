"""A demo house made from nothing: its vault, its staff, then its invented history.

The house is founded, and its staff join, before the first day of that history, so that
each record can be dated by its own moment (demo/timeline.py) and still be accepted by
other laptops, which refuse a change set dated before its author joined.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from safehaven.demo import generator, timeline
from safehaven.services import staff
from safehaven.services.context import Context
from safehaven.store.hlc import wall_ms
from safehaven.store.vault import Vault


def make(folder: Path, passphrase: str, *, residents: int, days: int, seed: int,
         today: date) -> generator.Generated:
    """A demo vault at `folder` with `residents` young people over `days` days; every
    demo staff member (generator.DEMO_STAFF) opens it with `passphrase`."""
    at = int(timeline.founding_moment(today, days).timestamp() * 1000)
    (name, _), *others = generator.DEMO_STAFF
    vault, _ = Vault.create(folder, house="Casa Esperanza", organisation="Harbour Network",
                            staff_name=name, passphrase=passphrase, demo=True,
                            demo_clock=lambda: at)
    ctx = Context.for_vault(vault)
    with ctx.vault:
        ids = [ctx.actor.id] if ctx.actor else []
        for other, role in others:
            ids.append(staff.add(ctx, other, role, passphrase).record.id)
        ctx.vault.clock.now_ms = wall_ms  # founded: the clock reads the wall clock again
        return generator.generate(ctx, residents=residents, days=days, seed=seed,
                                  staff_ids=ids)
