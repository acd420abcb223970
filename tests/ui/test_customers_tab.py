"""The customer tab: search as you type (pinyin, phone), SQL sorting, paging, allergies."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.core.search_text import customer_search_text
from salon_crm.ui.customers.tab import CustomersTab
from salon_crm.ui.customers.table_model import Column, CustomerTableModel
from salon_crm.ui.main_window import MainWindow


def names(model: CustomerTableModel) -> list[str]:
    return [row.name for row in model.rows()]


def make_tab(qtbot: QtBot, settle: Callable[[], None]) -> CustomersTab:
    tab = CustomersTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    settle()
    return tab


def test_typing_pinyin_initials_filters_the_table(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    assert tab.model.rowCount() == 5
    qtbot.keyClicks(tab.search_box, "zs")
    qtbot.waitUntil(lambda: names(tab.model) == ["张三"])
    settle()
    assert tab.count_label.text() == "Customers found: 1"
    tab.search_box.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)


def test_phone_digits_search(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    qtbot.keyClicks(tab.search_box, "1391234")
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)  # no need to wait for the pause
    qtbot.waitUntil(lambda: names(tab.model) == ["李四"])


def test_clicking_a_header_sorts_in_sql(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    header = tab.table.horizontalHeader()
    header.setSortIndicator(Column.BALANCE, Qt.SortOrder.DescendingOrder)
    settle()
    assert names(tab.model)[0] == "张三"
    header.setSortIndicator(Column.TAGS, Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    settle()
    assert header.sortIndicatorSection() == Column.BALANCE
    assert names(tab.model)[0] == "张三"


def test_allergy_warning_and_money_format(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = make_tab(qtbot, settle)
    model = tab.model
    row = names(model).index("张三")
    name = model.index(row, Column.NAME)
    assert isinstance(model.data(name, Qt.ItemDataRole.DecorationRole), QIcon)
    assert "染发剂过敏" in model.data(name, Qt.ItemDataRole.ToolTipRole)
    other = model.index(names(model).index("李四"), Column.NAME)
    assert model.data(other, Qt.ItemDataRole.DecorationRole) is None
    balance = model.index(row, Column.BALANCE)
    assert model.data(balance) == "¥1,200.00"
    assert model.data(balance, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(row, Column.TOTAL_SPENT)) == "¥68.00"


def test_pages_of_two_hundred(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    Customer.insert_many(
        [{"name": f"客户{n:03d}", "search_text": customer_search_text(f"客户{n:03d}")} for n in range(450)]
    ).execute()
    model = CustomerTableModel()
    model.reload()
    settle()
    assert model.rowCount() == 200
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    settle()
    assert model.rowCount() == 400
    model.fetchMore(model.index(-1, -1))
    settle()
    assert model.rowCount() == 450
    assert not model.canFetchMore(model.index(-1, -1))
    assert names(model) == [f"客户{n:03d}" for n in range(450)]


def test_the_keyboard_goes_from_the_search_to_a_file(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    tab = make_tab(qtbot, settle)
    qtbot.keyClicks(tab.search_box, "zs")
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)  # searches now, and opens the top match once found
    qtbot.waitUntil(lambda: len(tab.file_views) == 1)
    settle()
    assert names(tab.model) == ["张三"]
    assert [view.customer_id for view in tab.file_views] == [tab.model.rows()[0].id]
    tab.search_box.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    settle()
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Down)  # into the results, first row chosen
    assert tab.table.hasFocus() or tab.table.currentIndex().row() == 0
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)  # the next row, not selected with Space
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    settle()
    assert tab.file_views[-1].customer_id == tab.model.rows()[tab.table.currentIndex().row()].id


def test_the_lists_colours_have_a_legend(window: MainWindow) -> None:
    # issue 15: the red segment meant "at risk" only to whoever hovered over it
    legend = window.customers_tab.legend
    assert legend.isVisible()
    assert "Red segment" in legend.text() and "at risk" in legend.text() and "allergies" in legend.text()
