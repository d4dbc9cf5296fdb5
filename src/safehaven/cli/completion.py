"""`safehaven completion bash|zsh|tcsh`: a completion script made from the parser itself by
shtab, so it never falls behind the commands, and nothing of ours runs at each keystroke
(the scripts are the shell's own functions). Hidden developer commands are left out.

Install (bash): safehaven completion bash > ~/.local/share/bash-completion/completions/safehaven
(zsh, the script starts with #compdef): safehaven completion zsh > "${fpath[1]}/_safehaven"
(tcsh): safehaven completion tcsh > ~/.safehaven.tcsh  and  source it from ~/.tcshrc
"""

from __future__ import annotations

import argparse

SHELLS = ("bash", "zsh", "tcsh")


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    # imported here: a server-only install, which never completes, need not carry it
    import shtab

    return str(shtab.complete(parser, shell=shell))
