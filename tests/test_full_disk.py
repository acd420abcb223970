"""A backup, an export, a sale or an import on a full disk, or into a read-only folder: a clear
message, no partial file, and the data file unchanged.

A full disk is a tiny tmpfs, mounted when the test runs as root and the kernel lets it
(skipped otherwise); a read-only folder is a read-only tmpfs, or chmod for other users
(chmod does not stop root).
"""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from salon_crm.__main__ import main


def _mount(folder: Path, options: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True, check=False
    )
    return done.returncode == 0


def _said(text: str, before: str, folder: Path, after: str) -> bool:
    """The sentence names the folder (whole, or cut short with … as the command line may)."""
    return any(
        f"{before}{shown}{after}" in text
        for shown in [str(folder), *(f"{str(folder)[:cut]}…" for cut in range(len(str(folder))))]
    )


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "full"
    if not _mount(folder, "size=1m"):
        pytest.skip("cannot mount a 1 MB tmpfs here (needs root and mount rights)")
    yield folder
    gc.collect()  # a zip writer that failed holds its file open until collected: the unmount waits for it
    subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "ro"
    if not _mount(folder, "ro,size=1m"):
        pytest.skip("cannot mount a read-only tmpfs here (needs root and mount rights)")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(folder), "demo", "--seed", "2"]) == 0  # 5 MB: more than the 1 MB disk
    return folder


def test_a_backup_onto_a_full_disk(demo: Path, full_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(demo), "backup", str(full_disk / "copy.db")]) == 1
    assert _said(capsys.readouterr().err, "The disk holding ", full_disk, " is full: nothing was written.")
    assert list(full_disk.iterdir()) == []


def test_a_backup_into_a_read_only_folder(demo: Path, read_only_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(demo), "backup", str(read_only_disk / "copy.db")]) == 1
    assert _said(capsys.readouterr().err, "The folder ", read_only_disk, " cannot be written to")
    assert list(read_only_disk.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="chmod does not stop root")
def test_a_backup_into_a_folder_without_write_permission(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert main(["--data-dir", str(demo), "backup", str(folder / "copy.db")]) == 1
        assert "cannot be written to" in capsys.readouterr().err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


# openpyxl's zip writer fails again when the garbage collector closes it: that is after our message
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_export_onto_a_full_disk(demo: Path, full_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (full_disk / "filler").write_bytes(b"\0" * 900_000)
    assert main(["--data-dir", str(demo), "export", "records", str(full_disk / "records.xlsx")]) == 1
    assert _said(capsys.readouterr().err, "The disk holding ", full_disk, " is full: nothing was written.")
    assert sorted(path.name for path in full_disk.iterdir()) == ["filler"]


def test_a_data_folder_on_a_full_disk_still_opens_without_its_daily_backup(full_disk: Path) -> None:
    from salon_crm.core.db import open_shop

    data = full_disk / "data"
    open_shop(data).close()  # a new shop: nothing to back up on its first start
    stats = os.statvfs(full_disk)
    room = 100_000  # for the -shm index, not for a copy of the shop
    (full_disk / "filler").write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - room))
    opened = open_shop(data, daily_backup=True)
    try:
        assert opened.backup_problem is not None
        assert opened.backup_problem.code == "storage_full"
    finally:
        opened.close()
    assert list((data / "backups").iterdir()) == []


def _fill(disk: Path, room: int = 0) -> Path:
    """Take every free byte of ``disk`` but ``room``."""
    stats = os.statvfs(disk)
    filler = disk / "filler"
    with filler.open("ab") as handle:
        handle.write(b"\0" * max(0, stats.f_bavail * stats.f_frsize - room))
    return filler


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "small"
    if not _mount(folder, "size=4m"):
        pytest.skip("cannot mount a 4 MB tmpfs here (needs root and mount rights)")
    yield folder
    gc.collect()  # nothing of a failed write may keep the disk busy
    subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_window_words_an_export_onto_a_full_disk(full_disk: Path) -> None:
    import salon_crm.ui.backup  # noqa: F401 - registers the disk sentences, as the main window does
    from salon_crm.core.errors import StorageError
    from salon_crm.excel.writing import Column, ColumnKind, write_table
    from salon_crm.ui.errors import describe_any

    _fill(full_disk)
    rows = [[f"客{n}" * 20] for n in range(2000)]
    with pytest.raises(StorageError) as failed:
        write_table(full_disk / "list.xlsx", "客户", [Column("姓名", ColumnKind.TEXT)], rows)
    said = describe_any(failed.value)  # the window shortens a long folder in the middle of a sentence
    assert said.startswith("The disk holding /") and said.endswith(" is full. Nothing was written.")
    assert failed.value.values == {"folder": str(full_disk)}
    assert sorted(path.name for path in full_disk.iterdir()) == ["filler"]


