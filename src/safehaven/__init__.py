"""SafeHaven: offline-first encrypted records for shelters and safe houses."""

__version__ = "0.2.0"
