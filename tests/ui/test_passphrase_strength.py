"""New passphrases show a strength meter and weak ones are refused in the user's words."""

from __future__ import annotations

from safehaven.services import staff as staff_service
from safehaven.ui.firstrun import FirstRunWizard
from safehaven.ui.strength import StrengthMeter
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill


def test_add_staff_refuses_a_guessable_passphrase_beside_the_field(window,
                                                                   monkeypatch) -> None:
    unlock(window)
    admin = window.centralWidget().admin
    form = admin.add_staff()
    meter = form.meters["passphrase"]
    assert isinstance(meter, StrengthMeter)
    called: list[object] = []
    monkeypatch.setattr(staff_service, "add", lambda *a, **k: called.append(a))
    fill(form, display_name="Nadia", passphrase="password1234", again="password1234")
    assert meter.bar.value() <= 1 and meter.verdict.text() == "Too easy to guess"
    form.submit()
    assert form.errors["passphrase"].isVisibleTo(form) and form.isVisible()
    assert "people use most" in form.errors["passphrase"].text()
    assert called == []  # refused before any work
    fill(form, passphrase="the blue kettle sings", again="the blue kettle sings")
    assert meter.bar.value() >= 3 and meter.verdict.text() in ("Strong", "Very strong")


def test_change_passphrase_has_the_meter_too(window) -> None:
    unlock(window)
    form = window.centralWidget().admin.change_passphrase()
    fill(form, passphrase="aaaaaaaaaaaaaaa", again="aaaaaaaaaaaaaaa")
    form.submit()
    assert "Repeated" in form.errors["passphrase"].text() and form.isVisible()


def test_first_run_wizard_judges_guessability_not_length(qtbot) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    details = wizard.details
    details.house.setText("Casa Luz")
    details.name.setText("Rosa")
    for text in ("password1234", "RosaCasaLuz2024"):  # both long enough; both guessable
        details.passphrase.setText(text)
        details.confirm.setText(text)
        assert not details.isComplete() and details.hint.text(), text
    details.passphrase.setText("the blue kettle sings")
    details.confirm.setText("the blue kettle sings")
    assert details.isComplete()
