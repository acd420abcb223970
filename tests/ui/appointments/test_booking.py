"""Booking from the dialog, refusals with their reason, moving and completing a visit."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from appointment_desk import Desk, at
from PySide6.QtCore import QDateTime, QPointF, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salon_crm.core import appointments, service_records, timeline
from salon_crm.core.clock import FixedClock
from salon_crm.core.context import OWNER
from salon_crm.core.models import Appointment, Customer, ServiceRecord
from salon_crm.core.timeline import EventKind
from salon_crm.ui.appointments.complete import prefilled_record
from salon_crm.ui.appointments.tab import AppointmentsTab
from salon_crm.ui.customers.record_dialog import ServiceRecordDialog


def make_tab(qtbot: QtBot, settle: Callable[[], None]) -> AppointmentsTab:
    tab = AppointmentsTab()
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.reload()
    settle()
    tab.show_from_top()  # today opens at the current time; the tests start at the first hour
    return tab


def test_booking_a_customer_puts_a_block_in_the_day(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    dialog = tab.new_booking(at(14), desk.wang)
    settle()
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Choose a customer, or enter the walk-in's name."
    dialog.picker.set_customer(desk.li)
    settle()
    assert dialog.message.text() == "Choose at least one service."
    dialog.choose_services(desk.cut, desk.care)
    assert dialog.length_label.text() == "75 minutes, until 15:15"
    qtbot.waitUntil(lambda: dialog.slot_label.text() == "✓ Free: 王芳")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok_button.click()
    view = saved.args[0]
    assert (view.customer_name, view.stylist_name, view.starts_at, view.ends_at) == ("李四", "王芳", at(14), at(15, 15))
    settle()
    found = tab.day_grid.find_block(view.id)
    assert found is not None and tab.day_grid.data is not None
    assert tab.day_grid.data.columns[found[0]].title == "王芳"
    assert view.id in [row.id for row in tab.arrivals.model.rows()]


def test_a_double_booking_is_refused_with_the_reason(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    dialog = tab.new_booking(at(10, 15), desk.wang)
    settle()
    dialog.picker.set_customer(desk.li)
    settle()
    dialog.choose_services(desk.cut)
    # the clash shows as soon as the form is complete, before OK
    qtbot.waitUntil(lambda: dialog.slot_label.text() == "⚠ 王芳 is already booked from 10:00 to 10:45 (with 张三).")
    before = Appointment.select().count()
    dialog.ok_button.click()
    settle()
    assert dialog.message.text() == "王芳 is already booked from 10:00 to 10:45 (with 张三)."
    assert dialog.isVisible() and Appointment.select().count() == before
    dialog.stylist_combo.setCurrentIndex(dialog.stylist_combo.findData(desk.chen))  # another chair: fine
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    assert Appointment.select().count() == before + 1


def test_a_walk_in_with_a_name_and_phone_becomes_a_customer(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    tab = make_tab(qtbot, settle)
    dialog = tab.new_booking(at(16))  # any free stylist
    settle()
    dialog.walk_in_box.setChecked(True)
    dialog.walk_in_name.setText("钱七")
    qtbot.keyClicks(dialog.walk_in_phone, "139 1111 2222")
    dialog.choose_services(desk.cut)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok_button.click()
    assert saved.args[0].stylist_name == "王芳"  # the first free one
    assert Customer.get(Customer.name == "钱七").phone == "13911112222"


def test_the_no_show_count_is_shown_as_a_warning(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    Appointment.update(status="no_show").where(Appointment.customer == desk.li).execute()
    tab = make_tab(qtbot, settle)
    dialog = tab.new_booking(at(16), desk.wang)
    dialog.picker.set_customer(desk.li)
    settle()
    assert dialog.no_show_label.isVisibleTo(dialog)
    assert "missed 2 booking(s)" in dialog.no_show_label.text()


def test_moving_a_booking_by_changing_its_time(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    dialog = tab.move_booking(desk.today_booking)
    settle()
    assert dialog.start_edit.dateTime().toPython() == at(10)
    dialog.start_edit.setDateTime(QDateTime(at(16)))
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    booking = Appointment.get_by_id(desk.today_booking)
    assert (booking.starts_at, booking.ends_at) == (at(16), at(16, 45))
    settle()
    found = tab.day_grid.find_block(desk.today_booking)
    assert found is not None and found[1].block.starts_at == at(16)


def test_a_move_into_a_clash_is_refused_with_the_reason(desk: Desk, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    tab.move_block(desk.today_booking, at(22), None)
    settle()
    assert tab.message.text() == "The shop is open from 09:00 to 21:00; the booking must fit in those hours."
    assert Appointment.get_by_id(desk.today_booking).starts_at == at(10)


def drag(qtbot: QtBot, tab: AppointmentsTab, start: QPointF, end: QPointF) -> None:
    grid = tab.day_grid
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(grid, pos=((start + end) / 2).toPoint())
    qtbot.mouseMove(grid, pos=end.toPoint())
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end.toPoint())


def test_dragging_a_block_moves_it_and_its_edge_resizes_it(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    tab = make_tab(qtbot, settle)
    grid = tab.day_grid
    column, placed = grid.find_block(desk.today_booking) or (0, None)
    assert placed is not None
    rect = grid.block_rect(column, placed)
    two_hours = 8 * (grid.y_of(15) - grid.y_of(0))
    other = next(i for i, c in enumerate(grid.data.columns) if c.stylist_id == desk.chen)  # type: ignore[union-attr]
    target = QPointF(grid.column_rect(other).center().x(), rect.center().y() + two_hours)
    drag(qtbot, tab, rect.center(), target)
    settle()
    booking = Appointment.get_by_id(desk.today_booking)
    assert (booking.starts_at, booking.ends_at, booking.stylist_id) == (at(12), at(12, 45), desk.chen)
    column, placed = grid.find_block(desk.today_booking) or (0, None)
    assert placed is not None
    rect = grid.block_rect(column, placed)
    drag(qtbot, tab, QPointF(rect.center().x(), rect.bottom() - 2), QPointF(rect.center().x(), grid.y_of(13 * 60 + 30)))
    settle()
    assert Appointment.get_by_id(desk.today_booking).ends_at == at(13, 30)


def test_completing_saves_the_bill_on_the_customers_record(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    tab = make_tab(qtbot, settle)
    completion = tab.complete(desk.today_booking)
    settle()
    dialog = completion.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok_button.click()
    record = saved.args[0]
    settle()
    assert Appointment.get_by_id(desk.today_booking).status == "completed"
    stored = ServiceRecord.get(ServiceRecord.appointment == desk.today_booking)
    assert stored.id == record.id and stored.customer_id == desk.zhang
    view = service_records.get_service_record(record.id)
    assert [line.service_name for line in view.lines] == ["洗剪吹"]
    assert [line.stylist_name for line in view.lines] == ["王芳"]
    assert service_records.customer_figures(desk.zhang).visits == 2  # the old visit and this one
    events = timeline.customer_timeline(desk.zhang)
    [visit] = [event for event in events if (event.kind, event.ref_id) == (EventKind.VISIT, record.id)]
    # the booking that became this visit is read under the visit's line, not beside it
    booked = [event for event in visit.children if event.kind == EventKind.APPOINTMENT]
    assert [(event.ref_id, event.code) for event in booked] == [(desk.today_booking, "completed")]
    if completion.offer is not None:  # the survey form is installed: it is offered, and opens on Yes
        assert isinstance(completion.offer, QMessageBox)
        completion.offer.button(QMessageBox.StandardButton.Yes).click()
        assert completion.survey is not None and completion.survey.isVisible()
        settle()
        completion.survey.reject()
    found = tab.day_grid.find_block(desk.today_booking)
    assert found is not None and found[1].block.status == "completed"


def test_a_block_dropped_on_another_booking_is_refused_with_the_reason(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    tab = make_tab(qtbot, settle)
    dialog = tab.new_booking(at(12), desk.wang)
    settle()
    dialog.picker.set_customer(desk.li)
    settle()
    dialog.choose_services(desk.cut)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok_button.click()
    settle()
    grid = tab.day_grid
    column, placed = grid.find_block(desk.today_booking) or (0, None)
    assert placed is not None
    rect = grid.block_rect(column, placed)
    drag(qtbot, tab, rect.center(), QPointF(rect.center().x(), grid.y_of(12 * 60 + 15) + 5))
    settle()
    assert tab.message.text() == "王芳 is already booked from 12:00 to 12:45 (with 李四)."
    assert Appointment.get_by_id(desk.today_booking).starts_at == at(10)
    found = grid.find_block(desk.today_booking)
    assert found is not None and found[1].block.starts_at == at(10)  # drawn back where it was
    assert saved.args[0].id != desk.today_booking


def test_the_bill_form_completes_with_the_booked_prices(
    desk: Desk, qtbot: QtBot, settle: Callable[[], None], shop_clock: FixedClock
) -> None:
    shop_clock.set(at(23))  # billed in the evening, whatever the hour the tests run at
    view = appointments.get_appointment(desk.today_booking)
    initial = prefilled_record(view)
    assert (initial.visited_at, initial.appointment_id) == (at(10), desk.today_booking)
    assert [(line.service_item_id, line.stylist_id, line.unit_price) for line in initial.lines] == [
        (desk.cut, desk.wang, Decimal("68.00"))
    ]
    dialog = ServiceRecordDialog(
        None,
        customer_id=view.customer_id,
        initial=initial,
        submit=lambda record: appointments.complete_appointment(OWNER, view.id, record),
    )
    qtbot.addWidget(dialog)
    settle()
    assert dialog.subtotal() == Decimal("68.00")
    dialog.payment_combo.setCurrentIndex(dialog.payment_combo.findData("wechat_pay"))
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok_button.click()
    assert saved.args[0].payment_method == "wechat_pay" and saved.args[0].appointment_id == view.id
    assert Appointment.get_by_id(view.id).status == "completed"
