"""How the command modules declare their commands: options named after the service's
parameters (`Opt`), the values they parse (dates, times, staff by name), a writing command
from a service and its options (`_define`), a listing, and a record printed as its id or
as JSON. (They were the first half of cli/care.py; every command group uses them.)"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.lazy import services
from safehaven.errors import InvalidValue
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import staff
    from safehaven.services.context import Context
else:
    (staff,) = services("staff")

Command = Callable[..., argparse.ArgumentParser]

# Options naming a staff member (by name or id), and the record field an error names.
STAFF_OPTIONS = {"owner_id": "owner_id", "key_worker_id": "key_worker_id",
                 "checked_by": "checked_by"}


class Opt(NamedTuple):
    flag: str
    dest: str  # the service's parameter name
    help: str
    kw: dict[str, Any]


def _o(flag: str, dest: str, help_text: str, **kw: Any) -> Opt:
    return Opt(flag, dest, help_text, kw)


def _values(enum: Iterable[Enum]) -> list[str]:
    return [e.value for e in enum]


# -- values ------------------------------------------------------------------------------------
def _date(text: str) -> date | str:
    """YYYY-MM-DD; an empty string is kept, to clear the date."""
    if text == "":
        return text
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("use YYYY-MM-DD")) from None


def _datetime(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(tr("use YYYY-MM-DDTHH:MM")) from None


def _staff_id(ctx: Context, field: str, given: str) -> str:
    """A staff member given by name (any case) or id."""
    wanted = given.strip().casefold()
    for member in staff.listing(ctx):
        if member.id == given.strip() or member.display_name.casefold() == wanted:
            return member.id
    raise InvalidValue(field, tr("No staff member with this name or id."))


def _given(ctx: Context, args: argparse.Namespace, dests: Sequence[str]) -> dict[str, Any]:
    """The options actually given, as the service's keyword arguments. An empty value
    clears the field; staff names become staff ids."""
    out: dict[str, Any] = {}
    for dest in dests:
        value = getattr(args, dest)
        if value is None:
            continue
        if value == "":
            value = None
        elif dest in STAFF_OPTIONS:
            value = _staff_id(ctx, STAFF_OPTIONS[dest], value)
        out[dest] = value
    return out


def _plain(value: Any) -> Any:
    """Records as JSON-ready values: enums as their values, dates ISO."""
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    return value


def _emit(args: argparse.Namespace, record: Any) -> None:
    """The record's id (one a line for several), or with --json the whole record."""
    if args.json:
        print_json(_plain(record))
        return
    for one in record if isinstance(record, list) else [record]:
        print(one.id)


def listing(group: Any, command: Command, help_text: str, service: Callable[..., list[Any]],
            line: Callable[[Any], str]) -> None:
    """`<group> list --resident ID [--json]`: one line a record (by `line`), or the records."""
    def run(args: argparse.Namespace) -> None:
        ctx = _open(args)
        with ctx.vault:
            rows = service(ctx, args.resident_id)
        if args.json:
            _emit(args, rows)
            return
        for row in rows:
            print(line(row))

    c = command("list", run, help_text, group)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))


# -- commands ----------------------------------------------------------------------------------
def _writer(service: Callable[..., Any], dests: Sequence[str]
            ) -> Callable[[argparse.Namespace], None]:
    def run(args: argparse.Namespace) -> None:
        ctx = _open(args)
        with ctx.vault:
            result = service(ctx, **_given(ctx, args, dests))
        _emit(args, result.record)
    return run


# -- parser ------------------------------------------------------------------------------------
def _define(group: Any, command: Command, name: str, help_text: str,
            service: Callable[..., Any], opts: Sequence[Opt], required: Sequence[str] = ()
            ) -> None:
    c = command(name, _writer(service, [o.dest for o in opts]), help_text, group)
    for o in opts:
        kw = dict(o.kw)
        if "choices" not in kw and kw.get("action", "append") == "append":
            kw.setdefault("metavar", o.flag[2:].upper())
        c.add_argument(o.flag, dest=o.dest, help=o.help, required=o.dest in required, **kw)
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))


def _group(sub: Any, name: str, help_text: str) -> Any:
    return sub.add_parser(name, help=help_text).add_subparsers(dest="action", required=True)


def _id(what: str, dest: str) -> Opt:
    return _o("--id", dest, tr("the {what}'s id", what=what))


def _resident() -> Opt:
    return _o("--resident", "resident_id", tr("the resident's id"))


def _day(flag: str, dest: str, help_text: str) -> Opt:
    return _o(flag, dest, help_text, type=_date, metavar="YYYY-MM-DD")
