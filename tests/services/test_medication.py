"""The medication administration record: prescriptions, doses given or not, corrections by
amendment, and what is refused before it can harm (too soon, over the daily maximum, an
allergy, a controlled drug without a witness)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from safehaven.domain.vocab import AlertKind, DoseOutcome
from safehaven.errors import InvalidValue, NeedsConfirmation, NotAllowed
from safehaven.services import health, medication, medication_stock, residents, staff, today
from safehaven.services.context import Context
from safehaven.store import reads
from tests.conftest import House

DAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _trained(house: House) -> None:
    """Sam, the house's staff member, is trained to give medicines (untrained: below)."""
    staff.set_trained(house.manager, house.staff.actor.id)  # type: ignore[union-attr]


def at(house: House, hour: int, minute: int = 0, who: str = "staff",
       day: date = DAY) -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor,
                   now=lambda: datetime.combine(day, time(hour, minute)))


def resident(house: House) -> str:
    return residents.add(at(house, 7, who="manager", day=DAY - timedelta(days=3)),
                         "Ana").record.id


def daily(house: House, rid: str, **extra: object) -> str:
    return medication.prescribe(at(house, 6, who="clinician"),
                                rid, "Sertraline", "50 mg", "oral", "Dr Okafor",
                                times="08:00, 20:00", **extra).record.id


def prn(house: House, rid: str, **extra: object) -> str:
    return medication.prescribe(at(house, 7, who="clinician"), rid, "Paracetamol", "500 mg",
                                "oral", "Dr Okafor", as_needed=True, indication="pain",
                                min_interval_min=240, max_per_day=4, **extra).record.id


def test_a_dose_due_at_eight_is_on_today_until_recorded(house: House) -> None:
    rid = resident(house)
    rx = daily(house, rid)
    early = today.overview(at(house, 7, 30))
    assert [(d.due_at.hour, d.state) for d in early.doses] == [(8, "due"), (20, "later")]
    assert not [a for a in early.alerts if a.kind == AlertKind.DOSE_OVERDUE]
    late = today.overview(at(house, 9, 5))
    assert [(d.due_at.hour, d.state) for d in late.doses] == [(8, "overdue"), (20, "later")]
    overdue = [a for a in late.alerts if a.kind == AlertKind.DOSE_OVERDUE]
    assert [(a.resident_id, a.detail) for a in overdue] == [(rid, "Sertraline 08:00")]
    medication.record_dose(at(house, 9, 10), rx, "given",
                           due_at=datetime.combine(DAY, time(8)))
    after = today.overview(at(house, 9, 11))
    assert [d.due_at.hour for d in after.doses] == [20]
    assert not [a for a in after.alerts if a.kind == AlertKind.DOSE_OVERDUE]
    with pytest.raises(InvalidValue) as twice:  # the same dose again: amend instead
        medication.record_dose(at(house, 9, 12), rx, "given",
                               due_at=datetime.combine(DAY, time(8)))
    assert twice.value.field == "due_at"


def test_a_scheduled_dose_names_a_time_it_is_due(house: House) -> None:
    rx = daily(house, resident(house))
    with pytest.raises(InvalidValue) as err:
        medication.record_dose(at(house, 9), rx, "given", due_at=datetime.combine(DAY, time(9)))
    assert err.value.field == "due_at"


def test_prn_too_soon_or_over_the_daily_maximum_is_refused(house: House) -> None:
    rid = resident(house)
    rx = prn(house, rid)
    medication.record_dose(at(house, 8), rx, "given", reason="headache")
    with pytest.raises(InvalidValue) as err:
        medication.record_dose(at(house, 11, 30), rx, "given", reason="headache")
    assert err.value.field == "at"
    assert "Too soon" in err.value.message and "12:00" in err.value.message
    for hour in (12, 16, 20):
        medication.record_dose(at(house, hour), rx, "given", reason="pain")
    with pytest.raises(InvalidValue) as most:  # 4 in 24 h: the fifth waits for 08:00 tomorrow
        medication.record_dose(at(house, 1, 0, day=DAY + timedelta(days=1)), rx, "given",
                               reason="pain")
    assert "4 times in 24 hours" in most.value.message
    medication.record_dose(at(house, 8, 0, day=DAY + timedelta(days=1)), rx, "given",
                           reason="pain")
    # a dose entered late may not sit closer than the interval to one given after it
    with pytest.raises(InvalidValue):
        medication.record_dose(at(house, 22, 0), rx, "given", at=datetime.combine(
            DAY, time(18)), reason="pain")
    # refusing is never too soon
    medication.record_dose(at(house, 9, 0, day=DAY + timedelta(days=1)), rx, "refused")


