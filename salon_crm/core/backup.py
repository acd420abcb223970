"""Backups of the shop's data file: SQLite's online backup API, verified, then renamed.

A copy is written under a temporary name, checked (``PRAGMA integrity_check`` and
the record counts of the main tables equal to the source's at the same moment),
flushed to disk and only then renamed: a file named like a backup is a good one.
Backups in the data folder's ``backups/`` are rotated (7 daily, 4 weekly, 12
monthly, and the last 10 taken before a risky act); files a crash left half
written are removed when the shop opens.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import sqlite3
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from salon_crm.core import clock
from salon_crm.core.errors import DataFileError, StorageError, ValidationError
from salon_crm.core.file_check import is_damage, looks_like_sqlite, read_only
from salon_crm.core.models import database_proxy

BACKUP_DIRNAME = "backups"
TEMP_SUFFIX = ".partial"
# the tables whose counts a backup is verified by and the restore dialog shows
COUNTED = {
    "customers": "customer",
    "service_records": "service_record",
    "appointments": "appointment",
    "tickets": "complaint_ticket",
    "surveys": "survey_response",
    "ledger_entries": "ledger_entry",
}
# regular copies (at start, at exit, by hand) and copies before a risky act
AT_START, AT_EXIT, MANUAL = "at-start", "at-exit", "manual"
BEFORE_IMPORT, BEFORE_RESTORE, BEFORE_MERGE, BEFORE_ERASURE = (
    "before-import",
    "before-restore",
    "before-merge",
    "before-erasure",
)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_RISKY = 7, 4, 12, 10
# the shop setting naming an optional second folder (a USB stick, a synced folder) for copies
SECOND_FOLDER_KEY = "second_backup_folder"
_NAME = re.compile(r"^salon-(?P<label>[a-z0-9-]+?)-(?P<stamp>\d{8}-\d{6}(?:-\d{6})?)(?:-(?P<n>\d+))?\.db$")
_FULL, _READONLY, _CANTOPEN, _IOERR = 13, 8, 14, 10
NEARLY_FULL_BYTES = 1 << 20  # less free than this, and an I/O error while writing, is a full disk


@dataclass(frozen=True)
class RecordCounts:
    """How many rows the main tables hold (a backup's fingerprint for people)."""

    customers: int = 0
    service_records: int = 0
    appointments: int = 0
    tickets: int = 0
    surveys: int = 0
    ledger_entries: int = 0


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when, why, how big, and what it holds (``counts`` None: unreadable)."""

    path: Path
    label: str
    taken_at: datetime
    size: int
    counts: RecordCounts | None = None
    schema_version: int | None = None
    second_copy: Path | None = None  # the copy in the second backup folder, when one is set
    second_problem: StorageError | None = None  # why that copy was not written (the backup was)

    @property
    def risky(self) -> bool:
        """Taken before an import, restore, upgrade, merge or erasure (rotated apart)."""
        return "before-" in self.label


# --- reading a file (opening one read-only and its quick check: core.file_check) ------------


def count_records(conn: sqlite3.Connection) -> RecordCounts:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    counts = {
        field: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]) if table in tables else 0
        for field, table in COUNTED.items()
    }
    return RecordCounts(**counts)


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False, limit: int = 20) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) reports; empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({limit:d})")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def verify(path: Path, expected: RecordCounts | None = None) -> RecordCounts:
    """Check a backup (or any shop file) completely; returns its counts.

    Raises ``DataFileError("backup_not_verified")`` naming the first problem.
    """
    if not looks_like_sqlite(path):
        raise DataFileError("backup_not_verified", path=str(path), detail="not a SQLite database")
    try:
        conn = read_only(path)
        try:
            problems = integrity_problems(conn)
            counts = count_records(conn) if not problems else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DataFileError("backup_not_verified", path=str(path), detail=str(exc)) from exc
    if counts is None:
        raise DataFileError("backup_not_verified", path=str(path), detail=problems[0])
    if expected is not None and counts != expected:
        raise DataFileError("backup_not_verified", path=str(path), detail=f"counts {counts} != {expected}")
    return counts


# --- writing a copy ------------------------------------------------------------------


def _nearly_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has less room than a page cache's worth of writes."""
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def storage_error(exc: BaseException, folder: Path) -> StorageError:
    """A disk-full, read-only or other write failure, as the error the user is told."""
    code = getattr(exc, "sqlite_errorcode", None)
    number = getattr(exc, "errno", None)
    if (code is not None and code & 0xFF == _FULL) or number in (errno.ENOSPC, errno.EDQUOT):
        return StorageError("storage_full", folder=str(folder))
    # SQLite reports some writes that found no room as an I/O error (a copy's journal, its
    # shared-memory file): with the disk all but full, "the disk is full" is what happened
    if code is not None and code & 0xFF == _IOERR and _nearly_full(folder):
        return StorageError("storage_full", folder=str(folder))
    if (code is not None and code & 0xFF in (_READONLY, _CANTOPEN)) or number in (
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
    ):
        return StorageError("storage_read_only", folder=str(folder))
    return StorageError("storage_failed", folder=str(folder), reason=str(exc))


def _causes(error: BaseException) -> list[BaseException]:
    """``error`` and what it wraps (peewee re-raises SQLite's error with it as an argument)."""
    found: list[BaseException] = []
    pending = [error]
    while pending and len(found) < 10:
        current = pending.pop(0)
        if current in found:
            continue
        found.append(current)
        pending += [arg for arg in current.args if isinstance(arg, BaseException)]
        pending += [link for link in (current.__cause__, current.__context__) if link is not None]
    return found


def storage_problem(error: BaseException, folder: Path | None = None) -> StorageError | None:
    """A disk-full or read-only failure inside ``error`` (an ``OSError``, or SQLite's error however
    wrapped), as the error the user is told; None for any other failure.

    ``folder`` defaults to the failing file's folder, else the open data file's.
    """
    for cause in _causes(error):
        if isinstance(cause, StorageError):
            return cause
        code = getattr(cause, "sqlite_errorcode", None)
        number = getattr(cause, "errno", None)
        full = (code is not None and code & 0xFF == _FULL) or number in (errno.ENOSPC, errno.EDQUOT)
        full = full or (isinstance(cause, sqlite3.Error) and "database or disk is full" in str(cause))
        denied = number in (errno.EROFS, errno.EACCES, errno.EPERM)
        read_only = (code is not None and code & 0xFF == _READONLY) or denied
        if not (full or read_only):
            continue
        where = folder
        filename = getattr(cause, "filename", None)
        if where is None and filename:
            where = Path(str(filename)).parent
        if where is None:
            open_file = open_file_path()
            where = open_file.parent if open_file is not None else Path()
        return StorageError("storage_full" if full else "storage_read_only", folder=str(where))
    return None


def remove_files(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows renames are durable once the call returns)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _copy_snapshot(source: Path, temp: Path) -> RecordCounts:
    """Copy ``source`` into ``temp`` with the backup API; returns the source's counts at that moment."""
    src = read_only(source)
    try:
        src.execute("BEGIN")  # one read snapshot for the counts and the copy
        try:
            expected = count_records(src)
        except sqlite3.DatabaseError as exc:
            raise DataFileError("backup_source_damaged", path=str(source), detail=str(exc)) from exc
        dest = sqlite3.connect(temp)
        try:
            src.backup(dest)
            # a single self-contained file: no -wal beside a backup
            dest.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dest.close()
        src.rollback()
    finally:
        src.close()
    return expected


def copy_verified(source: Path, target: Path) -> RecordCounts:
    """Write a verified copy of the SQLite file ``source`` at ``target`` (replacing it), or nothing.

    Raises ``StorageError`` when the folder is full or not writable and
    ``DataFileError`` when the source is damaged; no partial file is left either way.
    """
    temp = target.with_name(target.name + TEMP_SUFFIX)
    leftovers = tuple(temp.with_name(temp.name + end) for end in ("", "-journal", "-wal", "-shm"))
    remove_files(*leftovers)
    try:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            expected = _copy_snapshot(source, temp)
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise DataFileError("backup_source_damaged", path=str(source), detail=str(exc)) from exc
            raise storage_error(exc, target.parent) from exc
        counts = verify(temp, expected)
        with temp.open("r+b") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        sync_folder(target.parent)
    except OSError as exc:
        remove_files(*leftovers)
        raise storage_error(exc, target.parent) from exc
    except BaseException:
        remove_files(*leftovers)
        raise
    return counts


def backup_name(label: str, moment: datetime) -> str:
    return f"salon-{label}-{moment.strftime('%Y%m%d-%H%M%S-%f')}.db"


def _free_name(folder: Path, label: str, moment: datetime) -> Path:
    """The backup's name; a second copy at the same moment (a stopped test clock) gets ``-2``."""
    base = backup_name(label, moment).removesuffix(".db")
    target, number = folder / f"{base}.db", 2
    while target.exists():
        target, number = folder / f"{base}-{number}.db", number + 1
    return target


class ChangeWatch:
    """Whether anything was committed to a data file since this process last backed it up.

    Its own read-only connection answers ``PRAGMA data_version``, which changes with
    every commit by any other connection (the app's, a restore's, another process's);
    it never writes and holds no read transaction. The version when the watch began
    is kept: a file that was a backup's exact copy then (see :func:`held_at_open`) still
    is while that version holds.
    """

    def __init__(self, db_path: Path) -> None:
        self._conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._backed_up: tuple[int, Path] | None = None
        self._start = self.version()

    def version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def backed_up(self, version: int, path: Path) -> None:
        """A backup of the file as it was at ``version`` (read before the copy began) is at ``path``."""
        self._backed_up = (version, path)

    def held_since_start(self, path: Path) -> None:
        """The file was exactly the backup ``path`` when the watch began (a clean close's note says so)."""
        self._backed_up = (self._start, path)

    def current_backup(self) -> Path | None:
        """The backup that still holds exactly what the file holds (None after any commit)."""
        if self._backed_up is None:
            return None
        version, path = self._backed_up
        return path if path.is_file() and self.version() == version else None

    def close(self) -> None:
        with self._lock:
            self._conn.close()


_WATCHES: dict[Path, ChangeWatch] = {}


def watch(db_path: Path) -> ChangeWatch:
    """Start noting the backups of ``db_path`` against its commits (while the shop is open)."""
    unwatch(db_path)
    found = _WATCHES[db_path.resolve()] = ChangeWatch(db_path)
    return found


def unwatch(db_path: Path) -> None:
    found = _WATCHES.pop(db_path.resolve(), None)
    if found is not None:
        found.close()


def current_backup(db_path: Path) -> Path | None:
    """A backup holding exactly what ``db_path`` holds: taken while the shop is open, or the one a clean
    close left it equal to, with no commit to ``db_path`` since (None otherwise)."""
    found = _WATCHES.get(db_path.resolve())
    return found.current_backup() if found is not None else None


# --- the note a clean close leaves ---------------------------------------------------------
# Without it every start after the day's first ended with a full copy and check of the file
# (9-10 s at 100,000 customers) though nothing had changed: only a backup taken in the same
# process counted. The note says "the file, exactly as it lies on disk now, is that backup";
# it is read (and removed) at the next open and believed only if the file is untouched since.

CLEAN_CLOSE_NOTE = "clean-close.json"


def _file_state(db_path: Path) -> dict[str, int] | None:
    """What says the file was not touched: its size, times and inode; None while a ``-wal``
    with content lies beside it (commits not yet in the file: a crash, or a copy still open)."""
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return None
        found = db_path.stat()
    except OSError:
        return None
    # st_ctime_ns cannot be set back by copying tools (on Windows: the creation time, new for a replaced file)
    return {"size": found.st_size, "mtime_ns": found.st_mtime_ns, "ctime_ns": found.st_ctime_ns, "inode": found.st_ino}


def note_clean_close(db_path: Path, backup_dir: Path, held: Path) -> bool:
    """After the shop's last connection closed: the file as it now lies on disk is exactly the
    backup ``held`` (no commit since it was taken). Returns whether the note was written;
    when it cannot be, the old note goes and the next exit backs up as always."""
    note = backup_dir / CLEAN_CLOSE_NOTE
    temp = note.with_name(note.name + TEMP_SUFFIX)
    state = _file_state(db_path)
    if state is None or held.parent != backup_dir or _NAME.match(held.name) is None:
        remove_files(note)
        return False
    try:
        text = json.dumps({"backup": held.name, "backup_size": held.stat().st_size, **state})
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, note)  # whole or not at all
    except OSError:
        remove_files(note, temp)
        return False
    return True


