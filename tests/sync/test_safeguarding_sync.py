"""Safeguarding records (issue 27) across two laptops: what the services allow arrives
whole; what a patched client writes past them is refused by the receiver, with the same
rule table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from safehaven.domain.models import Incident
from safehaven.domain.vocab import Role
from safehaven.services import missing, residents, staff
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.vault import Vault
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.replica import applied_log
from tests.sync.harness import Template, context, house_of, make_template

SAM = "sam's own passphrase"
NOW = datetime(2026, 11, 26, 9, 30)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple[Vault, Vault, str, str]]:
    """Two laptops in step: Sam (staff) added and a resident, then laptop a is Sam's."""
    with house_of(template, tmp_path) as (a, b):
        sam = staff.add(context(a), "Sam Staff", Role.STAFF, SAM, crypto.MIN_KDF).record
        rid = residents.add(context(a), "Lucía").record.id
        sync(a, b)
        folder = a.folder
        a.close()
        a = Vault.unlock(folder, SAM, "Sam Staff", sleep=lambda s: None)
        try:
            yield a, b, sam.id, rid
        finally:
            a.close()


def sync(a: Vault, b: Vault) -> object:
    return receive(b, outgoing(a, applied_log.highest_seq(b.conn)))


def as_of(vault: Vault, when: datetime) -> Context:
    ctx = Context.for_vault(vault)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def test_a_whole_missing_episode_arrives_and_a_forged_author_does_not(house: tuple) -> None:
    a, b, sam_id, rid = house
    gone = NOW - timedelta(days=3)
    episode = missing.open_episode(as_of(a, gone), rid, occurred_at=gone,
                                   description="Not back", last_seen_at=gone,
                                   last_seen_place="park").record.id
    missing.record_return(as_of(a, gone + timedelta(hours=6)), episode,
                          returned_at=gone + timedelta(hours=5), whereabouts="a friend's")
    missing.record_interview(as_of(a, gone + timedelta(days=1)), episode,
                             held_at=gone + timedelta(days=1), held_by="Ms Ade",
                             summary="talked")
    report = sync(a, b)
    assert report.quarantined == []  # type: ignore[attr-defined]
    raw = reads.get(b.conn, Incident, episode)
    # Sam wrote them sealed to the key's public half: ciphertext on the wire and in b's
    # tables, open to b's manager, not to Sam herself
    assert raw.whereabouts.startswith("rk1:") and "friend" not in raw.whereabouts
    assert raw.interview_summary.startswith("rk1:")
    there = context(b).opened(raw)
    assert (there.whereabouts, there.interview_summary, there.interview_by,
            there.return_recorded_by) == ("a friend's", "talked", "Ms Ade", sam_id)
    [mine] = missing.for_resident(as_of(a, NOW), rid)
    assert (mine.incident.whereabouts, mine.incident.interview_summary) == (None, None)
    assert mine.incident.interview_by == "Ms Ade"  # what staff see: that it was held
    manager = b.staff_id
    with a.write(sam_id) as tx:  # past the services: the interview "recorded by the manager"
        tx.update(Incident, episode, interview_summary="nothing to add",
                  interview_recorded_by=manager)
    report = sync(a, b)
    assert [r.kind.value for _, r in report.quarantined] == [  # type: ignore[attr-defined]
        "wrong_author"]
    assert context(b).opened(reads.get(b.conn, Incident, episode)).interview_summary == \
        "talked"


def test_staff_cannot_write_the_no_contact_list_past_the_services(house: tuple) -> None:
    from safehaven.domain.models import Contact, NoContact
    from safehaven.services import contacts
    from safehaven.store.ids import new_id

    a, b, sam_id, rid = house
    entry = NoContact(new_id(), a.site_id, rid, "Ivan Petrov", "recruiter", sam_id,
                      NOW.date())
    with a.write(sam_id) as tx:  # a patched client: staff adding to the list
        tx.insert(entry)
    made = contacts.record(as_of(a, NOW), rid, kind="call", who="Ivan Petrov",
                           confirmed=True).record  # matched locally, allowed to staff
    report = sync(a, b)
    assert [r.kind.value for _, r in report.quarantined] == [  # type: ignore[attr-defined]
        "not_permitted"]
    assert not reads.exists(b.conn, NoContact, entry.id)
    assert reads.get(b.conn, Contact, made.id).no_contact_id == entry.id


