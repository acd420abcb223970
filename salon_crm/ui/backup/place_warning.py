"""Non-blocking warnings at start: a data folder where SQLite files get damaged, a backup not written."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from salon_crm.core.errors import SalonError
from salon_crm.core.place_warnings import FOREIGN_WAL, NETWORK_FOLDER, SYNCED_FOLDER, PlaceWarning
from salon_crm.ui.errors import describe


def place_text(warning: PlaceWarning) -> str:
    """What is risky about the folder, in the UI's language."""
    values = warning.values
    if warning.code == SYNCED_FOLDER:
        return QCoreApplication.translate(
            "PlaceWarning", "The shop's data folder {folder} is inside a {service} folder."
        ).format(**values)
    if warning.code == NETWORK_FOLDER:
        text = QCoreApplication.translate("PlaceWarning", "The shop's data folder {folder} is on a network drive.")
        return text.format(**values)
    if warning.code == FOREIGN_WAL:
        return QCoreApplication.translate(
            "PlaceWarning",
            "The shop's data folder {folder} holds unfinished changes left by the computer “{computer}”: "
            "the data file is being used from more than one computer.",
        ).format(**values)
    return warning.code


def _show(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A window the user may leave open while working (never modal)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def show_backup_problem(parent: QWidget, problem: SalonError | None) -> QMessageBox | None:
    """The first start of the day could not back up (or copy to the second folder): said, not blocking."""
    if problem is None:
        return None
    title = QCoreApplication.translate("PlaceWarning", "Backup at start")
    return _show(parent, title, describe(problem))


def show_place_warnings(parent: QWidget, warnings: Sequence[PlaceWarning]) -> QMessageBox | None:
    """Show the warnings in a window the user may leave open while working."""
    if not warnings:
        return None
    advice = QCoreApplication.translate(
        "PlaceWarning",
        "SQLite data files in synced folders, on network drives or shared between computers can be damaged. "
        "Keep the data folder on this computer, and send backups to the shared place instead "
        "(Settings → Shop… → Second backup folder).",
    )
    title = QCoreApplication.translate("PlaceWarning", "Where the shop's data is kept")
    return _show(parent, title, "\n\n".join([*(place_text(warning) for warning in warnings), advice]))
