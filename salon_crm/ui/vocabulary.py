"""The words shown for the codes the database stores (enums.py), in the UI's language.

The words themselves live in ``core.words`` (English and Chinese, no Qt), so the
command line's exports and the monthly workbook say what the window says.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale

from salon_crm.core import words

CHINESE = "zh_CN"
ENGLISH = "en"


def ui_is_chinese() -> bool:
    """Whether the window speaks Chinese (app.install_translators sets the default locale)."""
    return QLocale().language() == QLocale.Language.Chinese


def ui_language() -> str:
    """The window's language as the writers of workbooks name it ("zh_CN" or "en")."""
    return CHINESE if ui_is_chinese() else ENGLISH


def word(vocabulary: type[StrEnum], code: str | None) -> str:
    """The word for ``code`` of ``vocabulary`` in the UI's language; the code itself if unknown."""
    return words.word(vocabulary, code, chinese=ui_is_chinese())


def choices(vocabulary: type[StrEnum]) -> list[tuple[str, str]]:
    """Every ``(code, word)`` of ``vocabulary`` in its declared order, for combo boxes."""
    return [(member.value, word(vocabulary, member.value)) for member in vocabulary]


def weekday_name(weekday: int) -> str:
    """Monday is 0, as in Python; the name in the UI's locale."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)
