"""The trafficking profile's main fields on the Add resident form (issue 31), for the roles
that keep the profile: ticked, they are saved with the resident in one go; left unticked
(the default) they are skipped and the Life tab takes them later. Folded away while
unticked, so the intake form stays short on a small screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from safehaven.domain.life import ExploitationForm
from safehaven.ui.bidi import wrapping
from safehaven.ui.words import word
from safehaven.ui.wrap_check import WrappingCheckBox

FIELDS = ("exploitation", "country_of_origin", "citizenship", "identified_how",
          "identified_by")


class IntakeProfileBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Trafficking profile now (you may skip it)"))
        self.setCheckable(True)
        self.setChecked(False)
        self.inner = QWidget()
        self.forms: dict[ExploitationForm, WrappingCheckBox] = {}
        forms = QVBoxLayout()
        forms.setContentsMargins(0, 0, 0, 0)
        for f in ExploitationForm:
            box = WrappingCheckBox(word(f))
            self.forms[f] = box
            forms.addWidget(box)
        self.origin = QLineEdit()
        self.citizenship = QLineEdit()
        self.citizenship.setPlaceholderText(self.tr("the country, or its two-letter code"))
        self.identified_how = QLineEdit()
        self.identified_by = QLineEdit()
        self.errors = {name: self._error_label() for name in FIELDS}
        layout = QFormLayout(self.inner)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, field, name in (
                (self.tr("Forms of exploitation"), forms, "exploitation"),
                (self.tr("Country of origin"), self.origin, "country_of_origin"),
                (self.tr("Citizenship"), self.citizenship, "citizenship"),
                (self.tr("How they were identified"), self.identified_how, "identified_how"),
                (self.tr("Identified by"), self.identified_by, "identified_by")):
            layout.addRow(label, field)
            layout.addRow("", self.errors[name])
        outer = QVBoxLayout(self)
        outer.addWidget(self.inner)
        self.inner.setVisible(False)
        self.toggled.connect(self._fold)

    def _fold(self, on: bool) -> None:
        self.inner.setVisible(on)
        window = self.window()
        if window is not None:
            window.adjustSize()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("error")
        wrapping(label)
        return label

    def values(self) -> dict[str, Any]:
        """The fields to save with the resident: none while unticked."""
        if not self.isChecked():
            return {}
        return {"exploitation": [str(f) for f, box in self.forms.items() if box.isChecked()],
                "country_of_origin": self.origin.text().strip() or None,
                "citizenship": self.citizenship.text().strip() or None,
                "identified_how": self.identified_how.text().strip() or None,
                "identified_by": self.identified_by.text().strip() or None}
