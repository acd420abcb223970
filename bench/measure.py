"""Timing helpers and the 'plain sqlite3' baseline: the app's own SQL replayed without the app.

A call's statements are caught with SQLite's trace callback on the app's connection
(every statement, with its parameters written in), then run again on a bare
``sqlite3`` connection with every row fetched. The ratio of the two is what the
app adds over its queries: building objects, rules in Python, extra round trips.
Writes are replayed inside a transaction that is rolled back.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from salon_crm.core.models import database_proxy

# statements the replay leaves out: it brackets the whole call in one transaction of its own
_TRANSACTION_WORDS = ("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE")


def seconds(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


@contextmanager
def captured_sql() -> Iterator[list[str]]:
    """The statements the app's connection runs inside the block, parameters expanded."""
    connection = database_proxy.obj.connection()
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        connection.set_trace_callback(None)


def replayable(statements: list[str]) -> list[str]:
    """The statements a replay runs: no transaction control, no triggers' inner lines."""
    kept = []
    for statement in statements:
        text = statement.strip()
        # a trigger's body is reported as '-- TRIGGER ...' lines; the replay's own write fires it
        if not text or text.startswith("--") or text.split(None, 1)[0].upper() in _TRANSACTION_WORDS:
            continue
        kept.append(text)
    return kept


class Replay:
    """A bare sqlite3 connection to the shop's file that runs captured statements."""

    def __init__(self, db_path: Path) -> None:
        self.connection = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)

    def run(self, statements: list[str]) -> None:
        connection = self.connection
        connection.execute("BEGIN")
        try:
            for statement in statements:
                connection.execute(statement).fetchall()
        finally:
            connection.execute("ROLLBACK")

    def close(self) -> None:
        self.connection.close()


def capture(call: Callable[[], Any]) -> list[str]:
    """Run ``call`` twice (a warm-up, then caught) and return its replayable statements.

    Caught on the second call, because a first call may write what later calls find
    (the automatic tags' rows), and the replay must do what every timed call does.
    """
    call()
    with captured_sql() as statements:
        call()
    return replayable(statements)
