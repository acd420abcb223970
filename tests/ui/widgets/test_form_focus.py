"""A form that loads in the background gives the focus back to a field, so Enter never cancels it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
from salon_crm.ui.settings.shop_dialog import ShopDialog
from salon_crm.ui.widgets.form_dialog import FormDialog


def focused_after_loading(qtbot: QtBot, settle: Callable[[], None], dialog: FormDialog) -> object:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    settle()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return QApplication.focusWidget()


def test_the_shop_settings_open_in_a_field(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    dialog = ShopDialog.edit(None)
    focused = focused_after_loading(qtbot, settle, dialog)
    assert not isinstance(focused, QPushButton) and dialog.isAncestorOf(focused)  # type: ignore[arg-type]
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # type: ignore[arg-type]
    settle()
    assert dialog.result() != dialog.DialogCode.Rejected  # Enter in a field saves or waits, never cancels


def test_the_bill_form_opens_in_a_field(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    dialog = ServiceRecordDialog.create(None, Customer.get(Customer.name == "张三").id)
    focused = focused_after_loading(qtbot, settle, dialog)
    assert not isinstance(focused, QPushButton) and dialog.isAncestorOf(focused)  # type: ignore[arg-type]
