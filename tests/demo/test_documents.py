"""Demo documents (issue 29): believable papers on file, photos only with consent, and
every one opens."""

from __future__ import annotations

from safehaven.demo import generator
from safehaven.domain import documents as d
from safehaven.domain.models import Consent, Document
from safehaven.domain.vocab import ConsentPurpose
from safehaven.services import documents
from safehaven.store import reads
from tests.conftest import House


def test_the_demo_house_has_papers_on_file_that_open(house: House) -> None:
    generator.generate(house.manager, residents=12, days=30, seed=7)
    docs = reads.all_of(house.vault.conn, Document)
    kinds = {str(doc.kind) for doc in docs}
    assert {"consent-form", "identity-document", "photo"} <= kinds
    for doc in docs:
        _, data = documents.content(house.staff, doc.id)
        assert d.media_type(data) == doc.media_type and len(data) == doc.size
        if str(doc.kind) == "photo":
            consents = reads.for_resident(house.vault.conn, Consent, doc.resident_id)
            assert any(c.purpose == ConsentPurpose.PHOTOGRAPHS and
                       c.active_on(doc.added_at.date()) for c in consents)
