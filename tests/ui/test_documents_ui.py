"""The Documents tab (issue 29): a file added through the form, shown from memory, saved
out only on request, closed to a role it is not for, removed by a manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel

from safehaven.domain.vocab import KeyCircle
from safehaven.services import documents
from tests.services.test_documents import pdf
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill, select


def _ana(shell):
    return next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")


def test_a_document_from_the_form_to_the_viewer_and_out(window, tmp_path: Path,
                                                        monkeypatch) -> None:
    unlock(window)
    shell = window.centralWidget()
    ana = _ana(shell)
    shell.open_resident(ana.id)
    tab = shell.detail.documents_tab
    scan = tmp_path / "passport.pdf"
    scan.write_bytes(pdf())
    form = tab.add(scan)
    fill(form, kind="identity-document", title="Passport (copy)")
    form.submit()
    assert not form.isVisible()
    tab.refresh()
    titles = [x.document.title for x in tab.section.model.rows.values()]
    assert titles == ["Passport (copy)"]
    select(tab.section, lambda x: x.document.title == "Passport (copy)")
    tab.open_selected()
    assert tab.viewer is not None and tab.viewer.windowTitle() == "Passport (copy)"
    out = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.save_selected()
    assert out.read_bytes() == pdf() and str(out) in tab.section.hint.text()
    tab.viewer.close()


def test_a_clinical_document_is_closed_to_staff_and_removal_is_the_managers(
        window, tmp_path: Path) -> None:
    unlock(window)
    shell = window.centralWidget()
    ana = _ana(shell)
    documents.add(window.session.ctx, ana.id, "medical", pdf(), title="Assessment",
                  access="clinicians-managers")
    window.lock()
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    shell.open_resident(ana.id)
    tab = shell.detail.documents_tab
    tab.refresh()
    row = next(iter(tab.section.model.rows.values()))
    assert tab._state(row) == "Closed to your role"
    select(tab.section, lambda x: x.document.title == "Assessment")
    tab.open_selected()
    assert tab.viewer is None and "clinicians and managers" in tab.section.hint.text()
    assert not tab.remove_button.isEnabled()
    assert not any("Passport" in w.text() for w in tab.findChildren(QLabel))


def test_a_managers_only_document_is_closed_to_a_clinician(window) -> None:
    """A clinician unlocks with her own passphrase (her own keys): the document is listed,
    closed, and opening it shows no viewer; the form offers her no managers-only level."""
    unlock(window)
    shell = window.centralWidget()
    ana = _ana(shell)
    documents.add(window.session.ctx, ana.id, "court-order", pdf(), title="Order",
                  access="managers-only")
    window.lock()
    unlock(window, who="Cleo Clinician")
    shell = window.centralWidget()
    shell.open_resident(ana.id)
    tab = shell.detail.documents_tab
    tab.refresh()
    row = next(iter(tab.section.model.rows.values()))
    assert not row.may_open and tab._state(row) == "Closed to your role"
    select(tab.section, lambda x: x.document.title == "Order")
    tab.open_selected()
    assert tab.viewer is None
    assert window.session.ctx.vault.keyring.holds(KeyCircle.CLINICAL)
    assert not window.session.ctx.vault.keyring.holds(KeyCircle.MANAGERS)


def test_pictures_show_as_thumbnails_and_open_at_viewing_size(window) -> None:
    from tests.services.test_document_previews import picture, size_of

    unlock(window)
    shell = window.centralWidget()
    ana = _ana(shell)
    big = picture(3000, 2000)
    made = documents.add(window.session.ctx, ana.id, "identity-document", big,
                         title="Passport").record
    documents.add(window.session.ctx, ana.id, "court-order", pdf(), title="Order")
    shell.open_resident(ana.id)
    tab = shell.detail.documents_tab
    tab.refresh()
    assert tab.thumbs.isVisibleTo(tab) and tab.thumbs.count() == 1
    item = tab.thumbs.item(0)
    assert item.text() == "Passport" and not item.icon().isNull()
    seen: list[bytes] = []
    real = tab._view
    tab._view = lambda opened: (seen.append(opened[1]), real(opened))  # type: ignore[method-assign]
    tab._open_thumb(item)
    assert tab.viewer is not None and tab.viewer.windowTitle() == "Passport"
    assert size_of(seen[0])[0] == 1600 and seen[0] != big
    tab.viewer.close()
    assert documents.content(window.session.ctx, made.id)[1] == big
