"""Sync bundles: the same envelopes on a USB stick, for houses with no internet at all.

    SAFEHAVEN-BUNDLE 1\\n
    {"site": ..., "from": device id, "created": ..., "count": n}\\n
    one envelope per line

The envelopes are encrypted and signed exactly as for the server; the bundle adds only
routing facts a server would see too. Importing goes through the same verify-and-merge path.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.store.files import atomic_write
from safehaven.store.vault import Vault
from safehaven.sync.engine import Received, outgoing, receive
from safehaven.sync.envelope import MAX_ENVELOPE
from safehaven.sync.runs import changesets_in

MAGIC = b"SAFEHAVEN-BUNDLE 1\n"
MAX_BUNDLE = 1024 * 1024 * 1024  # a whole 500-resident year is a few tens of MB
MAX_HEADER = 64 * 1024


class BadBundle(SafeHavenError):
    def __init__(self, reason: str) -> None:
        super().__init__(tr("This is not a usable sync bundle ({reason}); nothing was "
                            "imported.", reason=reason))


def export_bundle(vault: Vault, out: Path, held_by_receiver: dict[str, int] | None = None
                  ) -> int:
    """Write what the receiver lacks (everything, by default); returns how many change
    sets went in (a run envelope holds many)."""
    envelopes = outgoing(vault, held_by_receiver)
    header = {"site": vault.site_id, "from": vault.device_id,
              "created": datetime.now(UTC).isoformat(timespec="seconds"),
              "count": len(envelopes)}  # lines (envelopes), as the first bundles said
    body = b"".join(e + b"\n" for e in envelopes)
    atomic_write(Path(out), MAGIC + json.dumps(header).encode() + b"\n" + body)
    return changesets_in(envelopes)


def import_bundle(vault: Vault, path: Path) -> Received:
    """Apply a bundle's envelopes. Its size is checked before anything is read, its header
    is read with a length cap (a header nested or padded to exhaust memory is refused),
    and a line longer than any envelope is set aside unread."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_BUNDLE:
            raise BadBundle(tr("larger than any house's bundle"))
        with Path(path).open("rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise BadBundle(tr("not a bundle file"))
            line = fh.readline(MAX_HEADER + 1)
            if len(line) > MAX_HEADER:
                raise BadBundle(tr("damaged header"))
            header = json.loads(line)
            if not isinstance(header, dict):
                raise BadBundle(tr("damaged header"))
            if header.get("site") != vault.site_id:
                raise BadBundle(tr("it belongs to another house"))
            envelopes = list(_lines(fh))
    except (FileNotFoundError, IsADirectoryError):
        raise BadBundle(tr("file not found")) from None
    except (ValueError, RecursionError) as exc:
        raise BadBundle(tr("damaged header")) from exc
    return receive(vault, envelopes)


def _lines(fh: BinaryIO) -> Iterator[bytes]:
    """The envelope lines, each read with a cap: the rest of an overlong line is skipped
    without being held (it can be no envelope this app wrote)."""
    while True:
        line = fh.readline(MAX_ENVELOPE + 2)
        if not line:
            return
        if len(line) > MAX_ENVELOPE + 1 and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            continue
        line = line.rstrip(b"\n")
        if line.strip():
            yield line
