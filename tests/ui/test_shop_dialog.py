"""The shop settings dialog: the name and the opening hours, closing after opening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from salon_crm.core import shop as shop_service
from salon_crm.core.db import Shop
from salon_crm.ui.main_window import MainWindow
from salon_crm.ui.settings.shop_dialog import ShopDialog


def test_closing_before_opening_is_refused(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    dialog = ShopDialog.edit(None)
    qtbot.addWidget(dialog)
    settle()
    dialog.name_edit.setText("丝域美发")
    assert dialog.ok_button.isEnabled()
    tuesday = dialog.days[1]
    tuesday.closes.setTime(QTime(8, 0))
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "On Tuesday the closing time must be after the opening time."
    tuesday.open_box.setChecked(False)  # closed on Tuesdays: no hours to check
    assert dialog.ok_button.isEnabled()
    assert not tuesday.opens.isEnabled()


def test_saving_changes_the_window_title(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], window: MainWindow
) -> None:
    dialog = window.open_settings(ShopDialog.edit(window))
    settle()
    assert isinstance(dialog, ShopDialog)
    dialog.name_edit.setText("新名字沙龙")
    dialog.days[6].open_box.setChecked(False)
    dialog.days[0].opens.setTime(QTime(10, 30))
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.windowTitle() == "新名字沙龙 — Salon CRM — owner")
    hours = shop_service.get_shop_settings().opening_hours
    assert (hours[0].opens, hours[6].is_open) == (time(10, 30), False)


def test_an_empty_shop_name_is_refused(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    dialog = ShopDialog.edit(None)
    qtbot.addWidget(dialog)
    settle()
    assert dialog.message.text() == "Enter the shop's name."
    assert not dialog.ok_button.isEnabled()
