"""Words for the segment codes of ``core.segments`` (lifecycle, satisfaction tier)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.core.enums import Lifecycle
from salon_crm.ui import vocabulary
from salon_crm.ui.translate import QT_TRANSLATE_NOOP

SATISFACTION = {
    "high": QT_TRANSLATE_NOOP("Segments", "High"),
    "medium": QT_TRANSLATE_NOOP("Segments", "Medium"),
    "low": QT_TRANSLATE_NOOP("Segments", "Low"),
}
NO_DATA = QT_TRANSLATE_NOOP("Segments", "No surveys yet")
# RFM scores 1-5 (core.segments): 4-5 high, 3 middle, 1-2 low, for recency, frequency and money
RFM_WORDS = (
    (QT_TRANSLATE_NOOP("Segments", "long away"), QT_TRANSLATE_NOOP("Segments", "seen a while ago"),
     QT_TRANSLATE_NOOP("Segments", "seen lately")),
    (QT_TRANSLATE_NOOP("Segments", "comes rarely"), QT_TRANSLATE_NOOP("Segments", "comes now and then"),
     QT_TRANSLATE_NOOP("Segments", "comes often")),
    (QT_TRANSLATE_NOOP("Segments", "spends little"), QT_TRANSLATE_NOOP("Segments", "spends some"),
     QT_TRANSLATE_NOOP("Segments", "spends much")),
)  # fmt: skip
SEPARATOR = QT_TRANSLATE_NOOP("Segments", ", ")
GRADES = ("A", "B", "C", "D")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Segments", text)


def lifecycle(code: str) -> str:
    return vocabulary.word(Lifecycle, code)


def rfm(code: str) -> str:
    """ "555" as "seen lately, comes often, spends much" against the rest of the shop."""
    if len(code) != len(RFM_WORDS) or not code.isdigit():
        return code
    words = []
    for score, (low, middle, high) in zip(code, RFM_WORDS, strict=True):
        words.append(_tr(high if int(score) >= 4 else middle if int(score) == 3 else low))
    return _tr(SEPARATOR).join(words)


def satisfaction(code: str | None) -> str:
    if code is None:
        return _tr(NO_DATA)
    return _tr(SATISFACTION[code]) if code in SATISFACTION else code
