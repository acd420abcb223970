"""Restoring a backup (owner only): verified first, the current file kept, then swapped in.

The chosen file is copied into a temporary file beside the data file and checked
completely; only then is the current file backed up and the copy written over it
with SQLite's backup API, in one transaction, so a bad backup or a crash leaves
the current file as it was. A current file too damaged to back up is set aside
(renamed, never written to) and the verified copy renamed into its place.
The caller holds the data folder's lock.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from salon_crm.core import backup, clock, file_check, migrations
from salon_crm.core.backup import BEFORE_RESTORE, TEMP_SUFFIX, RecordCounts
from salon_crm.core.context import Actor
from salon_crm.core.errors import DataFileError
from salon_crm.core.permissions import Action, guarded

RESTORING = "salon-restoring" + TEMP_SUFFIX
DAMAGED_PREFIX = "damaged-"


@dataclass(frozen=True)
class RestoreResult:
    """What was restored, what the shop now holds, and where the replaced file went."""

    restored_from: Path
    counts: RecordCounts
    previous: Path | None


@guarded(Action.RESTORE_BACKUP)
def check_may_restore(actor: Actor) -> None:
    """Only the owner may replace the shop's data (the window asks early; core.permissions decides)."""


def _verified_copy(chosen: Path, temp: Path) -> RecordCounts:
    if not chosen.is_file():
        raise DataFileError("restore_file_not_found", path=str(chosen))
    try:
        counts = backup.copy_verified(chosen, temp)
    except DataFileError as error:
        raise DataFileError("restore_file_damaged", path=str(chosen), detail=error.values.get("detail", "")) from error
    conn = file_check.read_only(temp)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = int(conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'customer'").fetchone()[0])
    finally:
        conn.close()
    if version == 0 or not tables:
        raise DataFileError("restore_file_damaged", path=str(chosen), detail="not a Salon CRM data file")
    migrations.check_supported(version)  # a newer app's file: refused, as when opening it
    return counts


def is_sound(db_path: Path) -> bool:
    """Whether the file opens and passes the quick check (so it can be backed up and written)."""
    if not file_check.looks_like_sqlite(db_path):
        return False
    try:
        return not file_check.quick_problems(db_path)
    except sqlite3.Error as exc:  # the disk failed, not the file: change nothing
        raise backup.storage_error(exc, db_path.parent) from exc


def _write_over(source: Path, db_path: Path, expected: RecordCounts) -> None:
    """Replace the content of the live file in one write transaction (WAL kept)."""
    src = file_check.read_only(source)
    try:
        dest = sqlite3.connect(db_path, timeout=30)
        try:
            src.backup(dest)
            with contextlib.suppress(sqlite3.Error):
                dest.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if backup.count_records(dest) != expected:
                raise DataFileError("restore_file_damaged", path=str(source), detail="counts changed while copying")
        finally:
            dest.close()
    finally:
        src.close()


def _set_aside(db_path: Path) -> Path:
    """Rename a damaged data file (and its -wal/-shm) out of the way; nothing is written to it."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S-%f")
    target = db_path.with_name(f"{DAMAGED_PREFIX}{db_path.stem}-{stamp}{db_path.suffix}")
    for suffix in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(db_path, target)
    return target


@guarded(Action.RESTORE_BACKUP)
def restore_backup(actor: Actor, db_path: Path, chosen: Path, *, backup_dir: Path | None = None) -> RestoreResult:
    """Make ``chosen`` the shop's data; the current file is backed up (or set aside) first."""
    check_may_restore(actor)
    backup_dir = backup_dir or db_path.parent / backup.BACKUP_DIRNAME
    temp = db_path.with_name(RESTORING)
    try:
        try:
            counts = _verified_copy(chosen, temp)
        except DataFileError:
            backup.remove_files(temp)
            raise
        if not db_path.exists():
            previous = None
            os.replace(temp, db_path)
            backup.sync_folder(db_path.parent)
        elif is_sound(db_path):
            previous = backup.back_up(db_path, backup_dir, BEFORE_RESTORE).path
            _write_over(temp, db_path, counts)
        else:
            previous = _set_aside(db_path)
            os.replace(temp, db_path)
            backup.sync_folder(db_path.parent)
    except OSError as exc:
        raise backup.storage_error(exc, db_path.parent) from exc
    finally:
        backup.remove_files(temp)
    return RestoreResult(chosen, counts, previous)
