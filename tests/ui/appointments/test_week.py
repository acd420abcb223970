"""The week view: one stylist's week drawn in readable blocks, the shop's week in counts.

Each test runs at two moments chosen to be awkward: a Thursday five minutes before a
new year (the week crosses both a month and a year end) and a Sunday just after
midnight (today is the last column, the one a narrow window used to cut off).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salon_crm.core import appointments, catalogue, clock, schedule, staff
from salon_crm.core import shop as shop_service
from salon_crm.core.appointments import BookingInput
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.core.rows import OpeningHours, ShopSettings
from salon_crm.core.schedule import WeeklyShift
from salon_crm.ui.appointments.tab import DAY, WEEK, AppointmentsTab
from salon_crm.ui.appointments.time_grid import TimeGrid
from salon_crm.ui.main_window import MainWindow

LONG_NAME = "Christopher Wong"  # wider than a seventh of the window with its time


@dataclass(frozen=True)
class Week:
    """The week shown (Monday first), its stylists and two bookings to look for."""

    shop: Shop
    monday: date
    wang: int  # off on Mondays
    chen: int  # works every day
    short_booking: int  # 欧阳晓晓 with 王芳, Sunday 10:00
    long_booking: int  # LONG_NAME with 王芳, Wednesday 14:00

    def day(self, weekday: int) -> date:
        return self.monday + timedelta(days=weekday)


@pytest.fixture(params=["2026-12-31 23:55", "2027-02-28 00:05"], ids=["new-years-eve", "sunday-midnight"])
def week(request: pytest.FixtureRequest, shop: Shop) -> Iterator[Week]:
    moment = datetime.fromisoformat(request.param)
    with clock.frozen_at(moment):
        hours = tuple(OpeningHours(day, time(9), time(21)) for day in range(7))
        shop_service.update_shop_settings(OWNER, ShopSettings("丝域", hours))
        wang = staff.add_staff(OWNER, staff.StaffInput("王芳", "stylist", ("cut",))).id
        chen = staff.add_staff(OWNER, staff.StaffInput("陈志强", "stylist", ("cut",))).id
        schedule.set_weekly_shifts(OWNER, wang, [WeeklyShift(d, time(10), time(19)) for d in range(1, 7)])
        schedule.set_weekly_shifts(OWNER, chen, [WeeklyShift(d, time(9), time(21)) for d in range(7)])
        cut = catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("洗剪吹", "cut", "68", 45)).id
        ouyang = Customer.create(name="欧阳晓晓", phone="13800138000").id
        chris = Customer.create(name=LONG_NAME, phone="13900139000").id
        monday = moment.date() - timedelta(days=moment.weekday())
        early = datetime.combine(monday, time(8))  # booked before the week began

        def book(weekday: int, hour: int, customer: int, stylist: int) -> int:
            start = datetime.combine(monday + timedelta(days=weekday), time(hour))
            return appointments.book_appointment(OWNER, BookingInput(start, (cut,), customer, stylist), now=early).id

        short = book(6, 10, ouyang, wang)
        long = book(2, 14, chris, wang)
        gone = book(6, 15, chris, wang)
        appointments.cancel_appointment(OWNER, gone, "出差", now=early)  # not counted, not drawn
        for hour in (9, 11):
            book(0, hour, ouyang if hour == 9 else chris, chen)
        book(4, 20, ouyang, chen)
        yield Week(shop, monday, wang, chen, short, long)


def week_tab(qtbot: QtBot, settle: Callable[[], None], week: Week, stylist: int | None = None) -> AppointmentsTab:
    """The appointments tab of a main window the size of a 1366×768 screen, on the week view."""
    window = MainWindow(week.shop)
    qtbot.addWidget(window)
    window.show()
    window.showNormal()  # offscreen the "screen" is 800 px: the front-desk laptop's size by hand
    window.resize(1366, 768)
    settle()
    tab = window.appointments_tab
    window.tabs.setCurrentWidget(tab)
    tab.views.setCurrentIndex(WEEK)
    settle()
    if stylist is not None:
        tab.week_stylist.setCurrentIndex(tab.week_stylist.findData(stylist))
        settle()
    return tab


def block_names(grid: TimeGrid, appointment_id: int) -> tuple[date, str, str]:
    """A booking's column day, and what its block says: the time line and the customer's lines."""
    found = grid.find_block(appointment_id)
    assert found is not None, "the booking has a block"
    index, placed = found
    lines = grid.block_lines(grid.block_rect(index, placed), placed.block)
    bold = [text for text, strong in lines if strong]
    return grid.data.columns[index].day if grid.data else date.min, bold[0], " ".join(bold)


def test_a_stylists_week_shows_each_customer_whole_on_the_right_day(
    week: Week, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    tab = week_tab(qtbot, settle, week, week.wang)
    grid = tab.week_grid
    assert tab.week_stack.currentWidget() is tab.week_area
    assert grid.data is not None and [c.day for c in grid.data.columns] == [week.day(n) for n in range(7)]
    day, first, whole = block_names(grid, week.short_booking)
    assert (day, first) == (week.day(6), "10:00 欧阳晓晓")  # Sunday, the time and the name on one line
    day, first, whole = block_names(grid, week.long_booking)
    assert day == week.day(2) and whole == f"14:00 {LONG_NAME}"  # the time above the name, both whole
    assert "…" not in whole
    assert grid.subtitle(grid.data.columns[0]) == "Day off" and grid.data.columns[0].day_off
    assert [len(c.blocks) for c in grid.data.columns] == [0, 0, 1, 0, 0, 0, 1]  # the cancelled one is not drawn
    found = grid.find_block(week.short_booking)
    assert found is not None
    assert "欧阳晓晓" in grid.block_tooltip(found[1].block)


def test_sunday_is_in_sight_at_1366_by_768(week: Week, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = week_tab(qtbot, settle, week, week.wang)
    area, grid = tab.week_area, tab.week_grid
    sunday = grid.column_rect(6)
    assert area.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    assert sunday.right() <= area.viewport().width()
    assert grid.column_width() >= 100  # and the days are still wide enough to read
    tab.week_stylist.setCurrentIndex(0)  # all stylists
    settle()
    table = tab.week_counts
    assert tab.week_stack.currentWidget() is table
    cell = table.cell_rect(0, 6)
    assert table.horizontalScrollBar().maximum() == 0
    assert cell.isValid() and cell.right() <= table.viewport().width()


def test_the_shops_week_counts_bookings_per_stylist_and_day(
    week: Week, qtbot: QtBot, settle: Callable[[], None], qtmodeltester: object
) -> None:
    tab = week_tab(qtbot, settle, week)
    counts = tab.week_counts.counts
    qtmodeltester.check(counts)  # type: ignore[attr-defined]
    text = [[counts.index(row, column).data() for column in range(7)] for row in range(counts.rowCount())]
    names = [counts.headerData(row, Qt.Orientation.Vertical) for row in range(counts.rowCount())]
    assert names == ["王芳", "陈志强", "All stylists"]
    free = "No bookings"
    assert text[0] == ["Day off", free, "1 booking", free, free, free, "1 booking"]
    assert text[1] == ["2 bookings", free, free, free, "1 booking", free, free]
    assert text[2] == ["2 bookings", free, "1 booking", free, "1 booking", free, "1 booking"]
    heads = [counts.headerData(column, Qt.Orientation.Horizontal) for column in range(7)]
    assert heads[0].startswith(week.monday.isoformat()) and heads[6].startswith(week.day(6).isoformat())
    today = clock.today().weekday()
    assert heads[today].endswith("· today") and sum("today" in head for head in heads) == 1
    fills = [counts.index(1, column).data(Qt.ItemDataRole.BackgroundRole) for column in range(7)]
    assert fills[today] is not None and fills.count(fills[today]) == 1  # 陈志强 works all week: only today tinted


def test_a_count_opens_its_day_in_the_day_view(week: Week, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = week_tab(qtbot, settle, week)
    table = tab.week_counts
    monday_chen = table.cell_rect(1, 0).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=monday_chen)
    settle()
    assert tab.views.currentIndex() == DAY and tab.day == week.monday
    assert tab.day_grid.data is not None and tab.day_grid.data.first_day == week.monday
    names = [placed.block.customer_name for column in tab.day_grid.data.columns for placed in column.blocks]
    assert sorted(names) == sorted(["欧阳晓晓", LONG_NAME])
    # back in the week (the same week), the keyboard: Enter on 王芳's Sunday
    tab.views.setCurrentIndex(WEEK)
    settle()
    table.setFocus()
    table.setCurrentIndex(table.counts.index(0, 6))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle()
    assert tab.views.currentIndex() == DAY and tab.day == week.day(6)
    assert tab.window().focusWidget() is tab.day_grid  # PgUp/PgDn now walk the days


def test_a_count_brings_its_stylists_column_into_sight(week: Week, qtbot: QtBot, settle: Callable[[], None]) -> None:
    for name in ("林美玲", "张晓雨", "赵俊杰", "刘洋", "周婷", "孙丽"):  # eight columns: wider than the day view
        member = staff.add_staff(OWNER, staff.StaffInput(name, "stylist", ("cut",))).id
        schedule.set_weekly_shifts(OWNER, member, [WeeklyShift(d, time(9), time(21)) for d in range(7)])
    tab = week_tab(qtbot, settle, week)
    table = tab.week_counts
    last = table.counts.rowCount() - 2  # 孙丽, above the shop's total
    assert table.counts.headerData(last, Qt.Orientation.Vertical) == "孙丽"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.cell_rect(last, 3).center())
    settle()
    data = tab.day_grid.data
    assert tab.day == week.day(3) and data is not None and data.columns[-1].title == "孙丽"
    bar, rect = tab.day_area.horizontalScrollBar(), tab.day_grid.column_rect(len(data.columns) - 1)
    assert bar.maximum() > 0 and bar.value() <= rect.left()
    assert rect.right() <= bar.value() + tab.day_area.viewport().width()


def test_pgdn_in_the_counts_turns_a_week(week: Week, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = week_tab(qtbot, settle, week)
    table = tab.week_counts
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    settle()
    assert tab.week_start() == week.monday + timedelta(days=7)
    assert table.counts.days[0] == week.monday + timedelta(days=7)
    assert all(table.counts.bookings(row, column) == 0 for row in range(3) for column in range(7))
