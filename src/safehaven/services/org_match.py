"""The duplicate check across the organisation's houses (issue 30, item 3).

Houses of one organisation share a **match key** (32 random bytes) that the server never
sees. A manager of the first house makes it (`make_key`); another house's manager gets
it as a file sealed to that house's managers, from their house card, exactly as a
transfer package is (`seal_key` / `take_key`, sync/transfer_file.py). It is kept as a
house setting, so every laptop of the house holds it (intake is also a staff member's
job) and it syncs sealed like any record.

With the key, a house publishes its residents' names as keyed hashes
(`domain/org_match.py`) at the end of a sync round when they changed (`publish`), and
intake asks the server which other houses hold a likely match (`check`). Offline first:
the house's own check never waits for this one; with no key, no server or no answer,
`check` says so in its status and intake goes on.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from safehaven.domain import org_match as om
from safehaven.domain.duplicates import Person
from safehaven.domain.models import Site
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import house_settings, transfers
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import lifecycle_reads, local_state, reads
from safehaven.store.files import atomic_write
from safehaven.sync import transfer_file as tf
from safehaven.sync.client import SyncError, linked_client
from safehaven.sync.match_protocol import (
    MATCH_ASK,
    MATCH_ENTRIES_LIMIT,
    MATCH_PUBLISH,
    MatchAskAnswer,
    MatchPublishAnswer,
)
from safehaven.sync.replica import server_link

KEY_SETTING = "org-match.key"
KEY_FORMAT = "safehaven-org-match-key"  # the payload of the sealed file that carries it
PUBLISHED = "org-match.published"  # local: the digest of the set last published, and when
REPUBLISH_DAYS = 7  # a server restored from a backup gets the set again within a week


class CrossHouse(StrEnum):
    """What became of the check across houses (a code: the words are for people)."""

    CHECKED = "checked"
    NO_KEY = "no-key"  # this house has no match key yet
    NOT_CONNECTED = "not-connected"  # this laptop has no server
    UNREACHABLE = "unreachable"  # the server did not answer: the check could not be done
    NO_BIRTH = "no-birth"  # neither a date of birth nor an age: nothing to ask with


@dataclass(frozen=True, slots=True)
class OtherHouse:
    site_id: str
    house: str
    entries: int


@dataclass(frozen=True, slots=True)
class CrossHouseResult:
    status: CrossHouse
    houses: tuple[OtherHouse, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {"status": self.status.value,
                "houses": [{"site_id": h.site_id, "house": h.house, "entries": h.entries}
                           for h in self.houses]}


def status_words(result: CrossHouseResult) -> str:
    """One sentence for the person at intake."""
    if result.status is CrossHouse.CHECKED:
        if not result.houses:
            return tr("No other house of the organisation has a likely match.")
        return tr("Another house of the organisation may know this young person: {houses}. "
                  "Ask that house before making a second record.",
                  houses=", ".join(h.house or h.site_id[:8] for h in result.houses))
    return {
        CrossHouse.NO_KEY: tr("The other houses could not be checked: this house has no "
                              "organisation match key yet."),
        CrossHouse.NOT_CONNECTED: tr("The other houses could not be checked: this laptop "
                                     "is not connected to a server."),
        CrossHouse.UNREACHABLE: tr("The other houses could not be checked: the server did "
                                   "not answer. Only this house was checked."),
        CrossHouse.NO_BIRTH: tr("The other houses could not be checked without a date of "
                                "birth or an estimated age."),
    }[result.status]


# -- the key ----------------------------------------------------------------------------------
def key(ctx: Context) -> bytes | None:
    found = house_settings.text(ctx, KEY_SETTING)
    try:
        value = bytes.fromhex(found or "")
    except ValueError:
        return None
    return value if len(value) == om.KEY_BYTES else None


def key_id(value: bytes) -> str:
    """A short name for a key, to compare between houses (says nothing of the key)."""
    return hashlib.sha256(b"safehaven-org-match-key-id|" + value).hexdigest()[:16]


def make_key(ctx: Context) -> str:
    """The organisation's first house makes the key (managers); returns its id."""
    ctx.require(Action.MANAGE_HOUSE)
    if key(ctx) is not None:
        raise InvalidValue("key", tr("This house already has an organisation match key."))
    value = secrets.token_bytes(om.KEY_BYTES)
    house_settings.set_text(ctx, KEY_SETTING, value.hex(), Action.MANAGE_HOUSE)
    return key_id(value)