def test_an_allergy_warns_at_prescribing_and_refuses_the_dose(house: House) -> None:
    rid = resident(house)
    health.save(at(house, 7, who="clinician"), rid, allergies="Penicillin, peanuts",
                reactions="hives, swollen lips")
    with pytest.raises(NeedsConfirmation) as warned:
        medication.prescribe(at(house, 7, who="clinician"), rid, "Amoxicillin", "250 mg",
                             "oral", "Dr Okafor", times="08:00",
                             substances="amoxicillin, penicillin")
    assert "ALLERGY" in warned.value.message and "Penicillin" in warned.value.message
    rx = medication.prescribe(at(house, 7, who="clinician"), rid, "Amoxicillin", "250 mg",
                              "oral", "Dr Okafor", times="08:00",
                              substances="amoxicillin, penicillin", confirmed=True).record
    with pytest.raises(InvalidValue) as refused:
        medication.record_dose(at(house, 8), rx.id, "given",
                               due_at=datetime.combine(DAY, time(8)))
    assert refused.value.field == "outcome" and "allergic" in refused.value.message
    # withholding it is what the shift can record
    medication.record_dose(at(house, 8), rx.id, "withheld", reason="allergy: called GP",
                           due_at=datetime.combine(DAY, time(8)))
    assert health.safety_facts(house.staff, rid).line().startswith("Allergies: Penicillin")


def test_a_controlled_drug_needs_a_witness_other_than_the_giver(house: House) -> None:
    rid = resident(house)
    rx = daily(house, rid, controlled=True)
    due = datetime.combine(DAY, time(8))
    with pytest.raises(InvalidValue) as err:
        medication.record_dose(at(house, 8), rx, "given", due_at=due)
    assert err.value.field == "witness"
    with pytest.raises(InvalidValue):
        medication.record_dose(at(house, 8), rx, "given", due_at=due, witness="Sam Staff")
    dose = medication.record_dose(at(house, 8), rx, "given", due_at=due,
                                  witness="Maria Manager").record
    assert dose.witness == house.manager.actor.id


def test_a_correction_is_an_amendment_and_the_original_is_kept(house: House) -> None:
    rid = resident(house)
    rx = daily(house, rid)
    due = datetime.combine(DAY, time(8))
    first = medication.record_dose(at(house, 8, 5), rx, "given", due_at=due).record
    with pytest.raises(InvalidValue):
        medication.amend_dose(at(house, 9), first.id, "")
    fixed = medication.amend_dose(at(house, 9), first.id, "she spat it out",
                                  outcome="refused").record
    assert fixed.amends_id == first.id
    shown = medication.doses_for(house.staff, rid, due - timedelta(hours=1),
                                 due + timedelta(hours=2))
    assert [(d.id, d.outcome) for d in shown] == [(fixed.id, DoseOutcome.REFUSED)]
    assert [d.id for d in medication.dose_history(house.staff, first.id)] == [first.id,
                                                                             fixed.id]


def test_refused_twice_in_a_row_alerts_the_clinician(house: House) -> None:
    rid = resident(house)
    rx = daily(house, rid)
    medication.record_dose(at(house, 8), rx, "refused", due_at=datetime.combine(DAY, time(8)))
    medication.record_dose(at(house, 20), rx, "refused",
                           due_at=datetime.combine(DAY, time(20)))
    alerts = today.overview(at(house, 20, 30)).alerts
    assert [(a.kind, a.detail) for a in alerts if a.kind == AlertKind.DOSES_REFUSED] == [
        (AlertKind.DOSES_REFUSED, "Sertraline")]


