"""Feedback tickets as a table: the filter's tickets, most urgent first, overdue ones in red."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from salon_crm.core import clock, tickets
from salon_crm.core.enums import Severity, TicketCategory, TicketChannel, TicketKind, TicketStatus
from salon_crm.core.tickets import TicketFilter, TicketListRow
from salon_crm.ui import vocabulary
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel

OVERDUE_COLOURS = {
    Qt.ItemDataRole.ForegroundRole: QColor("#b00020"),
    Qt.ItemDataRole.BackgroundRole: QColor("#fde4e4"),
}
CLOSED_TEXT = QColor("#777777")
SOON = timedelta(hours=24)
SOON_TEXT = QColor("#b9770e")


class Column(IntEnum):
    RECEIVED = 0
    CUSTOMER = 1
    KIND = 2
    CHANNEL = 3
    CATEGORY = 4
    SEVERITY = 5
    STATUS = 6
    ASSIGNEE = 7
    DUE = 8
    TIME_LEFT = 9
    DESCRIPTION = 10


def time_left_text(left: timedelta | None) -> str:
    """“2 d 3 h left” or “overdue 5 h”, in the UI's language; empty without a deadline."""
    if left is None:
        return ""
    minutes = abs(int(left.total_seconds() // 60))
    days, hours, mins = minutes // (24 * 60), minutes // 60 % 24, minutes % 60
    if days:
        span = QCoreApplication.translate("TicketTableModel", "{days} d {hours} h").format(days=days, hours=hours)
    elif hours:
        span = QCoreApplication.translate("TicketTableModel", "{hours} h {minutes} min").format(
            hours=hours, minutes=mins
        )
    else:
        span = QCoreApplication.translate("TicketTableModel", "{minutes} min").format(minutes=mins)
    if left < timedelta(0):
        return QCoreApplication.translate("TicketTableModel", "overdue {span}").format(span=span)
    return QCoreApplication.translate("TicketTableModel", "{span} left").format(span=span)


class TicketTableModel(RowTableModel):
    """Tickets 500 at a time; "overdue" and the time left are judged when the page is loaded.

    Signals: those of ``RowTableModel``.
    """

    columns = Column
    page_size = tickets.PAGE_SIZE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = TicketFilter()
        self._now = clock.now()
        self._text: dict[Column, Callable[[TicketListRow], str]] = {
            Column.RECEIVED: lambda row: formatting.date_time(row.received_at),
            Column.CUSTOMER: lambda row: row.customer,
            Column.KIND: lambda row: vocabulary.word(TicketKind, row.kind),
            Column.CHANNEL: lambda row: vocabulary.word(TicketChannel, row.channel),
            Column.CATEGORY: lambda row: vocabulary.word(TicketCategory, row.category),
            Column.SEVERITY: lambda row: vocabulary.word(Severity, row.severity),
            Column.STATUS: lambda row: vocabulary.word(TicketStatus, row.status),
            Column.ASSIGNEE: lambda row: row.assignee,
            Column.DUE: lambda row: formatting.date_time(row.resolution_due_at),
            Column.TIME_LEFT: self._time_left,
            Column.DESCRIPTION: lambda row: row.description,
        }

    def _time_left(self, row: TicketListRow) -> str:
        if row.status == TicketStatus.RECEIVED and row.resolution_due_at is None:
            return self.tr("to classify")  # its deadlines come with the severity
        return time_left_text(row.time_left(self._now))

    def set_filter(self, where: TicketFilter) -> None:
        """Show the tickets ``where`` asks for (reloads)."""
        self.filter = where
        self.reload()

    def headers(self) -> list[str]:
        return [
            self.tr("Received"),
            self.tr("Customer"),
            self.tr("Type"),
            self.tr("Channel"),
            self.tr("Category"),
            self.tr("Severity"),
            self.tr("Status"),
            self.tr("Handled by"),
            self.tr("Resolve by"),
            self.tr("Time left"),
            self.tr("Description"),
        ]

    def page_query(self) -> PageQuery:
        now, where = clock.now(), self.filter
        self._now = now
        return lambda offset, limit: tickets.list_tickets(
            where, offset=offset, limit=limit or tickets.PAGE_SIZE, now=now
        )

    def cell(self, row: TicketListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[Column(column)](row)
        if row.overdue:
            return self._overdue_cell(row, column, role)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == TicketStatus.CLOSED:
            return CLOSED_TEXT
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.TIME_LEFT:
            left = row.time_left(self._now)
            waiting = row.status == TicketStatus.RECEIVED and row.resolution_due_at is None
            return SOON_TEXT if waiting or (left is not None and left < SOON) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DESCRIPTION:
            return row.description
        return None

    def _overdue_cell(self, row: TicketListRow, column: int, role: int) -> Any:
        """Red on pink, the deadline in bold, and the tooltip says since when."""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Overdue: it should have been resolved by {due}").format(
                due=formatting.date_time(row.resolution_due_at)
            )
        if role == Qt.ItemDataRole.FontRole and column in (Column.DUE, Column.TIME_LEFT):
            font = QFont()
            font.setBold(True)
            return font
        return OVERDUE_COLOURS.get(Qt.ItemDataRole(role))
