"""What issue 32 added to the protocol, beside sync/protocol.py: the two requests that
make a removal final for every copy (item 3): a manager re-issues the house's laptops'
tokens, and a laptop whose token was re-issued fetches its hand-off with the old one;
and the server's signed statement of what it holds of each laptop (item 5).

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


class HeldStatement(TypedDict):
    """The server's signature over `held_text` of a state answer, with its public key: a
    laptop that finds a change set withheld keeps it as the server's own word."""
    key: str   # the server's Ed25519 public key (hex), made with its store
    sig: str   # base64


def held_text(site_id: str, epoch: str, highest: dict[str, int], count: int,
              digest: str) -> bytes:
    """What the server signs of a state answer: per laptop, the highest number it holds."""
    listed = ",".join(f"{d}={highest[d]}" for d in sorted(highest))
    return f"safehaven-held/1|{site_id}|{epoch}|{count}|{digest}|{listed}".encode()