def test_roles_staff_give_doses_but_do_not_prescribe(house: House) -> None:
    """Staff not trained to give medicines record a dose missed, not a prescription."""
    rid = resident(house)
    staff.set_trained(house.manager, house.staff.actor.id, False)  # type: ignore[union-attr]
    with pytest.raises(NotAllowed):
        medication.prescribe(at(house, 7), rid, "Ibuprofen", "200 mg", "oral", "Dr O",
                             times="08:00")
    with pytest.raises(NotAllowed):
        health.save(at(house, 7), rid, allergies="nuts")
    rx = daily(house, rid)
    medication.record_dose(at(house, 8), rx, "missed", due_at=datetime.combine(DAY, time(8)))


def test_staff_trained_to_give_medicines_copy_prescriptions(house: House) -> None:
    """A manager's training record lets a staff member add, correct and stop a
    prescription (they take the order from the doctor in many houses); taking the record
    away takes that away too."""
    rid = resident(house)
    sam = at(house, 7)  # trained (the fixture above)
    assert medication.may_prescribe(sam)
    rx = medication.prescribe(sam, rid, "Ibuprofen", "200 mg", "oral", "Dr O",
                              times="08:00").record
    assert rx.recorded_by == house.staff.actor.id  # type: ignore[union-attr]
    medication.edit(sam, rx.id, dose="400 mg")
    staff.set_trained(house.manager, house.staff.actor.id, False)  # type: ignore[union-attr]
    assert not medication.may_prescribe(sam)
    with pytest.raises(NotAllowed):
        medication.stop(sam, rx.id, "course finished")
    assert medication.prescription(sam, rx.id).dose == "400 mg"


def test_bad_input_is_refused_with_its_field(house: House) -> None:
    rid = resident(house)
    clin = at(house, 7, who="clinician")
    cases = [({"times": "8 o'clock"}, "times"), ({"times": ""}, "times"),
             ({"as_needed": True}, "indication"),
             ({"as_needed": True, "indication": "pain"}, "min_interval_min"),
             ({"times": "08:00", "route": "ear-ish"}, "route")]
    for extra, field in cases:
        args = {"route": "oral", **extra}
        route = args.pop("route")
        with pytest.raises(InvalidValue) as err:
            medication.prescribe(clin, rid, "Ibuprofen", "200 mg", route, "Dr O", **args)
        assert err.value.field == field
    assert medication.prescriptions_for(clin, rid) == []


def test_stopped_medicine_is_no_longer_due(house: House) -> None:
    rid = resident(house)
    rx = daily(house, rid)
    medication.stop(at(house, 7, who="clinician"), rx, "course finished")
    assert today.overview(at(house, 9, 30)).doses == []
    with pytest.raises(InvalidValue):
        medication.record_dose(at(house, 8), rx, "given", due_at=datetime.combine(DAY, time(8)))


def test_pregnancy_is_sealed_and_hidden_from_staff(house: House) -> None:
    rid = resident(house)
    health.save(at(house, 7, who="manager"), rid, allergies=["latex"],
                pregnancy="12 weeks, antenatal clinic booked")
    raw = house.vault.conn.execute("SELECT pregnancy FROM health_profiles").fetchone()[0]
    assert raw.startswith("rk1:") and "weeks" not in raw
    assert health.profile(house.manager, rid).pregnancy == "12 weeks, antenatal clinic booked"
    seen = health.profile(house.staff, rid)
    assert seen.pregnancy is None and seen.allergies == ("latex",)
    with pytest.raises(NotAllowed):
        health.save(at(house, 7), rid, pregnancy="x")
    assert reads.count(house.vault.conn, "health_profiles") == 1


def test_a_scheduled_dose_is_not_given_hours_early(house: House) -> None:
    rx = daily(house, resident(house))
    with pytest.raises(InvalidValue) as err:
        medication.record_dose(at(house, 9, 30), rx, "given",
                               due_at=datetime.combine(DAY, time(20)))
    assert err.value.field == "at" and "Too early" in err.value.message
    medication.record_dose(at(house, 19, 5), rx, "given",
                           due_at=datetime.combine(DAY, time(20)))