def held_at_open(db_path: Path, backup_dir: Path) -> Path | None:
    """The backup the file is an exact copy of, as the last clean close noted it; None when in doubt.

    The note is removed as it is read, so only a clean close leaves one (a crash leaves
    none). It is believed only when the backup it names is still there at its size, the
    file's size, times and inode are the ones noted and no ``-wal`` holds commits. Read
    before this process writes to the file.
    """
    note = backup_dir / CLEAN_CLOSE_NOTE
    try:
        noted = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        noted = None
    remove_files(note)
    if not isinstance(noted, dict) or not isinstance(noted.get("backup"), str):
        return None
    if _NAME.match(noted["backup"]) is None:  # a backup's own name, nothing else (no path)
        return None
    held = backup_dir / noted["backup"]
    state = _file_state(db_path)
    try:
        held_size = held.stat().st_size if held.is_file() else None
    except OSError:
        held_size = None
    if state is None or held_size is None or held_size != noted.get("backup_size"):
        return None
    return held if all(noted.get(key) == value for key, value in state.items()) else None


def back_up(db_path: Path, backup_dir: Path, label: str, *, now: datetime | None = None) -> BackupInfo:
    """Take a verified backup of ``db_path`` into ``backup_dir`` and rotate the folder.

    When the shop names a second backup folder, the backup is copied there too
    (verified, rotated); a missing or unwritable second folder is reported in
    ``second_problem``, never raised: the backup in ``backup_dir`` stands.
    """
    moment = now or clock.now()
    target = _free_name(backup_dir, label, moment)
    changes = _WATCHES.get(db_path.resolve())
    # read before the copy's snapshot: a commit in between only makes the next exit back up again
    version = changes.version() if changes is not None else 0
    counts = copy_verified(db_path, target)
    if changes is not None:
        changes.backed_up(version, target)
    prune(backup_dir)
    second, problem = _copy_to_second_folder(target)
    return BackupInfo(target, label, moment, target.stat().st_size, counts, None, second, problem)


