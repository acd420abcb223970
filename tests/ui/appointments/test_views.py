"""The day and week views, today's arrivals, the reminder list and the shift dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time, timedelta

from appointment_desk import Desk, at, tomorrow
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from salon_crm.core import appointments, clock, schedule
from salon_crm.core.appointments import BookingInput
from salon_crm.core.context import OWNER
from salon_crm.core.models import Appointment, ShiftException, StaffShift, TimeOff
from salon_crm.ui.appointments.arrivals import ArrivalsModel
from salon_crm.ui.appointments.reminders import ReminderModel
from salon_crm.ui.appointments.shift_dialog import ShiftDialog
from salon_crm.ui.appointments.tab import ALL_STYLISTS, WEEK, AppointmentsTab
from salon_crm.ui.settings.staff_dialogs import StaffListDialog


def make_tab(qtbot: QtBot, settle: Callable[[], None]) -> AppointmentsTab:
    tab = AppointmentsTab()
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.reload()
    settle()
    tab.show_from_top()  # today opens at the current time; the tests start at the first hour
    return tab


def test_the_day_shows_a_column_per_working_stylist_with_time_off_shaded(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    schedule.add_time_off(OWNER, desk.chen, at(13), at(15), "看牙医")
    tab = make_tab(qtbot, settle)
    data = tab.day_grid.data
    assert data is not None
    assert [column.title for column in data.columns] == ["王芳", "陈志强"]
    assert (data.first_minute, data.last_minute) == (9 * 60, 21 * 60)
    chen = data.columns[1]
    assert [(s.start, s.end, s.time_off, s.reason) for s in chen.shades] == [(13 * 60, 15 * 60, True, "看牙医")]
    assert [p.block.customer_name for p in data.columns[0].blocks] == ["张三"]
    image = tab.day_grid.grab()
    assert not image.isNull() and image.width() >= 2 * 118


def test_pgdn_pgup_and_t_walk_through_the_days(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    today = clock.today()
    tab.day_grid.setFocus()
    qtbot.keyClick(tab.day_grid, Qt.Key.Key_PageDown)
    settle()
    assert tab.day == today + timedelta(days=1)
    assert tab.date_edit.date() == QDate(tab.day.year, tab.day.month, tab.day.day)
    assert tab.day_grid.data is not None and tab.day_grid.data.first_day == tab.day
    assert [p.block.customer_name for c in tab.day_grid.data.columns for p in c.blocks] == ["李四"]
    qtbot.keyClick(tab.day_grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(tab.day_grid, Qt.Key.Key_PageUp)
    assert tab.day == today - timedelta(days=1)
    qtbot.keyClick(tab.day_grid, Qt.Key.Key_T)
    settle()
    assert tab.day == today and tab.day_grid.data is not None and tab.day_grid.data.first_day == today


def test_double_click_on_free_time_books_there(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    grid = tab.day_grid
    point = grid.column_rect(1).center().toPoint()
    point.setY(int(grid.y_of(15 * 60) + 5))
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=point)
    dialog = tab.dialogs[-1]
    assert dialog.start_edit.dateTime().toPython() == at(15)  # type: ignore[attr-defined]
    settle()
    assert dialog.stylist_combo.currentData() == desk.chen  # type: ignore[attr-defined]


def test_the_week_of_one_stylist_or_of_all(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    tab.views.setCurrentIndex(WEEK)
    settle()
    assert tab.week_stack.currentWidget() is tab.week_counts  # all stylists: counted, not drawn
    counts = tab.week_counts.counts
    assert counts.days[0] == tab.week_start() and len(counts.days) == 7
    today = counts.days.index(clock.today())
    wang = next(row for row in range(counts.rowCount()) if counts.headerData(row, Qt.Orientation.Vertical) == "王芳")
    assert counts.index(wang, today).data() == "1 booking"
    tab.week_stylist.setCurrentIndex(tab.week_stylist.findData(desk.chen))
    settle()
    assert tab.week_stack.currentWidget() is tab.week_area
    data = tab.week_grid.data
    assert data is not None and len(data.columns) == 7 and data.first_day == tab.week_start()
    assert all(not column.blocks for column in data.columns)
    assert data.columns[0].subtitle == "09:00–21:00"
    tab.step(1)
    settle()
    assert tab.week_start() == clock.today() - timedelta(days=clock.today().weekday()) + timedelta(days=7)


def test_arrivals_move_a_booking_on_with_their_buttons(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None], qtmodeltester: object
) -> None:
    tab = make_tab(qtbot, settle)
    panel = tab.arrivals
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert [row.customer_name for row in panel.model.rows()] == ["张三"]
    assert not panel.arrived_button.isEnabled()
    assert panel.select_appointment(desk.today_booking)
    assert panel.arrived_button.isEnabled() and panel.cancel_button.isEnabled()
    panel.arrived_button.click()
    settle()
    assert Appointment.get_by_id(desk.today_booking).status == "arrived"
    assert panel.model.index(0, 5).data() == "Arrived"
    assert panel.select_appointment(desk.today_booking)
    assert not panel.arrived_button.isEnabled() and panel.complete_button.isEnabled()
    assert "1 in the shop" in panel.title.text()


def test_cancelling_asks_for_the_reason(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    dialog = tab.cancel(desk.today_booking)
    settle()
    assert "张三" in dialog.summary.text()
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == "Say why the appointment is cancelled."
    dialog.reason_edit.setText("临时加班")
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    booking = Appointment.get_by_id(desk.today_booking)
    assert (booking.status, booking.cancel_reason) == ("cancelled", "临时加班")
    settle()
    assert tab.arrivals.model.rows() == []


def test_tomorrows_reminders_are_copied_with_phone_and_time(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None], qtmodeltester: object
) -> None:
    appointments.book_appointment(OWNER, BookingInput(at(15, day=tomorrow()), (desk.cut,), desk.zhang, desk.chen))
    tab = make_tab(qtbot, settle)
    dialog = tab.show_reminders()
    settle()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert isinstance(dialog.model, ReminderModel)
    assert [row.customer_name for row in dialog.model.rows()] == ["张三"]  # 李四 has arrived already
    text = dialog.copy()
    assert QGuiApplication.clipboard().text() == text
    assert text.splitlines()[1] == "15:00\t张三\t13800138000\t陈志强\t洗剪吹"
    assert "1 booking(s) to remind" in dialog.title.text()


def test_a_repeat_lists_the_clashes_and_books_the_rest_when_told(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    first = clock.today() + timedelta(days=1)
    clash = first + timedelta(weeks=1)
    appointments.book_appointment(OWNER, BookingInput(at(15, day=clash), (desk.cut,), desk.zhang, desk.wang))
    tab = make_tab(qtbot, settle)
    dialog = tab.new_booking(at(15, day=first), desk.wang)
    settle()
    dialog.picker.set_customer(desk.li)
    settle()
    dialog.choose_services(desk.cut)
    dialog.repeat_box.setChecked(True)
    dialog.every_weeks.setValue(1)
    dialog.times.setValue(3)
    before = Appointment.select().count()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.clash_box is not None)
    assert dialog.clash_box is not None
    assert "1 of the 3 dates cannot be booked" in dialog.clash_box.text()
    assert "王芳 is already booked from 15:00 to 15:45 (with 张三)." in dialog.clash_box.text()
    assert Appointment.select().count() == before
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.clash_box.button(dialog.clash_box.StandardButton.Yes).click()
    result = saved.args[0]
    assert [view.starts_at.date() for view in result.booked] == [first, first + timedelta(weeks=2)]
    assert Appointment.select().count() == before + 2


def test_shifts_and_time_off_are_edited_from_settings_staff(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    listing = StaffListDialog()
    qtbot.addWidget(listing)
    settle()
    row = next(n for n, member in enumerate(listing.model.rows()) if member.id == desk.chen)
    listing.table.selectRow(row)
    dialog = listing.edit_shifts()
    assert isinstance(dialog, ShiftDialog)
    settle()
    # it fits the front desk's 1366x768 screen under a taskbar (40) and its own title bar (30): at 764
    # pixels at the least, its Close button and time-off row opened below the screen's edge
    assert dialog.minimumSizeHint().height() <= 768 - 40 - 30
    assert dialog.height() <= dialog.screen().availableGeometry().height() - 40
    assert all(box.isChecked() for box in dialog.works)
    dialog.works[6].setChecked(False)
    dialog.starts[0].setTime(QTime(12, 0))
    dialog.save_week()
    settle()
    shifts = {s.weekday: (s.start_time, s.end_time) for s in StaffShift.select().where(StaffShift.staff == desk.chen)}
    assert 6 not in shifts and shifts[0] == (time(12), time(21))
    dialog.ends[1].setTime(QTime(8, 0))  # before it starts
    dialog.save_week()
    settle()
    assert dialog.message.text() == "A shift must end after it starts (09:00–08:00)."
    dialog.change_day.setDate(QDate(tomorrow().year, tomorrow().month, tomorrow().day))
    dialog.day_off_box.setChecked(True)
    dialog.change_note.setText("调休")
    dialog.add_change_button.click()
    settle()
    assert ShiftException.get(ShiftException.staff == desk.chen).note == "调休"
    assert dialog.changes.rowCount() == 1 and dialog.changes.item(0, 1).text() == "Day off"
    start = QDateTime(QDate(tomorrow().year, tomorrow().month, tomorrow().day), QTime(9, 0)).addDays(1)
    dialog.off_from.setDateTime(start)
    dialog.off_to.setDateTime(start.addSecs(3600 * 4))
    dialog.off_reason.setText("培训")
    dialog.add_off_button.click()
    settle()
    assert TimeOff.get(TimeOff.staff == desk.chen).reason == "培训"
    dialog.absences.selectRow(0)
    dialog.remove_off_button.click()
    settle()
    assert TimeOff.select().count() == 0 and dialog.absences.rowCount() == 0


def test_arrivals_model_is_a_sound_model(desk: Desk, qtmodeltester: object, settle: Callable[[], None]) -> None:
    model = ArrivalsModel()
    model.reload()
    settle()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 1


def test_a_block_tells_its_details_on_hover(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    found = tab.day_grid.find_block(desk.today_booking)
    assert found is not None
    text = tab.day_grid.block_tooltip(found[1].block)
    assert text.splitlines() == ["10:00–10:45  张三  13800138000", "洗剪吹", "王芳 · Booked"]


def test_pgdn_in_the_week_view_turns_a_week(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    tab.views.setCurrentIndex(WEEK)
    tab.week_stylist.setCurrentIndex(tab.week_stylist.findData(desk.wang))
    settle()
    qtbot.keyClick(tab.week_grid, Qt.Key.Key_PageDown)
    settle()
    assert tab.day == clock.today() + timedelta(days=7)
    assert tab.week_grid.data is not None and tab.week_grid.data.first_day == tab.week_start()


def test_the_keyboard_chooses_and_opens_a_booking(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    grid = tab.day_grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected_id == desk.today_booking
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = tab.dialogs[-1]
    settle()
    assert "张三" in dialog.summary.text()  # type: ignore[attr-defined]


def test_a_stylists_login_shows_their_own_day(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    from salon_crm.core.context import Actor
    from salon_crm.core.enums import UserRole
    from salon_crm.ui import session

    session.start(Actor("chen", UserRole.STYLIST, desk.chen))
    tab = make_tab(qtbot, settle)
    assert [column.stylist_id for column in tab.day_grid.data.columns] == [desk.chen]
    tab.views.setCurrentIndex(WEEK)
    settle()
    assert tab.week_stack.currentWidget() is tab.week_area and tab.week_grid.data is not None
    assert {column.stylist_id for column in tab.week_grid.data.columns} == {desk.chen}  # their week, drawn
    assert tab.week_stylist.currentData() == desk.chen and not tab.week_stylist.isEnabled()
    tab.views.setCurrentIndex(0)
    session.start(OWNER)
    tab.reload()
    settle()
    assert {desk.wang, desk.chen} <= {column.stylist_id for column in tab.day_grid.data.columns}
    assert tab.week_stylist.isEnabled() and tab.week_stylist.currentData() == ALL_STYLISTS
