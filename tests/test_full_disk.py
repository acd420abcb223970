"""A backup or an export into a full or read-only folder: a clear message and no partial file.

A full disk is a tiny tmpfs, mounted when the test runs as root and the kernel lets it
(skipped otherwise); a read-only folder is a read-only tmpfs, or chmod for other users
(chmod does not stop root).
"""

from __future__ import annotations

import os
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


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "full"
    if not _mount(folder, "size=1m"):
        pytest.skip("cannot mount a 1 MB tmpfs here (needs root and mount rights)")
    yield folder
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
    assert f"The disk holding {full_disk} is full: nothing was written." in capsys.readouterr().err
    assert list(full_disk.iterdir()) == []


def test_a_backup_into_a_read_only_folder(demo: Path, read_only_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(demo), "backup", str(read_only_disk / "copy.db")]) == 1
    assert f"The folder {read_only_disk} cannot be written to" in capsys.readouterr().err
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
    assert "No space left on device" in capsys.readouterr().err
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
