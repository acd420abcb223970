"""Issue 15, speed of hand: the front desk's commonest jobs counted in key presses, from the keyboard alone.

Every key goes to the widget that has the focus, as on the shop's keyboard; the counts
are the issue's limits (find and open ≤ 5 after Ctrl+F, book ≤ 12 from any tab,
complete and pay ≤ 5, a complaint from a low survey ≤ 3).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.core import schedule, surveys
from salon_crm.core.context import OWNER
from salon_crm.core.models import Appointment, ComplaintTicket, Customer, ServiceItem, ServiceRecord, Staff
from salon_crm.ui.appointments.booking_dialog import BookingDialog
from salon_crm.ui.customers.file_view import CustomerFileView
from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
from salon_crm.ui.main_window import MainWindow
from salon_crm.ui.satisfaction.survey_dialog import SurveyDialog, survey_events
from salon_crm.ui.shortcuts_dialog import ShortcutsDialog
from salon_crm.ui.tickets.intake_dialog import TicketIntakeDialog


class Keyboard:
    """Presses keys on whatever has the focus, and counts them."""

    def __init__(self, qtbot: QtBot, settle: Callable[[], None]) -> None:
        self.qtbot, self.settle, self.count = qtbot, settle, 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)
        self.count += 1
        if modifier & Qt.KeyboardModifier.AltModifier:
            self.qtbot.wait(300)  # a button's mnemonic clicks it after its pressed look (animateClick)
        self.settle()

    def type(self, text: str) -> None:
        for character in text:
            self.qtbot.keyClick(self.focused(), character)
            self.count += 1
        self.settle()


def ready(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_find_a_customer_by_initials_and_open_the_file_in_3_keys(
    window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    ready(window, qtbot)
    window.tabs.setCurrentWidget(window.satisfaction_tab)  # from another tab
    keys = Keyboard(qtbot, settle)
    keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    keys.count = 0  # the issue counts after Ctrl+F
    keys.type("zs")
    keys.press(Qt.Key.Key_Return)  # searches and opens the top match
    qtbot.waitUntil(lambda: bool(window.customers_tab.file_views))
    view = window.customers_tab.file_views[-1]
    assert view.name_label.text() == "张三"
    assert keys.count == 3  # the limit is 5


def test_book_an_existing_customer_tomorrow_at_15_in_10_keys_from_any_tab(
    window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    stylist = Staff.get(Staff.name == "王芳")
    every_day = [schedule.WeeklyShift(day, time(9), time(21)) for day in range(7)]
    schedule.set_weekly_shifts(OWNER, stylist.id, every_day)  # whatever weekday tomorrow is
    ready(window, qtbot)
    window.tabs.setCurrentWidget(window.tickets_tab)
    zhang = Customer.get(Customer.name == "张三")
    wash = ServiceItem.get(ServiceItem.name == "洗剪吹")  # 张三's usual service: listed first
    keys = Keyboard(qtbot, settle)
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = window.appointments_tab.dialogs[-1]
    assert isinstance(dialog, BookingDialog) and dialog.isVisible()
    keys.type("zs")
    height = dialog.height()
    keys.press(Qt.Key.Key_Return)  # chooses 张三, on to the services
    assert dialog.picker.customer_id() == zhang.id
    qtbot.waitUntil(lambda: bool(dialog.picker.chosen.text()))
    assert dialog.height() == height  # the form keeps its shape under the cursor (it jumped before)
    assert dialog.service_filter.hasFocus()
    qtbot.waitUntil(lambda: "★" in dialog.services.item(0).text())
    keys.press(Qt.Key.Key_Return)  # ticks the first shown: the usual one
    assert dialog.chosen_services() == (wash.id,)
    keys.press(Qt.Key.Key_Tab)
    assert dialog.when_edit.hasFocus()
    keys.type("+15")  # tomorrow at 15:00
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        keys.press(Qt.Key.Key_Return)
    booked = Appointment.select().where(Appointment.customer == zhang.id).order_by(Appointment.id.desc()).get()
    tomorrow = datetime.combine(dialog.base_day + timedelta(days=1), time(15))
    assert booked.starts_at == tomorrow and [s.service_item_id for s in booked.services] == [wash.id]
    assert keys.count == 10  # the limit is 12; it took 28 before


def test_complete_a_visit_and_take_payment_in_5_keys(
    window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    ready(window, qtbot)
    keys = Keyboard(qtbot, settle)
    keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the appointments tab
    arrivals = window.appointments_tab.arrivals
    arrivals.table.setFocus()  # today's arrivals: the one booking of the day
    keys.press(Qt.Key.Key_Down)  # arrowed to (a current row, not a selection): the buttons act on it
    before = ServiceRecord.select().count()
    keys.press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Complete…
    bill = window.appointments_tab.completion.dialog
    assert isinstance(bill, ServiceRecordDialog)
    qtbot.waitUntil(bill.ok_button.isEnabled)
    keys.press(Qt.Key.Key_Return)  # paid in cash, as prefilled
    qtbot.waitUntil(lambda: ServiceRecord.select().count() == before + 1)
    offer = window.appointments_tab.completion.offer
    assert isinstance(offer, QMessageBox)
    keys.press(Qt.Key.Key_Escape)  # no survey now
    assert keys.count == 5  # the limit is 5; it took 6 before


def test_open_a_complaint_from_a_low_survey_in_3_keys(
    window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    ready(window, qtbot)
    record = ServiceRecord.select().order_by(ServiceRecord.id).get()
    offered: list[object] = []
    survey_events().complaint_offered.connect(offered.append)
    survey = SurveyDialog.for_record(window, record.id)
    survey.open()
    settle()
    for stars in survey.stars.values():
        stars.set_value(1)
    survey.recommend.setValue(2)
    keys = Keyboard(qtbot, settle)
    with qtbot.waitSignal(survey.saved):
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saved
    assert surveys.is_low_score(1)
    box = offered[0]
    assert isinstance(box, QMessageBox)
    box.activateWindow()
    keys.press(Qt.Key.Key_Return)  # Yes: open a complaint about this visit
    form = offered[1]
    assert isinstance(form, TicketIntakeDialog)
    before = ComplaintTicket.select().count()
    qtbot.waitUntil(form.ok_button.isEnabled, timeout=10_000)
    form.activateWindow()  # the window manager's part: a new dialog takes the keyboard
    with qtbot.waitSignal(form.saved, timeout=10_000):
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ComplaintTicket.select().count() == before + 1
    assert keys.count == 3  # the limit is 3; it took 12 before


def test_the_shortcuts_list_is_the_table_the_window_uses(
    window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    from salon_crm.ui import shortcuts

    ready(window, qtbot)
    bound = {action.shortcut().toString() for action in window.findChildren(type(window.new_customer_action))}
    bound |= {
        shortcut.key().toString() for shortcut in window.findChildren(__import__("PySide6.QtGui").QtGui.QShortcut)
    }
    for shortcut in shortcuts.ALL:
        if shortcut.bound and shortcut.section == shortcuts.WINDOW:
            assert shortcut.sequence().toString() in bound, shortcut.keys
    keys = Keyboard(qtbot, settle)
    keys.press(Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    listed = " ".join(" ".join(row) for row in dialog.rows())
    for shortcut in shortcuts.ALL:
        assert shortcut.shown_what() in listed
    dialog.close()
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new customer's form, from any tab
    assert window.customers_tab.last_dialog.isVisible()
    keys.press(Qt.Key.Key_Escape)  # Esc closes it
    assert not window.customers_tab.last_dialog.isVisible()


def test_a_customers_file_books_them_with_one_button(
    window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    zhang = Customer.get(Customer.name == "张三").id
    view = CustomerFileView(window, zhang)
    qtbot.addWidget(view)
    view.show()
    settle()
    dialog = view.book()
    settle()
    assert isinstance(dialog, BookingDialog) and dialog.picker.customer_id() == zhang


def test_esc_closes_the_customer_matches_before_the_form(
    window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    ready(window, qtbot)
    keys = Keyboard(qtbot, settle)
    keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = window.appointments_tab.dialogs[-1]
    assert isinstance(dialog, BookingDialog)
    keys.type("z")
    qtbot.waitUntil(dialog.picker.matches.isVisible)
    keys.press(Qt.Key.Key_Escape)  # the floating list goes; what was typed and the form stay
    assert not dialog.picker.matches.isVisible() and dialog.isVisible()
    assert dialog.picker.search.text() == "z"
    keys.press(Qt.Key.Key_Escape)  # the second Esc closes the form
    assert not dialog.isVisible()