def second_folder_of(db_path: Path) -> Path | None:
    """The second backup folder set in the shop file ``db_path`` (None when unset or unreadable)."""
    try:
        conn = read_only(db_path)
        try:
            row = conn.execute("SELECT value FROM shop_setting WHERE key = ?", (SECOND_FOLDER_KEY,)).fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row is not None else None
    except (sqlite3.Error, ValueError):
        return None
    return Path(value) if isinstance(value, str) and value.strip() else None


_SECOND_CODES = {
    "storage_full": "second_folder_full",
    "storage_read_only": "second_folder_read_only",
    "storage_failed": "second_folder_failed",
}


def as_second_folder_error(error: StorageError, folder: Path) -> StorageError:
    """A write failure in the second folder, worded as such (the main backup was written)."""
    code = _SECOND_CODES.get(error.code, "second_folder_failed")
    return StorageError(code, folder=str(folder), reason=str(error.values.get("reason", error.code)))


def check_second_folder(folder: Path) -> None:
    """Refuse, as a second backup folder, one that is not there or cannot be written to (a test file)."""
    if not folder.is_dir():
        raise ValidationError("second_folder_not_found", folder=str(folder))
    probe = folder / f".salon-crm-write-test{TEMP_SUFFIX}"
    try:
        with probe.open("wb") as handle:
            handle.write(b"salon-crm")
            os.fsync(handle.fileno())
    except OSError as exc:
        raise ValidationError("second_folder_not_writable", folder=str(folder), reason=str(exc)) from exc
    finally:
        remove_files(probe)


