"""Opening the shop's data folder: the lock, the SQLite file, its pragmas, migrations.

Core receives the folder as a ``Path``; where that folder is by default is the
caller's business (see ``salon_crm.paths``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from salon_crm.core import backup, file_check, integrity, migrations, opening
from salon_crm.core.backup import BackupInfo
from salon_crm.core.errors import DataFileError, StorageError
from salon_crm.core.file_check import QuickCheck
from salon_crm.core.instance_lock import InstanceLock
from salon_crm.core.models import database_proxy
from salon_crm.core.opening import Opening
from salon_crm.core.place_warnings import PlaceWarning

DB_FILENAME = opening.DB_FILENAME
BACKUP_DIRNAME = backup.BACKUP_DIRNAME

# synchronous=FULL, not NORMAL: the ledger holds money, and with WAL a power cut
# under NORMAL may lose the last acknowledged sale.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "full",
    "cache_size": -16000,
}


def connect(db_path: Path) -> SqliteDatabase:
    """Open ``db_path`` with the shop's pragmas and bind the models to it.

    The file must already be at the app's schema version (see :func:`open_shop`).
    """
    db = SqliteDatabase(str(db_path), pragmas=PRAGMAS, check_same_thread=False)
    db.connect(reuse_if_open=True)
    database_proxy.initialize(db)
    return db


def ensure_schema(db_path: Path, backup_dir: Path) -> int:
    """Bring the file at ``db_path`` to the current schema; returns the old version.

    A file newer than the app, or one that is not a SQLite database, is refused
    before anything is written to it.
    """
    old_version = read_user_version(db_path)
    migrations.check_supported(old_version)
    if old_version < migrations.CURRENT_VERSION:
        if old_version > 0:
            backup.back_up(db_path, backup_dir, f"v{old_version}-before-upgrade")
        db = connect(db_path)
        try:
            migrations.upgrade(db)
        finally:
            db.close()
    return old_version


def read_user_version(db_path: Path) -> int:
    """The schema version of the file, read without writing to it (0 if absent)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return 0
    try:
        conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DataFileError("data_file_unreadable", path=str(db_path), reason=str(exc)) from exc


def check_data_file(db_path: Path, started: QuickCheck | None = None) -> None:
    """Refuse an empty, foreign or damaged file before anything is written to it.

    The quick check reads the whole file once (no index cross-checks); a file
    that fails it is never opened for writing, and the error names the newest
    backup that passes the full check. ``started``: that check already under way
    (``core.opening``), waited for here; else it runs now.
    """
    if not db_path.exists():
        return
    if db_path.stat().st_size == 0:
        raise DataFileError("data_file_empty", path=str(db_path))
    if not file_check.looks_like_sqlite(db_path):
        raise DataFileError("data_file_not_sqlite", path=str(db_path))
    try:
        if started is not None and started.path == db_path:
            problems = started.problems()
        else:
            problems = file_check.quick_problems(db_path)
    except sqlite3.Error as exc:  # the disk or folder failed, not the file
        raise DataFileError("data_file_unreadable", path=str(db_path), reason=str(exc)) from exc
    if not problems:
        return
    good = backup.newest_good_backup(db_path.parent / BACKUP_DIRNAME)
    if good is None:
        raise DataFileError("data_file_damaged_no_backup", path=str(db_path), detail=problems[0])
    raise DataFileError("data_file_damaged", path=str(db_path), detail=problems[0], backup=str(good))


