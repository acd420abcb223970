"""Fixtures for every test: Qt runs offscreen and never touches the user's settings."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt


@pytest.fixture(autouse=True, scope="session")
def _cycles_collected_on_the_main_thread() -> Iterator[None]:
    """As in the app (ui/gc_guard.py): the worker thread must never collect a widget."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """QSettings write to a throwaway folder, never to the real user's registry or files."""
    from PySide6.QtCore import QSettings  # pytest-qt has loaded Qt already

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield
