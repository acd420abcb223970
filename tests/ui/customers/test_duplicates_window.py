"""The possible-duplicates window (issue 13): the rule's pairs, walked with Skip, merged through the merge dialog."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from salon_crm.core import profiles
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.models import Customer
from salon_crm.ui import session
from salon_crm.ui.customers.duplicates_window import DuplicatesWindow, PairColumn


def _file(name: str, phone: str = "", year: int | None = None, month: int | None = None, day: int | None = None) -> int:
    data = profiles.CustomerInput(name, phone=phone, birth_year=year, birth_month=month, birth_day=day)
    return profiles.create_customer(OWNER, data, allow_duplicate=True).id


def _window(qtbot: QtBot, settle: Callable[[], None]) -> DuplicatesWindow:
    window = DuplicatesWindow(None)
    qtbot.addWidget(window)
    window.show()
    settle()
    return window


def test_the_pairs_are_walked_and_one_is_merged(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    wang, wang_again = _file("王芳", "13800000001", 1990, 5, 3), _file("王芳", "13800000001")
    li, li_again = _file("李娜", "", 1988, 7, 9), _file("李娜", "", None, 7, 9)
    window = _window(qtbot, settle)
    assert window.summary.text() == "Pairs of files that may be one person: 2. Merge each that is, skip the others."
    texts = [[window.model.index(row, column).data() for column in PairColumn] for row in range(2)]
    assert texts == [
        ["Same mobile", f"王芳 · 13800000001 · 1990-05-03 · file #{wang}", f"王芳 · 13800000001 · file #{wang_again}"],
        ["Same name and birthday", f"李娜 · 1988-07-09 · file #{li}", f"李娜 · 07-09 · file #{li_again}"],
    ]
    assert window.current_row() == 0 and window.skip_button.isEnabled()
    window.skip_button.click()
    assert window.current_row() == 1 and not window.skip_button.isEnabled()  # the last pair
    dialog = window.merge_selected()
    assert dialog is not None
    settle()
    assert (dialog.keep_picker.customer_id(), dialog.merge_picker.customer_id()) == (li, li_again)
    with qtbot.waitSignal(window.merged) as merged:
        dialog.ok_button.click()
        settle()
    assert merged.args == [li_again]
    settle()
    assert Customer.get_by_id(li_again).__data__["merged_into"] == li
    assert window.model.rowCount() == 1
    assert window.index_of(wang, wang_again).isValid() and not window.index_of(li, li_again).isValid()


def test_no_pairs_is_said(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    _file("王芳", "13800000001", 1990, 5, 3)
    _file("王芳", "13900000002", 1985, 5, 3)  # same name and day, another year: two people
    window = _window(qtbot, settle)
    assert window.summary.text() == "No two files share a mobile, or a name and a birthday."
    assert not window.merge_button.isEnabled() and window.merge_selected() is None


def test_the_front_desk_is_told_it_is_the_owners(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    session.start(Actor("前台小李", UserRole.FRONT_DESK))
    window = _window(qtbot, settle)
    assert window.model.rowCount() == 0
    assert window.summary.text() == "The role “Front desk” may not merge customers; ask the owner."


def test_the_customers_tab_opens_it_and_reloads_after_a_merge(
    shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    from salon_crm.ui.customers.tab import CustomersTab

    _file("王芳", "13800000001")
    second = _file("王芳", "13800000001")
    tab = CustomersTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    settle()
    assert tab.model.rowCount() == 2
    window = tab.find_duplicates()
    settle()
    dialog = window.merge_selected()
    assert dialog is not None
    settle()
    dialog.ok_button.click()
    settle()
    assert Customer.get_by_id(second).__data__["merged_into"] is not None
    assert tab.model.rowCount() == 1