def _copy_to_second_folder(backup_file: Path) -> tuple[Path | None, StorageError | None]:
    """Copy a fresh backup into the shop's second folder; the copy's path, or why not."""
    folder = second_folder_of(backup_file)
    if folder is None:
        return None, None
    if not folder.is_dir():  # a USB stick not plugged in: never create its path on this disk
        return None, StorageError("second_folder_missing", folder=str(folder))
    target = folder / backup_file.name
    try:
        copy_verified(backup_file, target)
    except StorageError as error:
        return None, as_second_folder_error(error, folder)
    except DataFileError as error:
        return None, StorageError("second_folder_failed", folder=str(folder), reason=str(error))
    with contextlib.suppress(OSError):
        prune(folder)
        clean_partial_files(folder)
    return target, None


def back_up_to(db_path: Path, out: Path, *, now: datetime | None = None) -> BackupInfo:
    """A verified backup at ``out`` (a file, or a folder to put a dated one in); not rotated."""
    moment = now or clock.now()
    target = _free_name(out, MANUAL, moment) if out.is_dir() else out
    counts = copy_verified(db_path, target)
    return BackupInfo(target, MANUAL, moment, target.stat().st_size, counts)


def open_file_path() -> Path | None:
    """The file the models are bound to (None for an in-memory database)."""
    name = str(getattr(database_proxy.obj, "database", "") or "")
    return None if name in ("", ":memory:") or name.startswith("file:") else Path(name)