def seal_key(ctx: Context, card: tf.Card, out: Path) -> str:
    """The key as a file only `card`'s managers open (the card read and its fingerprint
    confirmed with `transfers.read_card`, which checks it is of this organisation).
    Returns the giver's fingerprint, to read to the other house's manager."""
    ctx.require(Action.MANAGE_HOUSE)
    identity = transfers._identity(ctx)
    value = key(ctx)
    if value is None:
        raise InvalidValue("key", tr("This house has no organisation match key to give."))
    site: Site = reads.get(ctx.conn, Site, ctx.vault.site_id)
    payload = {"format": tf.PAYLOAD_FORMAT, "version": tf.VERSION, "kind": KEY_FORMAT,
               "key": value.hex(),
               "organisation": site.organisation,
               "from": {"site_id": site.id, "house": site.name},
               "to": {"site_id": card.site_id, "house": card.house}}
    atomic_write(Path(out), tf.seal_package(payload, card, identity))
    with ctx.write() as tx:
        tx.audit("org-match-key-give", None, card.site_id)
    return tf.fingerprint(bytes.fromhex(identity.sign_public))


@dataclass(frozen=True, slots=True)
class KeyTaken:
    from_house: str
    signer_fingerprint: str  # the giving manager's key: compare it with them by phone
    key_id: str


def read_key(ctx: Context, path: Path) -> KeyTaken:
    """What a key file holds, checked (sealed for this house, of this organisation),
    without keeping it: the giver's fingerprint is confirmed first."""
    return _opened_key(ctx, path)[0]


def take_key(ctx: Context, path: Path) -> KeyTaken:
    """Keep the key another house of the organisation sealed for this house's managers. A
    house that has a different key already is refused (its published hashes would no
    longer meet the others')."""
    taken, value, giver = _opened_key(ctx, path)
    had = key(ctx)
    if had is not None and had != value:
        raise InvalidValue("key", tr("This house already has another organisation match "
                                     "key."))
    if had is None:
        house_settings.set_text(ctx, KEY_SETTING, value.hex(), Action.MANAGE_HOUSE)
    with ctx.write() as tx:
        tx.audit("org-match-key-take", None, giver)
    return taken


def _opened_key(ctx: Context, path: Path) -> tuple[KeyTaken, bytes, str]:
    ctx.require(Action.MANAGE_HOUSE)
    identity = transfers._identity(ctx)
    opened = tf.open_package(Path(path), ctx.vault.site_id, identity.box)
    p = opened.payload
    site: Site = reads.get(ctx.conn, Site, ctx.vault.site_id)
    try:
        value = bytes.fromhex(str(p["key"]))
        house, giver = str(p["from"]["house"]), str(p["from"]["site_id"])
        if p["kind"] != KEY_FORMAT or len(value) != om.KEY_BYTES:
            raise ValueError
    except (KeyError, TypeError, ValueError):
        raise tf.TransferRefused(tf.TransferProblem.MALFORMED) from None
    if p.get("organisation") != site.organisation:
        raise tf.TransferRefused(tf.TransferProblem.OTHER_ORGANISATION)
    return KeyTaken(house, tf.fingerprint(bytes.fromhex(opened.signer)), key_id(value)), \
        value, giver


# -- publishing -------------------------------------------------------------------------------
def _people(ctx: Context) -> list[Person]:
    """The house's residents (current and closed; a destroyed one is gone) as published:
    each one's preferred name. Legal names stay out: only some roles read them, and every
    laptop must publish the same set."""
    return sorted((Person(r.preferred_name, r.date_of_birth, r.age_estimate,
                          r.age_estimated_on)
                   for r in lifecycle_reads.residents_named(ctx.conn)),
                  key=lambda p: (p.name, str(p.date_of_birth), str(p.age_estimate),
                                 str(p.age_estimated_on)))


