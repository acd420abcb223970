"""The backup at exit is skipped when a backup taken while the shop was open still holds everything."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from salon_crm.core import backup, clock, restore
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop, open_shop
from tests.core.test_backup import add_customers

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def day(shop_clock: clock.FixedClock) -> clock.FixedClock:
    """One day's sessions, a minute apart (at any hour the tests run: never across a midnight)."""
    shop_clock.set(datetime(2026, 3, 10, 9, 0))
    return shop_clock


def _session(folder: Path, day: clock.FixedClock) -> Shop:
    """The app started again a minute later, as the window starts it (the day's first start backs up)."""
    day.advance(timedelta(minutes=1))
    return open_shop(folder, daily_backup=True)


def _new_shop(folder: Path, customers: int) -> None:
    first = open_shop(folder)
    try:
        add_customers(customers)
    finally:
        first.close()


def test_nothing_changed_since_the_days_first_backup_no_exit_backup(tmp_path: Path) -> None:
    _new_shop(tmp_path / "data", 40)
    shop = open_shop(tmp_path / "data", daily_backup=True)
    try:
        assert len(list(shop.backup_dir.iterdir())) == 1  # the first start of the day
        assert shop.back_up_on_exit() is None
        add_customers(1, start=40)
        info = shop.back_up_on_exit()
        assert info is not None and info.counts is not None and info.counts.customers == 41
        assert shop.back_up_on_exit() is None  # that one holds everything now
    finally:
        shop.close()


def test_a_commit_by_another_connection_or_a_deleted_backup_needs_a_new_one(tmp_path: Path) -> None:
    _new_shop(tmp_path / "data", 5)
    shop = open_shop(tmp_path / "data")
    try:
        info = shop.back_up()
        assert shop.back_up_on_exit() is None
        with sqlite3.connect(shop.db_path) as other:
            other.execute("UPDATE customer SET notes = 'changed elsewhere' WHERE id = 1")
        assert shop.back_up_on_exit() is not None
        assert shop.back_up_on_exit() is None
        for path in shop.backup_dir.iterdir():
            path.unlink()
        assert backup.current_backup(shop.db_path) is None
        assert shop.back_up_on_exit() is not None
        assert info.path.parent == shop.backup_dir
    finally:
        shop.close()


def test_a_restore_is_a_change(tmp_path: Path) -> None:
    _new_shop(tmp_path / "data", 5)
    shop = open_shop(tmp_path / "data")
    try:
        older = backup.back_up_to(shop.db_path, tmp_path / "older.db")  # outside the rotation
        add_customers(3, start=5)
        assert shop.back_up_on_exit() is not None
        restore.restore_backup(OWNER, shop.db_path, older.path)
        shop.reopen()
        info = shop.back_up_on_exit()
        assert info is not None and info.counts is not None and info.counts.customers == 5
    finally:
        shop.close()


def test_without_an_open_shop_nothing_is_watched(tmp_path: Path) -> None:
    _new_shop(tmp_path / "data", 2)
    db_path = tmp_path / "data" / "salon.db"
    backup.back_up(db_path, tmp_path / "backups", backup.MANUAL)
    assert backup.current_backup(db_path) is None


# --- a clean close notes that the file is its newest backup: the next session's exit need not copy it ---


def _backups(folder: Path) -> list[str]:
    return sorted(path.name for path in (folder / "backups").glob("*.db"))


def _closed_after_a_backup(folder: Path, customers: int, day: clock.FixedClock) -> Path:
    """A shop whose session ends as the day's first does: a backup, nothing changed since, a clean close."""
    _new_shop(folder, customers)
    shop = _session(folder, day)
    try:
        info = shop.back_up_on_exit()  # the day's first start backed up; nothing changed since
        assert info is None
        (taken,) = _backups(folder)
    finally:
        shop.close()
    assert (folder / "backups" / backup.CLEAN_CLOSE_NOTE).is_file()
    return folder / "backups" / taken


def test_nothing_changed_since_a_clean_close_no_exit_backup_session_after_session(
    tmp_path: Path, day: clock.FixedClock
) -> None:
    folder = tmp_path / "data"
    taken = _closed_after_a_backup(folder, 30, day)
    for _start in range(3):  # the later starts of the day: no 9-second copy of a file nobody changed
        shop = _session(folder, day)
        try:
            assert backup.current_backup(shop.db_path) == taken
            assert shop.back_up_on_exit() is None
        finally:
            shop.close()
    assert _backups(folder) == [taken.name]


