"""The PySide6 desktop app (the desktop issue builds this package)."""
