"""The shop settings' field for the second backup folder: a folder chooser and a clear button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


def field_label() -> str:
    return QCoreApplication.translate("SecondFolderField", "Second &backup folder:")


class SecondFolderField(QWidget):
    """Where each backup is also copied (a USB stick, a synced folder); empty for none.

    Signals:
        changed(): a folder was chosen or cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setReadOnly(True)
        self.edit.setPlaceholderText(self.tr("None: backups stay in the data folder only"))
        self.edit.setToolTip(
            self.tr(
                "Each backup is also copied here and checked: a USB stick, or a synced folder such as OneDrive. "
                "Keep the shop's data itself on this computer."
            )
        )
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.clear_button = QPushButton(self.tr("Clea&r"), self)
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(lambda: self.set_folder(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.choose_button)
        self.set_folder(None)

    def folder(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None

    def set_folder(self, folder: Path | None) -> None:
        self.edit.setText("" if folder is None else str(folder))
        self.clear_button.setEnabled(folder is not None)
        self.changed.emit()

    def choose(self) -> None:
        current = self.folder()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Second backup folder"), str(current) if current is not None else ""
        )
        if chosen:
            self.set_folder(Path(chosen))
