"""Feedback tickets as a table: open and most urgent first, overdue ones in red."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from salon_crm.core import tickets
from salon_crm.core.enums import Severity, TicketCategory, TicketChannel, TicketKind, TicketStatus
from salon_crm.core.records import TicketRow
from salon_crm.ui import vocabulary
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel

OVERDUE_COLOURS = {
    Qt.ItemDataRole.ForegroundRole: QColor("#b00020"),
    Qt.ItemDataRole.BackgroundRole: QColor("#fde4e4"),
}
CLOSED_TEXT = QColor("#777777")


class Column(IntEnum):
    RECEIVED = 0
    CUSTOMER = 1
    KIND = 2
    CHANNEL = 3
    CATEGORY = 4
    SEVERITY = 5
    STATUS = 6
    DUE = 7
    DESCRIPTION = 8


TEXT: dict[Column, Callable[[TicketRow], str]] = {
    Column.RECEIVED: lambda row: formatting.date_time(row.received_at),
    Column.CUSTOMER: lambda row: row.customer,
    Column.KIND: lambda row: vocabulary.word(TicketKind, row.kind),
    Column.CHANNEL: lambda row: vocabulary.word(TicketChannel, row.channel),
    Column.CATEGORY: lambda row: vocabulary.word(TicketCategory, row.category),
    Column.SEVERITY: lambda row: vocabulary.word(Severity, row.severity),
    Column.STATUS: lambda row: vocabulary.word(TicketStatus, row.status),
    Column.DUE: lambda row: formatting.date_time(row.resolution_due_at),
    Column.DESCRIPTION: lambda row: row.description,
}


class TicketTableModel(RowTableModel):
    """Tickets 500 at a time; "overdue" is judged when the page is loaded.

    Signals: those of ``RowTableModel``.
    """

    columns = Column
    page_size = tickets.PAGE_SIZE

    def headers(self) -> list[str]:
        return [
            self.tr("Received"),
            self.tr("Customer"),
            self.tr("Type"),
            self.tr("Channel"),
            self.tr("Category"),
            self.tr("Severity"),
            self.tr("Status"),
            self.tr("Resolve by"),
            self.tr("Description"),
        ]

    def page_query(self) -> PageQuery:
        now = datetime.now()
        return lambda offset, limit: tickets.list_tickets(offset=offset, limit=limit or tickets.PAGE_SIZE, now=now)

    def cell(self, row: TicketRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return TEXT[Column(column)](row)
        if row.overdue:
            return self._overdue_cell(row, column, role)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == TicketStatus.CLOSED:
            return CLOSED_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DESCRIPTION:
            return row.description
        return None

    def _overdue_cell(self, row: TicketRow, column: int, role: int) -> Any:
        """Red on pink, the deadline in bold, and the tooltip says since when."""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Overdue: it should have been resolved by {due}").format(
                due=formatting.date_time(row.resolution_due_at)
            )
        if role == Qt.ItemDataRole.FontRole and column == Column.DUE:
            font = QFont()
            font.setBold(True)
            return font
        return OVERDUE_COLOURS.get(role)
