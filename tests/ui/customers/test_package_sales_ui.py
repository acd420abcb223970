"""Issue 14 from the window: a package sold from the bill form pays that bill's line, a plan covers
two services, the seller of a top-up earns the sale rate the owner set, and a line marked 指定 by
hand earns the requested rate."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from salon_crm.core import catalogue, commission, packages
from salon_crm.core.commission import RuleInput
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.models import Customer, LineCommission, ServiceItem, ServiceRecord, Staff
from salon_crm.ui import session
from salon_crm.ui.customers.ledger_dialogs import TopUpDialog
from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
from salon_crm.ui.settings.commission_dialogs import RuleListDialog, StatementDialog
from salon_crm.ui.settings.packages_dialog import PlanDialog

DESK = Actor("desk", UserRole.FRONT_DESK)


def starting_with(combo: QComboBox, text: str) -> int:
    return [combo.itemText(index).startswith(text) for index in range(combo.count())].index(True)


def _two_service_plan(qtbot: QtBot, settle: Callable[[], None]) -> None:
    catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("吹造型", "cut", "58", 30))
    form = PlanDialog(None)  # Settings → Packages → Add
    qtbot.addWidget(form)
    form.show()
    settle()
    qtbot.keyClicks(form.name_edit, "Wash or blow-dry x5")
    form.item_combo.setCurrentIndex(starting_with(form.item_combo, "洗剪吹"))
    [blow] = form.also_list.findItems("吹造型", Qt.MatchFlag.MatchExactly)
    blow.setCheckState(Qt.CheckState.Checked)
    form.sessions_spin.setValue(5)
    form.price_edit.setText("250")
    with qtbot.waitSignal(form.saved):
        form.ok_button.click()


def test_a_package_sold_from_the_bill_form_pays_the_line(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    _two_service_plan(qtbot, settle)
    assert packages.list_plans()[0].service_names == "洗剪吹 / 吹造型"
    session.start(DESK)
    zhang = int(Customer.get(Customer.name == "张三").id)
    bill = ServiceRecordDialog.create(None, zhang)
    qtbot.addWidget(bill)
    bill.show()
    settle()
    [line] = bill.lines
    line.item.setCurrentIndex(starting_with(line.item, "吹造型"))
    assert not line.package.isChecked() and "¥58.00" in bill.totals_label.text()
    sale = bill.sell_package()
    assert sale is not None
    settle()
    sale.payment_combo.setCurrentIndex(sale.payment_combo.findData("wechat_pay"))
    with qtbot.waitSignal(sale.saved):
        sale.ok_button.click()
    settle()
    assert line.package.isChecked()  # the blow-dry is covered: the new package pays it
    assert "total ¥0.00" in bill.totals_label.text()
    with qtbot.waitSignal(bill.saved):
        bill.ok_button.click()
    settle()
    [held] = packages.packages_of(zhang)
    assert held.sessions_left == 4
    assert [(row.kind, row.sessions_after) for row in packages.package_entries(held.id)] == [("sale", 5), ("use", 4)]
    assert ServiceRecord.select().where(ServiceRecord.payment_method == "package").count() == 1


def test_the_seller_of_a_top_up_earns_the_owners_sale_rate(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    rules = RuleListDialog(None)  # the owner: Settings → Commission rules → Sale commission
    qtbot.addWidget(rules)
    rules.show()
    rates = rules.edit_sale_rates()
    rates.top_up_edit.setText("2")
    rates.package_edit.setText("150")
    assert not rates.ok_button.isEnabled()  # 150 % is refused as typed
    rates.package_edit.setText("5")
    with qtbot.waitSignal(rates.saved):
        rates.ok_button.click()
    assert commission.sale_rates() == commission.SaleRates(Decimal("2"), Decimal("5"))

    session.start(DESK)
    zhang = int(Customer.get(Customer.name == "张三").id)
    top_up = TopUpDialog(None, zhang, "张三")
    qtbot.addWidget(top_up)
    top_up.show()
    qtbot.keyClicks(top_up.amount_edit, "1000")
    top_up.seller_combo.setCurrentIndex(top_up.seller_combo.findText("王芳"))
    with qtbot.waitSignal(top_up.saved):
        top_up.ok_button.click()
    settle()

    session.start(OWNER)
    statement = StatementDialog(None)
    qtbot.addWidget(statement)
    statement.show()
    settle()
    [wang] = statement.statement
    assert [(line.sale, line.amount) for line in wang.lines] == [("top_up", Decimal("20.00"))]
    assert statement.sale_words()[wang.lines[0].sale] == "Card top-up sold"


def test_a_line_marked_requested_by_hand_earns_the_requested_rate(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    item = catalogue.list_service_items()[0].id
    commission.save_rule(OWNER, RuleInput(service_item_id=item, requested_percent="20", rotation_percent="10"))
    li = int(Customer.get(Customer.name == "李四").id)  # no preferred stylist: in turn by default
    bill = ServiceRecordDialog.create(None, li)
    qtbot.addWidget(bill)
    bill.show()
    settle()
    [line] = bill.lines
    line.stylist.setCurrentIndex(line.stylist.findText("王芳"))
    assert not line.requested.isChecked()
    line.requested.click()  # the customer asked for 王芳 today
    with qtbot.waitSignal(bill.saved):
        bill.ok_button.click()
    settle()
    [earned] = LineCommission.select()
    assert earned.requested and Decimal(str(earned.amount)) == Decimal("13.60")  # 20 % of ¥68
    assert Staff.select().count() == 1
    edit = ServiceRecordDialog.edit(None, int(ServiceRecord.select().order_by(ServiceRecord.id.desc()).get().id))
    qtbot.addWidget(edit)
    edit.show()
    settle()
    assert edit.lines[0].requested.isChecked()  # kept with the bill


def test_the_last_session_of_a_shared_plan_is_offered_to_one_line_only(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    """A plan covering a wash-cut and a blow-dry with 1 session left: the bill form ticks one line, not both."""
    from datetime import timedelta

    from salon_crm.core import clock, service_records
    from salon_crm.core.service_records import LineInput, RecordInput

    _two_service_plan(qtbot, settle)
    zhang = int(Customer.get(Customer.name == "张三").id)
    plan = packages.list_plans()[0]
    wash, blow = plan.service_item_ids
    packages.sell_package(OWNER, zhang, plan.id, "cash")
    for days_ago in (4, 3, 2, 1):  # four of the five sessions used already
        visit = RecordInput(
            zhang, clock.now() - timedelta(days=days_ago), (LineInput(wash, use_package=True),), "package"
        )
        service_records.add_service_record(OWNER, visit)
    bill = ServiceRecordDialog.create(None, zhang)
    qtbot.addWidget(bill)
    bill.show()
    settle()
    [first] = bill.lines
    first.item.setCurrentIndex(first.item.findData(wash))
    assert first.package.isChecked() and "0 left" in first.package.text()
    bill.add_line()
    second = bill.lines[1]
    second.item.setCurrentIndex(second.item.findData(blow))
    assert not second.package.isChecked() and not second.package.isEnabled()  # the one session is taken
    first.package.setChecked(False)  # the desk moves the session to the blow-dry
    assert second.package.isEnabled()
    second.package.setChecked(True)
    assert not first.package.isEnabled()
    with qtbot.waitSignal(bill.saved):
        bill.ok_button.click()
    assert packages.packages_of(zhang)[0].sessions_left == 0


def test_renaming_a_plan_keeps_a_retired_service_it_covers(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    """Blow-dry retired after the plan was set: the plan's form still ticks it, and a rename keeps it
    covered (the form listed active services only, so saving dropped it without a word)."""
    _two_service_plan(qtbot, settle)
    [plan] = [row for row in packages.list_plans() if row.name == "Wash or blow-dry x5"]
    blow = next(item for item in catalogue.list_service_items() if item.name == "吹造型")
    assert blow.id in plan.service_item_ids
    ServiceItem.update(active=False).where(ServiceItem.id == blow.id).execute()  # retired since
    form = PlanDialog(None, plan.id)  # Settings → Packages → Edit
    qtbot.addWidget(form)
    form.show()
    settle()
    [ticked] = form.also_list.findItems("吹造型", Qt.MatchFlag.MatchStartsWith)
    assert ticked.checkState() == Qt.CheckState.Checked and ticked.text() == "吹造型 (retired)"
    assert form.item_combo.findText("吹造型", Qt.MatchFlag.MatchStartsWith) == -1  # not offered as the main one
    form.name_edit.setText("Wash or blow-dry, five")
    with qtbot.waitSignal(form.saved):
        form.ok_button.click()
    [renamed] = [row for row in packages.list_plans() if row.id == plan.id]
    assert renamed.name == "Wash or blow-dry, five" and blow.id in renamed.service_item_ids


def test_a_plan_whose_service_was_retired_names_it_so_and_keeps_it(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    """The plan's own service retired since: the form shows it as the plan's service, marked
    retired (it was listed last, unpriced and unexplained), and saving an edit keeps it."""
    _two_service_plan(qtbot, settle)
    [plan] = [row for row in packages.list_plans() if row.name == "Wash or blow-dry x5"]
    ServiceItem.update(active=False).where(ServiceItem.id == plan.service_item_id).execute()
    form = PlanDialog(None, plan.id)
    qtbot.addWidget(form)
    form.show()
    settle()
    assert form.item_combo.currentData() == plan.service_item_id
    assert form.item_combo.currentText() == f"{plan.service_name} (retired)"
    form.sessions_spin.setValue(6)
    with qtbot.waitSignal(form.saved):
        form.ok_button.click()
    [saved] = [row for row in packages.list_plans() if row.id == plan.id]
    assert (saved.service_item_id, saved.sessions) == (plan.service_item_id, 6)
