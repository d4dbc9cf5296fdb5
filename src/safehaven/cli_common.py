"""What every command shares: the passphrase, opening the vault, printing JSON."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context
from safehaven.store import vault as vaults
from safehaven.store.vault import Vault


def read_passphrase(prompt: str, *, confirm: bool = False) -> str:
    """From SAFEHAVEN_PASSPHRASE when set (scripts, tests), else a hidden prompt."""
    env = os.environ.get("SAFEHAVEN_PASSPHRASE")
    if env is not None:
        return env
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(tr("Type it again: ")) != first:
            raise InvalidValue("passphrase", tr("The two passphrases differ."))
    except EOFError:  # no terminal and no SAFEHAVEN_PASSPHRASE: say so, do not crash
        print(file=sys.stderr)  # end the prompt's line
        raise InvalidValue("passphrase", tr("no passphrase was given (no terminal to ask "
                                            "on; scripts set SAFEHAVEN_PASSPHRASE)")) from None
    return first


def open_context(args: argparse.Namespace) -> Context:
    passphrase = read_passphrase(tr("Passphrase: "))
    delay = vaults.unlock_delay(args.vault)
    if delay > 0:
        print(tr("Several wrong passphrases were tried; waiting {s} seconds.",
                 s=round(delay)), file=sys.stderr)
    vault = Vault.unlock(args.vault, passphrase, args.staff)
    return Context.for_vault(vault)


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
