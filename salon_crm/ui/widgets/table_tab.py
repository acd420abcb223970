"""The shape every tab shares: a bar of controls and a count over a read-only table."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from salon_crm.ui.widgets.row_model import RowTableModel
from salon_crm.ui.widgets.table_view import ReadOnlyTable


class TableTab(QWidget):
    """``model`` shown in a read-only table under a bar; the count sits on the right."""

    def __init__(self, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.count_label = QLabel(self)
        self.table = ReadOnlyTable(self)
        self.table.setModel(model)
        model.failed.connect(self.count_label.setText)
        self._bar = QHBoxLayout()
        self._bar.addStretch(1)
        self._bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar)
        layout.addWidget(self.table)

    def add_to_bar(self, widget: QWidget, stretch: int = 0) -> None:
        """Put ``widget`` on the bar after those added before it, left of the count."""
        self._bar.insertWidget(self._bar.count() - 2, widget, stretch)

    def reload(self) -> None:
        self.model.reload()
