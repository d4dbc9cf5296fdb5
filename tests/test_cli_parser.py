"""Only the parser of the command being run is built (issue 35, item 8): it must be the
same parser as the whole one builds for that command, and every command must be found
without building the rest."""

from __future__ import annotations

import argparse
from typing import Any

import pytest

from safehaven.cli.main import COMMAND_MODULES, MODULES, build_parser, command_in


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def _shape(parser: argparse.ArgumentParser) -> list[Any]:
    """What a parser accepts and says: every action's names, kind, choices, default and
    help, and its subcommands' shapes, in order."""
    out: list[Any] = [parser.prog, parser.description]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            out.append([(name, _shape(sub)) for name, sub in action.choices.items()])
            out.append([a.dest for a in action._choices_actions])
        else:
            out.append((type(action).__name__, action.option_strings, action.dest,
                        action.nargs, action.default, action.required, action.metavar,
                        action.help, list(action.choices) if action.choices else None))
    return out


WHOLE = build_parser()
COMMANDS = _commands(WHOLE)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_one_command_parser_is_the_whole_parsers_own(name: str) -> None:
    alone = build_parser(name)
    built = _commands(alone)
    assert list(built) == [name], "the whole parser was built: is the name in COMMAND_MODULES?"
    assert _shape(built[name]) == _shape(COMMANDS[name])
    # and the options before the command are the same
    assert [a.option_strings for a in alone._actions] == \
        [a.option_strings for a in WHOLE._actions]


def test_the_list_names_only_commands_that_exist() -> None:
    assert set(COMMAND_MODULES) <= set(COMMANDS)
    for modules in COMMAND_MODULES.values():
        assert set(modules) <= set(MODULES)


@pytest.mark.parametrize("argv", [
    ["residents", "--json"],
    ["--vault", "/tmp/v", "--staff", "Ana", "today"],
    ["--vault=/tmp/v", "--lang", "es", "checkin", "add", "--resident", "r1", "--mood", "3"],
    ["--passphrase-file", "/tmp/p", "need", "add", "--resident", "r1", "--area", "health",
     "--description", "x"],
    ["resident", "close", "r1", "--reason", "moved-on"],
    ["session", "book", "--plan", "p1", "--at", "2026-01-01T10:00"],
    ["backup", "--out", "/tmp/b.shbk"],
    [],
])
def test_parsing_with_one_command_gives_what_the_whole_parser_gives(argv: list[str]) -> None:
    def plain(args: argparse.Namespace) -> dict[str, Any]:
        found = vars(args)  # a command made by a helper is a new function each build
        func = found.pop("func")
        return {**found, "func": (func.__module__, func.__qualname__)}

    try:
        whole = plain(WHOLE.parse_args(argv))
    except SystemExit as refused:
        with pytest.raises(SystemExit) as again:
            build_parser(command_in(argv)).parse_args(argv)
        assert again.value.code == refused.code
        return
    assert plain(build_parser(command_in(argv)).parse_args(argv)) == whole


def test_the_command_is_read_before_the_parser() -> None:
    assert command_in(["residents"]) == "residents"
    assert command_in(["--vault", "x", "--staff", "Ana Lopez", "resident", "add"]) == "resident"
    assert command_in(["--vault=x", "--lang=es", "today"]) == "today"
    assert command_in(["--", "today"]) == "today"
    assert command_in([]) == "gui"
    assert command_in(["--vault", "x"]) == "gui"
    # what only the whole parser can answer
    for argv in (["--help"], ["-h", "today"], ["--version"], ["--vau", "x", "today"],
                 ["--vault"], ["--unknown", "today"]):
        assert command_in(argv) is None, argv


def test_an_unknown_command_is_told_with_the_whole_list() -> None:
    parser = build_parser("resdents")
    assert set(_commands(parser)) == set(COMMANDS)
