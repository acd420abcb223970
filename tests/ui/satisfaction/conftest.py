"""The charts hold matplotlib Figures and canvases in reference cycles; collect them here.

Python's cycle collector runs on whichever thread allocates when it triggers,
possibly the database worker; a Qt widget must be destroyed on the UI thread. So
after each test, pending deletions run and cycles are collected on the UI thread.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread(qtbot: QtBot) -> Iterator[None]:
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
