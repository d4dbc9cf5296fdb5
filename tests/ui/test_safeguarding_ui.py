"""Safeguarding records in the app (issue 27): a missing episode heads Today, then its
return and return interview are recorded on the Safety tab, and it leaves Today."""

from __future__ import annotations

from datetime import timedelta

from safehaven import clock
from safehaven.services import incidents, missing
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill, select


def _kinds(shell) -> list[str]:
    alerts = shell.today.alerts
    return [str(alerts.row_at(i).alert.kind) for i in range(alerts.rowCount())]


def test_a_missing_episode_from_today_to_the_return_interview(window) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    now = clock.now().replace(second=0, microsecond=0)
    missing.open_episode(window.session.ctx, ana.id, occurred_at=now - timedelta(hours=6),
                         description="Not back from school",
                         last_seen_at=now - timedelta(hours=7), last_seen_place="school gate")
    shell.today.refresh()
    assert _kinds(shell)[0] == "missing-now"
    shell.today.alerts_view.selectRow(0)
    assert shell.today.acknowledge() is None  # a note does not stand for the return
    assert "Safety tab" in shell.today.ack_hint.text()
    shell.open_resident(ana.id)
    tab = shell.detail.safety_tab
    select(tab.incidents, lambda i: str(i.kind) == "missing")
    assert "MISSING" in tab._state(tab.incidents.selected())
    form = tab.returned()
    fill(form, returned_at=now - timedelta(hours=1), how="Brought back by police",
         whereabouts="At the station with an older man", police_reference="MP-12")
    form.submit()
    assert not form.isVisible()
    shell.today.refresh()
    kinds = _kinds(shell)
    assert "missing-now" not in kinds and "return-interview-due" in kinds
    select(tab.incidents, lambda i: str(i.kind) == "missing")
    form = tab.interview()
    fill(form, held_at=now - timedelta(minutes=10), held_by="Ms Ade", summary="Talked; "
         "plan reviewed")
    form.submit()
    assert not form.isVisible()
    shell.today.refresh()
    assert not {"return-interview-due", "missing-now"} & set(_kinds(shell))
    episode = incidents.for_resident(window.session.ctx, ana.id)[0]
    assert (episode.police_reference, episode.interview_by) == ("MP-12", "Ms Ade")
    # sealed: Sam wrote where Ana was and what she said, and does not read them back
    assert (episode.whereabouts, episode.interview_summary) == (None, None)
    select(tab.incidents, lambda i: str(i.kind) == "missing")
    again = tab.returned()
    where = again.fields["whereabouts"].widget
    assert where.toPlainText() == "" and "Sealed" in where.placeholderText()
    again.close()
    window.lock()
    unlock(window)  # the manager reads them
    episode = incidents.for_resident(window.session.ctx, ana.id)[0]
    assert (episode.whereabouts, episode.interview_summary) == (
        "At the station with an older man", "Talked; plan reviewed")


def test_a_listed_visitor_is_warned_of_before_saving_and_reaches_today(window, monkeypatch
                                                                        ) -> None:
    from PySide6.QtWidgets import QMessageBox

    unlock(window)  # the manager keeps the list
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    panel = shell.detail.safety_tab.contacts
    form = panel.add_entry()
    assert "reason" in form.fields
    fill(form, name="Iván Petrov", relationship="recruiter", reason="Recruited her",
         phones="+447700900123")
    form.submit()
    assert not form.isVisible()
    assert [e.name for e in panel.no_contact.model.rows.values()] == ["Iván Petrov"]
    window.lock()
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    shell.open_resident(ana.id)
    panel = shell.detail.safety_tab.contacts
    assert not panel.no_contact.buttons.itemAt(0).widget().isEnabled()  # staff: no changes
    assert panel._why(next(iter(panel.no_contact.model.rows.values()))) == (
        "(clinicians and managers only)")
    asked: list[str] = []
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *_: (
        asked.append(text), replies.pop(0))[1])
    form = panel.record()
    fill(form, kind="call", who="ivan  PETROV")
    form.submit()  # warned; answered No: nothing saved, the form stays open
    assert form.isVisible() and "no-contact list" in asked[0] and "Recruited" not in asked[0]
    assert panel.log.model.rowCount() == 0
    fill(form, allowed=False, outcome="Call not put through")
    form.submit()  # warned again; Yes: saved, and a manager is alerted
    assert not form.isVisible() and len(asked) == 2
    shell.today.refresh()
    assert "no-contact-match" in _kinds(shell)
    shell.open_alert(ana.id, "no-contact-match")
    assert shell.detail.safety_tab.parts.currentWidget() is shell.detail.safety_tab.contacts


