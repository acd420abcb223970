"""Fixtures for the complaints tab tests: find the dialog a click opened."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


@pytest.fixture
def opened(qtbot: QtBot) -> Callable[[QWidget, type[Any]], Any]:
    """``opened(parent, Kind)``: the newest visible ``Kind`` under ``parent`` once it shows."""

    def find(parent: QWidget, kind: type[Any]) -> Any:
        qtbot.waitUntil(lambda: any(w.isVisible() for w in parent.findChildren(kind)))
        return [w for w in parent.findChildren(kind) if w.isVisible()][-1]

    return find
