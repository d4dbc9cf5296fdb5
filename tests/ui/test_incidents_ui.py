"""From a risk flag on Today to an incident a manager closes, in the app."""

from __future__ import annotations

from datetime import timedelta

from safehaven import clock
from safehaven.services import checkins, incidents
from safehaven.ui.record_form import RecordForm
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill, select


def test_an_alert_becomes_an_incident_and_only_a_manager_closes_it(window, qtbot) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    boris = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Бoris")
    checkins.record(window.session.ctx, boris.id, 2, flags=["self-harm"],
                    incidents="Cut on her arm found at bedtime")
    shell.today.refresh()
    alerts = shell.today.alerts
    row = next(i for i in range(alerts.rowCount())
               if str(alerts.row_at(i).alert.kind) == "risk-flag")
    shell.today.alerts_view.selectRow(row)
    shell.today.incident_button.click()
    page = shell.detail
    assert page.resident_id == boris.id and page.tabs.currentWidget() is page.safety_tab
    form = next(w for w in page.safety_tab.findChildren(RecordForm) if w.isVisible())
    assert form.fields["kind"].widget.currentData() == "self-harm"
    assert form.subject == "Бoris" and "Бoris" in form.windowTitle()  # whose it is
    assert "Cut on her arm" in form.fields["description"].widget.toPlainText()
    fill(form, actions="First aid; nurse called", notified=["manager"],
         occurred_at=clock.now().replace(second=0, microsecond=0) - timedelta(minutes=5))
    form.submit()
    assert not form.isVisible()
    made = incidents.for_resident(window.session.ctx, boris.id)
    assert [str(i.kind) for i in made] == ["self-harm"] and made[0].checkin_id
    kinds = [str(alerts.row_at(i).alert.kind) for i in range(alerts.rowCount())]
    assert kinds[0] == "incident-open" and "risk-flag" not in kinds  # answered, and on top
    buttons = page.safety_tab.incidents.buttons
    assert not buttons.itemAt(2).widget().isEnabled()  # staff cannot acknowledge
    assert not buttons.itemAt(3).widget().isEnabled()  # nor close
    window.lock()
    unlock(window)  # the manager
    shell = window.centralWidget()
    shell.open_resident(boris.id)
    tab = shell.detail.safety_tab
    select(tab.incidents, lambda i: str(i.kind) == "self-harm")
    tab.acknowledge()
    select(tab.incidents, lambda i: str(i.kind) == "self-harm")
    form = tab.close_incident()
    fill(form, outcome="Seen by the GP next morning; safety plan reviewed")
    form.submit()
    assert incidents.for_resident(window.session.ctx, boris.id)[0].closed_at is not None


def test_overdue_needs_are_one_line_per_resident_and_an_alert_opens_its_record(
        window) -> None:

    from safehaven.services import needs

    unlock(window)
    shell = window.centralWidget()
    ctx = window.session.ctx
    fatima = next(r for r in shell.residents.model.rows.values()
                  if r.preferred_name == "Fatima")
    for category in ("medical", "legal-immigration", "identity-documents"):
        needs.add(ctx, fatima.id, category, priority="high",
                  due_date=clock.today() - timedelta(days=3))
    shell.today.refresh()
    alerts = shell.today.alerts
    rows = [alerts.row_at(i) for i in range(alerts.rowCount())
            if str(alerts.row_at(i).alert.kind) == "overdue-need"
            and alerts.row_at(i).alert.resident_id == fatima.id]
    assert len(rows) == 1
    assert shell.today._detail(rows[0]) == "3 overdue needs"
    index = alerts.index(alerts.ids.index(rows[0].id), 0)
    shell.today.alerts_view.activated.emit(index)
    assert shell.detail.resident_id == fatima.id
    assert shell.detail.tabs.currentWidget() is shell.detail.needs_tab


def test_the_safety_plan_form(window) -> None:
    unlock(window)
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    tab = shell.detail.safety_tab
    assert "No safety plan yet" in tab.plan_text.text()
    form = tab.edit_plan()
    form.submit()
    assert form.errors["warning_signs"].isVisibleTo(form)
    fill(form, warning_signs="Goes quiet, <won't> eat", contacts="Key worker: Sam")
    form.submit()
    assert not form.isVisible()
    assert "&lt;won&#x27;t&gt;" in tab.plan_text.text() and "Sam" in tab.plan_text.text()

    from safehaven.services import safety_plans
    safety_plans.save(window.session.ctx, ana.id, coping="Music",
                      reviewed_on=clock.today() - timedelta(days=20),
                      review_due=clock.today() + timedelta(days=10))
    shell.detail.refresh()
    form = tab.edit_plan()  # opening it to read is not a review: the dates stay
    assert form.fields["reviewed_on"].widget.date().toPython() == \
        clock.today() - timedelta(days=20)
    assert form.fields["review_due"].widget.date().toPython() == \
        clock.today() + timedelta(days=10)


