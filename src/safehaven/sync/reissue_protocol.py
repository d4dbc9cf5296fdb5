"""The two requests that make a removal final for every copy (issue 32, item 3), beside
sync/protocol.py: a manager re-issues the house's laptops' tokens, and a laptop whose
token was re-issued fetches its hand-off with the old one.

Each item of a re-issue is signed by a manager over `reissue_text`: the server checks it
before it replaces a token, and the laptop checks it again before it takes the hand-off,
so neither a token of the house nor the server itself can give a laptop a token or a key
of its own choosing.
"""

from __future__ import annotations

from typing import TypedDict

REISSUE = "/v1/reissue"
HANDOFF = "/v1/handoff"
MAX_ITEMS = 200       # laptops of one house in one re-issue
MAX_SEALED = 500      # sealed copies in one hand-off (one per person who remains)
MAX_HANDOFF = 256 * 1024


class Handoff(TypedDict):
    """What a laptop whose token was re-issued fetches: its new token and box key, sealed
    for each person who remains (`sealed`: [staff id, base64]), and the manager's signature
    over the token's hash and the box key's public half."""
    device: str
    token_hash: str   # sha256 hex of the new token
    box_public: str   # the laptop's new X25519 public key (hex)
    by: str
    at: str
    sig: str
    sealed: list[list[str]]


class ReissueRequest(TypedDict):
    items: list[Handoff]


class ReissueAnswer(TypedDict):
    reissued: int


class HandoffAnswer(TypedDict):
    handoff: Handoff


def reissue_text(site_id: str, item: Handoff | dict[str, object]) -> bytes:
    """What a manager signs for one laptop's new token and box key."""
    return (f"safehaven-reissue/1|{site_id}|{item['device']}|{item['token_hash']}|"
            f"{item['box_public']}|{item['by']}|{item['at']}").encode()
