"""Settings → Users, and a window that shows each role only what it may do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from salon_crm.core import users
from salon_crm.core.context import Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import User
from salon_crm.ui import session
from salon_crm.ui.main_window import MainWindow
from salon_crm.ui.settings.users_dialog import UserDialog, UsersDialog


def test_the_owner_adds_and_disables_a_login(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    users.create_first_owner("owner", "丝域美发2026春", "丝域美发2026春")
    dialog = UsersDialog(None)
    qtbot.addWidget(dialog)
    add = dialog.add_user()
    qtbot.addWidget(add)
    assert not add.ok_button.isEnabled() and add.message.text() == "Enter a login name."
    qtbot.keyClicks(add.name_edit, "xiaoli")
    add.role_combo.setCurrentIndex(add.role_combo.findData("front_desk"))
    add.password_edit.setText("前台小李2026")
    add.again_edit.setText("前台小李2026")
    with qtbot.waitSignal(add.saved):
        add.ok_button.click()
    settle()
    assert [row.username for row in dialog.rows] == ["owner", "xiaoli"]
    dialog.table.selectRow(1)
    assert dialog.active_button.text() == "&Disable"
    dialog.toggle_active()
    settle()
    assert not User.get(User.username == "xiaoli").active
    assert dialog.table.item(1, 3).text() == "no"


def test_a_new_login_with_a_short_password_is_refused_in_words(
    shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    users.create_first_owner("owner", "丝域美发2026春", "丝域美发2026春")
    add = UserDialog(None)
    qtbot.addWidget(add)
    add.show()
    qtbot.keyClicks(add.name_edit, "ahua")
    add.password_edit.setText("123")
    add.again_edit.setText("123")
    add.ok_button.click()
    settle()
    assert add.message.text() == "A password needs at least 8 characters."
    assert add.isVisible() and not User.select().where(User.username == "ahua").exists()


def test_the_front_desk_sees_no_owner_menus(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    session.start(Actor("xiaoli", UserRole.FRONT_DESK))
    window = MainWindow(filled_shop)
    qtbot.addWidget(window)
    settle()
    hidden = [window.export_action, window.report_action, window.users_action, window.shop_action]
    assert not any(action.isVisible() for action in hidden)
    assert window.windowTitle().endswith(" — xiaoli")
    session.start(Actor("owner", UserRole.OWNER))  # File → Switch user: the owner takes the desk
    assert all(action.isVisible() for action in hidden)
    assert window.windowTitle().endswith(" — owner")


def test_the_owner_turns_stylist_pins_off(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    owner = users.create_first_owner("owner", "丝域美发2026春", "丝域美发2026春")
    users.add_user(owner, "ahua", "stylist", "2468", "2468")
    dialog = UsersDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.pins_box.isChecked()
    dialog.pins_box.setChecked(False)
    settle()
    assert not users.pins_allowed()
    with pytest.raises(ValidationError) as refused:
        users.log_in("ahua", "2468")
    assert refused.value.code == "pin_not_allowed"
    with pytest.raises(ValidationError) as short:
        users.add_user(owner, "axin", "stylist", "1357", "1357")
    assert short.value.code == "password_too_short"
    assert users.log_in("owner", "丝域美发2026春").username == "owner"
