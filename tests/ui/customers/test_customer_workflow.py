"""The customer tab end to end: create, find by pinyin, open the file, bill from the card, tag, care."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from salon_crm.core import clock, loyalty, service_records
from salon_crm.core.context import OWNER
from salon_crm.core.customers import CustomerFilter
from salon_crm.core.db import Shop
from salon_crm.core.models import CareContact, Customer, ServiceItem
from salon_crm.core.service_records import LineInput, RecordInput
from salon_crm.ui.customers.care_panel import CareColumn
from salon_crm.ui.customers.file_view import CustomerFileView
from salon_crm.ui.customers.ledger_dialogs import CareContactDialog, TopUpDialog, VoidRecordDialog
from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
from salon_crm.ui.customers.tab import CustomersTab
from salon_crm.ui.customers.table_model import Column
from salon_crm.ui.customers.timeline_model import TimelineColumn


def make_tab(qtbot: QtBot, settle: Callable[[], None]) -> CustomersTab:
    tab = CustomersTab()
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.reload()
    settle()
    return tab


def names(tab: CustomersTab) -> list[str]:
    return [row.name for row in tab.model.rows()]


def open_file(tab: CustomersTab, qtbot: QtBot, settle: Callable[[], None], name: str) -> CustomerFileView:
    tab.table.selectRow(names(tab).index(name))
    view = tab.open_selected()
    assert view is not None
    settle()
    return view


def test_create_find_by_initials_and_pay_from_the_card(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    tab = make_tab(qtbot, settle)
    dialog = tab.new_customer()
    settle()
    dialog.name_edit.setText("欧阳娜娜")
    dialog.phone_edit.setText("139 1111 2222")
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    settle()
    created = tab.file_views[-1]  # a new customer's file opens at once
    created.close()

    qtbot.keyClicks(tab.search_box, "oynn")
    qtbot.waitUntil(lambda: names(tab) == ["欧阳娜娜"])
    settle()
    assert tab.count_label.text() == "Customers found: 1"
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens the file
    settle()
    view = tab.file_views[-1]
    assert view.name_label.text() == "欧阳娜娜"

    top_up = view.top_up()
    assert isinstance(top_up, TopUpDialog)
    top_up.amount_edit.setText("1000")
    top_up.bonus_edit.setText("200")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        top_up.ok_button.click()
    assert view.fact_labels["balance"].text() == "¥1,200.00 (bonus ¥200.00)"

    bill = view.new_record()
    assert isinstance(bill, ServiceRecordDialog)
    settle()
    bill.payment_combo.setCurrentIndex(bill.payment_combo.findData("stored_value"))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        bill.ok_button.click()
    assert view.fact_labels["balance"].text() == "¥1,132.00 (bonus ¥200.00)"
    words = [view.timeline.event_word(event) for event in view.timeline.rows()]
    assert sorted(words) == ["Top-up", "▸ Visit"]  # one line per visit: its card spend and points are under it
    settle()
    row = names(tab).index("欧阳娜娜")
    assert tab.model.data(tab.model.index(row, Column.BALANCE)) == "¥1,132.00"


def test_a_visit_is_one_line_that_opens_to_its_own_rows(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    zhang = Customer.get(Customer.name == "张三").id
    item = ServiceItem.get().id
    visited = clock.now().replace(microsecond=0) - timedelta(hours=2)
    service_records.add_service_record(
        OWNER, RecordInput(zhang, visited, (LineInput(item, unit_price="68"),), "stored_value")
    )
    tab = make_tab(qtbot, settle)
    view = open_file(tab, qtbot, settle, "张三")
    words = [view.timeline.event_word(event) for event in view.timeline.rows()]
    at = words.index("▸ Visit")  # the newest visit, paid from the card
    visit = view.timeline.row_at(at)
    assert view.timeline.data(view.timeline.index(at, TimelineColumn.FIGURE)) == "+68"  # the points it earned
    count = len(words)
    view.table.setFocus()
    view.table.selectRow(at)
    qtbot.keyClick(view.table, Qt.Key.Key_Right)  # opens the visit's own rows
    words = [view.timeline.event_word(event) for event in view.timeline.rows()]
    assert words[at : at + 3] == ["▾ Visit", "    └ Spend", "    └ Points earned"] and len(words) == count + 2
    view.table.selectRow(at + 2)
    qtbot.keyClick(view.table, Qt.Key.Key_Left)  # from an own row: closes its visit and goes back to it
    assert view.timeline.rowCount() == count
    assert view.selected_event() == visit
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # Space opens and closes too
    assert view.timeline.rowCount() == count + 2
    view.timeline.reload()  # a reload (after any change) shows the visits closed again
    settle()
    assert view.timeline.rowCount() == count


def test_voiding_a_bill_returns_the_card_money(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    zhang = Customer.get(Customer.name == "张三").id
    item = ServiceItem.get().id
    visited = clock.now().replace(microsecond=0) - timedelta(hours=2)
    service_records.add_service_record(
        OWNER, RecordInput(zhang, visited, (LineInput(item, unit_price="200"),), "stored_value")
    )
    tab = make_tab(qtbot, settle)
    view = open_file(tab, qtbot, settle, "张三")
    assert "⚠ Allergies: 染发剂过敏" in view.warnings_label.text()
    assert view.fact_labels["balance"].text() == "¥1,000.00 (bonus ¥200.00)"
    first_visit = next(i for i, event in enumerate(view.timeline.rows()) if event.kind.value == "visit")
    record_id = view.timeline.row_at(first_visit).ref_id
    view.table.selectRow(first_visit)
    dialog = view.void_record()
    assert isinstance(dialog, VoidRecordDialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Say why the service record is voided."
    dialog.reason_edit.setText("entered twice")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.ok_button.click()
    assert loyalty.balance_of(zhang).stored_value == Decimal("1200.00")
    voided = next(event for event in view.timeline.rows() if event.kind.value == "visit" and event.ref_id == record_id)
    assert view.timeline.event_word(voided) == "▸ Visit (voided)"


def test_manual_tags_and_the_tag_filter(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    view = open_file(tab, qtbot, settle, "李四")
    view.tag_edit.setText("怕烫")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.add_tag_button.click()
    assert view.manual_tag_names() == ["怕烫"]
    view.tag_edit.setText("新客")  # an automatic tag's name
    view.add_tag_button.click()
    settle()
    assert view.tag_message.text() == "“新客” is an automatic tag; the shop sets it from the customer's records."
    settle()
    tab.tag_filter.setCurrentIndex(tab.tag_filter.findText("怕烫"))
    settle()
    assert names(tab) == ["李四"]
    assert tab.count_label.text() == "Customers found: 1"
    tab.clear_filters()
    settle()
    assert len(names(tab)) == 5


def test_filters_by_segment_and_last_visit(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    assert tab.model.data(tab.model.index(names(tab).index("张三"), Column.SEGMENT)) == "New"
    tab.segment_filter.setCurrentIndex(tab.segment_filter.findData("potential"))
    settle()
    assert sorted(names(tab)) == sorted(["李四", "王一", "王二", "王三"])
    tab.model.set_filters(CustomerFilter(last_visit_from=clock.now().date() - timedelta(days=7)))
    settle()
    assert names(tab) == ["张三"]


def test_care_list_call_done_and_copy(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    tab.show_care("follow_ups")  # 张三 came three days ago
    settle()
    panel = tab.care_panel
    assert [row.name for row in panel.model.rows()] == ["张三"]
    assert panel.model.data(panel.model.index(0, CareColumn.REASON)) == "Follow up on 洗剪吹"
    panel.copy()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:3] == ["Name", "Mobile", "Due"]
    assert copied[1].startswith("张三\t13800138000\t")
    panel.table.selectRow(0)
    dialog = panel.call_done()
    assert isinstance(dialog, CareContactDialog)
    dialog.note_edit.setPlainText("剪得满意")
    with qtbot.waitSignal(panel.contacted):
        dialog.ok_button.click()
    settle()
    assert panel.model.rowCount() == 0
    contact = CareContact.get()
    assert (contact.kind, contact.note) == ("follow_up", "剪得满意")


def test_erasing_a_customer_after_confirmation(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    view = open_file(tab, qtbot, settle, "李四")
    li = view.customer_id
    box = view.erase()
    assert "李四" in box.text()
    with qtbot.waitSignal(view.changed):
        box.button(QMessageBox.StandardButton.Yes).click()
    settle()
    assert Customer.get_by_id(li).name == f"#{li}"
    assert "李四" not in names(tab)
