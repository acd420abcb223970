"""The read-only table every tab and settings list uses."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MAX_FITTED_WIDTH = 320  # a long note must not push every other column off screen


class ReadOnlyTable(QTableView):
    """A table of whole-row selection, no editing, columns fitted to the first rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fitted = False

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.rowsInserted.connect(self._fit_once)

    def _fit_once(self) -> None:
        """Size the columns to the first rows that arrive, then leave them to the user."""
        if self._fitted:
            return
        self._fitted = True
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, MAX_FITTED_WIDTH))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
