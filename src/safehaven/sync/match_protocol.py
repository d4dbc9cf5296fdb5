"""The wire format of the organisation's duplicate check (issue 30, item 3): a house
publishes keyed hashes of its residents' names and years of birth, intake asks which
other houses of the organisation hold a likely match. Only opaque hashes travel
(`domain/org_match.py` makes them under a key the server never sees)."""

from __future__ import annotations

from typing import TypedDict

MATCH_PUBLISH = "/v1/match/publish"
MATCH_ASK = "/v1/match/ask"
MATCH_ENTRIES_LIMIT = 20000  # entries a house publishes (a resident has one per name)
MATCH_GROUPS_LIMIT = 8  # name words per entry or question
MATCH_HASHES_LIMIT = 16  # hashes per word (years of birth with their margin)


class MatchPublishRequest(TypedDict):
    """The house's whole set, replacing what it published before: per entry, one list of
    hashes per name word. The order of entries says nothing (the laptop shuffles them)."""

    entries: list[list[list[str]]]


class MatchPublishAnswer(TypedDict):
    entries: int


class MatchAskRequest(TypedDict):
    groups: list[list[str]]  # one list of hashes per name word of the young person at intake


class MatchHouse(TypedDict):
    site_id: str
    house: str  # its name on the server (the organisation's admin gave it)
    entries: int  # how many of its entries are a likely match


class MatchAskAnswer(TypedDict):
    houses: list[MatchHouse]