def back_up_open_file(backup_dir: Path | None, label: str) -> Path | None:
    """Back up the shop the models are bound to before a risky act (an import, a merge...).

    ``backup_dir`` None means the data folder's own ``backups/``; in-memory databases are skipped.
    """
    db_path = open_file_path()
    if db_path is None:
        return None
    return back_up(db_path, backup_dir or db_path.parent / BACKUP_DIRNAME, label).path


def back_up_if_first_today(db_path: Path, backup_dir: Path, *, now: datetime | None = None) -> BackupInfo | None:
    """The first start of a day takes a backup (unless one was taken that day already)."""
    moment = now or clock.now()
    if not db_path.exists() or any(info.taken_at.date() == moment.date() for info in _named(backup_dir)):
        return None
    return back_up(db_path, backup_dir, AT_START, now=moment)


# --- the backups folder -----------------------------------------------------------------


def _named(backup_dir: Path) -> list[BackupInfo]:
    """Every file in ``backup_dir`` named like a backup, newest first (not opened)."""
    found: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        stamp = match["stamp"]
        try:
            taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f" if len(stamp) > 15 else "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, match["label"], taken, size))
    # "-2" after the plain name: the later of two copies taken at one moment
    return sorted(found, key=lambda info: (info.taken_at, len(info.path.name), info.path.name), reverse=True)


def _described(info: BackupInfo) -> BackupInfo:
    try:
        conn = read_only(info.path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            counts = count_records(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return info
    return BackupInfo(info.path, info.label, info.taken_at, info.size, counts, version)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """The backups in ``backup_dir``, newest first, with their record counts."""
    return [_described(info) for info in _named(backup_dir)]


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup that passes the full check (None when there is none)."""
    for info in _named(backup_dir):
        try:
            verify(info.path)
        except DataFileError:
            continue
        return info.path
    return None


def rotation(backups: Iterable[BackupInfo]) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """Which backups to keep and which to delete: the newest of each of the last 7 days,
    4 ISO weeks and 12 months among regular copies, and the last 10 risky-act copies."""
    keep: list[BackupInfo] = []
    drop: list[BackupInfo] = []
    periods: dict[str, set[object]] = {"day": set(), "week": set(), "month": set()}
    limits = {"day": KEEP_DAILY, "week": KEEP_WEEKLY, "month": KEEP_MONTHLY}
    risky = 0
    for info in sorted(backups, key=lambda info: info.taken_at, reverse=True):
        if info.risky:
            risky += 1
            (keep if risky <= KEEP_RISKY else drop).append(info)
            continue
        day: date = info.taken_at.date()
        keys = {"day": day, "week": day.isocalendar()[:2], "month": (day.year, day.month)}
        wanted = False
        for period, key in keys.items():
            if key not in periods[period] and len(periods[period]) < limits[period]:
                periods[period].add(key)
                wanted = True
        (keep if wanted else drop).append(info)
    return keep, drop


def prune(backup_dir: Path) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns them."""
    _keep, drop = rotation(_named(backup_dir))
    remove_files(*(info.path for info in drop))
    return [info.path for info in drop]


def clean_partial_files(backup_dir: Path) -> list[Path]:
    """Remove what a crash left half written: temporary copies, and a backup with a
    ``-journal`` beside it or with no content (written by versions before this one)."""
    removed: list[Path] = []
    if not backup_dir.is_dir():
        return removed
    for path in backup_dir.iterdir():
        doomed: list[Path] = []
        # a copy of a WAL-mode file is WAL-mode until switched: a kill then leaves its -wal and -shm too
        if path.name.endswith(tuple(TEMP_SUFFIX + end for end in ("", "-journal", "-wal", "-shm"))):
            doomed = [path]
        elif path.name.endswith(".db-journal") and _NAME.match(path.name.removesuffix("-journal")):
            doomed = [path.with_name(path.name.removesuffix("-journal")), path]
        elif _NAME.match(path.name) and path.is_file() and not looks_like_sqlite(path):
            doomed = [path]
        for item in doomed:
            if item.exists():
                remove_files(item)
                removed.append(item)
    return removed
