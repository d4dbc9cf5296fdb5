"""From a risk flag on Today to an incident a manager closes, in the app."""

from __future__ import annotations

from datetime import datetime, timedelta

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
    assert "Cut on her arm" in form.fields["description"].widget.toPlainText()
    fill(form, actions="First aid; nurse called", notified=["manager"],
         occurred_at=datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=5))
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
    form = tab.close()
    fill(form, outcome="Seen by the GP next morning; safety plan reviewed")
    form.submit()
    assert incidents.for_resident(window.session.ctx, boris.id)[0].closed_at is not None
