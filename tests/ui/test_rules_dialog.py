"""Settings → Rules from the window, and the top-up bonus it sets offered at the till."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from pytestqt.qtbot import QtBot

from salon_crm.core import loyalty, shop_rules
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.ui.customers.ledger_dialogs import TopUpDialog
from salon_crm.ui.settings.rules_dialog import RulesDialog


def test_the_owner_sets_a_top_up_bonus_and_the_desk_is_offered_it(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    dialog = RulesDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.limit_edit.text() == "3000.00" and dialog.share_spins[0].value() == 50
    dialog.bonus_edit.setText("1000 200")
    assert not dialog.ok_button.isEnabled() and "1000 200" in dialog.message.text()
    dialog.bonus_edit.setText("1000:200, 3000:800")
    dialog.share_spins[1].setValue(40)  # below A's 50%: refused as typed
    assert not dialog.ok_button.isEnabled()
    dialog.share_spins[1].setValue(75)
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    assert shop_rules.current_rules().grade_shares == (50, 75, 95)

    zhang = int(Customer.get(Customer.name == "张三").id)
    top_up = TopUpDialog(None, zhang, "张三")
    qtbot.addWidget(top_up)
    top_up.show()
    top_up.amount_edit.setText("3000")
    assert top_up.bonus_edit.text() == "800.00"
    top_up.amount_edit.setText("1500")
    assert top_up.bonus_edit.text() == "200.00"
    top_up.bonus_edit.setText("300.00")
    top_up.bonus_edit.textEdited.emit("300.00")  # typed by hand: the rule no longer fills it
    top_up.amount_edit.setText("3000")
    assert top_up.bonus_edit.text() == "300.00"
    before = loyalty.balance_of(zhang).bonus
    with qtbot.waitSignal(top_up.saved):
        top_up.ok_button.click()
    assert loyalty.balance_of(zhang).bonus - before == Decimal("300.00")


def test_the_owner_sets_points_a_categorys_follow_up_and_the_shops_own_day(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    dialog = RulesDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.points_edit.text() == "1" and dialog.by_category["colour"].text() == "as above"
    dialog.points_edit.setText("0.5")
    dialog.by_category["colour"].setValue(7)
    dialog.own_days_edit.setText("Anniversary 02-30")
    assert not dialog.ok_button.isEnabled()  # no 30 February
    dialog.own_days_edit.setText("店庆 05-18")
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    rules = shop_rules.current_rules()
    assert rules.base_points_per_yuan == Decimal("0.5")
    assert rules.follow_up_by_category == (("colour", 7),)
    assert shop_rules.own_days_text(rules.own_days) == "店庆 05-18"
    again = RulesDialog(None)  # what was saved is what the form shows next time
    qtbot.addWidget(again)
    again.show()
    settle()
    assert (again.points_edit.text(), again.by_category["colour"].value(), again.own_days_edit.text()) == (
        "0.5", 7, "店庆 05-18",
    )  # fmt: skip
