"""Settings → Membership levels: the owner makes a level, and its discount is on the member's next bill."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from pytestqt.qtbot import QtBot

from salon_crm.core import levels
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
from salon_crm.ui.settings.levels_dialog import LevelColumn, LevelListDialog


def test_the_owner_makes_a_level_and_the_next_bill_has_its_discount(
    shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    listing = LevelListDialog(None)
    qtbot.addWidget(listing)
    listing.show()
    form = listing.add_level()
    qtbot.keyClicks(form.name_edit, "VIP")
    form.discount_edit.setText("15")
    assert "85% of the list price" in form.hint.text()
    form.threshold_edit.setText("abc")
    assert not form.ok_button.isEnabled() and "abc" in form.message.text()
    form.threshold_edit.setText("3000")
    with qtbot.waitSignal(form.saved):
        form.ok_button.click()
    settle()
    assert listing.model.rowCount() == 1
    assert listing.model.data(listing.model.index(0, LevelColumn.DISCOUNT)) == "15% off"
    [row] = levels.list_level_rows()
    assert (row.discount_percent, row.threshold) == (Decimal(15), Decimal("3000.00"))
    member = Customer.create(name="赵六", level=row.id)
    bill = ServiceRecordDialog.create(None, member.id)
    qtbot.addWidget(bill)
    bill.show()
    settle()
    assert bill.level_hint.text() == "VIP: 15% off the bill, unless you type another discount"
    listing.table.selectRow(0)
    listing.toggle_selected()  # retire it
    settle()
    assert listing.model.data(listing.model.index(0, LevelColumn.ACTIVE)) == "Retired"
