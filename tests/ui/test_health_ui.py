"""Health and medicines in the app: a due dose on Today, recorded from the keyboard with
the child's allergies above the form; the Health tab; allergies on the check-in form."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt

from safehaven import clock
from safehaven.services import health, medication, staff
from safehaven.ui.record_form import RecordForm
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill, select


def _ana(window) -> str:
    shell = window.centralWidget()
    return next(r.id for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")


def _prescribe(window, rid: str, **extra) -> str:
    ctx = window.session.ctx
    health.save(ctx, rid, allergies="Penicillin", reactions="hives")
    return medication.prescribe(ctx, rid, "Sertraline", "50 mg", "oral", "Dr Sol",
                                times="08:00, 20:00", start_date=clock.today(),
                                **extra).record.id


def _train(window, name: str) -> None:
    """The manager (unlocked) records that `name` is trained to give medicines."""
    ctx = window.session.ctx
    who = next(s for s in staff.listing(ctx) if s.display_name == name)
    staff.set_trained(ctx, who.id)


def test_a_due_dose_is_recorded_from_today_and_leaves_it(window, qtbot) -> None:
    unlock(window)
    rid = _ana(window)
    _prescribe(window, rid)
    shell = window.centralWidget()
    today = shell.today
    today.refresh()
    rows = [today.doses.row_at(i) for i in range(today.doses.rowCount())]
    assert [(r.name, r.due.due_at.hour, r.due.state) for r in rows] == [
        ("Ana", 8, "overdue"), ("Ana", 20, "later")]  # the clock is at 09:30
    assert "1 dose due" in today.summary.text()
    today.doses_view.setCurrentIndex(today.doses.index(0, 0))
    qtbot.keyClick(today.doses_view, Qt.Key.Key_Return)  # Enter: the dose form
    form = next(w for w in today.findChildren(RecordForm) if w.isVisible())
    assert "ALLERGIES: Penicillin (hives)" in form.intro and form.subject == "Ana"
    assert form.fields["due_at"].widget.currentData() == datetime.combine(
        clock.today(), time(8)).isoformat()
    fill(form, at=clock.now().replace(second=0, microsecond=0))
    form.submit()
    assert not form.isVisible()
    today.refresh()
    left = [today.doses.row_at(i).due.due_at.hour for i in range(today.doses.rowCount())]
    assert left == [20]


def test_health_tab_shows_allergies_and_refuses_a_prn_too_soon(window) -> None:
    unlock(window, who="Sam Staff")
    rid = _ana(window)
    window.lock()
    unlock(window)  # the manager prescribes
    _prescribe(window, rid)
    medication.prescribe(window.session.ctx, rid, "Ibuprofen", "200 mg", "oral", "Dr Sol",
                         as_needed=True, indication="pain", min_interval_min=360)
    _train(window, "Sam Staff")
    window.lock()
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    shell.open_resident(rid)
    tab = shell.detail.health_tab
    assert tab.allergies.text() == "ALLERGIES: Penicillin (hives)"
    buttons = tab.medicines.buttons
    assert buttons.itemAt(0).widget().isEnabled()  # staff record doses
    # trained to give medicines, she copies prescriptions from the order too
    assert buttons.itemAt(1).widget().isEnabled() and tab.prescribing_buttons[-1].isEnabled()
    assert not tab.profile_button.isEnabled()
    select(tab.medicines, lambda p: p.medicine == "Ibuprofen")
    form = tab.record_dose()
    assert "due_at" not in form.fields and "ALLERGIES" in form.intro
    fill(form, reason="toothache")
    form.submit()
    assert not form.isVisible()
    select(tab.medicines, lambda p: p.medicine == "Ibuprofen")
    again = tab.record_dose()
    fill(again, reason="toothache")
    again.submit()
    assert again.isVisible() and "Too soon" in again.errors["at"].text()
    assert [str(d.outcome) for d in tab.doses.model.rows.values()] == ["given"]


def test_the_checkin_form_shows_allergies(window) -> None:
    unlock(window)
    rid = _ana(window)
    health.save(window.session.ctx, rid, allergies="peanuts")
    shell = window.centralWidget()
    shell.start_checkin(rid, "Ana")
    dialog = shell.checkin_dialog
    assert dialog is not None and dialog.allergies.text() == "ALLERGIES: peanuts"
    assert not dialog.allergies.isHidden()


def test_stock_is_recorded_from_the_health_tab(window) -> None:
    unlock(window)
    rid = _ana(window)
    _prescribe(window, rid)
    shell = window.centralWidget()
    shell.open_resident(rid)
    tab = shell.detail.health_tab
    select(tab.medicines, lambda p: p.medicine == "Sertraline")
    form = tab.record_stock()
    fill(form, kind="received", quantity=30)
    form.submit()
    assert not form.isVisible()
    select(tab.medicines, lambda p: p.medicine == "Sertraline")
    form = tab.record_stock()
    fill(form, kind="counted", quantity=29)
    form.submit()
    p = next(p for p in tab.medicines.model.rows.values() if p.medicine == "Sertraline")
    assert tab._stock(p) == "29 (count: 29 expected 30)"
    select(tab.stock, lambda e: str(e.kind) == "counted")
    form = tab.amend_stock()
    fill(form, why="miscounted", quantity=30)
    form.submit()
    assert not form.isVisible()
    p = next(p for p in tab.medicines.model.rows.values() if p.medicine == "Sertraline")
    assert tab._stock(p) == "30"
    select(tab.medicines, lambda p: p.medicine == "Sertraline")
    form = tab.edit_prescription()
    fill(form, times="09:00, 21:00")
    form.submit()
    assert not form.isVisible()
    assert medication.prescription(window.session.ctx, p.id).times == ("09:00", "21:00")


def test_the_dose_form_refuses_untrained_staff_with_the_reason(window) -> None:
    unlock(window)
    rid = _ana(window)
    medication.prescribe(window.session.ctx, rid, "Ibuprofen", "200 mg", "oral", "Dr Sol",
                         as_needed=True, indication="pain", min_interval_min=360)
    window.lock()
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    shell.open_resident(rid)
    tab = shell.detail.health_tab
    select(tab.medicines, lambda p: p.medicine == "Ibuprofen")
    form = tab.record_dose()
    fill(form, reason="toothache")
    form.submit()
    assert form.isVisible() and "trained" in form.errors["outcome"].text()
    fill(form, outcome="refused", reason="")  # what was not given, she still records
    form.submit()
    assert not form.isVisible()
    assert [str(d.outcome) for d in tab.doses.model.rows.values()] == ["refused"]


def test_stock_received_with_batch_and_expiry_shows_by_batch(window) -> None:
    unlock(window)
    rid = _ana(window)
    _prescribe(window, rid)
    shell = window.centralWidget()
    shell.open_resident(rid)
    tab = shell.detail.health_tab
    select(tab.medicines, lambda p: p.medicine == "Sertraline")
    form = tab.record_stock()
    fill(form, kind="received", quantity=30, batch="LX-204",
         expires_on=date(2027, 3, 31))
    form.submit()
    assert not form.isVisible()
    p = next(p for p in tab.medicines.model.rows.values() if p.medicine == "Sertraline")
    assert "LX-204" in tab._stock(p) and tab._stock(p).startswith("30 · ")
    [entry] = tab.stock.model.rows.values()
    assert (entry.batch, entry.expires_on) == ("LX-204", date(2027, 3, 31))


def test_a_manager_records_the_training_on_the_admin_page(window) -> None:
    unlock(window)
    admin = window.centralWidget().admin
    admin.refresh()
    rows = {admin.model.row_at(i).display_name: i for i in range(admin.model.rowCount())}
    assert admin._gives(admin.model.row_at(rows["Sam Staff"])) == "not trained"
    assert admin._gives(admin.model.row_at(rows["Maria Manager"])) == "by role"
    admin.view.selectRow(rows["Sam Staff"])
    asked = admin.toggle_trained()  # asked first, naming the person
    assert asked is not None and "Sam Staff" in asked.text()
    sam = next(s for s in staff.listing(window.session.ctx) if s.display_name == "Sam Staff")
    assert not sam.med_trained
    asked.accept()
    sam = next(s for s in staff.listing(window.session.ctx) if s.display_name == "Sam Staff")
    assert sam.med_trained
    assert admin._gives(admin.model.row_at(rows["Sam Staff"])) == "trained"
    assert admin.view.currentIndex().row() == rows["Sam Staff"]  # still chosen
    assert admin.trained.text() == "No longer trained to give medicines"
    admin.toggle_trained().reject()  # Cancel changes nothing
    assert next(s for s in staff.listing(window.session.ctx)
                if s.display_name == "Sam Staff").med_trained
    window.lock()
    unlock(window, who="Sam Staff")  # staff cannot record anyone's training
    assert not window.centralWidget().admin.trained.isEnabled()


def test_removing_a_staff_member_is_asked_first(window) -> None:
    unlock(window)
    admin = window.centralWidget().admin
    admin.refresh()
    rows = {admin.model.row_at(i).display_name: i for i in range(admin.model.rowCount())}
    admin.view.selectRow(rows["Sam Staff"])
    asked = admin._remove()
    assert asked is not None and "Sam Staff" in asked.text()
    asked.reject()  # Cancel: Sam stays
    assert next(s for s in staff.listing(window.session.ctx)
                if s.display_name == "Sam Staff").active
    admin._remove().accept()
    assert not next(s for s in staff.listing(window.session.ctx)
                    if s.display_name == "Sam Staff").active
