"""The server's signed word on what it holds of each laptop (issue 32, item 5).

A state answer lists, per laptop, the highest change set number the server holds. To a
laptop that speaks protocol 3 the server also signs it, with a key made once with its
store: a laptop that then finds a change set withheld (listed but never sent) keeps the
signed statement as the server's own word, for the house and the server's administrator
(the key is kept in the store's `meta` table). It signs nothing else and opens nothing.
"""

from __future__ import annotations

import base64
import functools
import os
import threading
import weakref
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safehaven.server.storage import Storage
from safehaven.sync.reissue_protocol import HeldStatement, held_text

_keys: weakref.WeakKeyDictionary[Storage, tuple[Ed25519PrivateKey, str]] = \
    weakref.WeakKeyDictionary()
_lock = threading.Lock()
SIGNED_KEPT = 4096  # statements kept signed: a house whose log did not move is not signed again


def key(storage: Storage) -> Ed25519PrivateKey:
    """The store's signing key, made the first time it is asked for (kept in `meta`)."""
    return _key(storage)[0]


def _key(storage: Storage) -> tuple[Ed25519PrivateKey, str]:
    """The key and its public half in hex, read once per store."""
    found = _keys.get(storage)
    if found is not None:
        return found
    with _lock:
        found = _keys.get(storage)
        if found is not None:
            return found
        with storage.tx() as db:
            db.run(f"INSERT INTO meta (key, value) VALUES ('held_key', {db.p}) ON CONFLICT "
                   "(key) DO NOTHING", (os.urandom(32).hex(),))
            row = db.one("SELECT value FROM meta WHERE key = 'held_key'")
        assert row is not None
        private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(str(row[0])))
        _keys[storage] = found = (private, private.public_key().public_bytes_raw().hex())
        return found


@functools.lru_cache(maxsize=SIGNED_KEPT)
def _signature(private: Ed25519PrivateKey, text: bytes) -> str:
    """Ed25519 signs the same text the same way: a statement asked for again (laptops of
    a house whose log did not move since) is not signed again."""
    return base64.b64encode(private.sign(text)).decode()


def sign(storage: Storage, site_id: str, known: dict[str, Any]) -> HeldStatement:
    """The signature over a state answer's epoch, count, digest and per-laptop highest."""
    signer, public = _key(storage)
    text = held_text(site_id, known["epoch"], known["highest"], known["count"],
                     known["digest"])
    return {"key": public, "sig": _signature(signer, text)}
