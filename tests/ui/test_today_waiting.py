"""Today at 1024x600: who still needs a check-in, most at risk first with the reason shown
(no "no check-in today" alert repeating them), and every alert's words whole: wrapped in
their columns, no sideways scrollbar, in English, Spanish and Arabic (issue 25, item 9)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QTableView

from safehaven import clock
from safehaven.services import checkins, incidents, needs, today
from safehaven.services.context import Context
from safehaven.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.test_small_screen import small  # noqa: F401


@pytest.fixture
def risky(vault_dir: Path) -> Path:
    vault = Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager")
    ctx = Context.for_vault(vault)
    ids = {r.preferred_name: r.id for r in today.overview(ctx).needs_checkin}
    incidents.record(ctx, ids["Fatima"], "trafficker-contact",
                     occurred_at=clock.now() - timedelta(hours=5),
                     description="A man asked for her at the gate")
    checkins.record(ctx, ids["Бoris"], 1, day=clock.today() - timedelta(days=1),
                    confirmed=True)
    for category in ("legal-immigration", "identity-documents", "crisis-counselling"):
        needs.add(ctx, ids["Бoris"], category, priority="high",
                  due_date=clock.today() - timedelta(days=9))
    vault.close()
    return vault_dir


def _whole(view: QTableView) -> list[str]:
    """The cells of the wrapping columns whose words do not fit, or whose row is too short
    for them (the other columns are as wide as their text)."""
    model, metrics = view.model(), view.fontMetrics()
    header = view.horizontalHeader()
    cut = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if header.sectionResizeMode(column) != header.ResizeMode.Stretch:
                continue
            text = str(model.index(row, column).data() or "")
            room = view.columnWidth(column) - 8
            if not text:
                continue
            widest = max(metrics.horizontalAdvance(w) for w in text.split())
            need = metrics.boundingRect(QRect(0, 0, room, 10_000),
                                        Qt.TextFlag.TextWordWrap, text).height()
            if widest > room or need > view.rowHeight(row):
                cut.append(text)
    return cut


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_still_to_check_in_by_risk_and_alerts_whole(small: Any, risky: Path,  # noqa: F811
                                                    code: str) -> None:
    win = small(code)
    page = win.centralWidget().today
    QApplication.processEvents()
    names = [page.waiting.row_at(i).preferred_name for i in range(page.waiting.rowCount())]
    assert names == ["Fatima", "Бoris"]  # an open incident, then low mood
    reason = page.waiting.index(0, 1).data()
    assert reason and page.waiting.index(1, 1).data()
    kinds = [str(page.alerts.row_at(i).alert.kind) for i in range(page.alerts.rowCount())]
    assert "no-checkin-today" not in kinds and "incident-open" in kinds
    for view in (page.alerts_view, page.waiting_view):
        assert view.horizontalScrollBar().maximum() == 0
        assert sum(view.columnWidth(c) for c in range(view.model().columnCount())) \
            <= view.viewport().width() + 1
        assert _whole(view) == []
