"""The house's settings in one form on the Admin page (issue 31): a manager changes them and
a refusal lands beside its field with nothing written; staff see them greyed, with why; the
decision form offers the house's own kinds of decision."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from safehaven.domain.vocab import ApprovalSubject
from safehaven.services import decision_kinds, house_config, house_settings
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill


def _open(window):
    admin = window.centralWidget().admin
    admin.house_settings.open()  # read in the background (synchronous here)
    form = admin.house_settings.form
    assert form is not None and form.isVisible()
    return form


def test_a_manager_changes_the_house_settings_and_a_refusal_changes_nothing(window) -> None:
    unlock(window)
    ctx = window.session.ctx
    form = _open(window)
    assert form.fields["review_weeks"].widget.value() == house_settings.get(ctx, "review-weeks")
    assert form.fields["first_stage"].widget.toPlainText().splitlines() == [
        "nrm-reasonable-grounds", "continued-presence"]  # the shipped list
    assert form.fields["financial_year_start"].widget.currentData() == 4
    fill(form, review_weeks=8, complaint_days=5, financial_year_start=1,
         approvals=("therapy-plan",), first_stage="nrm-reasonable-grounds\nt-visa",
         final="nrm-conclusive-grounds\nResidence permit (victims)",
         techniques="guiding\nTwo-person hold")
    form.submit()
    assert form.isVisible() and form.errors["first_stage"].isVisibleTo(form)
    assert "t-visa" in form.errors["first_stage"].text()
    before = house_config.load(ctx)
    assert before.numbers["review_weeks"] != 8 and before.approvals == ()
    fill(form, first_stage="nrm-reasonable-grounds\nAge assessment")
    form.submit()
    assert not form.isVisible()
    now = house_config.load(ctx)
    assert now.numbers == {"review_weeks": 8, "complaint_days": 5, "financial_year_start": 1,
                           "document_max_mb": before.numbers["document_max_mb"]}
    assert house_settings.approvals_required(ctx) == {ApprovalSubject.THERAPY_PLAN}
    assert decision_kinds.names(ctx) == ["nrm-reasonable-grounds", "Age assessment",
                                         "nrm-conclusive-grounds", "Residence permit (victims)"]
    assert house_settings.restraint_techniques(ctx) == ["guiding", "Two-person hold"]
    again = _open(window)  # shows what was saved
    assert again.fields["complaint_days"].widget.value() == 5
    assert "Age assessment" in again.fields["first_stage"].widget.toPlainText()
    again.close()


def test_staff_see_the_house_settings_greyed_with_why(window) -> None:
    unlock(window)
    decision_kinds.set_list(window.session.ctx, ["Age assessment"], ["Residence permit"])
    window.lock()
    unlock(window, who="Sam Staff")
    form = _open(window)
    assert "Only a manager" in form.intro
    assert not form.save_button.isEnabled()
    assert not form.fields["review_weeks"].widget.isEnabled()
    box = form.fields["final"].widget
    assert isinstance(box, QPlainTextEdit) and box.isReadOnly()
    assert box.toPlainText() == "Residence permit"
    form.close()


def test_the_decision_form_offers_the_houses_kinds(window) -> None:
    unlock(window)
    decision_kinds.set_list(window.session.ctx, ["Age assessment"], ["Residence permit"])
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    page = shell.detail.life_tab.profile_page
    form = page.add_decision()
    box = form.fields["kind"].widget
    assert [box.itemData(i) for i in range(box.count())] == ["Age assessment",
                                                              "Residence permit"]
    fill(form, kind="Residence permit")
    form.submit()
    assert not form.isVisible()
    assert [d.kind for d in page.decisions.model.rows.values()] == ["Residence permit"]


def test_what_laptops_fetch_is_a_house_setting_and_one_laptop_may_choose_less(
        window) -> None:
    from safehaven.domain.vocab import FetchPolicy
    from safehaven.services import document_fetch

    unlock(window)
    ctx = window.session.ctx
    form = _open(window)
    assert form.fields["document_fetch"].widget.currentData() == "all"
    fill(form, document_fetch="thumbnails")
    form.submit()
    assert not form.isVisible()
    assert document_fetch.policy(ctx).house is FetchPolicy.THUMBNAILS
    page = window.centralWidget().sync_page
    page.refresh()
    choice = page.fetch_choice
    assert choice.currentIndex() == 0 and choice.itemData(0) is None  # as the house chose
    page._fetch_chosen(choice.findData("on-demand"))
    assert document_fetch.policy(ctx).here is FetchPolicy.ON_DEMAND
    assert choice.currentData() == "on-demand"
    page._fetch_chosen(0)
    assert document_fetch.policy(ctx).laptop is None

def test_staff_see_the_weekly_report_greyed_with_why_and_managers_make_it(window) -> None:
    """Issue 25, "what must hold": the weekly report (every child's flags and incidents)
    is a manager's; staff see its button disabled with the reason, not an error later."""
    from safehaven.ui.reports_page import ReportsPage

    for who, allowed in (("Sam Staff", False), ("Maria Manager", True)):
        unlock(window, who=who)
        shell = window.centralWidget()
        page = next(p for p in shell.pages if isinstance(p, ReportsPage))
        page.kind.setCurrentIndex(page.kind.findData("weekly"))
        assert page.make.isEnabled() is allowed, who
        assert bool(page.make.toolTip()) is not allowed, who
        window.lock()
