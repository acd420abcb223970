"""Phones as each role reads them: the owner sees the number, the front desk 138****8000."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.phones import masked_phone
from salon_crm.ui import session
from salon_crm.ui.customers.tab import CustomersTab
from salon_crm.ui.customers.table_model import Column


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13800138000", "138****8000"),
        ("010-6552 9988", "01*-**** **88"),  # a landline keeps its shape
        ("+852 9123 4567", "+85* **** **67"),
        ("12345", "***45"),
        ("", ""),
    ],
)
def test_the_mask(phone: str, masked: str) -> None:
    assert masked_phone(phone) == masked


@pytest.mark.parametrize(
    ("actor", "shown"), [(OWNER, "13800138000"), (Actor("小李", UserRole.FRONT_DESK), "138****8000")]
)
def test_the_customer_list_shows_what_the_role_may_see(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], actor: Actor, shown: str
) -> None:
    session.start(actor)
    tab = CustomersTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    settle()
    row = next(n for n, r in enumerate(tab.model.rows()) if r.name == "张三")
    assert tab.model.data(tab.model.index(row, Column.PHONE), Qt.ItemDataRole.DisplayRole) == shown
    qtbot.keyClicks(tab.search_box, "1380013")  # the front desk still finds the customer by digits
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.name for r in tab.model.rows()] == ["张三"])
