"""Fixtures for every test: Qt runs offscreen and never touches the user's settings."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from datetime import datetime

import pytest

from salon_crm.core import clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt


@pytest.fixture(autouse=True, scope="session")
def _cycles_collected_on_the_main_thread() -> Iterator[None]:
    """As in the app (ui/gc_guard.py): the worker thread must never collect a widget."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    # whatever a test did to the collector, the next one starts with automatic collection off
    gc.disable()
    yield
    gc.collect()
    gc.disable()


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """QSettings write to a throwaway folder, never to the real user's registry or files."""
    from PySide6.QtCore import QSettings  # pytest-qt has loaded Qt already

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


# `SALON_CRM_TEST_NOW="2028-02-29 23:55"` runs the tests with the system clock moved there (and
# ticking), so a test that silently needs daylight or a mid-month date fails at once;
# tests/test_any_hour.py runs the time-sensitive tests so at several awkward moments.
TEST_NOW = "SALON_CRM_TEST_NOW"


@pytest.fixture(autouse=True)
def _wall_clock_moved_when_asked() -> Iterator[None]:
    moment = os.environ.get(TEST_NOW)
    if not moment:
        yield
        return
    import time_machine

    # astimezone(): the moment is local shop time (time-machine takes a naive one as UTC)
    with time_machine.travel(datetime.fromisoformat(moment).astimezone(), tick=True):
        yield


@pytest.fixture
def shop_clock() -> Iterator[clock.FixedClock]:
    """The app's clock stopped at the current moment, for a test to ``set`` or ``advance``."""
    with clock.frozen_at(clock.now().replace(microsecond=0)) as fixed:
        yield fixed


@pytest.fixture(autouse=True)
def _demo_password_for_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands on a demo shop log in as its owner (password ``demo``), as a scheduled task would."""
    monkeypatch.setenv("SALON_CRM_PASSWORD", "demo")
