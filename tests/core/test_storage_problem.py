"""A disk-full or read-only failure is found inside whatever error carries it, with the folder to name."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import peewee

from salon_crm.core.backup import storage_problem
from salon_crm.core.errors import StorageError


def test_an_os_error_names_the_folder_of_its_file(tmp_path: Path) -> None:
    error = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out.xlsx"))
    found = storage_problem(error)
    assert found is not None and (found.code, found.values) == ("storage_full", {"folder": str(tmp_path)})
    denied = storage_problem(PermissionError(errno.EACCES, "Permission denied"), tmp_path)
    assert denied is not None and denied.code == "storage_read_only"


def test_sqlite_full_wrapped_by_peewee(tmp_path: Path) -> None:
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as inner:
            raise peewee.OperationalError(inner) from inner
    except peewee.OperationalError as outer:
        found = storage_problem(outer, tmp_path)
    assert found is not None and found.code == "storage_full" and found.values["folder"] == str(tmp_path)


def test_other_failures_are_not_disk_problems(tmp_path: Path) -> None:
    assert storage_problem(ValueError("bad"), tmp_path) is None
    assert storage_problem(OSError(errno.ENOENT, "No such file"), tmp_path) is None
    typed = StorageError("storage_failed", folder="x", reason="y")
    assert storage_problem(RuntimeError(typed)) is typed
