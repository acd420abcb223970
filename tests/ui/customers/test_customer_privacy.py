"""A customer's file for each role: the owner hands over their data and refunds cards; the desk may not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from salon_crm.core import loyalty
from salon_crm.core.context import Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.ui import session
from salon_crm.ui.customers.ledger_dialogs import RefundDialog
from salon_crm.ui.customers.tab import CustomersTab


def open_zhang(qtbot: QtBot, settle: Callable[[], None]) -> CustomersTab:
    tab = CustomersTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    settle()
    tab.table.selectRow([row.name for row in tab.model.rows()].index("张三"))
    assert tab.open_selected() is not None
    settle()
    return tab


def test_the_owner_exports_everything_about_the_customer(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], tmp_path: Path
) -> None:
    view = open_zhang(qtbot, settle).file_views[-1]
    assert view.export_button.isVisible() and view.erase_button.isVisible()
    out = tmp_path / "张三.xlsx"
    view.export_data(out)
    settle()
    assert view.warnings_label.text().endswith(f"records written to {out}")
    sheets = load_workbook(out, read_only=True).sheetnames
    assert "消费记录 Bills" in sheets and "投诉 Tickets" in sheets


def test_the_front_desk_is_not_offered_what_it_may_not_do(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    session.start(Actor("小李", UserRole.FRONT_DESK))
    view = open_zhang(qtbot, settle).file_views[-1]
    hidden = (view.export_button, view.erase_button, view.void_button, view.edit_record_button)
    assert not any(button.isVisible() for button in hidden)
    assert view.record_button.isVisible() and view.top_up_button.isVisible()


def test_the_owner_refunds_the_card_and_the_bonus_lapses(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    view = open_zhang(qtbot, settle).file_views[-1]
    assert view.refund_button.isVisible() and view.refund_button.isEnabled()
    dialog = view.refund()
    assert isinstance(dialog, RefundDialog) and dialog.amount_edit.text() == "1000.00"
    dialog.amount_edit.setText("1000.01")
    assert dialog.message.text() == "Only the unspent principal, ¥1000.00, can be refunded, not ¥1000.01."
    dialog.amount_edit.setText("1000")
    dialog.note_edit.setText("退现金")
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    settle()
    assert loyalty.balance_of(view.customer_id) == loyalty.Balance()  # principal back, bonus lapsed


def test_the_front_desk_may_not_refund(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    session.start(Actor("小李", UserRole.FRONT_DESK))
    view = open_zhang(qtbot, settle).file_views[-1]
    assert not view.refund_button.isVisible()
