"""The list of bookings between two dates (every status, cancelled ones too)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QPushButton, QWidget

from salon_crm.core import clock
from salon_crm.ui.appointments.table_model import DEFAULT_DAYS, AppointmentTableModel
from salon_crm.ui.widgets.formatting import DATE_FORMAT
from salon_crm.ui.widgets.table_tab import TableTab


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class AppointmentListPage(TableTab):
    """Two dates and the bookings between them."""

    model: AppointmentTableModel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(AppointmentTableModel(), parent)
        self.first_day = self._date_edit()
        self.last_day = self._date_edit()
        from_label = QLabel(self.tr("Show &bookings from:"), self)
        from_label.setBuddy(self.first_day)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.last_day)
        self.next_weeks_button = QPushButton(self.tr("Next two wee&ks"), self)
        self.next_weeks_button.setToolTip(self.tr("Today and the next 14 days"))
        for widget in (from_label, self.first_day, to_label, self.last_day, self.next_weeks_button):
            self.add_to_bar(widget)

        self._put_dates(self.model.first_day, self.model.last_day)
        self.first_day.dateChanged.connect(self._dates_changed)
        self.last_day.dateChanged.connect(self._dates_changed)
        self.next_weeks_button.clicked.connect(self.show_next_weeks)
        self.model.loaded.connect(self._show_count)
        self.table.set_empty_text(
            self.tr("No bookings between these dates — choose other dates, or click New booking…")
        )

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def show_next_weeks(self) -> None:
        """Back to the default span: today and the next 14 days."""
        today = clock.today()
        self._put_dates(today, today + timedelta(days=DEFAULT_DAYS))
        self._dates_changed()

    def _put_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.first_day, first), (self.last_day, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _dates_changed(self) -> None:
        first = _day(self.first_day)
        last = max(first, _day(self.last_day))
        self._put_dates(first, last)
        self.model.set_days(first, last)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Appointments: {count}").format(count=self.model.rowCount()))