@dataclass
class Shop:
    """An open data folder: its lock, its database, its paths. Close it when done."""

    folder: Path
    db: SqliteDatabase
    lock: InstanceLock
    upgraded_from: int = 0
    backup_problem: StorageError | None = None
    # what the quick look at the newest seals found (core.chain): the owner is told at login
    seal_findings: tuple[integrity.Finding, ...] = ()
    warnings: tuple[PlaceWarning, ...] = ()  # a synced or network folder, a -wal from another computer
    closed: bool = field(default=False)

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.folder / BACKUP_DIRNAME

    def back_up(self, label: str = backup.MANUAL) -> BackupInfo:
        """A verified backup into ``backups/``, rotated (see :mod:`salon_crm.core.backup`)."""
        return backup.back_up(self.db_path, self.backup_dir, label)

    def back_up_on_exit(self) -> BackupInfo | None:
        """The backup at exit; None (skipped) when a backup still holds everything: one taken
        while the shop was open, or the one the file was an exact copy of at open (a clean
        close's note), with no commit since (a 100,000-customer shop takes seconds)."""
        if backup.current_backup(self.db_path) is not None:
            return None
        return self.back_up(backup.AT_EXIT)

    def reopen(self) -> None:
        """Open the file again after it was replaced (a restore), keeping the folder's lock.

        It is checked and upgraded as at start; on failure the shop stays closed.
        """
        backup.unwatch(self.db_path)  # a file renamed into place is another file
        if not self.db.is_closed():
            self.db.close()
        check_data_file(self.db_path)
        ensure_schema(self.db_path, self.backup_dir)
        self.db = connect(self.db_path)
        backup.watch(self.db_path)

    def close(self) -> None:
        """Close the file and give the folder back; when a backup still holds everything, note
        that the file as closed is that backup (so the next exit need not copy it again)."""
        if self.closed:
            return
        self.closed = True
        held = backup.current_backup(self.db_path)
        backup.unwatch(self.db_path)  # first: the shop's own close is then the last, which empties the -wal
        if not self.db.is_closed():
            self.db.close()
        if held is not None:
            backup.note_clean_close(self.db_path, self.backup_dir, held)
        self.lock.release()


def open_shop(folder: Path, *, daily_backup: bool = False, begun: Opening | None = None) -> Shop:
    """Lock ``folder``, check its ``salon.db``, bring it up to date and open it.

    Raises ``DataFolderLocked`` when another copy of the app holds the folder, and
    ``DataFileError`` when the file is empty, not SQLite, damaged, newer than the
    app or unreadable; in every case the data file is left as it was. Files a
    crash left half written are removed first. With ``daily_backup`` the first
    start of a day takes a backup (a full disk is noted in ``backup_problem``,
    not fatal: the shop still opens). ``warnings`` says when the folder's place is risky
    (read before the lock is taken: its file names the last computer that held it).
    ``begun``: the lock and the file's check started early by ``core.opening.begin``
    (the entry point does, so the check overlaps the window's imports); else they start here.
    """
    if begun is None:
        begun = opening.begin(folder)
    elif begun.folder != folder:
        raise ValueError(f"the opening is of {begun.folder}, not {folder}")
    lock = begun.take_lock()
    warnings = begun.warnings
    problem: StorageError | None = None
    try:
        db_path = folder / DB_FILENAME
        backup_dir = folder / BACKUP_DIRNAME
        backup.clean_partial_files(folder)
        backup.clean_partial_files(backup_dir)
        check_data_file(db_path, begun.check)  # nothing is written to the file before it passes
        old_version = ensure_schema(db_path, backup_dir)
        db = connect(db_path)
        changes = backup.watch(db_path)  # so the exit backup can tell whether anything changed since a backup
        # read after the watch began: a commit before it shows in the file's state, one after in the watch
        held = backup.held_at_open(db_path, backup_dir)
        if held is not None and old_version == migrations.CURRENT_VERSION:  # an upgrade wrote to the file
            changes.held_since_start(held)
        seal_findings = tuple(integrity.recent_seal_findings())
        if daily_backup:
            try:
                daily = backup.back_up_if_first_today(db_path, backup_dir)
            except StorageError as error:
                problem = error
            else:
                problem = daily.second_problem if daily is not None else None  # the copy on the USB stick
    except BaseException:
        backup.unwatch(folder / DB_FILENAME)
        lock.release()
        raise
    return Shop(
        folder=folder,
        db=db,
        lock=lock,
        upgraded_from=old_version,
        backup_problem=problem,
        seal_findings=seal_findings,
        warnings=warnings,
    )
