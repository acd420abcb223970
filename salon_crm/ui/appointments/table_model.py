"""The appointments of a span of days as a table, each status in words and colour."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from salon_crm.core import appointments, clock
from salon_crm.core.enums import AppointmentStatus
from salon_crm.core.rows import AppointmentRow
from salon_crm.ui import vocabulary
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel


class Column(IntEnum):
    DAY = 0
    TIME = 1
    CUSTOMER = 2
    PHONE = 3
    STYLIST = 4
    SERVICES = 5
    STATUS = 6
    NOTE = 7


TEXT: dict[Column, Callable[[AppointmentRow], str]] = {
    Column.DAY: lambda row: formatting.day_with_weekday(row.starts_at),
    Column.TIME: lambda row: formatting.time_span(row.starts_at, row.ends_at),
    Column.CUSTOMER: lambda row: row.customer,
    Column.PHONE: lambda row: formatting.phone(row.phone),
    Column.STYLIST: lambda row: row.stylist,
    Column.SERVICES: lambda row: row.services,
    Column.STATUS: lambda row: vocabulary.word(AppointmentStatus, row.status),
    Column.NOTE: lambda row: row.note.replace("\n", " "),
}

DEFAULT_DAYS = 14  # today and the next two weeks


def _colours(text: str, background: str) -> dict[int, QColor]:
    return {Qt.ItemDataRole.ForegroundRole: QColor(text), Qt.ItemDataRole.BackgroundRole: QColor(background)}


# light backgrounds for dark text, distinct at a glance
STATUS_COLOURS = {
    AppointmentStatus.BOOKED.value: _colours("#1f4e8c", "#dbe8f8"),
    AppointmentStatus.ARRIVED.value: _colours("#7a4b00", "#fbe7c2"),
    AppointmentStatus.COMPLETED.value: _colours("#1e6b34", "#d8f0dd"),
    AppointmentStatus.CANCELLED.value: _colours("#666666", "#ececec"),
    AppointmentStatus.NO_SHOW.value: _colours("#a01f1f", "#f8d9d9"),
}


class AppointmentTableModel(RowTableModel):
    """Bookings from ``first_day`` to ``last_day`` (both included), by start time.

    Signals: those of ``RowTableModel``.
    """

    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first_day = clock.today()
        self.last_day = self.first_day + timedelta(days=DEFAULT_DAYS)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Customer"),
            self.tr("Mobile"),
            self.tr("Stylist"),
            self.tr("Services"),
            self.tr("Status"),
            self.tr("Note"),
        ]

    def set_days(self, first_day: date, last_day: date) -> None:
        """Show the bookings of these days (both included)."""
        self.first_day, self.last_day = first_day, max(first_day, last_day)
        self.reload()

    def page_query(self) -> PageQuery:
        start = datetime.combine(self.first_day, time.min)
        end = datetime.combine(self.last_day + timedelta(days=1), time.min)
        return lambda _offset, _limit: appointments.list_appointments(start, end)

    def cell(self, row: AppointmentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return TEXT[Column(column)](row)
        if column == Column.STATUS:
            return STATUS_COLOURS.get(row.status, {}).get(role)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NOTE and row.note:
            return row.note
        return None
