"""Sync client, merge, envelopes and bundles (the sync issue builds this package)."""
