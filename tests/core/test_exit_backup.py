"""The backup at exit is skipped when a backup taken while the shop was open still holds everything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from salon_crm.core import backup, restore
from salon_crm.core.context import OWNER
from salon_crm.core.db import open_shop
from tests.core.test_backup import add_customers


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
