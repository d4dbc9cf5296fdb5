"""atomic_write in a folder others can write to: nothing planted there receives the data."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from safehaven.store import files


def test_a_symlink_planted_at_the_target_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "elsewhere.txt"
    victim.write_bytes(b"untouched")
    target = tmp_path / "handoff.pdf"
    target.symlink_to(victim)
    files.atomic_write(target, b"%PDF sealed report")
    assert victim.read_bytes() == b"untouched"
    assert not target.is_symlink() and target.read_bytes() == b"%PDF sealed report"
    assert stat.S_IMODE(target.stat().st_mode) == files.PRIVATE_FILE


def test_the_temporary_file_is_new_private_and_unguessable(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    opened: list[tuple[str, int, int]] = []
    real_open = os.open

    def spy(path, flags, mode=0o777, *a, **k):  # type: ignore[no-untyped-def]
        opened.append((str(path), flags, mode))
        return real_open(path, flags, mode, *a, **k)

    monkeypatch.setattr(os, "open", spy)
    for _ in range(2):
        files.atomic_write(tmp_path / "report.pdf", b"x")
    temps = [(p, f, m) for p, f, m in opened if ".tmp-" in p]
    assert len(temps) == 2 and temps[0][0] != temps[1][0]  # a fresh random name each time
    for _, flags, mode in temps:
        assert flags & os.O_EXCL and flags & os.O_CREAT and mode == files.PRIVATE_FILE
        if hasattr(os, "O_NOFOLLOW"):
            assert flags & os.O_NOFOLLOW
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temp file left