def test_a_restraint_then_its_debrief_and_only_a_manager_reviews(window) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    panel = shell.detail.safety_tab.restraints
    buttons = panel.section.buttons
    assert not buttons.itemAt(2).widget().isEnabled()  # staff: no manager's review
    now = clock.now().replace(second=0, microsecond=0)
    form = panel.record()
    fill(form, started_at=now - timedelta(hours=1), duration_min=3,
         behaviour="Pushed a peer against the wall", technique="standing-hold",
         held_by="Sam and Leo", child_injuries="none seen")
    form.submit()
    assert not form.isVisible()
    shell.today.refresh()
    assert {"restraint-debrief-due", "restraint-review-due"} <= set(_kinds(shell))
    shell.open_alert(ana.id, "restraint-debrief-due")
    assert shell.detail.safety_tab.parts.currentWidget() is shell.detail.safety_tab.restraints
    select(panel.section, lambda x: True)
    assert "DUE" in panel._debrief(panel.section.selected())
    form = panel.debrief()
    fill(form, held_at=now - timedelta(minutes=5), child_words="I did not want to go to bed")
    form.submit()
    assert not form.isVisible()
    shell.today.refresh()
    kinds = _kinds(shell)
    assert "restraint-debrief-due" not in kinds and "restraint-review-due" in kinds


def test_the_house_log_on_today_and_on_a_timeline(window) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    page = shell.today
    form = page.add_to_house_log()
    fill(form, category="stranger-outside", text="A man filmed the house from the bus stop",
         resident_ids=[ana.id])
    form.submit()
    assert not form.isVisible()
    page.refresh()
    rows = list(page.house_log.rows.values())
    assert [r.text for r in rows] == ["A man filmed the house from the bus stop"]
    assert "(1)" in page.bottom.tabText(1)
    assert page.house_log.data(page.house_log.index(0, 2)) == "Sam Staff"
    shell.open_resident(ana.id)
    whats = [shell.detail.timeline_model.data(shell.detail.timeline_model.index(i, 1))
             for i in range(shell.detail.timeline_model.rowCount())]
    assert "House log: Stranger outside" in whats


def test_taking_someone_off_the_list_is_asked_first(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from safehaven.services import no_contacts

    unlock(window)
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    no_contacts.add(window.session.ctx, ana.id, "Ivan Petrov", "recruiter")
    shell.open_resident(ana.id)
    panel = shell.detail.safety_tab.contacts
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_: replies.pop(0))
    select(panel.no_contact, lambda e: True)
    panel.remove_entry()  # No: still listed
    assert len(no_contacts.for_resident(window.session.ctx, ana.id)) == 1
    select(panel.no_contact, lambda e: True)
    panel.remove_entry()
    assert no_contacts.for_resident(window.session.ctx, ana.id) == []


def test_the_restraint_form_offers_the_house_techniques(window) -> None:
    from safehaven.services import house_settings, restraints

    unlock(window)
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    now = clock.now().replace(second=0, microsecond=0)
    restraints.record(window.session.ctx, ana.id, started_at=now - timedelta(hours=3),
                      duration_min=2, behaviour="kicked the door", technique="escort",
                      held_by="Leo")
    house_settings.set_restraint_techniques(window.session.ctx,
                                            ["guiding", "Two-person hold"])
    shell.open_resident(ana.id)
    panel = shell.detail.safety_tab.restraints
    form = panel.record()
    box = form.fields["technique"].widget
    assert [box.itemData(i) for i in range(box.count())] == ["guiding", "Two-person hold"]
    fill(form, started_at=now - timedelta(hours=1), duration_min=3, behaviour="hit out",
         technique="Two-person hold", held_by="Sam and Leo")
    form.submit()
    assert not form.isVisible()
    select(panel.section, lambda x: x.restraint.technique == "escort")
    assert panel.section.model.rowCount() == 2
    fix = panel.correct()  # an old record's technique, no longer listed, is kept
    assert fix.fields["technique"].widget.currentData() == "escort"
    form.close()
    fix.close()


def test_a_manager_sets_the_house_techniques_on_the_admin_page(window) -> None:
    from safehaven.services import house_settings

    unlock(window)
    section = window.centralWidget().admin.supervision
    form = section.open_techniques()
    box = form.fields["names"].widget
    assert box.toPlainText().splitlines()[:2] == ["guiding", "escort"]  # the shipped list
    box.setPlainText("guiding\nTwo-person hold\n")
    form.submit()
    assert not form.isVisible()
    assert house_settings.restraint_techniques(window.session.ctx) == ["guiding",
                                                                       "Two-person hold"]
