"""The bill form: catalogue prices, level discount, stored value, reuse with another submit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from pytestqt.qtbot import QtBot

from salon_crm.core import clock, loyalty, service_records
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, LedgerEntry, MembershipLevel, ServiceItem, ServiceRecord, Staff
from salon_crm.core.service_records import LineInput, RecordInput, ServiceRecordView
from salon_crm.ui.customers.record_dialog import LineColumn, ServiceRecordDialog


def zhang() -> int:
    return int(Customer.get(Customer.name == "张三").id)


def open_dialog(qtbot: QtBot, settle: Callable[[], None], dialog: ServiceRecordDialog) -> ServiceRecordDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    return dialog


def test_paying_from_stored_value_draws_the_card_down(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    dialog = open_dialog(qtbot, settle, ServiceRecordDialog.create(None, zhang()))
    assert "张三" in dialog.customer_label.text()
    assert "染发剂过敏" in dialog.allergy_label.text() and dialog.allergy_label.isVisible()
    line = dialog.lines[0]
    assert line.price.text() == "68.00"  # the catalogue's price, prefilled
    line.quantity.setValue(2)
    assert dialog.table.item(0, LineColumn.AMOUNT).text() == "¥136.00"
    assert "total ¥136.00" in dialog.totals_label.text()
    dialog.payment_combo.setCurrentIndex(dialog.payment_combo.findData("stored_value"))
    assert dialog.balance_label.text() == "Card balance: ¥1,200.00"
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok_button.click()
    record = saved.args[0]
    assert isinstance(record, ServiceRecordView) and record.total == Decimal("136.00")
    assert loyalty.balance_of(zhang()).stored_value == Decimal("1064.00")


def test_more_than_the_card_holds_is_refused_and_nothing_written(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    records_before, ledger_before = ServiceRecord.select().count(), LedgerEntry.select().count()
    dialog = open_dialog(qtbot, settle, ServiceRecordDialog.create(None, zhang()))
    dialog.lines[0].price.setText("1300")
    dialog.payment_combo.setCurrentIndex(dialog.payment_combo.findData("stored_value"))
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "The stored-value balance is ¥1200.00, not enough for ¥1300.00."
    dialog.accept()
    settle()
    assert (ServiceRecord.select().count(), LedgerEntry.select().count()) == (records_before, ledger_before)


def test_bad_amounts_are_explained_as_typed(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    dialog = open_dialog(qtbot, settle, ServiceRecordDialog.create(None, zhang()))
    dialog.lines[0].price.setText("-5")
    assert dialog.message.text() == "A price cannot be negative."
    dialog.lines[0].price.setText("68")
    dialog.lines[0].discount.setText("80")
    assert dialog.message.text() == "The discount on “洗剪吹” must be between ¥0 and ¥68.00."
    dialog.lines[0].discount.setText("")
    qtbot.keyClicks(dialog.discount_edit, "abc")
    assert dialog.message.text() == "The discount “abc” is not an amount of money."
    dialog.discount_edit.setText("")
    dialog.remove_current_line()
    assert dialog.message.text() == "Add at least one service item to the bill."
    assert not dialog.ok_button.isEnabled()
    dialog.add_line()
    assert dialog.ok_button.isEnabled()


def test_the_level_discount_is_prefilled_and_follows_the_lines(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    gold = MembershipLevel.create(name="金卡", rank=3, price_rate=Decimal("0.9"), upgrade_threshold=5000)
    Customer.update(level=gold).where(Customer.id == zhang()).execute()
    dialog = open_dialog(qtbot, settle, ServiceRecordDialog.create(None, zhang()))
    assert dialog.discount_edit.text() == "6.80"
    assert dialog.level_hint.text() == "金卡: 10% off the bill, unless you type another discount"
    dialog.add_line()
    assert dialog.discount_edit.text() == "13.60"
    assert "total ¥122.40" in dialog.totals_label.text()
    dialog.discount_edit.selectAll()
    qtbot.keyClicks(dialog.discount_edit, "10")  # typed by hand: no longer follows
    dialog.add_line()
    assert dialog.discount_edit.text() == "10"


def test_another_area_can_submit_it_its_own_way(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    item = ServiceItem.get(ServiceItem.name == "洗剪吹")
    stylist = Staff.get(Staff.name == "王芳")
    visited = clock.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    initial = RecordInput(zhang(), visited, (LineInput(item.id, stylist.id),), "wechat_pay")
    submitted: list[RecordInput] = []

    def submit(data: RecordInput) -> ServiceRecordView:
        submitted.append(data)
        return service_records.add_service_record(OWNER, data)

    dialog = open_dialog(qtbot, settle, ServiceRecordDialog(None, customer_id=zhang(), initial=initial, submit=submit))
    assert dialog.lines[0].stylist.currentText() == "王芳"
    assert dialog.payment_combo.currentData() == "wechat_pay"
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    assert submitted[0].visited_at == visited
    assert submitted[0].lines == (LineInput(item.id, stylist.id, "68.00", 1, Decimal(0)),)


def test_editing_a_bill_paid_by_card_counts_its_own_payment(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    item = ServiceItem.get(ServiceItem.name == "洗剪吹")
    visited = clock.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    record = service_records.add_service_record(
        OWNER, RecordInput(zhang(), visited, (LineInput(item.id, unit_price="1000"),), "stored_value")
    )
    assert loyalty.balance_of(zhang()).stored_value == Decimal("200.00")
    dialog = open_dialog(qtbot, settle, ServiceRecordDialog.edit(None, record.id))
    assert dialog.lines[0].price.text() == "1000.00"
    dialog.lines[0].price.setText("1100")  # 200 left on the card plus the 1000 this bill paid
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    assert loyalty.balance_of(zhang()).stored_value == Decimal("100.00")
    assert service_records.get_service_record(record.id).total == Decimal("1100.00")


def test_a_voided_bill_cannot_be_edited(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    record_id = ServiceRecord.select().first().id
    service_records.void_service_record(OWNER, record_id, "entered twice")
    dialog = open_dialog(qtbot, settle, ServiceRecordDialog.edit(None, record_id))
    dialog.ok_button.setEnabled(True)
    dialog.accept()
    settle()
    assert dialog.message.text() == "This service record was voided and cannot be changed."
