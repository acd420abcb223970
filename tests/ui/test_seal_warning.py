"""At login the owner is told when the newest audit entries or money rows were edited outside the app."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salon_crm.core import loyalty, profiles
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import open_shop
from salon_crm.core.enums import UserRole
from salon_crm.core.profiles import CustomerInput
from salon_crm.ui import session
from salon_crm.ui.seal_warning import warn_about_seals


def _tampered_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shop = open_shop(folder)
    try:
        person = profiles.create_customer(OWNER, CustomerInput(name="李梅", phone="13800138000"))
        loyalty.top_up(OWNER, person.id, Decimal("300"))
        assert shop.seal_findings == ()
    finally:
        shop.close()
    with sqlite3.connect(folder / "salon.db") as conn:
        conn.execute("UPDATE ledger_entry SET principal_delta = 3000, principal_after = 3000")
    conn.close()
    return folder


def test_the_owner_is_warned_and_the_desk_is_not(tmp_path: Path, qtbot: QtBot) -> None:
    shop = open_shop(_tampered_folder(tmp_path))
    try:
        assert [finding.code for finding in shop.seal_findings] == ["ledger_entry_changed"]
        parent = QWidget()
        qtbot.addWidget(parent)
        box = warn_about_seals(parent, shop.seal_findings)
        assert box is not None and box.isVisible()
        assert "stored value or points row was changed: customer #1" in box.text()
        assert "Restore from backup" in box.text()
        box.close()
        session.start(Actor("desk", UserRole.FRONT_DESK))
        assert warn_about_seals(parent, shop.seal_findings) is None
    finally:
        shop.close()
