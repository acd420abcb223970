"""The backup at exit: on the worker behind a busy window, skipped when nothing changed, failures said."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.ui.backup import exit_backup


def test_the_exit_backup_is_taken_then_skipped_until_something_changes(shop: Shop, qtbot: QtBot) -> None:
    first = exit_backup.back_up_on_exit(shop)
    assert first is not None and first.path.is_file() and first.label == "at-exit"
    assert exit_backup.back_up_on_exit(shop) is None  # nothing changed since: no second copy of the same
    Customer.create(name="林", phone="13912345678", search_text="林")
    again = exit_backup.back_up_on_exit(shop)
    assert again is not None and again.counts is not None and again.counts.customers == 1


def test_a_slow_backup_shows_the_busy_window(
    shop: Shop, qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    monkeypatch.setattr(exit_backup, "SHOW_AFTER_MS", 0)
    original = shop.back_up_on_exit

    def slow() -> object:  # on the worker: as a 100,000-customer shop would take
        time.sleep(0.3)
        return original()

    monkeypatch.setattr(shop, "back_up_on_exit", slow)

    def note_busy() -> None:
        seen.extend(w.labelText() for w in qapp.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())

    QTimer.singleShot(150, note_busy)
    assert exit_backup.back_up_on_exit(shop) is not None
    assert seen == ["Backing up the shop's data before closing…"]


def test_a_failed_exit_backup_is_said_on_stderr(shop: Shop, qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    shop.backup_dir.write_text("a file where the backups folder should be")
    assert exit_backup.back_up_on_exit(shop) is None
    assert "salon-crm: " in capsys.readouterr().err