def test_stock_balance_is_exact_and_a_wrong_count_raises_an_alert(house: House) -> None:
    rid = resident(house)
    rx = daily(house, rid, units_per_dose=2)
    medication_stock.record_stock(at(house, 7), rx, "received", 28)
    medication.record_dose(at(house, 8), rx, "given", due_at=datetime.combine(DAY, time(8)))
    medication.record_dose(at(house, 20), rx, "refused",
                           due_at=datetime.combine(DAY, time(20)))  # takes nothing
    medication_stock.record_stock(at(house, 20, 30), rx, "returned", 4)
    medication_stock.record_stock(at(house, 20, 31), rx, "disposed", 2)
    p = medication.prescriptions_for(house.staff, rid)[0]
    assert medication_stock.stock_states(house.staff, [p])[rx].balance == 28 - 2 - 4 - 2
    medication_stock.record_stock(at(house, 21), rx, "counted", 20)  # as the balance says
    state = medication_stock.stock_states(house.staff, [p])[rx]
    assert (state.balance, state.discrepancy) == (20, 0)
    assert not [a for a in today.overview(at(house, 21, 5)).alerts
                if a.kind == AlertKind.STOCK_DISCREPANCY]
    medication_stock.record_stock(at(house, 21, 10), rx, "counted", 18)  # two missing
    state = medication_stock.stock_states(house.staff, [p])[rx]
    assert (state.balance, state.discrepancy) == (18, -2)
    alerts = [a for a in today.overview(at(house, 21, 15)).alerts
              if a.kind == AlertKind.STOCK_DISCREPANCY]
    assert [(a.resident_id, a.detail) for a in alerts] == [(rid, "Sertraline: 18/20")]
    with pytest.raises(InvalidValue) as err:
        medication_stock.record_stock(at(house, 21), rx, "received", 0)
    assert err.value.field == "quantity"


def test_a_controlled_drug_is_counted_with_a_witness(house: House) -> None:
    rx = daily(house, resident(house), controlled=True)
    medication_stock.record_stock(at(house, 7), rx, "received", 10)  # from the pharmacy: alone
    with pytest.raises(InvalidValue) as err:
        medication_stock.record_stock(at(house, 7, 5), rx, "counted", 10)
    assert err.value.field == "witness"
    medication_stock.record_stock(at(house, 7, 5), rx, "counted", 10, witness="Maria Manager")


def test_the_effect_of_an_as_needed_dose_is_added_later(house: House) -> None:
    rid = resident(house)
    rx = prn(house, rid)
    dose = medication.record_dose(at(house, 8), rx, "given", reason="headache").record
    checked = medication.record_effect(at(house, 9), dose.id, "headache gone").record
    assert (checked.amends_id, checked.effect, checked.at) == (dose.id, "headache gone",
                                                               dose.at)
    # the correction is no second dose: the next is still allowed from 12:00
    medication.record_dose(at(house, 12), rx, "given", reason="headache")


def test_height_and_weight_when_taken(house: House) -> None:
    rid = resident(house)
    clin = at(house, 7, who="clinician")
    saved = health.save(clin, rid, height_cm=152, weight_kg="41,5").record
    assert (saved.height_cm, saved.weight_kg, saved.measured_on) == (152, 41.5, DAY)
    for field, value in (("height_cm", 900), ("weight_kg", "heavy")):
        with pytest.raises(InvalidValue) as err:
            health.save(clin, rid, **{field: value})
        assert err.value.field == field
    assert health.profile(house.staff, rid).weight_kg == 41.5


def test_a_stock_entry_and_a_prescription_are_corrected(house: House) -> None:
    rid = resident(house)
    rx = daily(house, rid)
    wrong = medication_stock.record_stock(at(house, 7), rx, "received", 300).record
    with pytest.raises(InvalidValue):
        medication_stock.amend_stock(at(house, 7, 5), wrong.id, "")
    fixed = medication_stock.amend_stock(at(house, 7, 5), wrong.id, "typed a zero too many",
                                   quantity=30).record
    assert (fixed.amends_id, fixed.quantity, fixed.at) == (wrong.id, 30, wrong.at)
    p = medication.prescription(house.staff, rx)
    assert medication_stock.stock_states(house.staff, [p])[rx].balance == 30
    assert [e.id for e in medication_stock.stock_for(house.staff, rid, wrong.at)] == [fixed.id]
    edited = medication.edit(at(house, 7, who="clinician"), rx, times="09:00").record
    assert edited.times == ("09:00",)
    staff.set_trained(house.manager, house.staff.actor.id, False)  # type: ignore[union-attr]
    with pytest.raises(NotAllowed):  # untrained staff do not correct a prescription
        medication.edit(at(house, 7), rx, times="10:00")
