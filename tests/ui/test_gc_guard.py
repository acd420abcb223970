"""Cycles are collected by a timer on the UI thread, never by the worker thread."""

from __future__ import annotations

import gc
import weakref

import shiboken6
from PySide6.QtWidgets import QApplication

from salon_crm.ui.gc_guard import UiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle only the cycle collector frees


def test_the_collector_owns_collection_on_the_ui_thread(qapp: QApplication) -> None:
    collector = UiThreadCollector()
    try:
        assert not gc.isenabled()
        cycle = Node()
        gone = weakref.ref(cycle)
        del cycle
        for _ in range(gc.get_threshold()[0] + 10):
            Node()
        assert gone() is not None  # nothing collected it behind our back
        collector.collect_due()
        assert gone() is None
    finally:
        # deleted now, not with deleteLater: its "destroyed" turns automatic collection back on, and a
        # deferred delete ran during a later test's event loop, leaving the collector on for the rest of
        # the session — the worker thread then freed a widget cycle, and Qt crashed (1 run in ~5)
        shiboken6.delete(collector)
        gc.disable()  # the test session keeps automatic collection off (tests/conftest.py)