def test_the_safety_plan_prints_from_its_tab_and_the_preview_closes_on_lock(
        window, qtbot) -> None:
    from safehaven.services import safety_plans
    from safehaven.ui.pdf_pane import PdfDialog

    unlock(window)
    shell = window.centralWidget()
    fatima = next(r for r in shell.residents.model.rows.values()
                  if r.preferred_name == "Fatima")
    shell.open_resident(fatima.id)
    tab = shell.detail.safety_tab
    assert not tab.print_button.isEnabled()  # nothing to print yet
    safety_plans.save(window.session.ctx, fatima.id, coping="Drawing", contacts="Ana")
    shell.detail.refresh()
    qtbot.waitUntil(tab.print_button.isEnabled)
    tab.print_button.click()
    qtbot.waitUntil(lambda: bool(tab.findChildren(PdfDialog)))
    dialog = tab.findChildren(PdfDialog)[0]
    assert dialog.isVisible() and dialog.pane.pdf.pageCount() == 1
    window.lock()
    qtbot.waitUntil(lambda: not any(isinstance(w, PdfDialog) and w.isVisible()
                                    for w in window.findChildren(PdfDialog)), timeout=2000)


def test_the_hand_off_summary_is_made_from_the_referrals_tab(window, qtbot) -> None:
    import io

    import pypdf
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog

    from safehaven.ui.pdf_pane import PdfDialog

    unlock(window)  # the manager: chooses whether the legal name goes with it
    shell = window.centralWidget()
    fatima = next(r for r in shell.residents.model.rows.values()
                  if r.preferred_name == "Fatima")
    shell.open_resident(fatima.id)
    tab = shell.detail.referrals_tab
    dialog = tab.handoff_summary()
    assert isinstance(dialog, QDialog)
    boxes = dialog.findChildren(QCheckBox)
    assert [b.isChecked() for b in boxes] == [False] * 3  # nothing restricted unasked
    dialog.findChild(QComboBox).setCurrentText("")  # the house's own file
    dialog.accept()
    qtbot.waitUntil(lambda: bool(tab.findChildren(PdfDialog)))
    preview = tab.findChildren(PdfDialog)[0]
    text = " ".join("".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(preview.pane.data)).pages).split())
    assert "Fatima" in text and "not included in this copy" in text
    assert "house's own file" in text
    preview.close()
    preview.deleteLater()

    # a service no consent names: the manager is asked why, and the reason is printed
    dialog = tab.handoff_summary()
    dialog.findChild(QComboBox).setCurrentText("Riverside Youth Service")
    dialog.accept()
    qtbot.waitUntil(lambda: getattr(tab, "consent_prompt", None) is not None
                    and tab.consent_prompt.isVisible())
    assert not [d for d in tab.findChildren(PdfDialog) if d.isVisible()]
    from PySide6.QtWidgets import QDialogButtonBox

    ok = tab.consent_prompt.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason given: nothing to share on
    assert tab.consent_prompt.width() <= 700  # the message wraps inside the screen
    tab.consent_prompt.setTextValue("Court order 14/2026")
    assert ok.isEnabled()
    tab.consent_prompt.accept()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.findChildren(PdfDialog)))
    preview = next(d for d in tab.findChildren(PdfDialog) if d.isVisible())
    text = " ".join("".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(preview.pane.data)).pages).split())
    assert "Riverside Youth Service" in text and "Court order 14/2026" in text


def test_a_flagged_check_in_offers_the_incident_form_at_once(window, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    fatima = next(r for r in shell.residents.model.rows.values()
                  if r.preferred_name == "Fatima")
    shell.start_checkin(fatima.id, "Fatima")
    dialog = shell.checkin_dialog
    dialog.mood.button(2).click()
    dialog.flags[next(iter(dialog.flags))].setChecked(True)
    dialog._save()
    offer = shell.incident_offer
    assert isinstance(offer, QMessageBox) and offer.isVisible() and "Fatima" in offer.text()
    offer.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: shell.detail is not None and any(
        w.isVisible() for w in shell.detail.safety_tab.findChildren(RecordForm)))
    assert shell.detail.resident_id == fatima.id
    form = next(w for w in shell.detail.safety_tab.findChildren(RecordForm) if w.isVisible())
    assert form.fields["kind"].widget.currentData()  # filled from the flag
    assert shell.nav.currentRow() == 1  # the sidebar says where the page is
    shell.nav.itemClicked.emit(shell.nav.item(0))  # and Today is one click away
    assert shell.stack.current() is shell.today
