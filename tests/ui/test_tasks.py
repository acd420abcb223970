"""Background work: results and errors come back on the UI thread, to living widgets only."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salon_crm.ui import tasks


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot, settle: Callable[[], None]) -> None:
    seen: list[tuple[object, bool]] = []
    worker: list[str] = []

    def op() -> int:
        worker.append(threading.current_thread().name)
        return 42

    tasks.run_in_background(
        None, op, lambda result: seen.append((result, threading.current_thread() is threading.main_thread()))
    )
    settle()
    assert seen == [(42, True)]
    assert worker and worker[0] != threading.main_thread().name


def test_an_error_goes_to_on_error(qtbot: QtBot, settle: Callable[[], None]) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("nope")

    with qtbot.waitSignal(tasks.dispatcher().finished):
        tasks.run_in_background(None, fail, lambda _result: None, errors.append)
    assert [str(error) for error in errors] == ["nope"]


def test_tasks_run_one_at_a_time_in_order(qtbot: QtBot, settle: Callable[[], None]) -> None:
    order: list[int] = []
    active = threading.Lock()

    def op(number: int) -> int:
        assert active.acquire(blocking=False), "two tasks ran at once"
        try:
            order.append(number)
        finally:
            active.release()
        return number

    for number in range(20):
        tasks.run_in_background(None, lambda n=number: op(n), lambda _result: None)
    settle()
    assert order == list(range(20))


def test_nothing_is_delivered_to_a_deleted_widget(qtbot: QtBot, settle: Callable[[], None]) -> None:
    delivered: list[object] = []
    gate = threading.Event()
    widget = QWidget()
    tasks.run_in_background(widget, lambda: gate.wait(5), delivered.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    gate.set()
    settle()
    assert delivered == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))
