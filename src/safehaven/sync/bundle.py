"""Sync bundles: the same envelopes on a USB stick, for houses with no internet at all.

    SAFEHAVEN-BUNDLE 1\\n            (2 when it carries documents' content)
    {"site": ..., "from": device id, "created": ..., "count": n}\\n
    one envelope per line
    C <chunk id> <base64 of the chunk>   (version 2: one encrypted chunk per line)

The envelopes are encrypted and signed exactly as for the server; the bundle adds only
routing facts a server would see too. Importing goes through the same verify-and-merge path.
Documents' chunks are the encrypted ones the server would hold, each checked against its
id when imported. A bundle without documents stays version 1, which every laptop reads.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.store.files import atomic_write
from safehaven.store.refusal import RefusalKind, Refused
from safehaven.store.vault import Vault
from safehaven.sync import erase
from safehaven.sync.engine import Received, outgoing, receive
from safehaven.sync.envelope import MAX_ENVELOPE
from safehaven.sync.replica import chunk_sync
from safehaven.sync.runs import changesets_in, parse

MAGIC = b"SAFEHAVEN-BUNDLE 1\n"
MAGIC_2 = b"SAFEHAVEN-BUNDLE 2\n"
CHUNK_LINE = b"C "
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
    held = chunk_sync.current_chunks(vault.conn)
    body += b"".join(CHUNK_LINE + cid.encode() + b" " + base64.b64encode(data) + b"\n"
                     for cid, data in held)
    atomic_write(Path(out), (MAGIC_2 if held else MAGIC) + json.dumps(header).encode()
                 + b"\n" + body)
    return changesets_in(envelopes)


def import_bundle(vault: Vault, path: Path) -> Received:
    """Apply a bundle's envelopes. Its size is checked before anything is read, its header
    is read with a length cap (a header nested or padded to exhaust memory is refused),
    and a line longer than any envelope is skipped unread.

    A damaged line (a stick pulled out mid-copy, a bad sector) that is no envelope at all
    is dropped and counted (`Received.dropped`): the good lines apply, the person is told
    how many were lost, and nothing is kept of it (kept, an unreadable line had no id to
    be released by when the same change sets arrived intact). A readable envelope that
    fails its checks is still set aside under its id, as from the server."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_BUNDLE:
            raise BadBundle(tr("larger than any house's bundle"))
        with Path(path).open("rb") as fh:
            if fh.read(len(MAGIC)) not in (MAGIC, MAGIC_2):
                raise BadBundle(tr("not a bundle file"))
            line = fh.readline(MAX_HEADER + 1)
            if len(line) > MAX_HEADER:
                raise BadBundle(tr("damaged header"))
            header = json.loads(line)
            if not isinstance(header, dict):
                raise BadBundle(tr("damaged header"))
            if header.get("site") != vault.site_id:
                raise BadBundle(tr("it belongs to another house"))
            envelopes, chunks = [], []
            lines = _Lines(fh)
            for line in lines:
                if line.startswith(CHUNK_LINE):
                    chunks.append(line)
                elif _readable(line):
                    envelopes.append(line)
                else:
                    lines.dropped += 1
    except (FileNotFoundError, IsADirectoryError):
        raise BadBundle(tr("file not found")) from None
    except (ValueError, RecursionError) as exc:
        raise BadBundle(tr("damaged header")) from exc
    received = receive(vault, envelopes)
    good = list(_chunks(chunks))
    chunk_sync.keep(vault, good)  # each kept only if it matches its id
    chunk_sync.forget_removed_here(vault, received.touched)
    if any(table == "destructions" for table, _ in received.touched):
        erase.carry_out(vault)  # an approval or a receipt came on the stick
    received.dropped = lines.dropped + len(chunks) - len(good)
    return received


def _readable(line: bytes) -> bool:
    """Whether a line is an envelope whose header can be read (its id, its laptop): one
    of a newer format counts, it waits for an update under the ids it names."""
    try:
        parse(line)
    except Refused as refused:
        return refused.kind is RefusalKind.UNKNOWN_VERSION
    return True


def _chunks(lines: list[bytes]) -> Iterator[tuple[str, bytes]]:
    for line in lines:
        _, cid, text = [*line.split(b" ", 2), b"", b""][:3]
        try:
            yield cid.decode("ascii"), base64.b64decode(text, validate=True)
        except (ValueError, binascii.Error):
            continue  # a damaged line (counted): the content comes with the next bundle


class _Lines:
    """The envelope lines, each read with a cap: the rest of an overlong line is skipped
    without being held (it can be no envelope this app wrote), and counted as dropped."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.dropped = 0

    def __iter__(self) -> Iterator[bytes]:
        while True:
            line = self.fh.readline(MAX_ENVELOPE + 2)
            if not line:
                return
            if len(line) > MAX_ENVELOPE + 1 and not line.endswith(b"\n"):
                while (rest := self.fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                self.dropped += 1
                continue
            line = line.rstrip(b"\n")
            if line.strip():
                yield line
