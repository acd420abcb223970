"""Reading a shop's SQLite file without writing to it, and its quick check on a thread of its own.

Only the standard library: the entry point imports this (through ``core.opening``)
before peewee and Qt, so the check of a big file runs while they load.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
_CORRUPT, _NOTADB = 11, 26
_READONLY_RECOVERY, _READONLY_ROLLBACK = 264, 776  # a crash left a WAL index or a journal to replay


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes to ``path`` (nor checkpoints a WAL into it).

    A writer killed mid-transaction can leave a hot rollback journal (or a WAL index to
    rebuild) that a read-only connection may not replay: SQLite says "attempt to write a
    readonly database". Then one read-write connection lets SQLite finish its own crash
    recovery (the interrupted transaction rolled back, as any open would) and the file
    is read as it was before that transaction. A read-only connection stays open across
    that connection's close, so no WAL is checkpointed by it.
    """
    conn = _connect_read_only(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", 0) not in (_READONLY_RECOVERY, _READONLY_ROLLBACK):
            return conn  # damage and the like: the caller's own query meets it
        conn.close()
        writer = sqlite3.connect(path, timeout=30)
        try:
            writer.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn = _connect_read_only(path)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            writer.close()
    return conn


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is bad (not that the disk or folder failed it)."""
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF in (_CORRUPT, _NOTADB)


def quick_problems(path: Path) -> list[str]:
    """``PRAGMA quick_check`` through a read-only connection: what is wrong, or nothing.

    A file the disk cannot serve (I/O error, no room for the ``-shm`` index) raises
    ``sqlite3.Error``: that is not damage, and must not be reported as such.
    """
    try:
        conn = read_only(path)
        try:
            rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check(1)")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    return [] if rows == ["ok"] else rows


class QuickCheck:
    """:func:`quick_problems` of ``path`` on a thread, started now, its answer read later.

    SQLite lets go of the GIL while the pragma reads the file (0.8 s for 390 MB), so
    the window's imports go on meanwhile. The answer is exactly the inline call's:
    the problems, or the ``sqlite3.Error`` it raised.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._problems: list[str] = []
        self._error: BaseException | None = None
        # a daemon: a start that gives up early (another copy holds the folder) is not held by it
        self._thread = threading.Thread(target=self._run, name="salon-crm quick check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = quick_problems(self.path)
        except BaseException as exc:  # handed to the caller of problems(), as the inline call would raise it
            self._error = exc

    def problems(self) -> list[str]:
        """Wait for the check; what is wrong with the file (empty when sound), or its error raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return list(self._problems)
