"""Outcome measures on the resident's page, acknowledging an alert on Today, and a group
session on the Schedule, through the app's own forms."""

from __future__ import annotations

from datetime import datetime, timedelta

from safehaven import clock, i18n
from safehaven.services import needs, therapy, today
from safehaven.ui.measures_tab import MeasuresTab
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill, open_ana, save

TODAY = clock.today()


def test_scores_are_recorded_charted_and_hidden_from_staff(window) -> None:
    shell = open_ana(window, who="Cleo Clinician")
    page = shell.detail
    tab = page.measures_tab
    assert isinstance(tab, MeasuresTab)
    form = tab.record()
    fill(form, instrument="cats-self", total="61", taken_on=TODAY)
    save(form)
    assert form.isVisible() and "between 0 and 60" in form.errors["total"].text()
    fill(form, total="24", subscales="intrusion=8, avoidance=4")
    save(form)
    assert not form.isVisible()
    form = tab.record()
    fill(form, instrument="cats-self", total="13", taken_on=TODAY)
    save(form)
    rows = [tab.scores.model.row_at(i) for i in range(tab.scores.model.rowCount())]
    assert [(s.measure.total, s.band.label) for s in rows] == [  # newest first
        (13, "Not elevated"), (24, "Probable PTSD")]
    assert rows[1].measure.subscales == ("intrusion=8", "avoidance=4")
    column = [c.title for c in tab.scores.model.columns].index("Subscales")
    cell = tab.scores.model.index(1, column)
    assert cell.data() == "intrusion=8, avoidance=4"
    with i18n.speaking("ar"):  # a list reads with the language's own comma
        assert cell.data() == "intrusion=8، avoidance=4"
    [(instrument, points)] = tab.chart.series  # the chart holds what the records hold
    assert instrument.code == "cats-self" and [t for _, t in points] == [24, 13]
    assert "24 (Probable PTSD)" in tab.change.text() and "13 (Not elevated)" in \
        tab.change.text() and "reliable change not available" in tab.change.text()
    assert tab.chart.minimumHeight() >= 100
    tab.scores.view.selectRow(0)
    form = tab.correct()
    fill(form, total="12")
    save(form)
    assert not form.isVisible()
    assert tab.scores.model.row_at(0).measure.total == 12
    window.lock()
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    shell.open_resident(page.resident_id)
    assert shell.detail.measures_tab is None  # no scores for staff
    labels = [shell.detail.tabs.tabText(i) for i in range(shell.detail.tabs.count())]
    assert "Measures" not in labels


def test_an_alert_is_acknowledged_with_a_note_and_leaves_today(window) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    page = shell.today
    fatima = next(r.id for r in page.waiting.rows.values() if r.preferred_name == "Fatima")
    needs.add(window.session.ctx, fatima, "medical", priority="high",
              due_date=TODAY - timedelta(days=3))
    page.refresh()
    alerts = page.alerts
    kinds = [str(alerts.row_at(i).alert.kind) for i in range(alerts.rowCount())]
    row = kinds.index("overdue-need")
    who = alerts.row_at(row).name
    page.alerts_view.selectRow(row)
    form = page.acknowledge()
    assert form is not None
    save(form)
    assert form.isVisible() and form.errors["note"].isVisible()  # a note is needed
    fill(form, note="At the hospital overnight with her sister")
    save(form)
    assert not form.isVisible()
    page.refresh()
    after = [(str(alerts.row_at(i).alert.kind), alerts.row_at(i).name)
             for i in range(alerts.rowCount())]
    assert ("overdue-need", who) not in after and len(after) == len(kinds) - 1
    assert "1 acknowledged" in page.summary.text()
    assert today.overview(window.session.ctx).acknowledged == 1


def test_a_group_is_booked_once_and_attendance_counts_per_resident(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from safehaven.ui.record_form import RecordForm
    from safehaven.ui.schedule import SchedulePage

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_: QMessageBox.StandardButton.Yes)  # "in the past: book?"
    unlock(window, who="Cleo Clinician")
    shell = window.centralWidget()
    ctx = window.session.ctx
    people = {r.preferred_name: r.id for r in shell.residents.model.rows.values()}
    plans = {n: therapy.add_plan(ctx, people[n], "art", "Studio", session_cap=8,
                                 start_date=TODAY - timedelta(days=3)).record.id
             for n in ("Ana", "Fatima")}
    page = next(p for p in shell.pages if isinstance(p, SchedulePage))
    page.book_group()
    form = next(w for w in page.findChildren(RecordForm) if w.isVisible())
    when = max(clock.now().replace(second=0, microsecond=0) - timedelta(hours=1),
               datetime.combine(TODAY, datetime.min.time()))
    fill(form, modality="art", title="Clay and colour", at=when,
         residents=[people["Ana"], people["Fatima"]])
    save(form)
    assert not form.isVisible()
    page.refresh()
    booked = [page.model.row_at(i) for i in range(page.model.rowCount())]
    shown = [b for b in booked if b.group is not None]
    assert len(shown) == 1 and shown[0].resident == "Ana, Fatima"
    attendance = page.attendance(shown[0])
    fill(attendance, present=[people["Ana"]])
    save(attendance)
    assert not attendance.isVisible()
    used = therapy.used_by_plan(ctx)
    assert used.get(plans["Ana"]) == 1 and used.get(plans["Fatima"]) is None
