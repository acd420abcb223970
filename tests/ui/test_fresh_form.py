"""A new form says what it still needs in grey; only after the user typed (or pressed Enter) is it an error in red."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salon_crm.core.db import Shop
from salon_crm.ui.customers.profile_dialog import CustomerDialog
from salon_crm.ui.widgets.form_dialog import ERROR_STYLE, HINT_STYLE


@pytest.fixture
def dialog(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> CustomerDialog:
    """A new customer's form, shown and loaded, nothing typed."""
    form = CustomerDialog.create(None)
    qtbot.addWidget(form)
    form.show()
    settle()
    return form


def test_a_new_customer_form_hints_before_typing_and_errs_after(dialog: CustomerDialog, qtbot: QtBot) -> None:
    assert dialog.message.text()  # what is missing is said…
    assert dialog.message.styleSheet() == HINT_STYLE  # …but not as an error: nothing was typed yet
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "z")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Backspace)  # typed, then taken back: the name is missing
    assert dialog.message.styleSheet() == ERROR_STYLE and dialog.message.text()


def test_enter_on_an_untouched_form_shows_the_error_in_red(dialog: CustomerDialog) -> None:
    dialog.accept()  # what Enter does with the default button disabled: the form stays
    assert dialog.isVisible()
    assert dialog.message.styleSheet() == ERROR_STYLE


def test_a_field_clicked_counts_as_touched(dialog: CustomerDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.name_edit, Qt.MouseButton.LeftButton)
    assert dialog.message.styleSheet() == ERROR_STYLE
