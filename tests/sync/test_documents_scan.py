"""The issue's first "must hold" in one run (issue 29): after a photo and a PDF are added
(the photo with its viewing copy and thumbnail), synced through a real server to another
laptop and exported to a USB bundle, a byte scan of both vault folders, the server's
store, the bundle and every file the run left in the temp folders finds neither file's
bytes nor a JPEG or PDF header in the clear."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from safehaven.services import documents
from safehaven.sync.bundle import export_bundle
from safehaven.sync.rounds import sync_round
from tests.services.test_document_previews import picture
from tests.sync.harness import context
from tests.sync.test_documents_sync import (  # noqa: F401
    _resident_with_photo_consent,
    house,
    template,
)

# whole headers (a 3-byte mark would turn up by chance in megabytes of ciphertext)
MAGIC = (b"%PDF-1.", b"\xff\xd8\xff\xe0\x00\x10JFIF")


def _pieces(data: bytes, n: int = 6, size: int = 24) -> list[bytes]:
    """Slices from all along the file: any one found in the clear gives it away."""
    step = max(1, (len(data) - size) // n)
    return [data[i:i + size] for i in range(step // 2, len(data) - size, step)][:n]


def _files(root: Path, since: float | None = None):
    for folder, _, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            try:
                if path.is_symlink() or not path.is_file():
                    continue
                if since is not None and path.stat().st_mtime < since:
                    continue
                yield path, path.read_bytes()
            except OSError:  # another process's file, gone or closed to us
                continue


def test_no_clear_bytes_in_vaults_server_bundle_or_temp_folders(
        house, tmp_path: Path) -> None:  # noqa: F811
    server, a, b = house
    start = time.time() - 1
    rid = _resident_with_photo_consent(a)
    photo_bytes = picture(2400, 1800)
    scan = b"%PDF-1.4\n" + os.urandom(300_000) + b"\n%%EOF\n"
    photo = documents.add(context(a), rid, "photo", photo_bytes, title="Photo").record
    order = documents.add(context(a), rid, "court-order", scan, title="Order").record
    sync_round(a)
    sync_round(b)
    assert documents.content(context(b), order.id)[1] == scan
    assert documents.content(context(b), photo.id, viewing=True)[1].startswith(b"\xff\xd8")
    bundle = tmp_path / "stick.bundle"
    export_bundle(a, bundle)
    for vault in (a, b):
        vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    server.stop()

    secrets = _pieces(photo_bytes) + _pieces(scan)
    ours = [a.folder, b.folder, server.data, bundle.parent]
    scanned = 0
    for root in ours:
        for path, raw in _files(root):
            scanned += 1
            assert not any(m in raw for m in MAGIC), path
            assert not any(s in raw for s in secrets), path
    assert scanned >= 5
    for path, raw in _files(Path(tempfile.gettempdir()), since=start):
        assert not any(s in raw for s in secrets), path