def test_a_sale_on_a_full_disk_is_worded_and_changes_nothing(small_disk: Path) -> None:
    from datetime import datetime

    import salon_crm.ui.backup  # noqa: F401 - registers the disk sentences, as the main window does
    from salon_crm.core import integrity, service_records
    from salon_crm.core.backup import storage_problem
    from salon_crm.core.context import OWNER
    from salon_crm.core.db import open_shop
    from salon_crm.core.models import Customer, ServiceItem, ServiceRecord
    from salon_crm.ui.errors import describe_any

    data = small_disk / "data"
    shop = open_shop(data)
    try:
        customer = Customer.create(name="林", phone="13912345678", search_text="林")
        item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45, sort_order=1)
        bill = service_records.RecordInput(
            customer.id, datetime(2026, 3, 1, 10), (service_records.LineInput(item.id),), "cash"
        )
        filler = _fill(small_disk)
        with pytest.raises(Exception) as failed:
            service_records.add_service_record(OWNER, bill)
        problem = storage_problem(failed.value)
        assert problem is not None and problem.code == "storage_full"
        said = describe_any(failed.value)
        assert said.startswith("The disk holding /") and said.endswith(" is full. Nothing was written.")
        assert problem.values == {"folder": str(data)}
        filler.unlink()
        assert ServiceRecord.select().count() == 0
        service_records.add_service_record(OWNER, bill)  # room again: the same bill is saved
    finally:
        shop.close()
    assert integrity.check_file(data / "salon.db").ok


def test_an_import_that_fills_the_disk_is_worded_and_changes_nothing(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from salon_crm.core import backup, integrity

    data = small_disk / "data"
    assert main(["--data-dir", str(data), "check"]) == 2  # no shop yet
    from salon_crm.core.db import open_shop

    open_shop(data).close()
    sheet = tmp_path / "big.csv"
    sheet.write_text(
        "姓名,手机,备注\n" + "".join(f"客{n},139{n:08d},{'常客' * 40}\n" for n in range(20_000)), encoding="utf-8"
    )
    # room for the backup before the import (a copy of the file, and its journal while written), not for the import
    _fill(small_disk, room=2 * (data / "salon.db").stat().st_size + 100_000)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "import", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert _said(err, "The disk holding ", data, " is full: nothing was written."), err
    assert "Traceback" not in err
    (small_disk / "filler").unlink()
    assert integrity.check_file(data / "salon.db").ok
    conn = backup.read_only(data / "salon.db")
    try:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 0
    finally:
        conn.close()
    assert all(backup.verify(info.path) for info in backup.list_backups(data / "backups"))


def test_a_backup_before_an_import_with_no_room_for_it_is_worded_as_a_full_disk(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The copy before an import finds no room: SQLite may call that an I/O error; the owner is told
    the disk is full, and nothing is imported."""
    data = small_disk / "data"
    from salon_crm.core.db import open_shop

    open_shop(data).close()
    sheet = tmp_path / "few.csv"
    sheet.write_text("姓名,手机\n张三,13900000001\n", encoding="utf-8")
    _fill(
        small_disk, room=(data / "salon.db").stat().st_size + 60_000
    )  # a copy, not its journal: SQLite calls that an I/O error
    capsys.readouterr()
    assert main(["--data-dir", str(data), "import", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert " is full: nothing was written." in err, err
    assert "Traceback" not in err and "I/O error" not in err
    (small_disk / "filler").unlink()
    conn = sqlite3.connect(data / "salon.db")
    try:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 0
    finally:
        conn.close()
