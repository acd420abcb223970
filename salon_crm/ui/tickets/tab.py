"""The complaints and feedback tab (投诉与反馈): every ticket, overdue ones standing out."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from salon_crm.ui.tickets.table_model import TicketTableModel
from salon_crm.ui.widgets.table_tab import TableTab


class TicketsTab(TableTab):
    """The ticket table with a count of the tickets shown and of the overdue ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TicketTableModel(), parent)
        self.add_to_bar(QLabel(self.tr("Open tickets first, the most urgent on top."), self))
        self.model.loaded.connect(self._show_count)

    def _show_count(self) -> None:
        rows = self.model.rows()
        overdue = sum(1 for row in rows if row.overdue)
        self.count_label.setText(
            self.tr("Tickets shown: {count}, overdue: {overdue}").format(count=len(rows), overdue=overdue)
        )
