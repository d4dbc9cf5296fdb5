"""The whole-row test of a received row (made once per kind of row) decides as the
field-by-field check does: for every table, each field given each kind of value, alone in
an otherwise fitting row, is refused exactly when the field's own check refuses it."""

from __future__ import annotations

from typing import Any

import pytest

from safehaven.store.refusal import RefusalKind, Refused
from safehaven.store.restricted import PREFIX
from safehaven.store.tables import BY_NAME, Table
from safehaven.sync.replica import row_values
from safehaven.sync.replica.row_values import MAX_HLC, MAX_SEALED, MAX_TEXT

CANDIDATES: list[Any] = [
    None, True, False, 0, 1, 2, -1, MAX_HLC, MAX_HLC + 1, -MAX_HLC - 1, 1.0, 0.5, "", "x",
    "x" * MAX_TEXT, "x" * (MAX_TEXT + 1), PREFIX + "k:" + "a" * (MAX_SEALED - 40),
    PREFIX + "k:" + "a" * MAX_SEALED, "2026-12-08", "2026-12-08T10:00:00+00:00", "not a day",
    "[]", '["a", "b"]', '{"a": 1}', "[" + '"a",' * 6000 + '"a"]', [], ["a"], {}, {"a": 1},
    "clinical", "manager", "morning", "create",
]


def _fits(table: Table, name: str, value: Any) -> bool:
    try:
        row_values.valid(table, name, value)
    except Refused:
        return False
    return True


def _fitting_row(table: Table) -> dict[str, Any]:
    row = {}
    for name in table.columns:
        row[name] = next((v for v in [*_enum_values(table, name), *CANDIDATES]
                          if v is not None and _fits(table, name, v)), None)
    assert row_values.fits(table.model)(row)
    return row


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_whole_row_decides_as_each_field(name: str) -> None:
    table = BY_NAME[name]
    base = _fitting_row(table)
    refused = 0
    for column in table.columns:
        for value in [*CANDIDATES, *_enum_values(table, column)]:
            row = {**base, column: value}
            expected = _fits(table, column, value)
            try:
                row_values.check_row(table, row)
                got = True
            except Refused as exc:
                assert exc.refusal.kind is RefusalKind.INVALID_VALUE
                got = False
            assert got == expected, (column, repr(value)[:60])
            refused += not got
    assert refused  # every table has values it refuses


def _enum_values(table: Table, column: str) -> list[Any]:
    base, _ = row_values._kinds(table.model)[column]
    values = getattr(base, "__members__", None)
    return [m.value for m in values.values()] if values else []


def test_a_row_with_an_unknown_field_or_fewer_fields() -> None:
    table = BY_NAME["check_ins"]
    row = _fitting_row(table)
    with pytest.raises(Refused) as caught:
        row_values.check_row(table, {**row, "spare": "x"})
    assert caught.value.refusal.kind is RefusalKind.INVALID_VALUE
    fewer = {k: v for k, v in row.items() if k != "note"}
    row_values.check_row(table, fewer)  # a field left out is not checked here
    with pytest.raises(Refused):
        row_values.check_row(table, {**fewer, "resident_id": 5})


def test_a_list_or_an_object_in_a_vocabulary_field_is_refused() -> None:
    """(Before, an unhashable value in a vocabulary field raised TypeError from the
    check instead of a refusal.)"""
    table = BY_NAME["staff"]
    row = _fitting_row(table)
    for value in ([], {}, ["manager"]):
        with pytest.raises(Refused) as caught:
            row_values.check_row(table, {**row, "role": value})
        assert caught.value.refusal.kind is RefusalKind.INVALID_VALUE
        assert not row_values._validators(table.model)["role"](value)
