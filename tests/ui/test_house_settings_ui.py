"""House settings are a manager's in the app (issue 25): staff see them disabled with the
reason, the weekly report cannot be made by staff, and a staff member's own language is
theirs alone: the lock screen speaks it, the manager's app does not."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from safehaven import i18n
from safehaven.services import preferences
from safehaven.ui.app import apply_language
from tests.ui.conftest import unlock


def test_staff_see_the_house_settings_and_weekly_report_disabled(window) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    admin = shell.admin
    for control in (admin.house_lock, admin.house_language, admin.choose_folder,
                    admin.backup_keep):
        assert not control.isEnabled() and control.toolTip() == admin.house_reason.text()
    assert admin.house_reason.text() and not admin.house_reason.isHidden()
    admin._choose_backup_folder()  # even if reached: nothing asked, nothing set
    assert preferences.effective(window.session.ctx).backup_folder == ""
    assert admin.lock_minutes.maximum() == 5  # the house's limit
    admin.lock_minutes.setValue(3)  # a shorter lock of her own
    assert preferences.effective(window.session.ctx).lock_minutes == 3
    assert window.idle.timer.interval() == 3 * 60_000
    reports = shell.pages[3]
    reports.kind.setCurrentIndex(reports.kind.findData("weekly"))
    assert not reports.make.isEnabled() and reports.make.toolTip()
    reports.generate()
    assert not reports.pane.save_button.isEnabled() and not reports.pane.print_button.isEnabled()
    reports.kind.setCurrentIndex(reports.kind.findData("funder"))
    assert reports.make.isEnabled()


def test_a_manager_sets_them(window) -> None:
    unlock(window)
    admin = window.centralWidget().admin
    assert admin.house_lock.isEnabled() and admin.house_reason.isHidden()
    admin.house_lock.setValue(20)
    admin._set_house_lock()
    assert preferences.effective(window.session.ctx).house_lock == 20
    reports = window.centralWidget().pages[3]
    reports.kind.setCurrentIndex(reports.kind.findData("weekly"))
    assert reports.make.isEnabled()


def test_a_staff_members_language_is_not_the_managers(window) -> None:
    try:
        unlock(window, who="Sam Staff")
        admin = window.centralWidget().admin
        admin.language.setCurrentIndex(admin.language.findData("es"))
        assert i18n.language() == "es" and window.centralWidget().nav.item(0).text() == "Hoy"
        window.lock()
        assert window.settings.language == "es"  # the lock screen: the last user's
        assert i18n.language() == "es"
        unlock(window)  # the manager, who chose no language: not Sam's Spanish
        assert i18n.language() == "en" and window.settings.language == "en"  # the laptop's
        assert window.centralWidget().nav.item(0).text() == "Today"
        assert preferences.effective(window.session.ctx).own_language is None
        window.lock()
        unlock(window, who="Sam Staff")  # and Sam's comes back to Sam
        assert i18n.language() == "es"
    finally:
        apply_language(QApplication.instance(), "en")
