"""The deadlines dialog: read, refuse a resolution shorter than the response, save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salon_crm.core.db import Shop
from salon_crm.core.ticket_settings import get_ticket_settings
from salon_crm.ui.tickets.tab import TicketsTab


def test_deadlines_are_edited_from_the_tab(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    tab = TicketsTab()
    qtbot.addWidget(tab)
    dialog = tab.edit_settings()
    settle()
    response, resolution = dialog.hours["critical"]
    assert (response.value(), resolution.value()) == (2, 24)
    resolution.setValue(1)
    assert not dialog.ok_button.isEnabled()
    assert "Critical" in dialog.message.text()
    resolution.setValue(12)
    dialog.amount.setText("150")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    settings = get_ticket_settings()
    assert settings.deadline("critical").resolution == timedelta(hours=12)
    assert str(settings.escalation_amount) == "150.00"
