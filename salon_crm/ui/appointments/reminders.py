"""Tomorrow's reminder calls (预约提醒): who is booked, their phone and time, to copy out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_crm.core import appointments
from salon_crm.core.appointment_rows import Reminder
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel
from salon_crm.ui.widgets.table_view import ReadOnlyTable


class Column(IntEnum):
    TIME = 0
    CUSTOMER = 1
    PHONE = 2
    STYLIST = 3
    SERVICES = 4


TEXT: dict[Column, Callable[[Reminder], str]] = {
    Column.TIME: lambda row: row.starts_at.strftime("%H:%M"),
    Column.CUSTOMER: lambda row: row.customer_name,
    Column.PHONE: lambda row: formatting.phone(row.phone),
    Column.STYLIST: lambda row: row.stylist_name,
    Column.SERVICES: lambda row: row.services,
}


class ReminderModel(RowTableModel):
    """The bookings still to come on ``day``, by time.

    Signals: those of ``RowTableModel``.
    """

    columns = Column

    def __init__(self, day: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day = day

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Customer"), self.tr("Mobile"), self.tr("Stylist"), self.tr("Services")]

    def page_query(self) -> PageQuery:
        day = self.day
        return lambda _offset, _limit: appointments.reminders_for(day)

    def cell(self, row: Reminder, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return TEXT[Column(column)](row)
        return None

    def as_text(self) -> str:
        """Tab-separated lines, a header first: pastes into Excel, WPS or a chat."""
        lines = ["\t".join(self.headers())]
        lines += ["\t".join(TEXT[column](row) for column in Column) for row in self.rows()]
        return "\n".join(lines)


class RemindersDialog(QDialog):
    """The call list for one day with a Copy button (Excel export comes with the Excel tab)."""

    def __init__(self, parent: QWidget | None, day: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminder calls"))
        self.model = ReminderModel(day, self)
        self.title = QLabel(self)
        self.table = ReadOnlyTable(self)
        self.table.setModel(self.model)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the list to paste into Excel or a message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.model.loaded.connect(self._loaded)
        self.model.reload()

    def _loaded(self) -> None:
        self.title.setText(
            self.tr("<b>{day}</b>: {count} booking(s) to remind").format(
                day=formatting.day_with_weekday(self.model.day), count=self.model.rowCount()
            )
        )
        self.copy_button.setEnabled(self.model.rowCount() > 0)

    def copy(self) -> str:
        text = self.model.as_text()
        QGuiApplication.clipboard().setText(text)
        return text
