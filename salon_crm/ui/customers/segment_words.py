"""Words for the segment codes of ``core.segments`` (lifecycle, satisfaction tier)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LIFECYCLES = {
    "potential": QT_TRANSLATE_NOOP("Segments", "Potential"),
    "new": QT_TRANSLATE_NOOP("Segments", "New"),
    "active": QT_TRANSLATE_NOOP("Segments", "Active"),
    "dormant": QT_TRANSLATE_NOOP("Segments", "Dormant"),
    "lost": QT_TRANSLATE_NOOP("Segments", "Lost"),
}
SATISFACTION = {
    "high": QT_TRANSLATE_NOOP("Segments", "High"),
    "medium": QT_TRANSLATE_NOOP("Segments", "Medium"),
    "low": QT_TRANSLATE_NOOP("Segments", "Low"),
}
NO_DATA = QT_TRANSLATE_NOOP("Segments", "No surveys yet")
GRADES = ("A", "B", "C", "D")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Segments", text)


def lifecycle(code: str) -> str:
    return _tr(LIFECYCLES[code]) if code in LIFECYCLES else code


def satisfaction(code: str | None) -> str:
    if code is None:
        return _tr(NO_DATA)
    return _tr(SATISFACTION[code]) if code in SATISFACTION else code
