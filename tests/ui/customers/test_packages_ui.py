"""From the window alone: the owner makes a 10-wash package, the desk sells it and uses it on three visits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from salon_crm.core import packages
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.models import Customer, ServiceRecord
from salon_crm.ui import session
from salon_crm.ui.customers.file_view import CustomerFileView
from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
from salon_crm.ui.settings.packages_dialog import PlanColumn, PlanListDialog


def starting_with(combo: QComboBox, text: str) -> int:
    return [combo.itemText(index).startswith(text) for index in range(combo.count())].index(True)


def test_sell_a_ten_wash_package_use_it_three_times_and_see_seven_left(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    plans = PlanListDialog(None)  # the owner, in Settings → Packages
    qtbot.addWidget(plans)
    plans.show()
    form = plans.add_plan()
    settle()
    qtbot.keyClicks(form.name_edit, "Wash x10")
    form.item_combo.setCurrentIndex(starting_with(form.item_combo, "洗剪吹"))
    form.sessions_spin.setValue(10)
    form.price_edit.setText("500")
    with qtbot.waitSignal(form.saved):
        form.ok_button.click()
    settle()
    assert plans.model.data(plans.model.index(0, PlanColumn.UNIT)) == "¥50.00"

    session.start(Actor("desk", UserRole.FRONT_DESK))  # the front desk sells and uses it
    zhang = int(Customer.get(Customer.name == "张三").id)
    view = CustomerFileView(None, zhang)
    qtbot.addWidget(view)
    view.show()
    settle()
    sale = view.sell_package()
    settle()
    assert "10 × 洗剪吹 for ¥500.00 (¥50.00 a session)" in sale.summary.text()
    with qtbot.waitSignal(sale.saved):
        sale.ok_button.click()
    settle()
    for _visit in range(3):
        bill = ServiceRecordDialog.create(None, zhang)
        qtbot.addWidget(bill)
        bill.show()
        settle()
        [line] = bill.lines
        line.item.setCurrentIndex(starting_with(line.item, "洗剪吹"))
        assert line.package.isChecked()  # offered first: the customer holds sessions of it
        assert "total ¥0.00" in bill.totals_label.text()
        with qtbot.waitSignal(bill.saved):
            bill.ok_button.click()
        settle()
    view.refresh()
    settle()
    assert "洗剪吹 ×7" in view.fact_labels["packages"].text()
    _the_ledger_reads_sold_then_three_uses(view, settle)
    assert [row.sessions_left for row in packages.packages_of(zhang)] == [7]
    assert ServiceRecord.select().where(ServiceRecord.payment_method == "package").count() == 3
    session.start(OWNER)  # the owner refunds what is left
    view._enable()
    refund = view.refund_package()
    settle()
    assert "7 unused sessions of 洗剪吹: pay back ¥350.00" in refund.summary.text()
    with qtbot.waitSignal(refund.saved):
        refund.ok_button.click()
    assert [row.sessions_left for row in packages.packages_of(zhang)] == [0]


def _the_ledger_reads_sold_then_three_uses(view: CustomerFileView, settle: Callable[[], None]) -> None:
    history = view.package_history()  # the link on the packages fact: the package's own ledger
    settle()
    top = history.tree.topLevelItem(0)
    assert top.text(0) == "洗剪吹" and top.text(1).startswith("7 of 10 left  until ")  # a year from the sale
    steps = [(top.child(n).text(1), top.child(n).text(2)) for n in range(top.childCount())]
    assert steps == [("sold", "0 → 10"), *[("used on a bill", f"{10 - n} → {9 - n}") for n in range(3)]]
    history.close()
