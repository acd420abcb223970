"""Settings → Shop…: the second backup folder chosen, cleared, refused when missing; Back up now copies there."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from salon_crm.core import shop as shop_service
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.ui.backup.place_warning import show_backup_problem
from salon_crm.ui.main_window import MainWindow
from salon_crm.ui.settings.shop_dialog import ShopDialog


def _open(qtbot: QtBot, settle: Callable[[], None]) -> ShopDialog:
    dialog = ShopDialog.edit(None)
    qtbot.addWidget(dialog)
    settle()
    dialog.name_edit.setText("丝域美发")
    return dialog


def test_a_folder_is_chosen_saved_and_cleared(
    shop: Shop, qtbot: QtBot, settle: Callable[[], None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(stick))
    dialog = _open(qtbot, settle)
    assert dialog.second_folder.folder() is None
    assert not dialog.second_folder.clear_button.isEnabled()
    dialog.second_folder.choose_button.click()
    assert dialog.second_folder.edit.text() == str(stick)
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    assert shop_service.get_second_backup_folder() == stick
    again = _open(qtbot, settle)
    assert again.second_folder.folder() == stick  # shown when the dialog opens again
    again.second_folder.clear_button.click()
    with qtbot.waitSignal(again.saved):
        again.ok_button.click()
    assert shop_service.get_second_backup_folder() is None


def test_a_folder_that_is_not_there_is_refused_in_words(
    shop: Shop, qtbot: QtBot, settle: Callable[[], None], tmp_path: Path
) -> None:
    dialog = _open(qtbot, settle)
    dialog.second_folder.set_folder(tmp_path / "unplugged")
    dialog.ok_button.click()
    settle()
    assert dialog.message.text().startswith("The folder ")
    assert dialog.message.text().endswith(" is not there: plug in the USB stick or connect the drive, then choose it.")
    assert shop_service.get_second_backup_folder() is None


def test_back_up_now_says_where_the_second_copy_went_or_why_not(
    window: MainWindow, filled_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_: said.append(text))
    stick = tmp_path / "usb"
    stick.mkdir()
    shop_service.set_second_backup_folder(OWNER, stick)
    actions = window.backup_actions
    with qtbot.waitSignal(actions.backed_up, timeout=20_000) as blocker:
        actions.back_up_action.trigger()
    assert f"Also copied to the second backup folder: {stick / blocker.args[0].path.name}" in said[-1]
    shutil.rmtree(stick)  # the stick was pulled out
    with qtbot.waitSignal(actions.backed_up, timeout=20_000):
        actions.back_up_action.trigger()
    assert "is not there (is the USB stick plugged in, or the drive connected?)" in said[-1]
    assert "The backup in the data folder was written" in said[-1]


def test_a_backup_problem_at_start_is_said_without_blocking(window: MainWindow, tmp_path: Path) -> None:
    from salon_crm.core.errors import StorageError

    box = show_backup_problem(window, StorageError("second_folder_missing", folder=str(tmp_path / "usb")))
    assert box is not None and box.isVisible() and not box.isModal()
    assert "is not there" in box.text()
    box.close()
    assert show_backup_problem(window, None) is None
