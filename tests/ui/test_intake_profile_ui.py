"""The trafficking profile on the Add resident form (issue 31): a manager ticks it and fills
the main fields, saved with the resident in one go; a refusal lands beside its field;
unticked it is skipped; staff are not offered it (they do not keep profiles)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from safehaven.services import profile
from tests.ui.conftest import unlock


def test_a_manager_fills_the_profile_at_intake(window) -> None:
    unlock(window)
    page = window.centralWidget().residents
    dialog = page.add_resident()
    box = dialog.profile
    assert box is not None and not box.isChecked() and not box.inner.isVisible()
    dialog.name.setText("Lucía")
    dialog.referral.setText("NGO hotline")
    box.setChecked(True)
    assert box.inner.isVisible()
    box.forms[next(f for f in box.forms if str(f) == "labour")].setChecked(True)
    box.forms[next(f for f in box.forms if str(f) == "sexual")].setChecked(True)
    box.citizenship.setText("x" * 200)
    box.identified_how.setText("Outreach at a bus station")
    dialog._save()
    assert dialog.isVisible() and box.errors["citizenship"].text()
    assert not any(r.preferred_name == "Lucía" for r in page.model.rows.values())
    box.citizenship.setText("Honduras")
    dialog._save()
    assert not dialog.isVisible()
    made = next(r for r in page.model.rows.values() if r.preferred_name == "Lucía")
    found = profile.for_resident(window.session.ctx, made.id)
    assert found is not None and profile.forms_of(found) == ("sexual", "labour")
    assert (found.citizenship, found.identified_how) == ("Honduras",
                                                         "Outreach at a bus station")


def test_unticked_the_profile_is_skipped_and_staff_are_not_offered_it(window) -> None:
    unlock(window)
    page = window.centralWidget().residents
    dialog = page.add_resident()
    dialog.name.setText("Joaquín")
    dialog.profile.citizenship.setText("Honduras")  # typed, then left unticked
    dialog._save()
    assert not dialog.isVisible()
    made = next(r for r in page.model.rows.values() if r.preferred_name == "Joaquín")
    assert profile.for_resident(window.session.ctx, made.id) is None
    window.lock()
    unlock(window, who="Sam Staff")
    dialog = window.centralWidget().residents.add_resident()
    assert dialog.profile is None
    dialog.name.setText("Rafa")
    dialog._save()
    assert not dialog.isVisible()


def test_save_stays_on_a_small_screen_with_the_profile_open(window, qtbot) -> None:
    """QA, session 12: ticking the profile made the form 952 pixels tall, Save below the
    screen. The fields scroll; Save (and Ctrl+Enter) stay within the screen."""
    unlock(window)
    dialog = window.centralWidget().residents.add_resident()
    dialog.profile.setChecked(True)
    qtbot.waitUntil(dialog.profile.inner.isVisible)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    save = next(b for b in dialog.findChildren(QPushButton) if "Ctrl+Enter" in b.text())
    assert not dialog.scroll_area.isAncestorOf(save)  # below the scrolling fields, always shown
    if screen.height() < 900:  # the fields scroll rather than grow past the screen
        assert dialog.scroll_area.verticalScrollBar().maximum() > 0
