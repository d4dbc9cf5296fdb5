"""A case closed and reopened in the app, the duplicate question at intake, approvals on
Today, and the manager's audit, complete file and retention (issue 30)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from safehaven.services import closures, house_settings, therapy
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill

SHOTS = os.environ.get("SAFEHAVEN_SHOTS")  # a folder: save what the tests look at


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _ana(shell):
    return next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")


def test_close_a_case_from_its_page_and_a_manager_reopens_it(window) -> None:
    unlock(window, who="Cleo Clinician")
    shell = window.centralWidget()
    ana = _ana(shell)
    shell.open_resident(ana.id)
    page = shell.detail
    assert page.case_button.text() == "Close case…" and page.case_button.isEnabled()
    form = page.close_or_reopen()
    fill(form, reason="reintegrated-family", destination="Her aunt, Quito")
    shot(form, "close-case-form")
    form.submit()
    assert not form.isVisible()
    assert "Case closed on" in page.facts.text()
    assert page.case_button.text() == "Reopen case…" and not page.case_button.isEnabled()
    shot(page, "resident-closed")
    shell.today.refresh()
    assert ana.id not in {r.id for r in shell.today.waiting.rows.values()}
    shell.residents.refresh()
    shown = {r.preferred_name for r in _visible(shell.residents)}
    assert "Ana" not in shown
    shell.residents.cases.setCurrentIndex(shell.residents.cases.findData("closed"))
    assert {r.preferred_name for r in _visible(shell.residents)} == {"Ana"}
    shot(shell.residents, "residents-closed")
    window.lock()
    unlock(window)
    shell = window.centralWidget()
    shell.open_resident(ana.id)
    page = shell.detail
    assert page.case_button.isEnabled()
    form = page.close_or_reopen()
    form.submit()  # no reason: refused beside the field
    assert form.isVisible() and not form.errors["reason"].isHidden()
    fill(form, reason="The placement broke down; she came back")
    form.submit()
    assert not form.isVisible() and "Case closed" not in page.facts.text()


def _visible(page) -> list:
    proxy = page.filter
    return [page.model.row_at(proxy.mapToSource(proxy.index(i, 0)).row())
            for i in range(proxy.rowCount())]


def test_a_likely_duplicate_is_asked_about_at_intake(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    asked: list[str] = []
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *_: (
        asked.append(text), replies.pop(0))[1])
    dialog = shell.residents.add_resident()
    dialog.name.setText("Anna")
    dialog._save()
    assert dialog.isVisible() and "Ana" in asked[0]
    shot(dialog, "add-resident-duplicate")
    dialog._save()
    assert not dialog.isVisible() and len(asked) == 2
    names = [r.preferred_name for r in shell.residents.model.rows.values()]
    assert names.count("Anna") == 1


def test_approvals_wait_on_the_managers_today(window) -> None:
    unlock(window)
    shell = window.centralWidget()
    ana = _ana(shell)
    ctx = window.session.ctx
    house_settings.require_approval(ctx, "therapy-plan", True)
    window.lock()
    unlock(window, who="Cleo Clinician")
    shell = window.centralWidget()
    plan = therapy.add_plan(window.session.ctx, ana.id, "tf-cbt", "Dr Osei").record
    assert not shell.today.approvals.shown
    window.lock()
    unlock(window)
    shell = window.centralWidget()
    tab = shell.today.approvals
    assert tab.shown and tab.model.rowCount() == 1
    assert "waiting for your approval" in shell.today.summary.text()
    shell.today.bottom.setCurrentWidget(tab)
    shot(shell.today, "today-approvals")
    form = tab.open_decision(tab.model.index(0, 0))
    fill(form, decision="return")
    form.submit()  # a return needs a comment
    assert form.isVisible()
    fill(form, comment="Add the funded cap")
    form.submit()
    assert not form.isVisible() and tab.model.rowCount() == 0
    from safehaven.services import approvals

    assert str(approvals.state(window.session.ctx, plan.id).status) == "returned-with-comment"
    shell.open_resident(ana.id)
    steps = [(e.what, e.text) for e in shell.detail.timeline_model.rows.values()
             if e.what.startswith("Therapy plan")]
    assert ("Therapy plan: Returned with a comment", "Add the funded cap") in steps
    assert ("Therapy plan: Submitted", "") in steps


def test_the_managers_audit_complete_file_and_retention(window, tmp_path, monkeypatch
                                                        ) -> None:
    from PySide6.QtWidgets import QFileDialog

    unlock(window)
    shell = window.centralWidget()
    ana = _ana(shell)
    shell.open_resident(ana.id)  # a view, audited
    section = shell.admin.supervision
    assert section is not None and section.audit_button.isEnabled()
    dialog = section.open_audit()
    dialog.who.setCurrentIndex(dialog.who.findData(ana.id))
    dialog.load()
    actions = {x.action for x in dialog.lines}
    assert {"create", "view"} <= actions
    dialog.resize(1000, 560)
    shot(dialog, "audit")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "audit.csv"), ""))
    dialog.export_csv()
    assert (tmp_path / "audit.csv").read_text().startswith("when,staff")
    out = tmp_path / "file"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    form = section.open_export()
    fill(form, resident_id=ana.id)
    form.submit()
    assert not form.isVisible()
    data = json.loads((out / "complete-file.json").read_text())
    assert data["records"]["residents"][0]["id"] == ana.id
    closures.close(window.session.ctx, ana.id, "turned-18")
    house_settings.set_rule(window.session.ctx, "audit", "closed:1")
    retention = section.open_retention()
    assert retention.model.rowCount() == 1
    form = retention.place_hold()
    fill(form, resident_id=ana.id, reason="Court case pending")
    form.submit()
    assert not form.isVisible() and retention.model.row_at(0).hold is not None
    retention.view.selectRow(0)
    retention.lift_hold()
    assert retention.model.row_at(0).hold is None
    retention.jurisdiction.setCurrentIndex(retention.jurisdiction.findData("england"))
    retention._set_jurisdiction()
    assert "England" in retention.rules.text()
    shot(retention, "retention")
    section.switches[next(iter(section.switches))].setChecked(True)
    assert house_settings.approvals_required(window.session.ctx)
    shot(shell.admin, "admin")


def test_staff_see_no_supervision(window) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    assert shell.admin.supervision is None
    shell.open_resident(_ana(shell).id)
    assert not shell.detail.case_button.isEnabled()


def test_destroy_from_the_retention_list_and_a_second_manager_approves_on_today(
        window) -> None:
    from safehaven.domain.vocab import Role
    from safehaven.services import destruction, residents, staff
    from safehaven.store import crypto
    from tests.ui.conftest import PASSPHRASE

    unlock(window)
    shell = window.centralWidget()
    ana = _ana(shell)
    ctx = window.session.ctx
    staff.add(ctx, "Second Manager", Role.MANAGER, PASSPHRASE, crypto.MIN_KDF)
    closures.close(ctx, ana.id, "turned-18")
    house_settings.set_rule(ctx, "audit", "closed:1")
    retention = shell.admin.supervision.open_retention()
    retention.view.selectRow(0)
    form = retention.destroy_record()
    fill(form, reason="Retention period over")
    form.submit()
    assert not form.isVisible()
    assert [v.destruction.waiting for v in destruction.listing(window.session.ctx)] == [True]
    assert shell.today.approvals.model.rowCount() == 0  # not for the one who asked
    window.lock()
    unlock(window, who="Second Manager")
    shell = window.centralWidget()
    tab = shell.today.approvals
    assert tab.shown and tab.model.rowCount() == 1
    shell.today.bottom.setCurrentWidget(tab)
    shot(shell.today, "today-destruction")
    form = tab.open_decision(tab.model.index(0, 0))
    fill(form, decision="approve")
    form.submit()
    assert not form.isVisible()
    assert ana.id not in {r.id for r in residents.overview(window.session.ctx)}
    dialog = shell.admin.supervision.open_retention().destructions()
    assert dialog.model.rowCount() == 1 and "every laptop" in dialog.model.index(
        0, 2).data()
    shot(dialog, "destructions")
