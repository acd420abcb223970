"""Issue 15: a second start brings the first copy's window to the front instead of only saying no."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from salon_crm.core.db import open_shop
from salon_crm.ui import app, front_door


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform has no window stack
def test_a_knock_raises_the_window_of_the_copy_holding_the_folder(tmp_path: Path, qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    door = front_door.FrontDoor(tmp_path / "data", lambda: window)
    assert door.listening
    try:
        assert front_door.knock(tmp_path / "data")
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
        assert window.isVisible()
    finally:
        door.close()
    assert not front_door.knock(tmp_path / "data", wait_ms=200)  # nobody listens any more


def test_each_folder_has_its_own_door(tmp_path: Path) -> None:
    assert front_door.door_name(tmp_path / "a") != front_door.door_name(tmp_path / "b")
    assert front_door.door_name(tmp_path / "a") == front_door.door_name(tmp_path / "x" / ".." / "a")


@pytest.mark.qt_log_ignore("does not support raise")
def test_a_second_start_shows_the_first_window_and_ends_without_a_box(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = open_shop(tmp_path / "data")  # the first copy
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    door = front_door.FrontDoor(held.folder, lambda: window)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: boxes.append(str(args[2])))
    try:
        assert app.run(tmp_path / "data", lang="en") == 2  # the second start
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
        assert boxes == []
        door.close()
        assert app.run(tmp_path / "data", lang="en") == 2  # nobody answers: the reason, as before
        assert len(boxes) == 1 and "already open" in boxes[0]
    finally:
        held.close()
