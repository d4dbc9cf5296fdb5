"""A child's life beyond therapy in the app (issue 31): a hearing tomorrow on Today and in
the week's schedule with who goes; staff say who goes but never read the case's details;
a complaint answered by a manager; a review held and its one-page sheet."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from safehaven import clock
from safehaven.services import legal
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill, select


def _ana(shell):
    return next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")


def test_a_case_and_a_hearing_tomorrow_from_the_life_tab_to_today(window) -> None:
    unlock(window)  # the manager keeps the case
    shell = window.centralWidget()
    ana = _ana(shell)
    shell.open_resident(ana.id)
    page = shell.detail.life_tab.legal_page
    form = page.add_case()
    fill(form, kind="prosecution", reference="CPS-77", lawyer="Ms Adeyemi")
    form.submit()
    assert not form.isVisible()
    assert [c.lawyer for c in page.cases.model.rows.values()] == ["Ms Adeyemi"]
    select(page.cases, lambda c: True)
    form = page.add_hearing()
    tomorrow_9 = datetime.combine(clock.today() + timedelta(days=1), time(9, 0))
    fill(form, at=tomorrow_9, kind="court-hearing", place="Leeds Crown Court")
    form.submit()
    assert not form.isVisible()
    shell.today.refresh()
    rows = list(shell.today.hearings.rows.values())
    assert [(h.at, h.accompanied_by) for h in rows] == [(tomorrow_9, None)]
    assert "(1)" in shell.today.bottom.tabText(2)
    kinds = [str(shell.today.alerts.row_at(i).alert.kind)
             for i in range(shell.today.alerts.rowCount())]
    assert "hearing-tomorrow" in kinds and kinds[0] == "hearing-unaccompanied"
    window.lock()
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    shell.open_resident(ana.id)
    page = shell.detail.life_tab.legal_page
    assert [(c.reference, c.lawyer) for c in page.cases.model.rows.values()] == [(None, None)]
    assert not page.cases.buttons.itemAt(0).widget().isEnabled()
    select(page.hearings, lambda h: True)
    form = page.arrange()
    assert set(form.fields) == {"accompanied_by", "transport"}
    fill(form, accompanied_by="Sam", transport="Taxi at 08:00")
    form.submit()
    assert not form.isVisible()
    from safehaven.ui.schedule import SchedulePage

    schedule = next(p for p in shell.pages if isinstance(p, SchedulePage))
    schedule._go(0)
    if tomorrow_9.date() - schedule.monday >= timedelta(days=7):
        schedule._go(7)
    rows = list(schedule.hearings.rows.values())
    assert [(r.name, r.hearing.accompanied_by) for r in rows] == [("Ana", "Sam")]
    assert legal.hearings(window.session.ctx, ana.id)[0].transport == "Taxi at 08:00"


def test_a_complaint_answered_and_a_review_with_its_sheet(window, monkeypatch) -> None:
    from safehaven.ui import life_panels

    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    ana = _ana(shell)
    shell.open_resident(ana.id)
    tab = shell.detail.life_tab
    tab.show_part("complaint-unanswered")
    assert tab.parts.currentWidget() is tab.complaints
    form = tab.complaints.add()
    fill(form, details="Nobody knocks before coming in")
    form.submit()
    assert not form.isVisible()
    assert not tab.complaints.complaints.buttons.itemAt(1).widget().isEnabled()
    assert not tab.reviews.reviews.buttons.itemAt(0).widget().isEnabled()
    form = tab.voice.add_goal()
    fill(form, words="Sleep with the light off")
    form.submit()
    assert not form.isVisible()
    window.lock()
    unlock(window)
    shell = window.centralWidget()
    shell.open_resident(ana.id)
    tab = shell.detail.life_tab
    select(tab.complaints.complaints, lambda c: True)
    form = tab.complaints.answer()
    fill(form, answer="Everyone knocks now", handling="Team meeting", outcome="upheld")
    form.submit()
    assert not form.isVisible()
    assert [c.answer for c in tab.complaints.complaints.model.rows.values()] == [
        "Everyone knocks now"]
    form = tab.reviews.hold()
    fill(form, participants="Ana, Sam, Maria", decisions="College in January",
         wishes="I want to stay here")
    form.submit()
    assert not form.isVisible()
    shown: list[bytes] = []

    class Dialog:
        def __init__(self, title: str, data: bytes, name: str, parent: object) -> None:
            shown.append(data)

        def open(self) -> None:
            pass

    monkeypatch.setattr(life_panels, "PdfDialog", Dialog)
    tab.reviews.sheet()
    assert shown and shown[0].startswith(b"%PDF")
