"""The `safehaven` command: `main` builds the parser (cli/main.py) from one module per
command group (care, clinical, health, safeguarding, life, lifecycle, documents, reports,
sync, server, settings...), each registering its subcommands; `common` holds what they
share (secrets, opening the vault, exit codes, JSON output)."""

from safehaven.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
