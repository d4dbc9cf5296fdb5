"""Passphrases are judged by how guessable they are (zxcvbn), the same in app and CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safehaven.errors import InvalidValue
from safehaven.services import passwords, staff
from safehaven.services.passwords import Weakness


@pytest.mark.parametrize(("passphrase", "weakness"), [
    ("short one", Weakness.SHORT),             # the length rule still comes first
    ("password1234", Weakness.COMMON),         # long enough, but first in every list
    ("aaaaaaaaaaaaaaa", Weakness.REPEAT),
    ("abcdefghijkl", Weakness.PATTERN),
    ("qwertyuiop12", Weakness.COMMON),
])
def test_guessable_passphrases_are_refused_with_a_reason(passphrase: str,
                                                         weakness: Weakness) -> None:
    strength = passwords.judge(passphrase)
    assert strength.weakness is weakness and strength.score < passwords.MIN_SCORE
    with pytest.raises(InvalidValue) as refused:
        staff.check_passphrase(passphrase)
    assert refused.value.field == "passphrase"
    assert refused.value.message == passwords.message(weakness)


def test_a_name_the_attacker_knows_is_weak_even_if_long_enough() -> None:
    assert passwords.judge("RosalindaCasaLuz").acceptable  # alone, zxcvbn scores it 3
    named = passwords.judge("RosalindaCasaLuz", ["Rosalinda", "Casa Luz"])
    assert named.weakness is Weakness.NAME
    with pytest.raises(InvalidValue):
        staff.check_passphrase("Rosalinda Casa Luz 2025", ["Rosalinda", "Casa Luz"])
    assert passwords.judge("Rosalinda walks the grey dog", ["Rosalinda"]).acceptable


def test_a_few_plain_words_pass() -> None:
    for good in ("correct horse battery", "safehaven demo", "the blue kettle sings"):
        assert passwords.judge(good).acceptable, good
        assert staff.check_passphrase(good) == good


def test_the_cli_refuses_the_same_weak_passphrase(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k == "SAFEHAVEN_NOW"}

    def init(passphrase: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "safehaven", "--vault", str(tmp_path / passphrase[:4]),
             "init", "--house", "Casa Luz", "--staff-name", "Rosa"], capture_output=True,
            text=True, env={**env, "SAFEHAVEN_PASSPHRASE": passphrase}, timeout=120)

    weak = init("password1234")
    assert weak.returncode != 0
    assert passwords.message(Weakness.COMMON).split(",")[0] in weak.stderr + weak.stdout
    assert not (tmp_path / "pass").exists() or not any((tmp_path / "pass").iterdir())
    assert init("the blue kettle sings").returncode == 0
