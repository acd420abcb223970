"""Help → Keyboard shortcuts: the rows of ``ui.shortcuts``, grouped by where they work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.ui import shortcuts


class ShortcutsDialog(QDialog):
    """A read-only table: keys on the left, what they do on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        section = ""
        for shortcut in shortcuts.ALL:
            if shortcut.section != section:  # a heading row for each place the keys work
                section = shortcut.section
                heading = QTableWidgetItem(QCoreApplication.translate("Shortcuts", section))
                heading.setFont(bold)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._add_row([heading])
            self._add_row([QTableWidgetItem(shortcut.shown_keys()), QTableWidgetItem(shortcut.shown_what())])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _add_row(self, items: list[QTableWidgetItem]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, item in enumerate(items):
            self.table.setItem(row, column, item)
        if len(items) == 1:
            self.table.setSpan(row, 0, 1, 2)

    def rows(self) -> list[tuple[str, str]]:
        """The table's text, row by row (a heading has an empty second cell)."""
        result = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(2)]
            result.append(tuple(cell.text() if cell is not None else "" for cell in cells))
        return result  # type: ignore[return-value]
