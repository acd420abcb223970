"""A writer killed with a hot rollback journal beside the data file: the next start replays it, never refuses.

A read-only connection may not replay a journal ("attempt to write a readonly database");
the crash tests found a kill during an upgrade that left one, and the start then called
the file unreadable. ``core.backup.read_only`` now lets SQLite finish its recovery first.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from salon_crm.core import backup, integrity
from salon_crm.core.db import check_data_file, open_shop
from tests.core.test_backup import add_customers

KILLED_MID_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA cache_size = 5")  # pages spill into the file before the commit
conn.execute("BEGIN")
conn.execute("UPDATE customer SET notes = 'half written ' || name")
os._exit(9)
"""


def _killed_with_a_hot_journal(tmp_path: Path) -> Path:
    shop = open_shop(tmp_path / "data")
    try:
        add_customers(3000)
    finally:
        shop.close()
    db_path = shop.db_path
    with sqlite3.connect(db_path) as conn:  # a file not yet in WAL mode, as a restored or old one is
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    subprocess.run([sys.executable, "-c", KILLED_MID_WRITE, str(db_path)], check=False)
    assert db_path.with_name("salon.db-journal").exists()
    return db_path


def test_the_next_start_replays_the_journal_and_opens(tmp_path: Path) -> None:
    db_path = _killed_with_a_hot_journal(tmp_path)
    check_data_file(db_path)  # was DataFileError("data_file_unreadable", ... readonly database)
    shop = open_shop(db_path.parent)
    try:
        from salon_crm.core.models import Customer

        assert Customer.select().count() == 3000
        assert Customer.select().where(Customer.notes != "").count() == 0  # none of the killed update
    finally:
        shop.close()
    assert integrity.check_file(db_path).ok


def test_the_check_and_a_backup_read_it_too(tmp_path: Path) -> None:
    db_path = _killed_with_a_hot_journal(tmp_path)
    assert integrity.check_file(db_path).ok
    counts = backup.copy_verified(db_path, tmp_path / "copy.db")
    assert counts.customers == 3000
