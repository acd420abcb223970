"""The shop's week at a glance: how many bookings each stylist has on each day.

A stylist a row, Monday to Sunday the columns, and a last row for the whole shop.
Clicking a cell (or Enter on it) asks for that day in the day view; the counts come
from ``appointments.week_counts`` (the core decides what counts as a booking).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from salon_crm.core import clock
from salon_crm.core.appointment_rows import StylistDay, StylistWeek
from salon_crm.ui.appointments.time_grid import TODAY_TINT
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.empty_state import EmptyState

Index = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's day (a ``date``)
STYLIST_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's stylist id (None: the whole shop)
OFF_FILL = QColor("#f0f0f0")
QUIET = QColor("#8a94a0")  # a day without bookings reads lighter than one with


class WeekCountsModel(QAbstractTableModel):
    """Counts of bookings: a row per stylist (then the shop's total), a column per day."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[StylistWeek] = []
        self.days: list[date] = []

    def set_week(self, days: list[date], weeks: list[StylistWeek]) -> None:
        self.beginResetModel()
        self.days, self.weeks = list(days), list(weeks)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        # the last row adds the stylists up; with no stylist there is nothing to add
        return 0 if parent.isValid() or not self.weeks else len(self.weeks) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.days)

    def is_total(self, row: int) -> bool:
        return row == len(self.weeks)

    def bookings(self, row: int, column: int) -> int:
        if self.is_total(row):
            return sum(week.days[column].bookings for week in self.weeks)
        return self.weeks[row].days[column].bookings

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        row, column = index.row(), index.column()
        cell = None if self.is_total(row) else self.weeks[row].days[column]
        count = self.bookings(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.count_text(count, cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column, cell)
        if role == DAY_ROLE:
            return self.days[column]
        if role == STYLIST_ROLE:
            return None if cell is None else self.weeks[row].stylist_id
        return self._look(role, column, count, cell)

    def _look(self, role: int, column: int, count: int, cell: StylistDay | None) -> Any:
        """How a cell looks: today tinted, a day off grey, a day with bookings in bold."""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.days[column] == clock.today():
                return TODAY_TINT
            return OFF_FILL if cell is not None and cell.shift is None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QUIET if count == 0 else None
        if role == Qt.ItemDataRole.FontRole and (count or cell is None):
            return _bold()
        return None

    def count_text(self, count: int, cell: StylistDay | None) -> str:
        if count == 1:
            return self.tr("1 booking")
        if count:
            return self.tr("{count} bookings").format(count=count)
        if cell is not None and cell.shift is None:
            return self.tr("Day off")
        return self.tr("No bookings")

    def tooltip(self, row: int, column: int, cell: StylistDay | None) -> str:
        who = self.tr("All stylists") if cell is None else self.weeks[row].stylist_name
        lines = [f"{who} · {formatting.day_with_weekday(self.days[column])}"]
        if cell is not None and cell.shift is not None:
            lines.append(
                self.tr("Shift: {start}–{end}").format(start=f"{cell.shift[0]:%H:%M}", end=f"{cell.shift[1]:%H:%M}")
            )
        if cell is not None and cell.note:
            lines.append(cell.note)
        no_shows = sum(week.days[column].no_shows for week in self.weeks) if cell is None else cell.no_shows
        if no_shows:
            lines.append(self.tr("No-shows: {count}").format(count=no_shows))
        lines.append(self.tr("Click or press Enter to open the day"))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.days):
            today = self.days[section] == clock.today()
            if role == Qt.ItemDataRole.DisplayRole:
                # two short lines: a seventh of 1366 px less the arrivals is about 115 px
                day = self.days[section]
                weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
                below = self.tr("{weekday} · today").format(weekday=weekday) if today else weekday
                return f"{formatting.day(day)}\n{below}"
            if role == Qt.ItemDataRole.FontRole and today:
                return _bold()
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("All stylists") if self.is_total(section) else self.weeks[section].stylist_name
            if role == Qt.ItemDataRole.FontRole and self.is_total(section):
                return _bold()
        return None


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class WeekCountsView(QTableView):
    """The counts, one cell at a time: a click or Enter opens the cell's day.

    Signals:
        dayChosen(object, object): the day (``date``) and the stylist id (None: all).
        weekStepRequested(int): PgUp (-1) or PgDn (+1), as in the drawn week.
        todayRequested(): T.
    """

    dayChosen = Signal(object, object)
    weekStepRequested = Signal(int)
    todayRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = WeekCountsModel(self)
        self.setModel(self.counts)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows walk the cells
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        # seven days share the width: Sunday is never behind a scrollbar
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(40)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 8)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = EmptyState(
            self.viewport(), self.tr("No stylist works this week: set their shifts in Settings → Staff.")
        )
        self.clicked.connect(self._choose)

    def set_week(self, days: list[date], weeks: list[StylistWeek]) -> None:
        current = self.currentIndex()
        self.counts.set_week(days, weeks)
        self.empty.show_if(not weeks)
        if weeks:  # the keyboard keeps its place from week to week
            row = min(max(current.row(), 0), self.counts.rowCount() - 1)
            column = current.column() if current.isValid() else self._today_column()
            self.setCurrentIndex(self.counts.index(row, column))

    def _today_column(self) -> int:
        today = clock.today()
        return self.counts.days.index(today) if today in self.counts.days else 0

    def cell_rect(self, row: int, column: int) -> QRect:
        """Where a cell is in the viewport (for tests and for the keyboard)."""
        return self.visualRect(self.counts.index(row, column))

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.dayChosen.emit(index.data(DAY_ROLE), index.data(STYLIST_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.weekStepRequested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_T and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.todayRequested.emit()
        else:
            super().keyPressEvent(event)
