"""What a laptop fetches of documents' content (issue 29): the house's policy, overridden
on one laptop; thumbnails only or nothing in the background, and a document opened that
is not here fetched then, with a plain refusal when the server cannot be reached."""

from __future__ import annotations

import os

import pytest

from safehaven.domain.vocab import FetchPolicy
from safehaven.services import document_fetch, documents
from safehaven.store import chunks
from safehaven.sync.rounds import sync_round
from tests.services.test_document_previews import picture, size_of
from tests.services.test_documents import pdf
from tests.sync.harness import context
from tests.sync.test_documents_sync import (  # noqa: F401
    _resident_with_photo_consent,
    house,
    template,
)


def _held(vault, ids) -> set[str]:
    return set(chunks.held(vault.conn, list(ids)))


def test_thumbnails_only_then_on_demand_then_everything(house) -> None:  # noqa: F811
    _server, a, b = house
    rid = _resident_with_photo_consent(a)
    photo = documents.add(context(a), rid, "photo", picture(2400, 1800),
                          title="Current photo").record
    order = documents.add(context(a), rid, "court-order", pdf() + os.urandom(150_000),
                          title="Order").record
    document_fetch.set_house_policy(context(a), FetchPolicy.THUMBNAILS)
    sync_round(a)
    got = sync_round(b)
    assert document_fetch.policy(context(b)).here is FetchPolicy.THUMBNAILS
    assert got.chunks_fetched == len(photo.thumb)
    assert _held(b, photo.thumb) == set(photo.thumb)
    assert not _held(b, photo.chunks + photo.preview + order.chunks)
    assert set(documents.thumbnails(context(b), rid)) == {photo.id}

    # this netbook fetches nothing in the background, whatever the house says
    policy = document_fetch.set_laptop_policy(context(b), FetchPolicy.ON_DEMAND)
    assert (policy.house, policy.here) == (FetchPolicy.THUMBNAILS, FetchPolicy.ON_DEMAND)
    later = documents.add(context(a), rid, "photo", picture(900, 600),
                          title="Later photo").record
    sync_round(a)
    assert sync_round(b).chunks_fetched == 0 and not _held(b, later.thumb)

    # opening fetches what the viewer shows (the viewing copy), not the original
    _, shown = documents.content(context(b), photo.id, viewing=True)
    assert size_of(shown) == (1600, 1200)
    assert _held(b, photo.preview) == set(photo.preview) and not _held(b, photo.chunks)
    assert documents.content(context(b), order.id)[1].startswith(b"%PDF")

    # back to everything: the next round fetches every original
    document_fetch.set_laptop_policy(context(b), FetchPolicy.ALL)
    sync_round(b)
    everything = photo.chunks + photo.preview + photo.thumb + later.chunks + later.thumb
    assert _held(b, everything) == set(everything)


def test_opening_a_document_not_fetched_while_offline_says_so(house) -> None:  # noqa: F811
    server, a, b = house
    rid = _resident_with_photo_consent(a)
    order = documents.add(context(a), rid, "court-order", pdf(), title="Order").record
    document_fetch.set_laptop_policy(context(b), FetchPolicy.ON_DEMAND)
    sync_round(a)
    sync_round(b)
    assert [x.here for x in documents.for_resident(context(b), rid)] == [False]
    server.stop()
    with pytest.raises(document_fetch.NotFetched):
        documents.content(context(b), order.id)
    with pytest.raises(document_fetch.NotFetched):
        documents.export(context(b), order.id, b.folder / "copy.pdf")
    assert not (b.folder / "copy.pdf").exists()


def test_a_policy_that_is_not_one_is_refused(house) -> None:  # noqa: F811
    from safehaven.errors import InvalidValue

    _server, a, _b = house
    with pytest.raises(InvalidValue):
        document_fetch.set_house_policy(context(a), "some")
    with pytest.raises(InvalidValue):
        document_fetch.set_laptop_policy(context(a), "most")
    assert document_fetch.policy(context(a)).here is FetchPolicy.ALL