def entries(ctx: Context, value: bytes) -> list[list[list[str]]]:
    out = [g for g in (om.entry(value, p) for p in _people(ctx)) if g]
    return out[:MATCH_ENTRIES_LIMIT]


def publish(ctx: Context, *, force: bool = False, quick: bool = False) -> int | None:
    """Send the house's set to the server when it changed since this laptop last did (or
    a week passed); None when nothing was sent. Raises SyncError when the server fails.
    Whether it changed is judged on what the hashes are made of (names, births, the key),
    so a round with nothing new makes no hash."""
    ctx.require(Action.RECORD_CHECKIN)
    value = key(ctx)
    if value is None:
        return None
    people = _people(ctx)
    digest = hashlib.sha256(json.dumps(
        [key_id(value)] + [[p.name, str(p.date_of_birth), str(p.age_estimate),
                            str(p.age_estimated_on)] for p in people]).encode()).hexdigest()
    last = (local_state.local_value(ctx.conn, PUBLISHED) or " ").split(" ")
    fresh = last[0] == digest and last[1] >= (ctx.today() - timedelta(days=REPUBLISH_DAYS)
                                             ).isoformat()
    if fresh and not force:
        return None
    found = [g for g in (om.entry(value, p) for p in people) if g][:MATCH_ENTRIES_LIMIT]
    secrets.SystemRandom().shuffle(found)  # the server learns nothing from the order
    with linked_client(ctx.vault, quick=quick) as client:
        answer = client.ask(MatchPublishAnswer, "POST", MATCH_PUBLISH,
                            json={"entries": found})
    local_state.keep_local_value(ctx.vault, PUBLISHED, f"{digest} {ctx.today().isoformat()}")
    return answer["entries"]


def publish_quietly(ctx: Context, *, quick: bool = False) -> None:
    """After a sync round: a failure here is the next round's to retry, never the round's
    (`quick`, the app's background rounds: one short try, as the round made)."""
    with contextlib.suppress(SyncError):
        publish(ctx, quick=quick)


# -- intake -----------------------------------------------------------------------------------
def check(ctx: Context, preferred_name: str, *, date_of_birth: date | None = None,
          age_estimate: int | None = None, legal_name: str | None = None) -> CrossHouseResult:
    """Which other houses of the organisation may know the young person at intake. Never
    raises for a missing key, server or answer: the status says why nothing was checked."""
    ctx.require(Action.ADD_RESIDENT)
    value = key(ctx)
    if value is None:
        return CrossHouseResult(CrossHouse.NO_KEY)
    estimated_on = ctx.today() if age_estimate is not None else None
    questions = [q for q in (om.question(value, Person(n, date_of_birth, age_estimate,
                                                       estimated_on))
                             for n in (preferred_name, legal_name) if n) if q]
    if not questions:
        return CrossHouseResult(CrossHouse.NO_BIRTH)
    if server_link.server_link(ctx.conn) is None:
        return CrossHouseResult(CrossHouse.NOT_CONNECTED)
    found: dict[str, OtherHouse] = {}
    try:
        with linked_client(ctx.vault, quick=True) as client:  # intake does not wait long
            for groups in questions:
                answer = client.ask(MatchAskAnswer, "POST", MATCH_ASK, json={"groups": groups})
                for h in answer["houses"]:
                    seen = found.get(h["site_id"])
                    if seen is None or seen.entries < h["entries"]:
                        found[h["site_id"]] = OtherHouse(h["site_id"], h["house"],
                                                         h["entries"])
    except SyncError:
        return CrossHouseResult(CrossHouse.UNREACHABLE)
    # not audited, as the house's own check is not: it opens no record, and a refused
    # intake leaves the vault as it was
    return CrossHouseResult(CrossHouse.CHECKED, tuple(sorted(found.values(),
                                                             key=lambda h: h.house)))

