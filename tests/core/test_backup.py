"""Backups: verified copies under their final name only, rotation, partial files, damaged data files."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from salon_crm.core import backup, clock, loyalty, opening
from salon_crm.core.backup import BackupInfo, RecordCounts
from salon_crm.core.context import OWNER
from salon_crm.core.db import DB_FILENAME, Shop, open_shop
from salon_crm.core.errors import DataFileError, DataFolderLocked
from salon_crm.core.models import Customer, database_proxy


def add_customers(count: int, start: int = 0) -> None:
    with database_proxy.atomic():
        Customer.insert_many(
            [{"name": f"客{n}", "phone": f"139{n:08d}", "search_text": f"客{n}"} for n in range(start, start + count)]
        ).execute()


def damage_middle(path: Path) -> None:
    """Overwrite a run of pages in the middle of the file, as a bad sector would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek((size // 2) // 4096 * 4096)
        handle.write(b"\xa5" * 4096 * 4)


def test_a_backup_is_verified_self_contained_and_counted(shop: Shop) -> None:
    add_customers(120)
    loyalty.top_up(OWNER, 1, "100")
    info = shop.back_up()
    assert info.path.parent == shop.backup_dir
    assert info.path.name.startswith("salon-manual-")
    assert info.counts == RecordCounts(customers=120, ledger_entries=1)
    assert sorted(path.name for path in shop.backup_dir.iterdir()) == [info.path.name]  # no temp, no -journal
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    listed = backup.list_backups(shop.backup_dir)
    assert [(item.path, item.counts, item.label) for item in listed] == [(info.path, info.counts, "manual")]
    assert listed[0].size == info.path.stat().st_size


def test_a_damaged_file_gives_no_backup_at_all(shop: Shop, tmp_path: Path) -> None:
    add_customers(3000)
    shop.close()
    damage_middle(shop.db_path)
    target = tmp_path / "out" / "copy.db"
    with pytest.raises(DataFileError):
        backup.copy_verified(shop.db_path, target)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def _info(label: str, moment: datetime) -> BackupInfo:
    return BackupInfo(Path(backup.backup_name(label, moment)), label, moment, 1)


def test_rotation_keeps_7_daily_4_weekly_12_monthly_and_the_last_10_risky_copies() -> None:
    start = datetime(2024, 1, 1, 9)
    regular = [_info(backup.AT_EXIT, start + timedelta(days=day, hours=hour)) for day in range(500) for hour in (0, 10)]
    risky = [_info(backup.BEFORE_IMPORT, start + timedelta(days=day, hours=3)) for day in range(0, 500, 7)]
    keep, drop = backup.rotation(regular + risky)
    assert len(keep) + len(drop) == len(regular) + len(risky)
    kept_regular = sorted((info.taken_at for info in keep if not info.risky), reverse=True)
    newest = max(info.taken_at for info in regular)
    assert kept_regular[:7] == [newest - timedelta(days=day) for day in range(7)]  # the last of each day
    assert len({(moment.year, moment.month) for moment in kept_regular}) == 12
    assert len(kept_regular) <= 7 + 4 + 12
    assert sorted(info.taken_at for info in keep if info.risky) == sorted(info.taken_at for info in risky)[-10:]


def test_the_backups_folder_is_pruned_after_each_backup(shop: Shop) -> None:
    start = datetime(2025, 3, 1, 10)
    for number in range(12):
        backup.back_up(shop.db_path, shop.backup_dir, backup.BEFORE_IMPORT, now=start + timedelta(minutes=number))
    for day in range(9):
        backup.back_up(shop.db_path, shop.backup_dir, backup.AT_EXIT, now=start + timedelta(days=day))
    names = sorted(path.name for path in shop.backup_dir.iterdir())
    assert sum("before-import" in name for name in names) == 10
    assert "salon-before-import-20250301-100000-000000.db" not in names  # the oldest two went
    assert sum("at-exit" in name for name in names) == 8  # 7 days, and the week before them


def test_copies_taken_at_one_moment_keep_each_other(shop: Shop) -> None:
    moment = datetime(2025, 3, 1, 10)
    first = backup.back_up(shop.db_path, shop.backup_dir, backup.BEFORE_MERGE, now=moment)
    second = backup.back_up(shop.db_path, shop.backup_dir, backup.BEFORE_MERGE, now=moment)
    assert first.path.exists() and second.path.exists() and first.path != second.path
    assert backup.list_backups(shop.backup_dir)[0].path == second.path


def test_what_a_crash_left_half_written_is_cleaned_when_the_shop_opens(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_shop(folder).close()
    backups = folder / "backups"
    backups.mkdir()
    good = backup.back_up(folder / DB_FILENAME, backups, backup.MANUAL).path
    leftovers = [
        backups / "salon-manual-20250101-100000-000000.db.partial",
        backups / "salon-before-import-20250101-100000-000000.db",  # an import killed during its backup
        backups / "salon-before-import-20250101-100000-000000.db-journal",
        backups / "salon-before-import-20250102-100000-000000.db",  # zero bytes
        folder / "salon-restoring.partial",
    ]
    for path in leftovers:
        path.write_bytes(b"" if path.name.startswith("salon-before-import-20250102") else b"half")
    open_shop(folder).close()
    assert [path for path in leftovers if path.exists()] == []
    assert good.exists()


def test_the_first_start_of_each_day_takes_one_backup(tmp_path: Path, shop_clock: clock.FixedClock) -> None:
    folder = tmp_path / "data"
    shop_clock.set(datetime(2025, 6, 2, 9, 0))
    open_shop(folder).close()  # a new shop: nothing to back up yet
    for hour in (9, 13, 18):
        shop_clock.set(datetime(2025, 6, 2, hour, 30))
        open_shop(folder, daily_backup=True).close()
    shop_clock.set(datetime(2025, 6, 3, 8, 0))
    open_shop(folder, daily_backup=True).close()
    names = sorted(path.name for path in (folder / "backups").glob("*.db"))  # beside them: a clean close's note
    assert names == ["salon-at-start-20250602-093000-000000.db", "salon-at-start-20250603-080000-000000.db"]


def test_a_zero_byte_data_file_is_refused_not_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"")
    with pytest.raises(DataFileError) as caught:
        open_shop(folder)
    assert caught.value.code == "data_file_empty"
    assert (folder / DB_FILENAME).stat().st_size == 0
    assert not (folder / f"{DB_FILENAME}-wal").exists()


def test_a_damaged_data_file_is_refused_untouched_naming_the_newest_good_backup(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shop = open_shop(folder)
    add_customers(3000)
    older = shop.back_up().path
    newest = shop.back_up(backup.BEFORE_IMPORT).path
    shop.close()
    damage_middle(newest)  # the newest backup is bad too: the one before it is offered
    damage_middle(shop.db_path)
    before = shop.db_path.read_bytes()
    with pytest.raises(DataFileError) as caught:
        open_shop(folder)
    assert caught.value.code == "data_file_damaged"
    assert caught.value.values["backup"] == str(older)
    assert shop.db_path.read_bytes() == before
    assert not (folder / f"{DB_FILENAME}-wal").exists() or (folder / f"{DB_FILENAME}-wal").stat().st_size == 0
    older.unlink()
    with pytest.raises(DataFileError) as again:
        open_shop(folder)
    assert again.value.code == "data_file_damaged_no_backup"


def test_a_damaged_file_checked_while_the_window_loads_is_refused_untouched(tmp_path: Path) -> None:
    """``python -m salon_crm`` starts the check before Qt loads (core.opening): the same refusal, nothing written."""
    folder = tmp_path / "data"
    shop = open_shop(folder)
    add_customers(3000)
    good = shop.back_up().path
    shop.close()
    damage_middle(shop.db_path)
    before = shop.db_path.read_bytes()
    begun = opening.begin(folder)
    assert begun.check is not None  # under way on its thread
    with pytest.raises(DataFileError) as caught:
        open_shop(folder, daily_backup=True, begun=begun)
    assert caught.value.code == "data_file_damaged"
    assert caught.value.values["backup"] == str(good)
    assert shop.db_path.read_bytes() == before
    assert not (folder / f"{DB_FILENAME}-wal").exists() or (folder / f"{DB_FILENAME}-wal").stat().st_size == 0
    assert [path.name for path in shop.backup_dir.glob("*.db")] == [good.name]  # no backup of the damaged file
    with pytest.raises(DataFileError) as again:  # the folder was given back: the same refusal, not "already open"
        open_shop(folder, begun=opening.begin(folder))
    assert again.value.code == "data_file_damaged"


def test_a_folder_held_by_another_copy_is_refused_through_the_early_start(tmp_path: Path) -> None:
    holder = open_shop(tmp_path / "data")
    try:
        begun = opening.begin(tmp_path / "data")
        assert begun.check is None  # no lock, no check
        with pytest.raises(DataFolderLocked):
            open_shop(tmp_path / "data", begun=begun)
    finally:
        holder.close()
    open_shop(tmp_path / "data", begun=opening.begin(tmp_path / "data")).close()


def test_a_copy_killed_while_still_in_wal_mode_is_cleaned_at_start(tmp_path: Path) -> None:
    from salon_crm.core import backup as backup_module

    folder = tmp_path / "backups"
    folder.mkdir()
    stem = folder / "salon-manual-20261205-101500.db.partial"
    for end in ("", "-wal", "-shm"):  # what a kill between the copy and its switch to a single file leaves
        (stem.parent / (stem.name + end)).write_bytes(b"half")
    removed = backup_module.clean_partial_files(folder)
    assert len(removed) == 3 and not list(folder.iterdir())