def test_a_change_in_the_session_is_backed_up_at_exit(tmp_path: Path, day: clock.FixedClock) -> None:
    folder = tmp_path / "data"
    _closed_after_a_backup(folder, 30, day)
    shop = _session(folder, day)
    try:
        add_customers(1, start=30)
        info = shop.back_up_on_exit()
        assert info is not None and info.counts is not None and info.counts.customers == 31
    finally:
        shop.close()
    shop = _session(folder, day)  # and that backup is the one the next session is held to
    try:
        assert backup.current_backup(shop.db_path) == info.path
        assert shop.back_up_on_exit() is None
    finally:
        shop.close()
    assert _backups(folder) == [info.path.name]  # the day's newest (the rotation keeps one a day)


def test_a_file_changed_or_touched_while_the_app_was_closed_is_backed_up(tmp_path: Path, day: clock.FixedClock) -> None:
    folder = tmp_path / "data"
    _closed_after_a_backup(folder, 30, day)
    with sqlite3.connect(folder / "salon.db") as other:  # another program, while the app is closed
        other.execute("UPDATE customer SET notes = 'changed elsewhere' WHERE id = 1")
    other.close()
    shop = _session(folder, day)
    try:
        info = shop.back_up_on_exit()
        assert info is not None
        with sqlite3.connect(info.path) as copy:
            assert copy.execute("SELECT notes FROM customer WHERE id = 1").fetchone()[0] == "changed elsewhere"
        copy.close()
    finally:
        shop.close()
    # only touched: the same bytes, but the file is not as the close left it, so it is not taken on trust
    db_path = folder / "salon.db"
    stamp = db_path.stat()
    os.utime(db_path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
    shop = _session(folder, day)
    try:
        assert shop.back_up_on_exit() is not None
    finally:
        shop.close()


def test_a_crash_after_a_commit_is_backed_up_at_the_next_exit_even_with_the_old_note_back(
    tmp_path: Path, day: clock.FixedClock
) -> None:
    folder = tmp_path / "data"
    _closed_after_a_backup(folder, 30, day)
    note = folder / "backups" / backup.CLEAN_CLOSE_NOTE
    old_note = note.read_text(encoding="utf-8")
    crash = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from salon_crm.core.db import open_shop\n"
        "from tests.core.test_backup import add_customers\n"
        "open_shop(Path(sys.argv[1]))\n"
        "add_customers(2, start=30)\n"
        "os._exit(9)  # killed: no close, the commit is in the -wal only\n"
    )
    result = subprocess.run([sys.executable, "-c", crash, str(folder)], cwd=ROOT, check=False)
    assert result.returncode == 9
    assert (folder / "salon.db-wal").stat().st_size > 0
    assert not note.exists()  # the session read it and took it away: only a clean close leaves one
    note.write_text(old_note, encoding="utf-8")  # even were it there, the -wal's commits show
    shop = _session(folder, day)
    try:
        info = shop.back_up_on_exit()
        assert info is not None and info.counts is not None and info.counts.customers == 32
    finally:
        shop.close()


def test_a_note_naming_a_backup_that_is_gone_or_another_file_is_not_believed(
    tmp_path: Path, day: clock.FixedClock
) -> None:
    folder = tmp_path / "data"
    taken = _closed_after_a_backup(folder, 30, day)
    note = folder / "backups" / backup.CLEAN_CLOSE_NOTE
    noted = json.loads(note.read_text(encoding="utf-8"))
    taken.unlink()  # rotated away, or deleted by hand
    shop = open_shop(folder)  # (with the day's first start, a new backup would hold it again)
    try:
        assert shop.back_up_on_exit() is not None
    finally:
        shop.close()
    (folder / "elsewhere.db").write_bytes((folder / "salon.db").read_bytes())
    note.write_text(json.dumps({**noted, "backup": "../elsewhere.db"}), encoding="utf-8")  # only a backup's name
    assert backup.held_at_open(folder / "salon.db", folder / "backups") is None
