"""Entry point of the packaged app: with no arguments it opens the desktop app."""

import multiprocessing
import sys

from safehaven.cli import main

if __name__ == "__main__":
    # a long pull opens its pages in a process that runs this program again: here it
    # becomes that process instead of the app
    multiprocessing.freeze_support()
    raise SystemExit(main(sys.argv[1:] or ["gui"]))
