"""``QT_TRANSLATE_NOOP`` typed as it behaves: it hands back its text (PySide's stub says ``object``).

lupdate finds the call by its name, whatever module it comes from, so the words stay in the catalogues.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Mark ``source_text`` for translation in ``context``; translated later with ``QCoreApplication.translate``."""
    return source_text
