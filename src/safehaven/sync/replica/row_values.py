"""Whether each value of a received row fits its field: its type, its vocabulary, its size.

A join checks about a hundred thousand rows of a dozen fields each. `fits(model)` is a
function made once per kind of row that tests a whole row in one go, each field's test
written out in it, instead of looking up and calling a test per field of each row. It
only says yes or no; `valid` says why not. A row the whole-row test turns down is tested
again field by field with the per-field tests (`_validators`), and any field that fails
one goes to `valid`, as before there was a whole-row test: the two only ever agree or
defer to `valid`.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from safehaven.store.refusal import Refusal, RefusalKind, Refused
from safehaven.store.restricted import PREFIX
from safehaven.store.tables import Table

MAX_TEXT = 20_000
# a list's JSON: the longest is a document's chunk ids (68 characters each; 3,200 for the
# largest file a house may keep, 200 MB): a 20 MB file's 320 ids were past MAX_TEXT
MAX_LIST = 256_000
# a restricted field sealed: up to 4 bytes a character, then base64 (store/restricted.py)
MAX_SEALED = (4 * MAX_TEXT + 64) * 4 // 3 + 128
MAX_HLC = (1 << 63) - 1

Fits = Callable[[dict[str, Any]], bool]


def check_row(table: Table, row: dict[str, Any]) -> None:
    """Refuse (raise `Refused`) unless every value of `row` fits its field of `table`."""
    if fits(table.model)(row):
        return
    valid_fields = _validators(table.model)
    for name, value in row.items():
        rule = valid_fields.get(name)
        if rule is None or not rule(value):
            valid(table, name, value)  # says why


def valid(table: Table, fname: str, value: Any) -> None:
    """The value fits the field: its type, its vocabulary, its size."""
    kind = _kinds(table.model).get(fname)
    if kind is None:
        raise Refused(Refusal(RefusalKind.INVALID_VALUE, f"unknown field {table.name}.{fname}"))
    base, optional = kind
    if value is None:
        if optional:
            return
        raise Refused(Refusal(RefusalKind.INVALID_VALUE,
                              f"{table.name}.{fname} cannot be empty"))
    try:
        if base is bool:
            ok = value in (0, 1)
        elif base is int:
            ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_HLC
        elif base is str:
            ok = _is_text(value)
        elif base in (date, datetime):
            ok = isinstance(value, str) and bool(base.fromisoformat(value))
        elif isinstance(base, type) and issubclass(base, Enum):
            ok = isinstance(value, str) and bool(base(value))
        elif base is tuple:
            items = json.loads(value) if isinstance(value, str) else None
            ok = isinstance(items, list) and len(value) <= MAX_LIST
        else:
            ok = True
    except (ValueError, TypeError):
        ok = False
    if not ok:
        raise Refused(Refusal(RefusalKind.INVALID_VALUE,
                              f"a value that does not fit {table.name}.{fname}"))


@cache
def fits(model: type) -> Fits:
    """A quick yes/no test of a whole row of `model`: every key one of its fields and
    every value passing its field's quick test. Written out once per model (the names in
    it are the dataclass's own fields, never a received one)."""
    kinds = _kinds(model)
    names = tuple(kinds)
    scope: dict[str, Any] = {"FIELDS": frozenset(names), "N": len(names), "MAX_HLC": MAX_HLC,
                             "MAX_TEXT": MAX_TEXT, "MAX_SEALED": MAX_SEALED,
                             "PREFIX": PREFIX, "partial": _partial(model)}
    scope.update(date=date, datetime=datetime)
    lines = ["def fits(row):",
             "    if len(row) != N or row.keys() != FIELDS:",
             "        return partial(row)",
             "    try:"]
    for n, name in enumerate(names):
        if not name.isidentifier():
            raise ValueError(name)  # a model's field: never happens
        base, optional = kinds[name]
        test = _written(base, n, scope)
        if test is None:
            continue
        if optional:
            test = f"v is None or ({test})"
        lines += [f"        v = row[{name!r}]", f"        if not ({test}):",
                  "            return False"]
    lines += ["    except (ValueError, TypeError):", "        return False", "    return True"]
    exec("\n".join(lines), scope)  # noqa: S102 - made from the model's own fields
    made: Fits = scope["fits"]
    return made


