"""The hand-off summary: each section a receiving service needs, restricted parts only when
asked for and allowed, with refusals that say what they are about."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pypdf
import pytest

from safehaven.errors import NotAllowed
from safehaven.reports import resident as resident_report
from safehaven.services import (
    checkins,
    consents,
    follow_ups,
    handoff,
    incidents,
    notes,
    referrals,
    residents,
    safety_plans,
    therapy,
    trusted_adults,
)
from safehaven.services.context import Context
from tests.conftest import NOW, House


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in
                             pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def _at(house: House, day: date) -> Context:
    return Context(house.vault, house.manager.actor,
                   now=lambda: datetime.combine(day, time(9, 0)))


def test_every_section_for_a_resident_who_has_them(house: House) -> None:
    ctx = house.manager
    rid = residents.add(_at(house, date(2026, 9, 1)), "Marisol",
                        intake_date=date(2026, 9, 1)).record.id
    consents.add(ctx, rid, "information-sharing", granted_on=date(2026, 9, 2),
                 expires_on=date(2027, 3, 1), guardian_name="County Guardian",
                 given_by="agency", child_assent=True, shared_with="St Anne's Clinic")
    consents.add(ctx, rid, "photographs", granted_on=date(2026, 9, 2),
                 expires_on=date(2026, 10, 1), guardian_name="County Guardian",
                 child_assent=True)  # lapsed: not in force
    referrals.make(ctx, rid, "education", "Northside College", contact_person="Ms Obi")
    checkins.record(_at(house, date(2026, 11, 10)), rid, 2, day=date(2026, 11, 10),
                    flags=["runaway"], incidents="Left the house for two hours")
    checkins.record(_at(house, date(2026, 9, 20)), rid, 2, day=date(2026, 9, 20),
                    flags=["self-harm"])  # more than 30 days ago
    plan = therapy.add_plan(house.clinician, rid, "emdr", "Harbour Clinic",
                            start_date=date(2026, 9, 5)).record.id
    therapy.schedule(ctx, plan, datetime(2026, 12, 3, 15, 30))
    trusted_adults.add(ctx, rid, "Aunt Rosa", "aunt")
    follow_ups.schedule(ctx, rid, date(2027, 1, 15), count=2)
    incidents.record(ctx, rid, "disclosure", occurred_at=datetime(2026, 11, 12, 19, 0),
                     description="Spoke about the flat she was kept in")
    safety_plans.save(ctx, rid, warning_signs="Goes quiet, stops eating",
                      contacts="Key worker; night line 0800 111")
    text = _text(resident_report.render(handoff.summary_data(ctx, rid)))
    sharing = text[text.index("What may be shared, and with whom"):]
    assert "St Anne's Clinic" in sharing[:400] and "1 Mar 2027" in sharing[:400]
    assert "Photographs" not in sharing[:400]
    assert "Northside College (Ms Obi)" in text
    recent = text[text.index("Safety history since intake"):]
    assert "Runaway risk" in recent[:300] and "Left the house for two hours" in recent[:300]
    assert "Incident: Disclosure (still open)" in recent[:600]
    assert "Spoke about the flat she was kept in" in recent[:600]
    # the self-harm flag of September is older than 30 days: counted, not dropped
    assert "Risk flags at check-ins before the last 30 days" in recent
    assert "Self-harm concern: once, 20 Sept 2026" in recent or \
        "Self-harm concern: once, 20 Sep 2026" in recent
    plan = text[text.index("Safety plan"):]
    assert "Goes quiet, stops eating" in plan[:600] and "night line 0800 111" in plan[:600]
    booked = text[text.index("Booked sessions"):]
    assert "Thu 3 Dec 2026 15:30" in booked[:200] and "Harbour Clinic" in booked[:200]
    assert "Aunt Rosa" in text and "Not vetted" in text
    assert "15 Jan 2027" in text and "15 Feb 2027" in text
    assert "Consent and assent" in text


def test_no_consent_in_force_says_so(house: House) -> None:
    rid = residents.add(house.manager, "Ines").record.id
    text = _text(resident_report.render(handoff.summary_data(house.manager, rid)))
    assert "No consent is in force today" in text
    assert "No sessions are booked." in text
    assert "No risk flags or incidents since intake." in text
    assert "No safety plan recorded." in text


def test_legal_name_asked_for_but_none_recorded(house: House) -> None:
    rid = residents.add(house.manager, "Noor").record.id
    asked = _text(resident_report.render(handoff.summary_data(house.manager, rid,
                                                              include_legal_name=True)))
    assert "Legal name none recorded" in asked
    plain = _text(resident_report.render(handoff.summary_data(house.manager, rid)))
    assert "Legal name not included in this copy" in plain


def test_refusals_name_what_they_are_about(house: House) -> None:
    rid = residents.add(house.manager, "Kasia", legal_name="Katarzyna K.").record.id
    with pytest.raises(NotAllowed) as legal:
        handoff.summary_data(house.staff, rid, include_legal_name=True)
    assert "legal names" in str(legal.value) and "clinical" not in str(legal.value)
    with pytest.raises(NotAllowed) as clinical:
        handoff.summary_data(house.staff, rid, include_clinical=True)
    assert "clinical notes" in str(clinical.value) and "legal" not in str(clinical.value)
    assert NOW.date() == date(2026, 11, 26)


def test_the_clinician_chooses_the_clinical_notes(house: House) -> None:
    rid = residents.add(house.manager, "Dilnoza").record.id
    old = notes.write(Context(house.vault, house.clinician.actor,
                              now=lambda: datetime(2026, 9, 1, 10)), rid,
                      "September session notes.", kind="clinical").record.id
    new = notes.write(house.clinician, rid, "November session notes.", kind="clinical").record.id
    everything = _text(resident_report.render(handoff.summary_data(
        house.clinician, rid, include_clinical=True)))
    assert "September session notes." in everything and "November session notes." in everything
    since = _text(resident_report.render(handoff.summary_data(
        house.clinician, rid, clinical_since=date(2026, 10, 1))))
    assert "September" not in since and "November session notes." in since
    chosen = _text(resident_report.render(handoff.summary_data(
        house.clinician, rid, clinical_notes=[old])))
    assert "September session notes." in chosen and "November" not in chosen
    with pytest.raises(NotAllowed):
        handoff.summary_data(house.staff, rid, clinical_notes=[new])


def test_the_hand_off_carries_the_whole_safety_history(house: House) -> None:
    """A missing episode 90 days ago and trafficker contact long before are what the next
    service most needs: both are listed, with who was told and how each ended."""
    ctx = house.manager
    today = NOW.date()
    rid = residents.add(_at(house, date(2026, 6, 1)), "Leila",
                        intake_date=date(2026, 6, 1)).record.id
    missing = incidents.record(ctx, rid, "missing",
                               occurred_at=datetime(2026, 8, 28, 21, 0),  # 90 days before
                               description="Not back from the shop by 9 pm",
                               notified=["police", "manager"],
                               notified_at=datetime(2026, 8, 28, 21, 20),
                               last_seen_at=datetime(2026, 8, 28, 17, 30),
                               last_seen_place="Corner shop").record
    incidents.acknowledge(ctx, missing.id)
    incidents.close(ctx, missing.id, "Found at the bus station; came back with police")
    incidents.record(ctx, rid, "trafficker-contact", occurred_at=datetime(2026, 6, 16, 14, 0),
                     description="A man asked for her at the door")
    checkins.record(_at(house, date(2026, 7, 2)), rid, 1, day=date(2026, 7, 2),
                    flags=["self-harm"])
    checkins.record(_at(house, date(2026, 7, 9)), rid, 2, day=date(2026, 7, 9),
                    flags=["self-harm"])
    assert (today - missing.occurred_at.date()).days == 90
    text = _text(resident_report.render(handoff.summary_data(ctx, rid)))
    history = text[text.index("Safety history since intake"):]
    assert "Incident: Missing" in history and "Not back from the shop by 9 pm" in history
    assert "Last seen Fri 28 Aug 2026 17:30 at Corner shop." in history
    assert "Told: Manager, Police." in history
    assert "Found at the bus station" in history
    assert "A man asked for her at the door" in history
    assert "Self-harm concern: 2 times" in history
    assert "No risk flags or incidents" not in text


def test_a_summary_for_a_service_needs_a_consent_naming_it(house: House) -> None:
    """Issue 26, item 3: named service, no consent naming it: refused until a manager or
    clinician gives the reason, which is audited and printed; staff cannot give one."""
    from safehaven.errors import NeedsConfirmation
    from safehaven.services import audit

    ctx = house.manager
    rid = residents.add(_at(house, date(2026, 9, 1)), "Amina",
                        intake_date=date(2026, 9, 1)).record.id
    consents.add(ctx, rid, "information-sharing", granted_on=date(2026, 9, 2),
                 expires_on=date(2027, 3, 1), guardian_name="County Guardian",
                 given_by="agency", child_assent=True, shared_with="St Anne's Clinic")
    consents.add(ctx, rid, "information-sharing", granted_on=date(2026, 9, 2),
                 expires_on=date(2026, 11, 1), guardian_name="County Guardian",
                 given_by="agency", child_assent=True, shared_with="Northside College")
    ok = handoff.summary_data(ctx, rid, receiving="st annes  clinic")
    assert ok.consent is not None and ok.without_consent is None
    text = _text(resident_report.render(ok))
    assert "For: st annes clinic" in text and "Information-sharing consent given" in text
    for who in (house.manager, house.staff):
        with pytest.raises(NeedsConfirmation) as asked:
            handoff.summary_data(who, rid, receiving="Northside College")
        assert asked.value.field == "receiving"
    with pytest.raises(NotAllowed):
        handoff.summary_data(house.staff, rid, receiving="Northside College",
                             without_consent="they asked")
    before = len([e for e in audit.for_resident(ctx, rid)
                  if e.action == "handoff-without-consent"])
    forced = handoff.summary_data(house.clinician, rid, receiving="Northside College",
                                  without_consent="  court order  14/2026 ")
    assert forced.consent is None and forced.without_consent == "court order 14/2026"
    after = [e for e in audit.for_resident(ctx, rid) if e.action == "handoff-without-consent"]
    assert len(after) == before + 1 and after[0].staff_id == house.clinician.actor.id
    text = _text(resident_report.render(forced))
    assert "Shared without an information-sharing consent" in text
    assert "court order 14/2026" in text
    own = _text(resident_report.render(handoff.summary_data(house.staff, rid)))
    assert "house's own file" in own
