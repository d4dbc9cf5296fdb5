"""Since my last shift from Today (issue 25, item 8): the button counts what is new since
this person's last session ended, the view says who wrote each thing and who is on shift,
and a handover note written there reaches the next person's view."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from safehaven.ui.handover import HandoverView
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill, save


def test_a_handover_note_reaches_the_next_shift_with_who_wrote_it(window, qtbot,
                                                                monkeypatch) -> None:
    from datetime import timedelta

    from safehaven.services import handover

    monkeypatch.setattr(handover, "SHIFT_GAP", timedelta(0))  # shifts a moment apart
    unlock(window, who="Sam Staff")
    window.lock()  # Sam's shift ends
    unlock(window, who="Maria Manager")
    shell = window.centralWidget()
    view = shell.today.handover.open_view()
    assert isinstance(view, HandoverView)
    form = view.write_note()
    assert form.fields["category"].widget.currentData() == "handover"
    # typed at once, the words go into the note, not into the kind's list
    assert form.focusWidget() is form.fields["text"].widget
    fill(form, text="Fatima has court at nine; the taxi is booked")
    save(form)
    assert not form.isVisible()
    # the open list shows it at once, at the top (it was only counted on the button)
    qtbot.waitUntil(lambda: "Fatima has court" in str(view.model.index(0, 3).data()))
    window.lock()
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    button = shell.today.handover
    qtbot.waitUntil(lambda: button.found is not None)
    assert button.text() == "Since my last shift (1)"
    view = button.open_view()
    QApplication.processEvents()
    row = view.model.index(0, 3).data()
    assert "Handover note" in row and "Fatima has court at nine" in row
    assert view.model.index(0, 4).data() == "Maria Manager"
    assert "Sam Staff" in view.on_shift.text() and "Maria" not in view.on_shift.text()
    assert view.table.horizontalScrollBar().maximum() == 0
