"""File → Back up now… and Restore from backup…: a real window, real files, work on the worker."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salon_crm.core import backup, profiles
from salon_crm.core.backup import BackupInfo
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.ui.backup.restore_dialog import RestoreDialog
from salon_crm.ui.main_window import MainWindow


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the message boxes would have said (they return at once)."""
    texts: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return texts


def test_back_up_now_writes_a_checked_copy_and_says_where(
    window: MainWindow, filled_shop: Shop, qtbot: QtBot, said: list[str]
) -> None:
    actions = window.backup_actions
    assert actions.back_up_action.isEnabled() and actions.restore_action.isEnabled()
    with qtbot.waitSignal(actions.backed_up, timeout=20_000) as blocker:
        actions.back_up_action.trigger()
        assert not actions.back_up_action.isEnabled()  # busy while the worker copies
    info: BackupInfo = blocker.args[0]
    assert info.path.parent == filled_shop.backup_dir and info.path.exists()
    assert str(info.path) in said[-1] and "5 customers" in said[-1]
    assert actions.back_up_action.isEnabled()


def test_restore_lists_the_backups_then_brings_one_back(
    window: MainWindow, filled_shop: Shop, qtbot: QtBot, said: list[str], settle: Callable[[], None]
) -> None:
    saved = filled_shop.back_up()
    profiles.create_customer(OWNER, profiles.CustomerInput(name="赵六", phone="13600001111"))
    dialog = RestoreDialog(filled_shop.backup_dir, window)
    qtbot.addWidget(dialog)
    settle()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text().startswith("5 customers")
    assert dialog.table.item(0, 1).text() == "by hand"
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled() and dialog.selected() == dialog.backups[0]
    with qtbot.waitSignal(window.backup_actions.restored, timeout=20_000):
        window.backup_actions.restore_from(dialog.backups[0])
    settle()
    assert Customer.select().count() == 5
    assert "Customers 5" in window.counts_label.text()
    assert saved.path.name in said[-1]
    assert len(list(filled_shop.backup_dir.glob(f"salon-{backup.BEFORE_RESTORE}-*.db"))) == 1


def test_a_bad_backup_is_refused_in_words_and_nothing_changes(
    window: MainWindow, filled_shop: Shop, qtbot: QtBot, said: list[str], settle: Callable[[], None]
) -> None:
    bad = filled_shop.backup_dir / "salon-manual-20250101-100000-000000.db"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    info = BackupInfo(bad, backup.MANUAL, backup.clock.now(), bad.stat().st_size)
    window.backup_actions.restore_from(info)
    settle()
    assert "fails the check" in said[-1] and "was not changed" in said[-1]
    assert Customer.select().count() == 5
