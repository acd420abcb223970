"""Warnings for a data folder in a synced folder, on a network drive, or with a -wal from another computer."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from salon_crm.core import place_warnings
from salon_crm.core.db import open_shop
from salon_crm.core.place_warnings import FOREIGN_WAL, NETWORK_FOLDER, SYNCED_FOLDER, PlaceWarning


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (PureWindowsPath(r"C:\Users\li\OneDrive\salon"), "OneDrive"),
        (PureWindowsPath(r"C:\Users\li\OneDrive - 美丽发艺\数据"), "OneDrive"),
        (PureWindowsPath(r"D:\Dropbox\shop"), "Dropbox"),
        (PureWindowsPath(r"D:\Dropbox (Personal)\shop"), "Dropbox"),
        (PureWindowsPath(r"G:\My Drive\salon"), "Google Drive"),
        (PurePosixPath("/Users/li/Google Drive/salon"), "Google Drive"),
        (PurePosixPath("/Users/li/Library/Mobile Documents/com~apple~CloudDocs/salon"), "iCloud"),
        (PureWindowsPath(r"C:\Users\li\iCloudDrive\salon"), "iCloud"),
        (PureWindowsPath(r"C:\Users\li\坚果云\salon"), "Nutstore"),
        (PureWindowsPath(r"C:\Users\li\AppData\Roaming\salon_crm"), None),
        (PurePosixPath("/home/li/.local/share/salon_crm"), None),
        (PurePosixPath("/home/li/my-onedrive-notes/salon"), None),  # a name that only contains the word
    ],
)
def test_synced_folders_are_known_by_their_names(path: PureWindowsPath | PurePosixPath, service: str | None) -> None:
    assert place_warnings.synced_service(path) == service


def test_network_places_on_windows() -> None:
    drives = {"Z:\\": place_warnings.DRIVE_REMOTE, "C:\\": 3}  # 3: a fixed disk

    def remote(path: str) -> bool:
        return place_warnings.on_network(PureWindowsPath(path), platform="win32", drive_type=lambda root: drives[root])

    assert remote(r"\\server\share\salon")
    assert remote(r"\\?\UNC\server\share\salon")
    assert remote(r"Z:\salon")
    assert not remote(r"C:\Users\li\AppData\Roaming\salon_crm")
    assert not remote(r"\\?\C:\salon")


def test_network_mounts_elsewhere() -> None:
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/shop nfs4 rw 0 0\n"
        "//nas/share /mnt/nas\\040box cifs rw 0 0\n"
        "tmpfs /mnt/shop/local tmpfs rw 0 0\n"
    )

    def remote(path: str) -> bool:
        return place_warnings.on_network(
            PurePosixPath(path),
            platform="linux",
            file_system=lambda where: place_warnings.mount_file_system(Path(where), mounts),
        )

    assert remote("/mnt/shop/salon")
    assert remote("/mnt/nas box/salon")
    assert not remote("/mnt/shop/local/salon")  # the longest mount point wins
    assert not remote("/home/li/salon")
    assert not remote("/mnt/shopping")
    assert remote("//server/share/salon")


def _left_by(folder: Path, computer: str, *, wal: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "salon.lock").write_text(json.dumps({"pid": 42, "computer": computer, "since": "2026-12-01T09:00:00"}))
    if wal:
        (folder / "salon.db-wal").write_bytes(b"\0" * 4096)


def test_a_wal_left_by_another_computer_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _left_by(folder, "FRONT-DESK-2")
    found = place_warnings.place_warnings(folder, this_computer="back-office", file_system=lambda where: "ext4")
    assert found == [PlaceWarning(FOREIGN_WAL, {"folder": str(folder), "computer": "FRONT-DESK-2"})]


@pytest.mark.parametrize(
    ("computer", "wal"),
    [("back-office", True), ("BACK-OFFICE", True), ("FRONT-DESK-2", False), ("", True)],
    ids=["this computer", "this computer in capitals", "no wal", "closed normally"],
)
def test_no_wal_warning_for_this_computer_or_a_clean_close(tmp_path: Path, computer: str, wal: bool) -> None:
    folder = tmp_path / "data"
    _left_by(folder, computer, wal=wal)
    assert place_warnings.place_warnings(folder, this_computer="back-office", file_system=lambda where: "ext4") == []


def test_a_shop_opened_in_a_synced_folder_carries_the_warning(tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive - Salon" / "data"
    shop = open_shop(folder)
    try:
        assert shop.warnings == (PlaceWarning(SYNCED_FOLDER, {"folder": str(folder), "service": "OneDrive"}),)
    finally:
        shop.close()
    plain = open_shop(tmp_path / "local")
    try:
        assert plain.warnings == ()
    finally:
        plain.close()


def test_the_network_warning_is_given_once_with_the_folder(tmp_path: Path) -> None:
    found = place_warnings.place_warnings(tmp_path, this_computer="pc", file_system=lambda where: "cifs")
    assert found == [PlaceWarning(NETWORK_FOLDER, {"folder": str(tmp_path)})]
