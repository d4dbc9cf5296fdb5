"""What destroying one child's records costs on one laptop (issue 30, item 5;
docs/benchmarks.md): the erasing transaction, the compaction (VACUUM and an emptied WAL)
and the vault's size before and after, on demo houses of growing size. One closed child
(the demo's first) is destroyed in each.

Run: python bench/bench_destruction.py [residents ...]   (default: 20 60)
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safehaven.domain.models import Resident
from safehaven.services import closures, synthetic
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store import destruction as store

NOW = datetime(2026, 11, 26, 9, 30)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [20, 60]
    print(f"Destruction on {platform.node()}: {os.cpu_count()} cores (shared), "
          f"Python {platform.python_version()}; demo houses of 120 days")
    print(f"{'residents':>9} {'rows erased':>11} {'change sets':>11} {'erase s':>8} "
          f"{'compact s':>9} {'MB before':>9} {'MB after':>8}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            from safehaven.store.vault import Vault

            vault, _ = Vault.create(Path(tmp) / "v", house="Casa", organisation="Harbour",
                                    staff_name="Manager", passphrase="benchmark passphrase",
                                    kdf=crypto.MIN_KDF)
            ctx = Context.for_vault(vault, now=lambda: NOW)
            synthetic.generate(ctx, residents=size, days=120, seed=7, today=NOW.date())
            rid = reads.all_of(vault.conn, Resident)[0].id
            if rid not in closures.closed_map(vault.conn):
                closures.close(ctx, rid, "turned-18")
            vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            before = (vault.folder / "vault.db").stat().st_size / 1e6
            start = time.perf_counter()
            with vault.transaction():
                gone = store.erase_resident(vault.conn, rid, "bench")
            erase = time.perf_counter() - start
            start = time.perf_counter()
            store.compact(vault.conn)
            compact = time.perf_counter() - start
            after = (vault.folder / "vault.db").stat().st_size / 1e6
            print(f"{size:>9} {gone.rows:>11} {len(gone.changesets):>11} {erase:>8.2f} "
                  f"{compact:>9.2f} {before:>9.1f} {after:>8.1f}")
            vault.close()


if __name__ == "__main__":
    main()
