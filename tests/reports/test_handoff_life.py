"""The hand-off carries the young person's own words, school and the legal case (issue 31):
sealed parts of the case only for the roles that read them."""

from __future__ import annotations

import io

import pypdf
import pytest

from safehaven.errors import NotAllowed
from safehaven.reports import resident as resident_report
from safehaven.services import handoff
from tests.conftest import House
from tests.services.test_reviews import full_record


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in
                             pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_hand_off_shows_their_words_school_and_the_case(house: House) -> None:
    rid = full_record(house)
    text = _text(resident_report.render(handoff.summary_data(house.manager, rid,
                                                             include_legal_case=True)))
    part = text[text.index("In their own words"):]
    for expected in ("Sleep with the light off 0", "my brother 0", "Labour exploitation",
                     "NRM reasonable grounds decision", "Ms Adeyemi", "Leeds Crown Court",
                     "Leeds City College 0"):
        assert expected in part, expected
    staff = _text(resident_report.render(handoff.summary_data(house.staff, rid)))
    assert "Leeds Crown Court" in staff and "Ms Adeyemi" not in staff
    assert "Labour exploitation" not in staff
    plain = _text(resident_report.render(handoff.summary_data(house.manager, rid)))
    assert "Leeds Crown Court" in plain and "Ms Adeyemi" not in plain  # only when asked
    with pytest.raises(NotAllowed):
        handoff.summary_data(house.staff, rid, include_legal_case=True)
