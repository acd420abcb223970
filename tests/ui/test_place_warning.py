"""The warning at start for a data folder in a synced folder, on a network drive or used by two computers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salon_crm.core.place_warnings import FOREIGN_WAL, SYNCED_FOLDER, PlaceWarning
from salon_crm.ui.backup.place_warning import show_place_warnings


def test_the_warning_is_said_without_blocking_the_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    warnings = [
        PlaceWarning(SYNCED_FOLDER, {"folder": r"C:\Users\li\OneDrive\salon", "service": "OneDrive"}),
        PlaceWarning(FOREIGN_WAL, {"folder": r"C:\Users\li\OneDrive\salon", "computer": "RECEPTION"}),
    ]
    box = show_place_warnings(window, warnings)
    assert box is not None
    assert box.isVisible()
    assert box.windowModality() == Qt.WindowModality.NonModal
    text = box.text()
    assert r"C:\Users\li\OneDrive\salon is inside a OneDrive folder" in text
    assert "left by the computer “RECEPTION”" in text
    assert "Keep the data folder on this computer" in text
    box.close()


def test_no_warning_no_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert show_place_warnings(window, []) is None
