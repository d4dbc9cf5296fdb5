"""The missing-person sheet (issue 27): one page, the fields the police ask for, and
nothing restricted beyond them."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from safehaven.errors import InvalidValue, NotAllowed
from safehaven.reports import missing_sheet as report
from safehaven.services import incidents, missing, missing_sheet, no_contacts, notes, residents
from safehaven.services.context import Context
from tests.conftest import NOW, House

GONE = NOW - timedelta(hours=3)


def _text(pdf: bytes) -> tuple[int, str]:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return len(pages), " ".join(" ".join(p.extract_text() for p in pages).split())


def _episode(house: House) -> tuple[str, str]:
    rid = residents.add(house.manager, "Lucía", legal_name="Lucía Fernanda Ríos",
                        date_of_birth=date(2011, 5, 4), gender="girl",
                        languages=["Spanish"], interpreter_needed=True,
                        interpreter_language="Spanish").record.id
    notes.write(house.clinician, rid, "Clinical: nightmares about the flat", kind="clinical")
    no_contacts.add(house.manager, rid, "Ivan Petrov", "recruiter", reason="sold her passport")
    earlier = missing.open_episode(house.staff, rid, occurred_at=GONE - timedelta(days=20),
                                   description="x", last_seen_at=GONE - timedelta(days=20),
                                   last_seen_place="park").record
    missing.record_return(house.staff, earlier.id, returned_at=GONE - timedelta(days=19))
    made = missing.open_episode(
        house.staff, rid, occurred_at=GONE, description="Did not come back from the shop",
        last_seen_at=GONE - timedelta(minutes=20), last_seen_place="Corner shop, Hill St",
        appearance="Red jacket, jeans, white trainers; 1.55 m; long black hair",
        notified=["police", "social-worker"], notified_at=GONE + timedelta(minutes=30),
        police_reference="MP/26/4412").record
    missing.record_sighting(house.staff, made.id, at=GONE + timedelta(hours=1),
                            place="Bus station, platform 3", seen_by="a driver")
    return rid, made.id


def test_the_sheet_is_one_page_for_the_police(house: House, tmp_path: Path) -> None:
    _, episode = _episode(house)
    pdf = report.render(missing_sheet.sheet(house.manager, episode))
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    pages, text = _text(pdf)
    assert pages == 1
    for expected in ("Bus station, platform 3", "Lucía Fernanda Ríos", "Corner shop, Hill St",
                     "Red jacket", "MP/26/4412", "Social worker",
                     "Did not come back from the shop", "15 years"):
        assert expected in text, expected
    assert "Earlier missing episodes 1" in text
    for secret in ("nightmares", "sold her passport", "Ivan Petrov"):
        assert secret not in text


def test_staff_print_it_without_the_legal_name(house: House) -> None:
    _, episode = _episode(house)
    _, text = _text(report.render(missing_sheet.sheet(house.staff, episode)))
    assert "Fernanda" not in text and "ask the house manager" in text
    assert "Red jacket" in text


def test_only_a_missing_episode_has_a_sheet(house: House) -> None:
    rid = residents.add(house.manager, "Bea").record.id
    other = incidents.record(house.staff, rid, "violence", occurred_at=GONE,
                             description="pushed").record
    with pytest.raises(InvalidValue):
        missing_sheet.sheet(house.staff, other.id)
    with pytest.raises(NotAllowed):  # opened with the recovery key: no role at all
        missing_sheet.sheet(Context(house.vault, None), other.id)


def test_the_hand_off_lists_every_episode(house: House) -> None:
    from safehaven.reports import resident as resident_report
    from safehaven.services import handoff

    rid, _ = _episode(house)
    _, text = _text(resident_report.render(handoff.summary_data(house.manager, rid)))
    part = text[text.index("Missing from care: every episode (2)"):]
    assert "STILL MISSING" in part  # today's, not yet back
    assert "after 24.0 h" in part  # the earlier one, back a day later


def test_the_hand_off_lists_restraints_with_the_young_persons_words(house: House) -> None:
    from safehaven.reports import resident as resident_report
    from safehaven.services import handoff, restraints

    rid, _ = _episode(house)
    made = restraints.record(house.staff, rid, started_at=GONE - timedelta(days=2),
                             duration_min=4, behaviour="Threw a chair",
                             technique="seated-hold", held_by="Sam").record
    restraints.debrief(house.staff, made.id, held_at=GONE - timedelta(days=1),
                       child_words="I was scared of the noise")
    _, text = _text(resident_report.render(handoff.summary_data(house.manager, rid)))
    part = text[text.index("Restraints and physical interventions (1)"):]
    assert "Seated hold, 4 min" in part and "I was scared of the noise" in part


def test_the_current_photo_on_file_is_on_the_sheet(house: House) -> None:
    """The police ask for a photo first: the newest one on the record goes on the page,
    read from memory; without one the sheet asks for it to be attached."""
    from safehaven.demo.documents import SILHOUETTE
    from safehaven.services import consents, documents

    rid, episode = _episode(house)
    without = report.render(missing_sheet.sheet(house.staff, episode))
    assert "attach the current photo" in _text(without)[1]
    assert not pypdf.PdfReader(io.BytesIO(without)).pages[0].images
    consents.add(house.manager, rid, "photographs", granted_on=NOW.date() - timedelta(days=9),
                 expires_on=NOW.date() + timedelta(days=300), guardian_name="Ms Ríos",
                 child_assent=True)
    documents.add(house.staff, rid, "photo", SILHOUETTE, title="Current photo")
    made = missing_sheet.sheet(house.staff, episode)
    assert made.photo is not None and made.photo.startswith(b"\xff\xd8")
    pdf = report.render(made)
    pages, text = _text(pdf)
    assert pages == 1 and "attach the current photo" not in text
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].images) == 1
