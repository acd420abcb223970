"""Fixtures for every test: Qt runs offscreen and never touches the user's settings."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """QSettings write to a throwaway folder, never to the real user's registry or files."""
    from PySide6.QtCore import QSettings  # pytest-qt has loaded Qt already

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield
