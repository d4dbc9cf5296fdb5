"""The central sync server, an ASGI app (the sync issue builds this package)."""
