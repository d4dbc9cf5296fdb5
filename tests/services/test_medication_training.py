"""Who may record a dose as given (issue 28): clinicians and managers, and staff a manager
has recorded as trained; and the stock by batch and expiry date, with the alerts for a
batch expiring within 30 days or expired and still in the stock."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from safehaven.domain import medication as rules
from safehaven.domain.models import Prescription, StockEntry
from safehaven.domain.vocab import AlertKind, StockKind
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import medication, medication_stock, staff, today
from tests.conftest import House
from tests.services.test_medication import DAY, at, daily, prn, resident


def test_untrained_staff_cannot_record_a_dose_given(house: House) -> None:
    rid = resident(house)
    rx = daily(house, rid)
    due = datetime.combine(DAY, time(8))
    with pytest.raises(InvalidValue) as err:
        medication.record_dose(at(house, 8, 5), rx, "given", due_at=due)
    assert err.value.field == "outcome"
    # what was not given is still recorded by whoever is on shift
    refused = medication.record_dose(at(house, 8, 5), rx, "refused", due_at=due).record
    with pytest.raises(InvalidValue) as err:  # nor turned into "given" by a correction
        medication.amend_dose(at(house, 8, 10), refused.id, "she took it", outcome="given")
    assert err.value.field == "outcome"
    # clinicians and managers give medicines without a training record
    evening = datetime.combine(DAY, time(20))
    medication.record_dose(at(house, 20, who="clinician", day=DAY), rx, "given",
                           due_at=evening)


def test_only_a_manager_records_the_training(house: House) -> None:
    sam = house.staff.actor.id  # type: ignore[union-attr]
    for who in (house.staff, house.clinician):
        with pytest.raises(NotAllowed):
            staff.set_trained(who, sam)
    assert staff.set_trained(house.manager, sam).record.med_trained
    rid = resident(house)
    rx = prn(house, rid)
    medication.record_dose(at(house, 8), rx, "given", reason="headache")  # now trained
    staff.set_trained(house.manager, sam, False)
    with pytest.raises(InvalidValue):
        medication.record_dose(at(house, 13), rx, "given", reason="headache")


def _receive(house: House, rx: str, n: int, batch: str, expires: date, hour: int = 7
             ) -> StockEntry:
    return medication_stock.record_stock(at(house, hour, who="manager"), rx, "received", n,
                                         batch=batch, expires_on=expires).record


def test_stock_by_batch_first_expiry_first_out(house: House) -> None:
    rid = resident(house)
    rx = prn(house, rid)
    _receive(house, rx, 10, "A1", date(2026, 12, 10))
    _receive(house, rx, 20, "B2", date(2027, 6, 30))
    for hour in (8, 12, 16):  # doses come from the batch that expires first
        medication.record_dose(at(house, hour, who="clinician"), rx, "given", reason="pain")
    p = medication.prescription(house.staff, rx)
    lots = medication_stock.batch_states(house.staff, [p])[rx]
    assert [(b.batch, b.units) for b in lots] == [("A1", 7), ("B2", 20)]
    medication_stock.record_stock(at(house, 17, who="manager"), rx, "disposed", 5,
                                  batch="B2")
    medication_stock.record_stock(at(house, 18, who="manager"), rx, "counted", 20)
    state = medication_stock.stock_states(house.staff, [p])[rx]
    lots = medication_stock.batch_states(house.staff, [p])[rx]
    assert (state.balance, state.discrepancy) == (20, -2)  # the count logic is unchanged
    assert [(b.batch, b.units) for b in lots] == [("A1", 5), ("B2", 15)]
    assert sum(b.units for b in lots) == state.balance


def test_a_receipt_names_a_good_batch_and_a_count_no_batch(house: House) -> None:
    rid = resident(house)
    rx = daily(house, rid)
    with pytest.raises(InvalidValue) as err:
        _receive(house, rx, 10, "OLD", date(2026, 11, 1))
    assert err.value.field == "expires_on"
    with pytest.raises(InvalidValue) as err:
        medication_stock.record_stock(at(house, 7), rx, "counted", 3, batch="A1")
    assert err.value.field == "batch"
    entry = _receive(house, rx, 10, "A1", date(2027, 1, 31))
    assert (entry.batch, entry.expires_on) == ("A1", date(2027, 1, 31))


def test_expiring_and_expired_stock_reach_today(house: House) -> None:
    rid = resident(house)
    rx = prn(house, rid)
    _receive(house, rx, 10, "SOON", date(2026, 12, 20))
    _receive(house, rx, 10, "LATER", date(2027, 6, 30))
    alerts = [a for a in today.overview(at(house, 9)).alerts
              if a.kind in (AlertKind.STOCK_EXPIRING, AlertKind.STOCK_EXPIRED)]
    assert [(a.kind, a.day) for a in alerts] == [(AlertKind.STOCK_EXPIRING,
                                                  date(2026, 12, 20))]
    assert "SOON" in alerts[0].detail
    after = at(house, 9, day=date(2026, 12, 21))
    kinds = {a.kind for a in today.overview(after).alerts}
    assert AlertKind.STOCK_EXPIRED in kinds
    medication_stock.record_stock(at(house, 10, who="manager", day=date(2026, 12, 21)), rx,
                                  "disposed", 10, batch="SOON")
    kinds = {a.kind for a in today.overview(at(house, 11, day=date(2026, 12, 21))).alerts}
    assert not kinds & {AlertKind.STOCK_EXPIRED, AlertKind.STOCK_EXPIRING}


def test_batches_add_up_to_the_balance_whatever_the_moves() -> None:
    """The pure rule: units by batch always sum to `stock`'s balance."""
    p = Prescription("rx", "s", "r", "X", "1", "oral", date(2026, 1, 1), "Dr", "m",
                     as_needed=True, units_per_dose=2)  # type: ignore[arg-type]

    def e(kind: StockKind, n: int, hour: int, batch: str | None = None,
          expires: date | None = None) -> StockEntry:
        return StockEntry(f"e{hour}", "s", "r", "rx", kind, n, datetime(2026, 2, 1, hour),
                          "m", batch=batch, expires_on=expires)

    entries = [e(StockKind.RECEIVED, 6, 1, "A", date(2026, 3, 1)),
               e(StockKind.RECEIVED, 4, 2, "B", date(2026, 2, 10)),
               e(StockKind.COUNTED, 12, 5), e(StockKind.RETURNED, 3, 6, "A"),
               e(StockKind.COUNTED, 1, 9)]
    given = [datetime(2026, 2, 1, h) for h in (3, 4, 7, 8)]
    for n in range(len(entries) + 1):
        lots = rules.batches(p, entries[:n], given)
        assert sum(b.units for b in lots) == (rules.stock(p, entries[:n], given).balance or 0)
