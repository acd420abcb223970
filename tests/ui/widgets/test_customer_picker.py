"""Choosing a customer by typing pinyin initials or phone digits, with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salon_crm.core.db import Shop
from salon_crm.ui.widgets.customer_picker import CustomerPicker


def picker_in(qtbot: QtBot) -> CustomerPicker:
    picker = CustomerPicker()
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_typing_initials_and_enter_chooses_the_customer(filled_shop: Shop, qtbot: QtBot) -> None:
    picker = picker_in(qtbot)
    qtbot.keyClicks(picker.search, "zs")
    qtbot.waitUntil(lambda: picker.matches.isVisible() and picker.matches.count() > 0)
    assert picker.matches.item(0).text().startswith("张三")
    with qtbot.waitSignal(picker.customerChosen, timeout=5000) as chosen:
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.customer_id() == chosen.args[0]
    assert "染发剂过敏" in picker.chosen.text()  # the allergy warning goes with the customer


def test_phone_digits_and_arrow_keys(filled_shop: Shop, qtbot: QtBot) -> None:
    picker = picker_in(qtbot)
    qtbot.keyClicks(picker.search, "13700")
    qtbot.waitUntil(lambda: picker.matches.count() == 3)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.matches.currentRow() == 1
    second = picker.matches.currentItem().text()
    with qtbot.waitSignal(picker.customerChosen, timeout=5000):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.search.text() == second.split()[0]


def test_no_match_chooses_nothing(filled_shop: Shop, qtbot: QtBot) -> None:
    picker = picker_in(qtbot)
    qtbot.keyClicks(picker.search, "xyzxyz")
    qtbot.waitUntil(lambda: picker.matches.count() == 1)
    assert "xyzxyz" in picker.matches.item(0).text()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.customer_id() is None
