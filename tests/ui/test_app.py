"""Starting the app: language choice, a data folder held elsewhere, a file too new, a clean run."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from salon_crm import demo
from salon_crm.core import migrations, opening
from salon_crm.core.context import OWNER
from salon_crm.core.db import DB_FILENAME, open_shop
from salon_crm.ui import app
from salon_crm.ui.gc_guard import UiThreadCollector
from salon_crm.ui.main_window import MainWindow
from salon_crm.ui.resources import resource_path
from tests.core.test_backup import add_customers, damage_middle


@pytest.fixture(autouse=True)
def _no_collector_left_behind(qapp: QApplication) -> Iterator[None]:
    """``app.run`` hangs a cycle collector on the application, as the app does for its whole life; in
    the test session it would outlive the test and collect on its timer in the middle of later tests."""
    yield
    for collector in qapp.findChildren(UiThreadCollector):
        collector.destroyed.disconnect()  # its "turn collection back on" is the app's exit, not a test's
        shiboken6.delete(collector)
    gc.disable()


@pytest.fixture(autouse=True)
def owner_logs_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """The login answers at once as the owner (tests/ui/test_login.py drives the real one)."""
    monkeypatch.setattr(app, "ask_who_is_at_the_desk", lambda parent=None: OWNER)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes note their text instead of waiting for a click; questions get "No"."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


def test_language_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert app.wants_chinese("zh_CN")
    assert not app.wants_chinese("en")
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    assert app.wants_chinese(None)
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert not app.wants_chinese(None)


def test_a_folder_open_elsewhere_is_refused(
    tmp_path: Path, qapp: QApplication, boxes: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    holder = open_shop(tmp_path)
    try:
        before = (tmp_path / DB_FILENAME).read_bytes()
        assert app.run(tmp_path, lang="en") == 2
        assert (tmp_path / DB_FILENAME).read_bytes() == before
    finally:
        holder.close()
    (message,) = boxes
    assert message.startswith("The data folder is already open in Salon CRM on the computer")
    assert "(process " in message and " since " in message
    assert message in capsys.readouterr().err


def test_a_file_from_a_newer_app_is_refused(tmp_path: Path, qapp: QApplication, boxes: list[str]) -> None:
    newer = migrations.CURRENT_VERSION + 1
    connection = sqlite3.connect(tmp_path / DB_FILENAME)
    connection.execute(f"PRAGMA user_version = {newer}")
    connection.close()
    assert app.run(tmp_path, lang="en") == 2
    (message,) = boxes
    assert f"schema {newer}" in message and "The file was not changed." in message


def test_a_damaged_file_is_refused_when_its_check_began_before_the_window(
    tmp_path: Path, qapp: QApplication, boxes: list[str]
) -> None:
    shop = open_shop(tmp_path)
    add_customers(3000)
    good = shop.back_up().path
    shop.close()
    damage_middle(tmp_path / DB_FILENAME)
    before = (tmp_path / DB_FILENAME).read_bytes()
    assert app.run(tmp_path, lang="en", begun=opening.begin(tmp_path)) == 2  # as python -m salon_crm starts
    (message,) = boxes
    assert "is damaged" in message and "Nothing was opened and nothing was written to it." in message
    assert "The newest backup that passes the check is" in message  # the restore path, as before
    assert good.is_file()
    assert (tmp_path / DB_FILENAME).read_bytes() == before


def test_a_clean_run_offers_the_demo_and_closes_the_shop(
    tmp_path: Path, qapp: QApplication, qtbot: QtBot, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[MainWindow] = []
    earlier = set(qapp.topLevelWidgets())  # windows other tests left for qtbot to close

    def exec_once() -> int:
        shown.extend(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w not in earlier)
        for window in shown:
            qtbot.addWidget(window)
        return 0

    monkeypatch.setattr(qapp, "exec", exec_once)
    assert app.run(tmp_path, lang="en") == 0
    assert boxes == ["This data folder is empty. Load the demo shop to try things out?"]
    assert len(shown) == 1 and shown[0].isVisible()
    open_shop(tmp_path).close()  # the lock was given back


def test_the_chinese_translation_loads(qapp: QApplication) -> None:
    translators = app.install_translators(qapp, chinese=True)
    try:
        catalogues = len(list(resource_path("translations").glob("*_zh_CN.qm")))
        assert len(translators) == catalogues + 1  # every area's catalogue and Qt's own
        assert qapp.translate("MainWindow", "Customers") == "客户档案"
        assert qapp.translate("CustomerTableModel", "Name") == "姓名"  # an area's own catalogue
        assert qapp.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        app.install_translators(qapp, chinese=False)


def test_yes_fills_the_demo_shop_in_the_background_then_shows_the_window(
    tmp_path: Path, qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[tuple[int, int]] = []

    def quick_fill(_actor: object, *, seed: int, progress: Callable[[int, int], None]) -> str:
        assert seed == 1
        for step in range(1, 4):
            progress(step, 3)
            steps.append((step, 3))
        return "summary"

    monkeypatch.setattr(demo, "fill_demo_shop", quick_fill)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    windows: list[MainWindow] = []
    earlier = set(qapp.topLevelWidgets())  # windows other tests left for qtbot to close

    def exec_until_the_window_shows() -> int:
        def shown() -> bool:
            windows[:] = [
                w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible() and w not in earlier
            ]
            return bool(windows)

        qtbot.waitUntil(shown)
        for window in windows:
            qtbot.addWidget(window)
        return 0

    monkeypatch.setattr(qapp, "exec", exec_until_the_window_shows)
    assert app.run(tmp_path, lang="en") == 0
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert len(windows) == 1
