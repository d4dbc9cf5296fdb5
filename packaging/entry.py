"""Entry point of the packaged app: with no arguments it opens the desktop app."""

import sys

from safehaven.cli import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["gui"]))
