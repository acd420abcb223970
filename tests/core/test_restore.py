"""Restore: owner only, a bad backup changes nothing, the replaced file is kept; the full check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from salon_crm.core import backup, integrity, loyalty, restore
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import DB_FILENAME, Shop, open_shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import DataFileError, PermissionDeniedError
from salon_crm.core.instance_lock import InstanceLock
from salon_crm.core.models import Customer
from tests.core.test_backup import add_customers, damage_middle

DESK = Actor("desk", UserRole.FRONT_DESK)


def _customers(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])


def test_a_restore_brings_back_the_backup_and_keeps_the_replaced_data(shop: Shop) -> None:
    add_customers(50)
    saved = shop.back_up().path
    add_customers(25, start=50)
    result = restore.restore_backup(OWNER, shop.db_path, saved)
    assert result.counts.customers == 50
    assert Customer.select().count() == 50  # the open connection sees the restored data
    assert result.previous is not None and "before-restore" in result.previous.name
    assert backup.verify(result.previous).customers == 75
    assert not (shop.folder / restore.RESTORING).exists()


def test_a_bad_backup_leaves_the_data_file_byte_identical(shop: Shop, tmp_path: Path) -> None:
    add_customers(3000)
    good = shop.back_up().path
    shop.close()
    cut = tmp_path / "cut.db"
    cut.write_bytes(good.read_bytes()[:200_000])
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(good.read_bytes())
    damage_middle(damaged)
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t(x)").connection.commit()
    before = shop.db_path.read_bytes()
    with InstanceLock(shop.folder):
        for chosen, code in (
            (cut, "restore_file_damaged"),
            (damaged, "restore_file_damaged"),
            (foreign, "restore_file_damaged"),
            (tmp_path / "missing.db", "restore_file_not_found"),
        ):
            with pytest.raises(DataFileError) as caught:
                restore.restore_backup(OWNER, shop.db_path, chosen)
            assert caught.value.code == code, chosen
            assert shop.db_path.read_bytes() == before
    assert sorted(path.name for path in shop.folder.iterdir()) == ["backups", DB_FILENAME, "salon.lock"]
    assert [info.path for info in backup.list_backups(shop.backup_dir)] == [good]  # no before-restore copy


def test_only_the_owner_may_restore(shop: Shop) -> None:
    saved = shop.back_up().path
    add_customers(5)
    with pytest.raises(PermissionDeniedError) as caught:
        restore.restore_backup(DESK, shop.db_path, saved)
    assert caught.value.code == "permission_denied"
    assert Customer.select().count() == 5


def test_a_damaged_data_file_is_set_aside_and_the_backup_takes_its_place(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shop = open_shop(folder)
    add_customers(3000)
    saved = shop.back_up().path
    shop.close()
    damage_middle(shop.db_path)
    damaged = shop.db_path.read_bytes()
    with InstanceLock(folder):
        result = restore.restore_backup(OWNER, shop.db_path, saved)
    assert result.previous is not None and result.previous.read_bytes() == damaged
    reopened = open_shop(folder)
    try:
        assert Customer.select().count() == 3000
    finally:
        reopened.close()


def test_the_full_check_finds_a_ledger_that_does_not_add_up(shop: Shop) -> None:
    add_customers(3)
    loyalty.top_up(OWNER, 1, "500", bonus="100")
    loyalty.top_up(OWNER, 2, "200")
    shop.close()
    report = integrity.check_file(shop.db_path)
    assert report.ok, report.findings
    assert report.checks == (
        "integrity",
        "foreign_keys",
        "ledger",
        "audit_chain",
        "ledger_chain",
        "packages",
        "visit_figures",
    )
    with sqlite3.connect(shop.db_path) as conn:
        conn.execute("UPDATE ledger_entry SET principal_after = 450 WHERE customer_id = 1")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE ledger_entry SET customer_id = 999 WHERE customer_id = 2")
    report = integrity.check_file(shop.db_path)
    assert [(finding.check, finding.code) for finding in report.findings] == [
        ("foreign_keys", "foreign_key_broken"),
        ("ledger", "ledger_sum_differs"),
        # the kept cards (schema 13) no longer match the rows changed behind the app's back
        ("ledger", "kept_balance_differs"),
        ("ledger", "kept_balance_differs"),
        ("ledger_chain", "ledger_entry_changed"),  # the balance, and the row moved to another customer
        ("ledger_chain", "ledger_entry_changed"),
    ]
    assert "customer #1" in report.findings[1].detail
    assert [finding.detail.split(":")[0] for finding in report.findings[2:4]] == ["customer #1", "customer #2"]
    assert [finding.detail.split(":")[0] for finding in report.findings[4:]] == ["customer #1", "customer #999"]
