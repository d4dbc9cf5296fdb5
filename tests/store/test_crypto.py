from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from safehaven.store import crypto


@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_round_trips(raw: bytes) -> None:
    text = crypto.format_recovery_key(raw)
    assert crypto.parse_recovery_key(text) == raw
    assert crypto.parse_recovery_key(text.lower().replace("-", " ")) == raw


@given(st.binary(min_size=32, max_size=32), st.integers(min_value=0, max_value=55),
       st.sampled_from("0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
def test_a_single_typo_is_caught(raw: bytes, position: int, char: str) -> None:
    text = crypto.format_recovery_key(raw).replace("-", "")
    if text[position] == char:
        return
    typo = text[:position] + char + text[position + 1:]
    assert crypto.parse_recovery_key(typo) != raw


def test_sealed_blob_is_bound_to_its_context() -> None:
    key = crypto.random_key()
    blob = crypto.seal(key, b"secret", b"slot-1")
    assert crypto.unseal(key, blob, b"slot-1") == b"secret"
    for aad in (b"slot-2", b""):
        try:
            crypto.unseal(key, blob, aad)
        except crypto.SealError:
            continue
        raise AssertionError("opened under the wrong context")
