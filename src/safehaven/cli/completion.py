"""`safehaven completion bash|zsh`: a completion script made from the parser itself, so it
never falls behind the commands. No extra package and nothing runs at each keystroke but
the shell's own functions.

Install (bash): safehaven completion bash > ~/.local/share/bash-completion/completions/safehaven
(zsh): safehaven completion zsh > "${fpath[1]}/_safehaven"  or source it from ~/.zshrc
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field

SHELLS = ("bash", "zsh")
_WORD = re.compile(r"^[\w.:/@+-]+$")  # what may appear unquoted in the script


@dataclass
class _Level:
    """One command level (e.g. `resident add`): what may follow it."""

    subcommands: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    valued: list[str] = field(default_factory=list)  # options that take a value
    choices: dict[str, list[str]] = field(default_factory=dict)  # "_": a positional's


def _levels(parser: argparse.ArgumentParser, path: str = "") -> dict[str, _Level]:
    level, found = _Level(), {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            listed = {a.dest for a in action._choices_actions}  # hidden commands are not
            for name, sub in action.choices.items():
                if name in listed:
                    level.subcommands.append(name)
                found.update(_levels(sub, f"{path} {name}".strip()))
            continue
        if not action.option_strings and action.choices is not None:  # e.g. the shell
            level.choices.setdefault("_", [str(c) for c in action.choices])
        for option in action.option_strings:
            if not option.startswith("--"):
                continue
            level.options.append(option)
            if action.nargs != 0:
                level.valued.append(option)
                if action.choices is not None:
                    level.choices[option] = [str(c) for c in action.choices]
    found[path] = level
    return found


def _words(items: list[str]) -> str:
    return " ".join(i for i in items if _WORD.match(i))


def bash_script(parser: argparse.ArgumentParser) -> str:
    levels = _levels(parser)
    subs, opts, valued, choices = [], [], [], []
    for path, level in sorted(levels.items()):
        key = f'"{path}"'
        if level.subcommands:
            subs.append(f"        {key}) echo \"{_words(level.subcommands)}\" ;;")
        opts.append(f"        {key}) echo \"{_words(level.options)}\" ;;")
        if level.valued:
            valued.append(f"        {key}) echo \"{_words(level.valued)}\" ;;")
        for option, values in sorted(level.choices.items()):
            choices.append(f"        \"{path}|{option}\") echo \"{_words(values)}\" ;;")
    return "\n".join([
        "# bash completion for safehaven (made by `safehaven completion bash`)",
        "_safehaven_subs() {", '    case "$1" in', *subs, "    esac", "}",
        "_safehaven_opts() {", '    case "$1" in', *opts, "    esac", "}",
        "_safehaven_valued() {", '    case "$1" in', *valued, "    esac", "}",
        "_safehaven_choices() {", '    case "$1|$2" in', *choices, "    esac", "}",
        _BASH_MAIN,
    ])


# Plain `COMPREPLY=( $(compgen ...) )`: bash 3.2 (macOS) has no mapfile, nor zsh. The
# level is not called "path": zsh ties that name to PATH.
_BASH_MAIN = r"""_safehaven() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
    local level="" word i skip=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        if ((skip)); then skip=0; continue; fi
        if [[ "$word" == -* ]]; then
            [[ " $(_safehaven_valued "$level") " == *" $word "* ]] && skip=1
            continue
        fi
        [[ " $(_safehaven_subs "$level") " == *" $word "* ]] && level="${level:+$level }$word"
    done
    local values
    if [[ "$prev" == --* && " $(_safehaven_valued "$level") " == *" $prev "* ]]; then
        values="$(_safehaven_choices "$level" "$prev")"
        if [[ -n "$values" ]]; then
            COMPREPLY=( $(compgen -W "$values" -- "$cur") )
        else
            COMPREPLY=( $(compgen -f -- "$cur") )
        fi
    elif [[ "$cur" == -* ]]; then
        COMPREPLY=( $(compgen -W "$(_safehaven_opts "$level")" -- "$cur") )
    elif [[ -n "$(_safehaven_subs "$level")" ]]; then
        COMPREPLY=( $(compgen -W "$(_safehaven_subs "$level")" -- "$cur") )
    elif values="$(_safehaven_choices "$level" _)" && [[ -n "$values" ]]; then
        COMPREPLY=( $(compgen -W "$values" -- "$cur") )
    else
        COMPREPLY=( $(compgen -f -- "$cur") )
    fi
}
complete -o filenames -F _safehaven safehaven
"""


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    text = bash_script(parser)
    if shell == "zsh":  # zsh runs bash completions through its bashcompinit layer
        text = "autoload -U +X bashcompinit && bashcompinit\n" + text
    return text
