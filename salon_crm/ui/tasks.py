"""Background work: one worker thread for all database work, results on the UI thread.

One thread, so database writes are serialised and never wait on each other
(Anki's ``max_workers=1``); the result comes back through a queued signal
(Picard's ``run_task``). ``op`` must never touch a widget.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from functools import cache
from itertools import count
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from salon_crm.core.models import database_proxy
from salon_crm.ui.errors import describe_any

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
LATER_PRIORITY = -1  # QThreadPool runs higher priorities first among the queued tasks
Failed = Callable[[BaseException], object]  # its result is dropped (a message box may return its button)


class _Dispatcher(QObject):
    """Lives on the UI thread and calls each task's callbacks there.

    Signals:
        delivered(int, bool, object): from the worker: task id, whether it
            succeeded, and its result or exception.
        finished(int): after the callbacks of a task have run (for tests).
    """

    delivered = Signal(int, bool, object)
    finished = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._pending: dict[int, tuple[QObject | None, Done, Failed | None]] = {}
        self._ids = count(1)
        self.delivered.connect(self._deliver)

    def add(self, parent: QObject | None, on_done: Done, on_error: Failed | None) -> int:
        task_id = next(self._ids)
        self._pending[task_id] = (parent, on_done, on_error)
        return task_id

    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        parent, on_done, on_error = self._pending.pop(task_id)
        try:
            # the widget that asked may be gone (a dialog closed meanwhile)
            if parent is not None and not shiboken6.isValid(parent):
                return
            if ok:
                on_done(payload)
            elif on_error is not None:
                on_error(payload)  # type: ignore[arg-type]
            else:
                _report_unhandled(parent, payload)  # type: ignore[arg-type]
        finally:
            self.finished.emit(task_id)


class _Task(QRunnable):
    """Runs ``op`` on the worker thread with its own database connection."""

    def __init__(self, task_id: int, op: Callable[[], Any]) -> None:
        super().__init__()
        self._task_id = task_id
        self._op = op

    def run(self) -> None:
        try:
            if database_proxy.obj is None:
                result = self._op()
            else:
                # a connection per task: nothing stays open when the shop closes
                with database_proxy.connection_context():
                    result = self._op()
        except Exception as error:  # handed to the UI thread (traceback included), never lost
            dispatcher().delivered.emit(self._task_id, False, error)
        else:
            dispatcher().delivered.emit(self._task_id, True, result)


@cache
def dispatcher() -> _Dispatcher:
    """The object whose ``finished`` signal tests can wait on (made on first use)."""
    return _Dispatcher()


@cache
def _thread_pool() -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


def run_in_background(
    parent: QObject | None,
    op: Callable[[], Any],
    on_done: Done,
    on_error: Failed | None = None,
    *,
    later: bool = False,
) -> int:
    """Run ``op()`` on the worker; call ``on_done(result)`` on the UI thread.

    If ``op`` raises, ``on_error(exception)`` is called instead (or the error is
    logged). Nothing is called if ``parent`` was deleted meanwhile. Call this from
    the UI thread only. Returns the task's id. ``later``: upkeep that may wait (the
    day's tag recomputation) runs after every task queued without it, so the tabs'
    first pages are not held behind it.
    """
    task_id = dispatcher().add(parent, on_done, on_error)
    _thread_pool().start(_Task(task_id, op), LATER_PRIORITY if later else 0)
    return task_id


def is_busy() -> bool:
    """Whether any task has not delivered its result yet."""
    return dispatcher().busy()


def wait_for_done(msecs: int = 30_000) -> bool:
    """Block until the worker is idle (at shutdown, before the shop closes)."""
    return bool(_thread_pool().waitForDone(msecs))


def _report_unhandled(parent: QObject | None, error: BaseException) -> None:
    """Log a failure nobody handles, and tell the user in a sentence."""
    log.error("background task failed:\n%s", "".join(traceback.format_exception(error)))
    window = parent.window() if isinstance(parent, QWidget) else None
    QMessageBox.warning(window, QCoreApplication.translate("tasks", "Salon CRM"), describe_any(error))
