"""Role rules live in the services, so every front end obeys them."""

from __future__ import annotations

import pytest

from safehaven.domain.vocab import NoteKind
from safehaven.errors import NotAllowed
from safehaven.services import needs, notes, residents, staff, therapy
from tests.conftest import FAST, House


def test_clinical_notes_are_hidden_from_staff(house: House) -> None:
    rid = residents.add(house.manager, "Fatima").record.id
    notes.write(house.staff, rid, "Played chess after dinner.")
    clinical = notes.write(house.clinician, rid, "Disclosed nightmares; grounding practised.",
                           kind=NoteKind.CLINICAL).record
    seen_by = {who: [n.body for n in notes.for_resident(ctx, rid)]
               for who, ctx in [("staff", house.staff), ("clinician", house.clinician),
                                ("manager", house.manager)]}
    assert seen_by["staff"] == ["Played chess after dinner."]
    assert clinical.body in seen_by["clinician"] and clinical.body in seen_by["manager"]
    with pytest.raises(NotAllowed):
        notes.history(house.staff, clinical.id)


def test_only_clinicians_write_clinical_notes(house: House) -> None:
    rid = residents.add(house.manager, "Fatima").record.id
    for ctx in (house.staff, house.manager):
        with pytest.raises(NotAllowed):
            notes.write(ctx, rid, "x", kind="clinical")


def test_legal_name_is_restricted(house: House) -> None:
    rid = residents.add(house.manager, "Lina", legal_name="Lina Q. Example").record.id
    assert residents.get(house.staff, rid).legal_name is None
    assert residents.get(house.clinician, rid).legal_name == "Lina Q. Example"
    with pytest.raises(NotAllowed):
        residents.update(house.staff, rid, legal_name="Changed")
    with pytest.raises(NotAllowed):
        residents.add(house.staff, "Other", legal_name="Secret")


def test_stage_moves_and_therapy_plans_need_a_clinical_or_manager_role(house: House) -> None:
    rid = residents.add(house.staff, "Nikita").record.id  # staff may do an intake
    with pytest.raises(NotAllowed):
        residents.move_stage(house.staff, rid, "stabilization", "settled")
    with pytest.raises(NotAllowed):
        therapy.add_plan(house.staff, rid, "art", "Studio")
    residents.move_stage(house.clinician, rid, "stabilization", "settled")
    therapy.add_plan(house.clinician, rid, "art", "Studio")
    needs.add(house.staff, rid, "education")  # staff manage needs


def test_only_managers_and_admins_manage_staff(house: House) -> None:
    for ctx in (house.staff, house.clinician):
        with pytest.raises(NotAllowed):
            staff.add(ctx, "Someone", "staff", "long enough passphrase", FAST)
    with pytest.raises(NotAllowed):
        staff.change_passphrase(house.staff, house.clinician.actor.id, "long enough pass")
    with pytest.raises(NotAllowed):
        staff.remove(house.manager, house.manager.actor.id)


def test_every_resident_view_is_audited(house: House) -> None:
    rid = residents.add(house.manager, "Zeynep").record.id
    residents.get(house.staff, rid)
    rows = house.vault.conn.execute(
        "SELECT staff_id, action FROM audit_log WHERE resident_id = ? AND action = 'view'",
        (rid,)).fetchall()
    assert rows == [(house.staff.actor.id, "view")]


@pytest.mark.parametrize("role", ["manager", "clinician"])
def test_an_admin_adds_no_one_who_would_hold_more_than_she_does(house: House,
                                                                role: str) -> None:
    """Admins manage staff and laptops; roles that open restricted fields or give roles
    are given by managers only (domain/write_rules.staff_needs)."""
    from safehaven.services.context import Context

    admin = staff.add(house.manager, "Ada Admin", "admin", "long enough passphrase", FAST).record
    ctx = Context(house.vault, admin)
    with pytest.raises(NotAllowed):
        staff.add(ctx, "Mallory", role, "another long passphrase", FAST)
    assert staff.add(ctx, "Sol Staff", "staff", "another long passphrase", FAST).record.role \
        == "staff"
    staff.add(house.manager, "Mia", role, "another long passphrase two", FAST)


def test_an_admin_enrolment_code_names_no_clinician(house: House) -> None:
    from safehaven.services import sync_status
    from safehaven.services.context import Context

    admin = staff.add(house.manager, "Ada Admin", "admin", "long enough passphrase", FAST).record
    with pytest.raises(NotAllowed):
        sync_status.enrol_code(Context(house.vault, admin), "Laptop 2", "Mallory", "clinician")
