"""The appointments tab (预约): day view, week view and list, with today's arrivals beside.

The tab never runs SQL: it reads the grid data and calls the core's booking
functions through ``ui/tasks``; a refusal is shown in words above the views.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import appointments, clock, staff, when
from salon_crm.core.appointment_rows import StylistWeek
from salon_crm.core.enums import AppointmentStatus, StaffRole
from salon_crm.core.rows import StaffMember
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.appointments.arrivals import ArrivalsPanel
from salon_crm.ui.appointments.booking_dialog import BookingDialog
from salon_crm.ui.appointments.complete import Completion
from salon_crm.ui.appointments.dialogs import CancelDialog, MoveDialog
from salon_crm.ui.appointments.grid_data import GridData, load_day, load_week
from salon_crm.ui.appointments.list_page import AppointmentListPage
from salon_crm.ui.appointments.reminders import RemindersDialog
from salon_crm.ui.appointments.table_model import AppointmentTableModel
from salon_crm.ui.appointments.time_grid import HEADER_HEIGHT, STATUS_PAINT, TIME_WIDTH, WEEK_MIN_COLUMN, TimeGrid
from salon_crm.ui.appointments.week_counts import WeekCountsView
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets.formatting import DATE_FORMAT
from salon_crm.ui.widgets.table_view import ReadOnlyTable

ERROR_STYLE = "color: #c0392b;"
DAY, WEEK, LIST = range(3)
ALL_STYLISTS = -1
S = AppointmentStatus


def _scrolled(grid: TimeGrid, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(grid)
    area.setWidgetResizable(True)
    area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    # the grid keeps its header at the top of what is visible: repaint it as it scrolls
    area.verticalScrollBar().valueChanged.connect(lambda _value: grid.update(grid.visibleRegion()))
    return area


class AppointmentsTab(QWidget):
    """Day, week and list of bookings, and today's arrivals with their status buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = clock.today()
        self.dialogs: list[QWidget] = []  # the last dialogs opened, for tests and to keep them alive
        self.completion: Completion | None = None
        self._serial = 0
        self._pending_scroll: int | None = None
        self._pending_stylist: int | None = None  # a column of the day view to bring into sight
        self._pending_sideways: int | None = None
        self._build_bar()
        self.day_grid = TimeGrid(self)
        self.week_grid = TimeGrid(self, min_column=WEEK_MIN_COLUMN)
        self.list_page = AppointmentListPage(self)
        self.views = QTabWidget(self)
        self.day_area = _scrolled(self.day_grid, self)
        self.views.addTab(self.day_area, self.tr("&Day"))
        self.views.addTab(self._week_page(), self.tr("&Week"))
        self.views.addTab(self.list_page, self.tr("&List"))
        self.legend = QLabel(self._legend(), self)
        self.legend.setContentsMargins(0, 0, 6, 0)
        self.views.setCornerWidget(self.legend, Qt.Corner.TopRightCorner)
        self.arrivals = ArrivalsPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.views)
        splitter.addWidget(self.arrivals)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 460])
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._connect()
        self._show_date()

    # --- building ---------------------------------------------------------------------

    def _build_bar(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ &Previous"), self)
        self.previous_button.setToolTip(self.tr("The day (or week) before (PgUp)"))
        self.today_button = QPushButton(self.tr("Toda&y"), self)
        self.today_button.setToolTip(self.tr("Back to today (T)"))
        self.next_button = QPushButton(self.tr("Ne&xt ▶"), self)
        self.next_button.setToolTip(self.tr("The day (or week) after (PgDn)"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(f"{DATE_FORMAT} ddd")
        self.new_button = QPushButton(self.tr("&New booking…"), self)
        self.reminders_button = QPushButton(self.tr("&Reminders…"), self)
        self.reminders_button.setToolTip(self.tr("Tomorrow's bookings to call, with phone and time"))
        self.bar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button, self.date_edit):
            self.bar.addWidget(widget)
        self.bar.addStretch(1)
        self.bar.addWidget(self.new_button)
        self.bar.addWidget(self.reminders_button)

    def _legend(self) -> str:
        """The status colours of the blocks, in words."""
        parts = [
            f'<span style="color:{STATUS_PAINT[status.value][2]}">■</span>&nbsp;'
            f"{vocabulary.word(AppointmentStatus, status.value)}"
            for status in (S.BOOKED, S.ARRIVED, S.COMPLETED, S.NO_SHOW)
        ]
        return "&nbsp;&nbsp;".join(parts)

    def _week_page(self) -> QWidget:
        page = QWidget(self)
        self.week_stylist = QComboBox(page)
        self.week_stylist.addItem(self.tr("All stylists"), ALL_STYLISTS)
        label = QLabel(self.tr("S&tylist:"), page)
        label.setBuddy(self.week_stylist)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.week_stylist)
        row.addStretch(1)
        # all stylists: the week in counts per stylist and day; one stylist: their week drawn
        self.week_counts = WeekCountsView(page)
        self.week_area = _scrolled(self.week_grid, page)
        self.week_stack = QStackedWidget(page)
        self.week_stack.addWidget(self.week_counts)
        self.week_stack.addWidget(self.week_area)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.week_stack, 1)
        return page

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(self._date_chosen)
        self.new_button.clicked.connect(lambda _checked=False: self.new_booking())
        self.reminders_button.clicked.connect(self.show_reminders)
        self.views.currentChanged.connect(self._view_changed)
        self.week_stylist.currentIndexChanged.connect(lambda _index: self.reload_views())
        self.week_counts.dayChosen.connect(self.open_day)
        self.week_counts.weekStepRequested.connect(self.step)
        self.week_counts.todayRequested.connect(self.go_today)
        for grid in (self.day_grid, self.week_grid):
            grid.dayStepRequested.connect(self.step)
            grid.todayRequested.connect(self.go_today)
            grid.slotActivated.connect(lambda stylist, start: self.new_booking(start, stylist))
            grid.blockActivated.connect(self.move_booking)
            grid.moveRequested.connect(self.move_block)
            grid.resizeRequested.connect(self.resize_block)
            grid.contextRequested.connect(self._block_menu)
        self.day_area.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._scroll_day())
        self.day_area.horizontalScrollBar().rangeChanged.connect(lambda _low, _high: self._scroll_sideways())
        self.arrivals.arriveRequested.connect(self.mark_arrived)
        self.arrivals.noShowRequested.connect(self.mark_no_show)
        self.arrivals.cancelRequested.connect(self.cancel)
        self.arrivals.completeRequested.connect(self.complete)

    # --- what the list tests and the window know ---------------------------------------

    @property
    def model(self) -> AppointmentTableModel:
        return self.list_page.model

    @property
    def table(self) -> ReadOnlyTable:
        return self.list_page.table

    @property
    def count_label(self) -> QLabel:
        return self.list_page.count_label

    @property
    def first_day(self) -> QDateEdit:
        return self.list_page.first_day

    @property
    def last_day(self) -> QDateEdit:
        return self.list_page.last_day

    @property
    def next_weeks_button(self) -> QPushButton:
        return self.list_page.next_weeks_button

    # --- days -------------------------------------------------------------------------

    def week_start(self) -> date:
        return self.day - timedelta(days=self.day.weekday())

    def step(self, direction: int) -> None:
        """PgUp/PgDn: a day in the day view, a week in the week view."""
        days = 7 if self.views.currentIndex() == WEEK else 1
        self.set_day(self.day + timedelta(days=days * direction))

    def go_today(self) -> None:
        self.set_day(clock.today())

    def set_day(self, day: date) -> None:
        if day == self.day:
            return
        self.day = day
        self._show_date()
        self.reload_views()

    def _show_date(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)

    def _date_chosen(self, chosen: QDate) -> None:
        self.set_day(date(chosen.year(), chosen.month(), chosen.day()))

    # --- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Everything again (after a change, or when the window refreshes)."""
        tasks.run_in_background(self, _stylists, self._stylists_read)
        self.reload_views()
        self.list_page.reload()
        self.arrivals.reload()

    def reload_views(self) -> None:
        self._serial += 1
        serial, day = self._serial, self.day
        if self.views.currentIndex() == WEEK:
            chosen = self.week_stylist_id()
            first = self.week_start()
            if chosen is None:
                days = [first + timedelta(days=n) for n in range(7)]
                tasks.run_in_background(
                    self, lambda: appointments.week_counts(first), lambda weeks: self._counts_read(serial, days, weeks)
                )
                return
            tasks.run_in_background(
                self, lambda: load_week(first, chosen), lambda data: self._grid_read(serial, self.week_grid, data)
            )
        elif self.views.currentIndex() == DAY:
            own = session.own_stylist()
            tasks.run_in_background(
                self,
                lambda: load_day(day, own),
                lambda data: self._grid_read(serial, self.day_grid, data),
            )

    def week_stylist_id(self) -> int | None:
        """Whose week the week view draws (None: all stylists, in counts)."""
        own = session.own_stylist()
        if own is not None:  # a stylist's login shows their own week
            return own
        stylist = self.week_stylist.currentData()
        return None if stylist in (None, ALL_STYLISTS) else int(stylist)

    def _counts_read(self, serial: int, days: list[date], weeks: list[StylistWeek]) -> None:
        if serial != self._serial:
            return
        focused = self.window().focusWidget() is self.week_grid  # the keyboard goes to the page shown
        self.week_counts.set_week(days, weeks)
        self.week_stack.setCurrentWidget(self.week_counts)
        if focused:
            self.week_counts.setFocus(Qt.FocusReason.OtherFocusReason)

    def _grid_read(self, serial: int, grid: TimeGrid, data: GridData) -> None:
        if serial != self._serial:  # an older answer after a quick PgDn, PgDn
            return
        first_load = grid.data is None or grid.data.first_day != data.first_day
        grid.set_data(data)
        if grid is self.week_grid:
            focused = self.window().focusWidget() is self.week_counts
            self.week_stack.setCurrentWidget(self.week_area)
            if focused:
                grid.setFocus(Qt.FocusReason.OtherFocusReason)
        if grid is self.day_grid and self._pending_stylist is not None:
            self._show_stylist(self._pending_stylist)
        now = clock.now()
        if grid is self.day_grid and first_load and data.first_day == now.date():
            # today opens at the current time, an hour of the past above it
            minute = max(data.first_minute, min(data.last_minute, now.hour * 60 + now.minute - 60))
            self._pending_scroll = int(grid.y_of(minute)) - HEADER_HEIGHT
            self._scroll_day()

    def show_from_top(self) -> None:
        """The day view from its first hour (instead of the current time)."""
        self._pending_scroll = None
        self.day_area.verticalScrollBar().setValue(0)

    def _scroll_day(self) -> None:
        """Scroll to the pending place once the view is tall enough to get there (laid out)."""
        if self._pending_scroll is None:
            return
        bar = self.day_area.verticalScrollBar()
        bar.setValue(self._pending_scroll)
        if bar.maximum() >= self._pending_scroll:
            self._pending_scroll = None

    def open_day(self, day: date, stylist_id: int | None = None) -> None:
        """A day of the week in the day view, with ``stylist_id``'s column in sight (from the counts)."""
        self.day = day
        self._show_date()
        self._pending_stylist = stylist_id
        if self.views.currentIndex() == DAY:
            self.reload_views()
        else:
            self.views.setCurrentIndex(DAY)  # reloads

    def _show_stylist(self, stylist_id: int) -> None:
        """Scroll the day view sideways to a stylist's column (when there are more than fit)."""
        self._pending_stylist = None
        data = self.day_grid.data
        index = next((n for n, c in enumerate(data.columns if data else ()) if c.stylist_id == stylist_id), None)
        if index is None:
            return
        rect = self.day_grid.column_rect(index)
        bar = self.day_area.horizontalScrollBar()
        if rect.right() > bar.value() + self.day_area.viewport().width() or rect.left() - TIME_WIDTH < bar.value():
            self._pending_sideways = int(rect.left()) - TIME_WIDTH
            self._scroll_sideways()

    def _scroll_sideways(self) -> None:
        """As ``_scroll_day``, across: the grid may be laid out at its new width only later."""
        if self._pending_sideways is None:
            return
        bar = self.day_area.horizontalScrollBar()
        bar.setValue(self._pending_sideways)
        if bar.maximum() >= self._pending_sideways:
            self._pending_sideways = None

    def _view_changed(self, index: int) -> None:
        # PgUp/PgDn and T belong to the grid; in the list they scroll the table
        if index == WEEK:
            shown = self.week_counts if self.week_stack.currentWidget() is self.week_counts else self.week_grid
            shown.setFocus(Qt.FocusReason.OtherFocusReason)
        elif index == DAY:
            self.day_grid.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload_views()

    def _stylists_read(self, members: list[StaffMember]) -> None:
        chosen = self.week_stylist.currentData()
        self.week_stylist.blockSignals(True)
        self.week_stylist.clear()
        self.week_stylist.addItem(self.tr("All stylists"), ALL_STYLISTS)
        for member in members:
            self.week_stylist.addItem(member.name, member.id)
        own = session.own_stylist()  # a stylist's login shows their own week: the box says so
        if own is None and not self.week_stylist.isEnabled():
            chosen = ALL_STYLISTS  # the stylist left the desk: the next person starts from everyone
        self.week_stylist.setCurrentIndex(max(0, self.week_stylist.findData(own or chosen)))
        self.week_stylist.setEnabled(own is None)
        self.week_stylist.blockSignals(False)

    def show_message(self, text: str) -> None:
        """A refusal in words above the views (empty: hide it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _changed(self, _result: object = None) -> None:
        self.show_message("")
        self.reload_views()
        self.list_page.reload()
        self.arrivals.reload()

    def _refused(self, error: BaseException) -> None:
        self.show_message(describe_any(error))
        self.reload_views()  # the dragged block goes back where it was

    def _run(self, op: Callable[[], Any]) -> None:
        tasks.run_in_background(self, op, self._changed, self._refused)

    # --- actions ----------------------------------------------------------------------

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs = [*self.dialogs[-4:], dialog]

    def new_booking(self, start: datetime | None = None, stylist_id: int | None = None) -> BookingDialog:
        """The booking form at ``start`` (the next quarter hour of the day shown by default)."""
        if start is None:
            now = clock.now()
            # today: the next quarter hour (past midnight at 23:50, not back to this morning); else 10:00
            start = when.next_quarter_hour(now) if self.day == now.date() else datetime.combine(self.day, time(10))
        dialog = BookingDialog.book(self, start=start, stylist_id=stylist_id)
        dialog.saved.connect(self._changed)
        self._keep(dialog)
        dialog.open()
        return dialog

    def move_booking(self, appointment_id: int) -> MoveDialog:
        dialog = MoveDialog(self, appointment_id)
        dialog.saved.connect(self._changed)
        self._keep(dialog)
        dialog.open()
        return dialog

    def cancel(self, appointment_id: int) -> CancelDialog:
        dialog = CancelDialog(self, appointment_id)
        dialog.saved.connect(self._changed)
        self._keep(dialog)
        dialog.open()
        return dialog

    def complete(self, appointment_id: int) -> Completion:
        """Open the bill prefilled from the booking; saving it completes the booking."""
        self.completion = Completion(self, appointment_id)
        self.completion.completed.connect(self._changed)
        self.completion.failed.connect(self.show_message)
        self.completion.start()
        return self.completion

    def mark_arrived(self, appointment_id: int) -> None:
        self._run(lambda: appointments.mark_arrived(session.acting_user(), appointment_id))

    def mark_no_show(self, appointment_id: int) -> None:
        self._run(lambda: appointments.mark_no_show(session.acting_user(), appointment_id))

    def move_block(self, appointment_id: int, start: datetime, stylist_id: int | None) -> None:
        self._run(
            lambda: appointments.move_appointment(session.acting_user(), appointment_id, start, stylist_id=stylist_id)
        )

    def resize_block(self, appointment_id: int, end: datetime) -> None:
        self._run(lambda: appointments.resize_appointment(session.acting_user(), appointment_id, end))

    def show_reminders(self) -> RemindersDialog:
        dialog = RemindersDialog(self, clock.today() + timedelta(days=1))
        self._keep(dialog)
        dialog.open()
        return dialog

    def _block_menu(self, appointment_id: int, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Arrived"), lambda: self.mark_arrived(appointment_id))
        menu.addAction(self.tr("Complete…"), lambda: self.complete(appointment_id))
        menu.addAction(self.tr("Move…"), lambda: self.move_booking(appointment_id))
        menu.addSeparator()
        menu.addAction(self.tr("No-show"), lambda: self.mark_no_show(appointment_id))
        menu.addAction(self.tr("Cancel…"), lambda: self.cancel(appointment_id))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)


def _stylists() -> list[StaffMember]:
    return [m for m in staff.list_staff(include_inactive=False) if m.role != StaffRole.FRONT_DESK.value]
