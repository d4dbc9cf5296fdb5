"""The hand-off summary's change since intake matches the records, for roles that may see
scores; group sessions count in each resident's attendance."""

from __future__ import annotations

import io
from datetime import date, datetime

import pypdf

from safehaven.domain import measures as M
from safehaven.reports import resident as resident_report
from safehaven.services import groups, handoff, measures, residents, therapy
from tests.conftest import House


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in
                             pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_change_since_intake_matches_the_records(house: House) -> None:
    rid = residents.add(house.manager, "Ioana", intake_date=date(2026, 6, 1)).record.id
    other = residents.add(house.manager, "Mara", intake_date=date(2026, 6, 1)).record.id
    doc = house.clinician
    for day, cats, phq in ((date(2026, 6, 4), 34, 12), (date(2026, 8, 4), 22, 13),
                           (date(2026, 11, 2), 13, 14)):
        measures.record(doc, rid, "cats-self", cats, taken_on=day)
        measures.record(doc, rid, "phq-a", phq, taken_on=day)
    measures.record(doc, rid, "gad-7", 15, taken_on=date(2026, 6, 4))
    measures.record(doc, rid, "gad-7", 8, taken_on=date(2026, 11, 2))
    measures.record(doc, other, "gad-7", 21, taken_on=date(2026, 11, 2))
    data = handoff.summary_data(house.clinician, rid)
    got = {c.instrument.code: (c.first.measure.total, c.first.band.label,
                               c.latest.measure.total, c.latest.band.label, c.count,
                               c.direction) for c in data.measures}
    assert got == {
        # no published SD for CATS or the PHQ-A: no claim either way (domain/measures.py)
        "cats-self": (34, "Probable PTSD", 13, "Not elevated", 3, M.NOT_AVAILABLE),
        "phq-a": (12, "Moderate", 14, "Moderate", 3, M.NOT_AVAILABLE),
        "gad-7": (15, "Severe", 8, "Mild", 2, "improved"),  # 7 points: RCI 4.4
    }
    text = _text(resident_report.render(data))
    assert "Outcome measures: change since intake" in text
    for part in ("4 Jun 2026: 34 (Probable PTSD)", "2 Nov 2026: 13 (Not elevated)",
                 "improved", M.NOT_AVAILABLE, "reliable change (Jacobson–Truax"):
        assert part in text, part
    assert "21" not in text.split("Outcome measures")[1].split("Risk flags")[0]
    staff_view = handoff.summary_data(house.staff, rid)  # staff never see scores
    assert staff_view.measures == [] and not staff_view.measures_shown
    assert "Outcome measures" not in _text(resident_report.render(staff_view))


def test_group_attendance_counts_in_the_hand_off(house: House) -> None:
    ids = [residents.add(house.manager, n, intake_date=date(2026, 9, 1)).record.id
           for n in ("Ana", "Bea")]
    for rid in ids:
        therapy.add_plan(house.clinician, rid, "art", "Studio", start_date=date(2026, 10, 1),
                         session_cap=10)
    g = groups.book(house.staff, ids, datetime(2026, 11, 20, 15), modality="art",
                    confirmed=True).record
    groups.record_attendance(house.staff, g.id, present=[ids[0]], absent=[ids[1]])
    absent = _text(resident_report.render(handoff.summary_data(house.manager, ids[1])))
    assert "Art therapy Studio 1 Oct 2026 0 1 0 10" in absent
    text = _text(resident_report.render(handoff.summary_data(house.manager, ids[0])))
    assert "Art therapy Studio 1 Oct 2026 1 0 0 10" in text
