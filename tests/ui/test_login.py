"""Logging in at the desk: the first owner, the login list, wrong passwords, a cancelled login."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from salon_crm.core import users
from salon_crm.core.context import Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.models import AuditEntry, User
from salon_crm.ui import app, login, session


def test_the_first_start_creates_the_owner(shop: Shop, qtbot: QtBot) -> None:
    dialog = login.FirstOwnerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.again_edit, "short")
    dialog.accept()
    assert dialog.message.text() == "A password needs at least 8 characters."
    dialog.password_edit.setText("丝域美发2026春")
    dialog.again_edit.setText("丝域美发2026秋")
    dialog.accept()
    assert dialog.message.text() == "The two passwords are not the same."
    assert not users.has_users()
    dialog.again_edit.setText("丝域美发2026春")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == Actor("owner", UserRole.OWNER)
    stored = User.get(User.username == "owner")
    assert stored.password_hash.startswith("$argon2id$") and "丝域美发2026春" not in stored.password_hash
    assert all("丝域美发2026春" not in (entry.after or "") for entry in AuditEntry.select())


def test_the_login_lists_the_users_and_refuses_a_wrong_password(shop: Shop, qtbot: QtBot) -> None:
    owner = users.create_first_owner("owner", "丝域美发2026春", "丝域美发2026春")
    users.add_user(owner, "xiaoli", "front_desk", "前台小李2026", "前台小李2026", display_name="小李")
    dialog = login.LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.user_combo.itemData(i) for i in range(dialog.user_combo.count())] == ["owner", "xiaoli"]
    assert dialog.user_combo.itemText(1) == "小李  (xiaoli, Front desk)"
    assert dialog.focusWidget() is dialog.password_edit
    dialog.user_combo.setCurrentIndex(1)
    qtbot.keyClicks(dialog.password_edit, "guess")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "The user name or the password is wrong."
    assert dialog.isVisible()
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # straight again: made to wait
    assert dialog.message.text().startswith("Too many wrong tries: wait ")
    users._misses.forget("xiaoli")  # as if the wait were over
    dialog.password_edit.setText("前台小李2026")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == Actor("xiaoli", UserRole.FRONT_DESK)


def test_a_disabled_login_is_refused(shop: Shop) -> None:
    owner = users.create_first_owner("owner", "丝域美发2026春", "丝域美发2026春")
    row = users.add_user(owner, "ahua", "stylist", "2468", "2468")  # a stylist's PIN
    assert users.log_in("ahua", "2468") == Actor("ahua", UserRole.STYLIST)
    users.set_active(owner, row.id, False)
    with pytest.raises(Exception, match="user_disabled"):
        users.log_in("ahua", "2468")
    with pytest.raises(Exception, match="last_owner"):
        users.set_active(owner, User.get(User.username == "owner").id, False)


def test_a_cancelled_login_opens_nothing(tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "offer_demo_shop", lambda then: then())
    monkeypatch.setattr(app, "ask_who_is_at_the_desk", lambda parent=None: None)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    before = set(qapp.topLevelWidgets())
    session.end()
    assert app.run(tmp_path, lang="en") == 0
    assert not any(w.isVisible() for w in set(qapp.topLevelWidgets()) - before)
    with pytest.raises(RuntimeError):
        session.acting_user()


def test_a_stylists_login_carries_their_staff_member(shop: Shop) -> None:
    from salon_crm.core.models import Staff

    owner = users.create_first_owner("owner", "丝域美发2026春", "丝域美发2026春")
    ahua = Staff.create(name="阿华", role="stylist")
    users.add_user(owner, "ahua", "stylist", "2468", "2468", staff_id=ahua.id)
    assert users.log_in("ahua", "2468") == Actor("ahua", UserRole.STYLIST, ahua.id)


def test_wrong_tries_still_count_after_the_app_is_started_again(shop: Shop) -> None:
    users.create_first_owner("owner", "丝域美发2026春", "丝域美发2026春")
    for _ in range(3):
        with pytest.raises(Exception, match=r"login_failed|login_wait"):
            users.log_in("owner", "guess")
    restarted = users._Misses()  # a new process remembers nothing in memory
    assert restarted.wait_left("owner") > 0
    with pytest.raises(Exception, match="login_wait"):
        users.log_in("owner", "丝域美发2026春")  # even the right password waits
    restarted.forget("owner")
    assert users.log_in("owner", "丝域美发2026春").username == "owner"
