"""The desk locks itself when nobody touched it, and an open form keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salon_crm.core import users
from salon_crm.core.context import Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.ui import session
from salon_crm.ui.customers.profile_dialog import CustomerDialog
from salon_crm.ui.idle_lock import IdleLock
from salon_crm.ui.login import LoginDialog
from salon_crm.ui.main_window import MainWindow


def open_login(app: QApplication) -> LoginDialog | None:
    return next((w for w in app.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()), None)


def test_after_the_idle_time_the_login_covers_the_window_and_the_form_survives(
    filled_shop: Shop, qtbot: QtBot, qapp: QApplication, settle: Callable[[], None]
) -> None:
    owner = users.create_first_owner("owner", "丝域美发2026春", "丝域美发2026春")
    users.add_user(owner, "xiaoli", "front_desk", "前台小李2026", "前台小李2026")
    window = MainWindow(filled_shop)
    qtbot.addWidget(window)
    window.show()
    settle()
    form = CustomerDialog.create(window)
    qtbot.addWidget(form)
    form.show()
    settle()
    form.name_edit.setText("王小美")  # typed (QTest types ASCII only)
    lock = IdleLock(window, 1)
    lock.timer.setInterval(50)  # a minute is long for a test
    lock.timer.start()
    qtbot.waitUntil(lambda: open_login(qapp) is not None, timeout=3000)
    dialog = open_login(qapp)
    assert dialog is not None and dialog.windowTitle() == "Locked — log in to carry on"
    dialog.reject()  # Cancel does not get past the lock
    assert dialog.isVisible()
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData("xiaoli"))
    dialog.password_edit.setText("前台小李2026")
    dialog.accept()
    assert session.acting_user() == Actor("xiaoli", UserRole.FRONT_DESK)
    assert form.isVisible() and form.name_edit.text() == "王小美"
    assert not lock.locked
