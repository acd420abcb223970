"""Shifts and time off of one member of staff (排班): the week, single days, absences.

Opened from Settings → Staff. Each part saves on its own button through the core,
which refuses a bad span with the reason (shown in red, nothing changed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import clock, schedule
from salon_crm.core.schedule import StaffSchedule, WeeklyShift
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets import formatting, qdates

ERROR_STYLE = "color: #c0392b;"
# 24-hour times in both languages, as on the grid: no AM/PM to misread.
TIME_FORMAT = "HH:mm"
# What a day's boxes show before it is ticked: a working day to adjust, rather than 00:00–00:00.
DEFAULT_SHIFT = (time(10), time(19))


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(edit: QTimeEdit) -> time:
    chosen = edit.time()
    return time(chosen.hour(), chosen.minute())


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    # The last column is the note or reason, the only one of free length.
    table.horizontalHeader().setStretchLastSection(True)
    # Three rows stay visible however the dialog is sized, so a table never shrinks to its header.
    table.setMinimumHeight(110)
    return table


class ShiftDialog(QDialog):
    """The weekly pattern, the changes of single days and the time off of ``staff_id``."""

    def __init__(self, parent: QWidget | None, staff_id: int) -> None:
        super().__init__(parent)
        self.staff_id = staff_id
        self.schedule: StaffSchedule | None = None
        self.setWindowTitle(self.tr("Shifts and time off"))
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._week_box())
        layout.addWidget(self._changes_box())
        layout.addWidget(self._time_off_box())
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Tall enough for a few rows in each table, never taller than the screen leaves free.
        screen = self.screen().availableGeometry()
        self.resize(min(680, screen.width()), min(700, screen.height() - 40))
        self.reload()

    @classmethod
    def edit(cls, parent: QWidget | None, staff_id: int) -> ShiftDialog:
        """The dialog for ``staff_id``, read in the background (not shown yet)."""
        return cls(parent, staff_id)

    # --- building -----------------------------------------------------------------------

    def _week_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Every week"), self)
        grid = QGridLayout(box)
        self.works: list[QCheckBox] = []
        self.starts: list[QTimeEdit] = []
        self.ends: list[QTimeEdit] = []
        for weekday in range(7):
            works = QCheckBox(vocabulary.weekday_name(weekday), box)
            start, end = QTimeEdit(_qtime(DEFAULT_SHIFT[0]), box), QTimeEdit(_qtime(DEFAULT_SHIFT[1]), box)
            for edit in (start, end):
                edit.setDisplayFormat(TIME_FORMAT)
            works.toggled.connect(start.setEnabled)
            works.toggled.connect(end.setEnabled)
            works.setChecked(False)
            # Disabled by hand: setChecked(False) on an unticked box emits no toggled, so the connections
            # above would not disable the times.
            start.setEnabled(False)
            end.setEnabled(False)
            # Monday to Thursday on the left, Friday to Sunday on the right: seven rows made the
            # dialog taller than a 1366x768 screen leaves under its title bar.
            row, column = weekday % 4, 5 * (weekday // 4)
            grid.addWidget(works, row, column)
            grid.addWidget(start, row, column + 1)
            grid.addWidget(QLabel("–", box), row, column + 2)
            grid.addWidget(end, row, column + 3)
            self.works.append(works)
            self.starts.append(start)
            self.ends.append(end)
        self.save_week_button = QPushButton(self.tr("Save the &week"), box)
        self.save_week_button.clicked.connect(self.save_week)
        # The week is saved whole on its own button: the core replaces the pattern, so an unticked
        # day becomes a rest day.
        grid.addWidget(self.save_week_button, 3, 5, 1, 4, Qt.AlignmentFlag.AlignRight)  # under Sunday
        grid.setColumnMinimumWidth(4, 24)  # a gap between the two halves of the week
        grid.setColumnStretch(9, 1)  # the times stay beside their day
        return box

    def _changes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Single days (other hours or a day off)"), self)
        self.changes = _table(box, [self.tr("Day"), self.tr("Hours"), self.tr("Note")])
        self.change_day = QDateEdit(qdates.qdate(clock.today()), box)
        self.change_day.setCalendarPopup(True)
        self.change_day.setDisplayFormat(formatting.DATE_FORMAT)
        self.day_off_box = QCheckBox(self.tr("Day off"), box)
        self.change_start = QTimeEdit(_qtime(DEFAULT_SHIFT[0]), box)
        self.change_end = QTimeEdit(_qtime(DEFAULT_SHIFT[1]), box)
        for edit in (self.change_start, self.change_end):
            edit.setDisplayFormat(TIME_FORMAT)
            # ``edit=edit`` binds each box now; a plain closure would only ever disable the end time.
            self.day_off_box.toggled.connect(lambda off, edit=edit: edit.setEnabled(not off))
        self.change_note = QLineEdit(box)
        self.change_note.setPlaceholderText(self.tr("Why (training, swapped day…)"))
        self.add_change_button = QPushButton(self.tr("Set &day"), box)
        self.remove_change_button = QPushButton(self.tr("Remove"), box)
        self.add_change_button.clicked.connect(self.add_change)
        self.remove_change_button.clicked.connect(self.remove_change)
        row = QHBoxLayout()
        for widget in (self.change_day, self.day_off_box, self.change_start, self.change_end, self.change_note):
            row.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_change_button)
        buttons.addWidget(self.remove_change_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.changes)
        layout.addLayout(row)
        layout.addLayout(buttons)
        return box

    def _time_off_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Time off"), self)
        self.absences = _table(box, [self.tr("From"), self.tr("To"), self.tr("Reason")])
        tomorrow = QDateTime(qdates.qdate(clock.today()).addDays(1), QTime(9, 0))
        self.off_from = QDateTimeEdit(tomorrow, box)
        self.off_to = QDateTimeEdit(tomorrow.addSecs(12 * 3600), box)
        for edit in (self.off_from, self.off_to):
            edit.setDisplayFormat(f"{formatting.DATE_FORMAT} {TIME_FORMAT}")
            edit.setCalendarPopup(True)
        self.off_reason = QLineEdit(box)
        self.off_reason.setPlaceholderText(self.tr("Reason (leave, training…)"))
        self.add_off_button = QPushButton(self.tr("Add &time off"), box)
        self.remove_off_button = QPushButton(self.tr("Remove"), box)
        self.add_off_button.clicked.connect(self.add_time_off)
        self.remove_off_button.clicked.connect(self.remove_time_off)
        row = QHBoxLayout()
        for widget in (self.off_from, QLabel("–", box), self.off_to, self.off_reason):
            row.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_off_button)
        buttons.addWidget(self.remove_off_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.absences)
        layout.addLayout(row)
        layout.addLayout(buttons)
        return box

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        staff_id = self.staff_id
        tasks.run_in_background(self, lambda: schedule.get_staff_schedule(staff_id), self._fill, self._refused)

    def _fill(self, loaded: StaffSchedule) -> None:
        self.schedule = loaded
        # The name comes with the schedule: the dialog is opened with an id only.
        self.setWindowTitle(self.tr("Shifts and time off: {name}").format(name=loaded.staff_name))
        weekly = {shift.weekday: shift for shift in loaded.weekly}
        for weekday in range(7):
            shift = weekly.get(weekday)
            self.works[weekday].setChecked(shift is not None)
            # A day not worked keeps the default times in its greyed boxes, ready for when it is ticked.
            if shift is not None:
                self.starts[weekday].setTime(_qtime(shift.start))
                self.ends[weekday].setTime(_qtime(shift.end))
        # Both tables are rebuilt whole from the core's answer after every save, so they show what is stored.
        self.changes.setRowCount(0)
        for change in loaded.changes:
            hours = self.tr("Day off") if change.day_off else f"{change.start:%H:%M}–{change.end:%H:%M}"
            self._add_row(self.changes, change.id, [formatting.day_with_weekday(change.day), hours, change.note])
        self.absences.setRowCount(0)
        for absence in loaded.absences:
            cells = [formatting.date_time(absence.starts_at), formatting.date_time(absence.ends_at), absence.reason]
            self._add_row(self.absences, absence.id, cells)

    @staticmethod
    def _add_row(table: QTableWidget, key: int, cells: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            # The id rides on every cell, so Remove finds the row's record wherever the user clicked.
            item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(row, column, item)

    # --- writing ------------------------------------------------------------------------

    def _run(self, op: Callable[[], Any]) -> None:
        tasks.run_in_background(self, op, self._saved, self._refused)

    def _saved(self, _result: object) -> None:
        # A success clears the last refusal, then the dialog shows what the core now holds.
        self.message.clear()
        self.reload()

    def _refused(self, error: BaseException) -> None:
        # In red under the boxes, the dialog left open: the user fixes the span and saves again.
        self.message.setText(describe_any(error))

    def week(self) -> list[WeeklyShift]:
        return [
            WeeklyShift(weekday, _time(self.starts[weekday]), _time(self.ends[weekday]))
            for weekday in range(7)
            # An unticked day is left out, which the core reads as "not working that weekday".
            if self.works[weekday].isChecked()
        ]

    def save_week(self) -> None:
        staff_id, week = self.staff_id, self.week()
        self._run(lambda: schedule.set_weekly_shifts(session.acting_user(), staff_id, week))

    def add_change(self) -> None:
        chosen = self.change_day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        # None is the core's "day off"; the times are ignored then even if set.
        hours = None if self.day_off_box.isChecked() else (_time(self.change_start), _time(self.change_end))
        staff_id, note = self.staff_id, self.change_note.text()
        self._run(lambda: schedule.set_shift_change(session.acting_user(), staff_id, day, hours, note))

    def remove_change(self) -> None:
        key = self._selected(self.changes)
        if key is not None:
            self._run(lambda: schedule.remove_shift_change(session.acting_user(), key))

    def add_time_off(self) -> None:
        start: datetime = self.off_from.dateTime().toPython()  # type: ignore[assignment]
        end: datetime = self.off_to.dateTime().toPython()  # type: ignore[assignment]
        staff_id, reason = self.staff_id, self.off_reason.text()
        self._run(lambda: schedule.add_time_off(session.acting_user(), staff_id, start, end, reason))

    def remove_time_off(self) -> None:
        key = self._selected(self.absences)
        if key is not None:
            self._run(lambda: schedule.remove_time_off(session.acting_user(), key))

    @staticmethod
    def _selected(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
