"""Vocabulary values in the user's language, through Qt's translator (context "Words")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safehaven.domain import words


def word(value: object) -> str:
    return QCoreApplication.translate("Words", words.english(value))