def test_staff_cannot_review_a_restraint_nor_rewrite_one_on_another_laptop(
        house: tuple) -> None:
    from safehaven.domain.models import Restraint, RestraintReview
    from safehaven.services import restraints
    from safehaven.store.ids import new_id

    a, b, sam_id, rid = house
    held = NOW - timedelta(hours=3)
    made = restraints.record(as_of(a, NOW), rid, started_at=held, duration_min=4,
                             behaviour="hit out", technique="seated-hold",
                             held_by="Sam").record
    restraints.debrief(as_of(a, NOW), made.id, held_at=NOW - timedelta(hours=1),
                       child_words="I was scared")
    assert sync(a, b).quarantined == []  # type: ignore[attr-defined]
    forged = RestraintReview(new_id(), a.site_id, rid, made.id, NOW, "fine", sam_id)
    with a.write(sam_id) as tx:  # a patched client: staff writing the manager's review
        tx.insert(forged)
    report = sync(a, b)
    assert [r.kind.value for _, r in report.quarantined] == [  # type: ignore[attr-defined]
        "not_permitted"]
    assert not reads.exists(b.conn, RestraintReview, forged.id)
    with a.write(sam_id) as tx:  # a patched client logs a rewrite of the record
        tx._log(tx_table(), made.id, [("duration_min", 1, None)])
    report = sync(a, b)
    assert "append_only" in [  # type: ignore[attr-defined]
        r.kind.value for _, r in report.quarantined]
    assert reads.get(b.conn, Restraint, made.id).duration_min == 4


def tx_table() -> object:
    from safehaven.domain.models import Restraint
    from safehaven.store.tables import table_of

    return table_of(Restraint)


def test_a_house_log_entry_arrives_and_one_in_someone_elses_name_does_not(
        house: tuple) -> None:
    from safehaven.domain.models import HouseLogEntry
    from safehaven.services import house_log
    from safehaven.store.ids import new_id

    a, b, sam_id, rid = house
    made = house_log.add(as_of(a, NOW), "power-cut", "Lights out for an hour",
                         resident_ids=[rid]).record
    assert sync(a, b).quarantined == []  # type: ignore[attr-defined]
    assert reads.get(b.conn, HouseLogEntry, made.id).resident_ids == (rid,)
    forged = HouseLogEntry(new_id(), a.site_id, NOW, "police-visit", "nothing happened",
                           b.staff_id)  # "written by the manager"
    with a.write(sam_id) as tx:
        tx.insert(forged)
    report = sync(a, b)
    assert [r.kind.value for _, r in report.quarantined] == [  # type: ignore[attr-defined]
        "wrong_author"]
    assert not reads.exists(b.conn, HouseLogEntry, forged.id)


def test_a_list_kept_on_the_managers_laptop_warns_on_the_staff_laptop(house: tuple) -> None:
    from safehaven.domain.models import NoContact
    from safehaven.errors import NeedsConfirmation
    from safehaven.services import contacts, no_contacts

    a, b, _, rid = house
    entry = no_contacts.add(as_of(b, NOW), rid, "Iván Petrov", "recruiter",
                            reason="sold her passport", phones=["+447700900123"]).record
    assert sync(b, a).quarantined == []  # type: ignore[attr-defined]
    stored = reads.get(a.conn, NoContact, entry.id)
    assert stored.reason.startswith("rk1:")  # sealed on the wire and in Sam's vault
    assert no_contacts.for_resident(as_of(a, NOW), rid)[0].reason is None
    with pytest.raises(NeedsConfirmation) as warned:
        contacts.record(as_of(a, NOW), rid, kind="call", who="a man",
                        phone="+44 7700 900123")
    assert "Iván Petrov" in warned.value.message and "passport" not in warned.value.message
    assert no_contacts.for_resident(as_of(b, NOW), rid)[0].reason == "sold her passport"
