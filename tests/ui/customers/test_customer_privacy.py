"""A customer's file for each role: the owner can hand over all their data; the desk sees no such button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from salon_crm.core.context import Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.ui import session
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
