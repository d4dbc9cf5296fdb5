"""Use cases: the one API that the UI, the CLI and the reports call."""
