"""The owner sets a commission rule in the window and reads the month's statement, then exports it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from salon_crm.core import clock, commission, service_records
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, ServiceItem, Staff
from salon_crm.core.service_records import LineInput, RecordInput
from salon_crm.ui.settings.commission_dialogs import RuleListDialog, StatementDialog


def test_a_rule_set_in_the_window_pays_the_next_bill(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], tmp_path: Path
) -> None:
    rules = RuleListDialog(None)
    qtbot.addWidget(rules)
    form = rules.add_rule()
    form.target_combo.setCurrentIndex(form.target_combo.findText("Category: Cut"))
    form.rotation_edit.setText("20")
    form.requested_edit.setText("130")
    assert not form.ok_button.isEnabled()
    form.requested_edit.setText("30")
    with qtbot.waitSignal(form.saved):
        form.ok_button.click()
    assert rules.table.rowCount() == 1 and rules.table.item(0, 2).text() == "20%"
    rules.table.selectRow(0)
    edit = rules.edit_selected()
    assert edit is not None and edit.target_combo.currentText() == "Category: Cut"  # the rule's own target

    item = ServiceItem.get(ServiceItem.name == "洗剪吹")
    stylist = Staff.get(Staff.name == "王芳").id
    customer = Customer.get(Customer.name == "李四").id
    visited = (clock.now() - timedelta(minutes=5)).replace(second=0, microsecond=0)
    data = RecordInput(customer, visited, (LineInput(item.id, stylist, unit_price="100"),), "cash")
    service_records.add_service_record(OWNER, data, now=visited)
    statement = StatementDialog(None)
    qtbot.addWidget(statement)
    statement.month_edit.setDate(QDate(visited.year, visited.month, 1))
    settle()
    names = [statement.table.item(row, 0).text() for row in range(statement.table.rowCount())]
    row = names.index("王芳")
    assert statement.table.item(row, 3).text() in ("¥20.00", "¥30.00")  # in turn, or requested if she is preferred
    out = tmp_path / "commission.xlsx"
    with qtbot.waitSignal(statement.exported):
        statement.export(out)
    assert load_workbook(out).active.max_row >= 2
    assert statement.export_button.isEnabled() and "commission.xlsx" in statement.export_label.text()


def test_editing_the_rule_of_a_retired_service_keeps_its_service(filled_shop: Shop, qtbot: QtBot) -> None:
    """A service retired after its rule was set: the rule's form still names it, and OK keeps it
    (the form listed active services only and saved the rule as "Category: Cut")."""
    item = ServiceItem.get(ServiceItem.name == "洗剪吹")
    commission.save_rule(OWNER, commission.RuleInput(None, item.id, "10", "5", "0", None))
    ServiceItem.update(active=False).where(ServiceItem.id == item.id).execute()
    rules = RuleListDialog(None)
    qtbot.addWidget(rules)
    rules.table.selectRow(0)
    edit = rules.edit_selected()
    assert edit is not None and edit.target_combo.currentText() == "Service: 洗剪吹"
    edit.rotation_edit.setText("8")
    with qtbot.waitSignal(edit.saved):
        edit.ok_button.click()
    [rule] = commission.list_rules()
    assert (rule.service_item_id, rule.category, rule.rotation_percent) == (item.id, None, Decimal("8"))
    new = rules.add_rule()  # a new rule is not offered the retired service
    assert new.target_combo.findText("Service: 洗剪吹") == -1
