"""Today's arrivals (今日到店): the day's bookings in time order, with status buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_crm.core import appointments, clock
from salon_crm.core.appointment_rows import AppointmentBlock
from salon_crm.core.enums import AppointmentStatus
from salon_crm.ui import vocabulary
from salon_crm.ui.appointments.table_model import STATUS_COLOURS
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel
from salon_crm.ui.widgets.table_view import ReadOnlyTable

# Short, as the button rules below name a status on almost every line.
S = AppointmentStatus


class Column(IntEnum):
    TIME = 0
    CUSTOMER = 1
    PHONE = 2
    STYLIST = 3
    SERVICES = 4
    STATUS = 5


TEXT: dict[Column, Callable[[AppointmentBlock], str]] = {
    Column.TIME: lambda row: formatting.time_span(row.starts_at, row.ends_at),
    Column.CUSTOMER: lambda row: row.customer_name,
    Column.PHONE: lambda row: formatting.phone(row.customer_phone),
    Column.STYLIST: lambda row: row.stylist_name,
    Column.SERVICES: lambda row: row.services,
    Column.STATUS: lambda row: vocabulary.word(AppointmentStatus, row.status),
}


class ArrivalsModel(RowTableModel):
    """The bookings of ``day`` that were not cancelled, by time.

    Signals: those of ``RowTableModel``.
    """

    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Read from the clock, not kept from start-up: reload() reads it again, so the list follows
        # the date when the app stays open past midnight.
        self.day = clock.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Customer"),
            self.tr("Mobile"),
            self.tr("Stylist"),
            self.tr("Services"),
            self.tr("Status"),
        ]

    def page_query(self) -> PageQuery:
        # The day is read here, on the UI thread; the query only sees this start.
        start = datetime.combine(self.day, time.min)

        def query(_offset: int, _limit: int | None) -> list[AppointmentBlock]:
            blocks = appointments.list_blocks(start, start + timedelta(days=1))
            # Cancelled bookings are not coming: listing them would make the desk wait for nobody.
            return [block for block in blocks if block.status != S.CANCELLED.value]

        return query

    def cell(self, row: AppointmentBlock, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return TEXT[Column(column)](row)
        if column == Column.STATUS:
            # The status cell takes the day view's colours, so a booking reads the same in both.
            return STATUS_COLOURS.get(row.status, {}).get(role)
        # The booking's note ("wants the same colour as last time") on hover, as there is no room for a column.
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None


class ArrivalsPanel(QWidget):
    """Today's list and the buttons that move the chosen booking on.

    Signals:
        arriveRequested(int), completeRequested(int), noShowRequested(int),
        cancelRequested(int): a button was pressed for the chosen booking.
    """

    arriveRequested = Signal(int)
    completeRequested = Signal(int)
    noShowRequested = Signal(int)
    cancelRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArrivalsModel(self)
        self.title = QLabel(self.tr("<b>Today's arrivals</b>"), self)
        self.table = ReadOnlyTable(self)
        self.table.setModel(self.model)
        self.table.set_empty_text(self.tr("No bookings today — double-click a time in the day view to book."))
        self.table.set_optional_columns([Column.PHONE])  # the mobile is in the file; time and status stay whole
        self.arrived_button = QPushButton(self.tr("&Arrived"), self)
        # Complete… and Cancel… end in "…": they open a form (the bill, the reason); Arrived and No-show act at once.
        self.complete_button = QPushButton(self.tr("Co&mplete…"), self)
        self.no_show_button = QPushButton(self.tr("N&o-show"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel…"), self)
        buttons = QGridLayout()  # two by two: the panel stays narrow beside the day view
        for number, (button, signal) in enumerate(
            (
                (self.arrived_button, self.arriveRequested),
                (self.complete_button, self.completeRequested),
                (self.no_show_button, self.noShowRequested),
                (self.cancel_button, self.cancelRequested),
            )
        ):
            buttons.addWidget(button, number // 2, number % 2)
            # The panel only asks; the tab does the work, as the day view's menu offers the same steps.
            button.clicked.connect(lambda _checked=False, signal=signal: self._emit(signal))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # The current row counts too (see selected()): arrowing down the list must enable the buttons.
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._update_buttons())
        # A reload clears the rows: the buttons must not stay enabled for a booking no longer listed.
        self.model.modelReset.connect(self._update_buttons)
        self.model.loaded.connect(self._count)
        self._update_buttons()

    def reload(self) -> None:
        self.model.day = clock.today()
        self.model.reload()

    def selected(self) -> AppointmentBlock | None:
        """The booking chosen: the selected row, else the keyboard's current row (arrowed to, not clicked)."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentIndex().row()
        chosen = self.model.row_at(row) if row >= 0 else None
        return chosen if isinstance(chosen, AppointmentBlock) else None

    def select_appointment(self, appointment_id: int) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.id == appointment_id:
                self.table.selectRow(number)
                return True
        return False

    def _emit(self, signal: Any) -> None:
        chosen = self.selected()
        if chosen is not None:
            signal.emit(chosen.id)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        status = chosen.status if chosen else None
        # Only the steps the core allows from the booking's status: arriving, no-show and cancelling need a
        # booking still "booked"; completing takes booked or arrived (a visit never marked arrived).
        self.arrived_button.setEnabled(status == S.BOOKED.value)
        self.complete_button.setEnabled(status in (S.BOOKED.value, S.ARRIVED.value))
        self.no_show_button.setEnabled(status == S.BOOKED.value)
        self.cancel_button.setEnabled(status == S.BOOKED.value)

    def _count(self) -> None:
        rows = self.model.rows()
        waiting = sum(1 for row in rows if row.status == S.BOOKED.value)
        # "In the shop" is arrived and not yet completed: the chairs in use right now.
        here = sum(1 for row in rows if row.status == S.ARRIVED.value)
        self.title.setText(
            self.tr("<b>Today's arrivals</b> — {waiting} expected, {here} in the shop").format(
                waiting=waiting, here=here
            )
        )
        self._update_buttons()