def _written(base: Any, n: int, scope: dict[str, Any]) -> str | None:
    """The quick test of one field, as Python over `v` (None: anything fits). It may
    raise ValueError or TypeError for "no"."""
    if base is bool:
        return "v in (0, 1)"
    if base is int:
        return "type(v) is int and -MAX_HLC <= v <= MAX_HLC"
    if base is str:
        return ("type(v) is str and (len(v) <= MAX_TEXT or (len(v) <= MAX_SEALED "
                "and v.startswith(PREFIX)))")
    if isinstance(base, type) and issubclass(base, Enum):
        values = frozenset(e.value for e in base)
        scope[f"values{n}"] = values
        if all(isinstance(value, str) for value in values):
            return f"type(v) is str and v in values{n}"
    if base in (date, datetime):  # (raises ValueError when it is not one: "no")
        return f"type(v) is str and {base.__name__}.fromisoformat(v) is not None"
    if base is tuple or (isinstance(base, type) and issubclass(base, Enum)):
        scope[f"test{n}"] = _validators_of(base)
        return f"test{n}(v)"
    return None


def _partial(model: type) -> Fits:
    """The whole-row test of a row with fewer (or other) fields than its model's."""
    tests = _validators(model)

    def partial(row: dict[str, Any]) -> bool:
        for name, value in row.items():
            rule = tests.get(name)
            if rule is None or not rule(value):
                return False
        return True

    return partial


@cache
def _validators(model: type) -> dict[str, Any]:
    """field -> a quick yes/no test of a value (`valid` says why not)."""
    return {name: _quick(base, optional) for name, (base, optional) in _kinds(model).items()}


def _validators_of(base: Any) -> Callable[[Any], bool]:
    """The quick test of a value that is not None, for a field of type `base`."""
    test: Callable[[Any], bool] = _quick(base, optional=False)
    return test


def _quick(base: Any, optional: bool) -> Any:
    test: Callable[[Any], bool]
    if base is bool:
        test = _is_flag
    elif base is int:
        test = _is_int
    elif base is str:
        test = _is_text
    elif isinstance(base, type) and issubclass(base, Enum):
        values = frozenset(e.value for e in base)

        def one_of(v: Any) -> bool:
            try:
                return v in values
            except TypeError:  # a list or an object: never one of them
                return False

        test = one_of
    else:  # dates, lists: rare enough for the full check
        return lambda v: (v is None and optional) or _full(base, v)
    return (lambda v: v is None or test(v)) if optional else test


def _is_flag(v: Any) -> bool:
    return v in (0, 1)


def _is_int(v: Any) -> bool:
    return type(v) is int and -MAX_HLC <= v <= MAX_HLC


def _is_text(v: Any) -> bool:
    return type(v) is str and (len(v) <= MAX_TEXT or (len(v) <= MAX_SEALED
                                                       and v.startswith(PREFIX)))


def _full(base: Any, value: Any) -> bool:
    try:
        if base in (date, datetime):
            return isinstance(value, str) and bool(base.fromisoformat(value))
        if base is tuple:
            return value == "[]" or (isinstance(value, str) and len(value) <= MAX_TEXT
                                     and isinstance(json.loads(value), list))
    except (ValueError, TypeError):
        return False
    return True


@cache
def _kinds(model: type) -> dict[str, tuple[Any, bool]]:
    """field -> (base type, may be None), from the dataclass's type hints."""
    out = {}
    for name, hint in typing.get_type_hints(model).items():
        optional = False
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            optional, hint = True, args[0]
        origin = typing.get_origin(hint)
        out[name] = (origin if origin is not None else hint, optional)
    return out
