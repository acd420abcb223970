"""Where the data folder is: warnings for places where SQLite files get damaged.

A synced folder (OneDrive, Dropbox, Google Drive, iCloud, Nutstore) uploads a data
file half written and may put an older copy back; a network drive breaks SQLite's
locks; a ``-wal`` left by another computer means two computers used one file. Each
gives a warning (never a refusal): keep the data on this computer and send backups
there. The checks are plain functions of the path; the operating system is asked
only through the probes passed in, so tests give fake paths and fake drives.
"""

from __future__ import annotations

import json
import re
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

SYNCED_FOLDER, NETWORK_FOLDER, FOREIGN_WAL = "folder_synced", "folder_on_network", "folder_wal_from_other_computer"
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive
# folder names the sync clients create (a business OneDrive is "OneDrive - Company")
_SYNCED = (
    ("OneDrive", re.compile(r"^onedrive( - .*)?$", re.IGNORECASE)),
    ("Dropbox", re.compile(r"^dropbox( \(.*\))?$", re.IGNORECASE)),
    ("Google Drive", re.compile(r"^(google ?drive|my drive|我的云端硬盘)$", re.IGNORECASE)),
    ("iCloud", re.compile(r"^(icloud ?drive|mobile documents|com~apple~clouddocs)$", re.IGNORECASE)),
    ("Nutstore", re.compile(r"^(nutstore|坚果云)$", re.IGNORECASE)),
)
_NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afpfs", "webdav", "davfs"}


@dataclass(frozen=True)
class PlaceWarning:
    """One reason the data folder's place is risky: a code and what to name in the sentence."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)


def synced_service(path: PurePath) -> str | None:
    """The sync service whose folder holds ``path`` (None when none does)."""
    for part in path.parts:
        for service, pattern in _SYNCED:
            if pattern.match(part.strip("\\/")):
                return service
    return None


def is_unc(path: PurePath | str) -> bool:
    r"""A Windows network path: ``\\server\share\...`` (or ``//server/share``)."""
    text = str(path)
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    local_device = text.startswith(("\\\\?\\", "\\\\.\\"))  # \\?\C:\... is a local path
    return text.startswith(("\\\\", "//")) and not local_device


def windows_drive_type(root: str) -> int:
    """``GetDriveTypeW`` for a drive root such as ``Z:\\`` (0 when it cannot be asked)."""
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def mount_file_system(path: Path, mounts: str | None = None) -> str:
    """The file system type of the mount holding ``path`` (POSIX ``/proc/mounts``; "" if unknown)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    best, kind = "", ""
    text = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind


def on_network(
    path: PurePath,
    *,
    platform: str = sys.platform,
    drive_type: Callable[[str], int] = windows_drive_type,
    file_system: Callable[[PurePath], str] | None = None,
) -> bool:
    """Whether ``path`` is on another computer: a UNC path, a mapped drive, an NFS/SMB mount."""
    if platform == "win32":
        windows = PureWindowsPath(str(path))
        if is_unc(windows):
            return True
        drive = windows.drive.removeprefix("\\\\?\\")  # \\?\C: is drive C:
        return len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE
    if is_unc(path):
        return True
    kind = file_system(path) if file_system is not None else mount_file_system(Path(path))
    return kind in _NETWORK_FILE_SYSTEMS or kind.startswith(("nfs", "smb", "cifs"))


def lock_holder_computer(lock_file: Path) -> str:
    """The computer ``salon.lock`` names (empty once its holder closed the shop normally)."""
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return ""
    return str(data.get("computer", "")) if isinstance(data, dict) else ""


def foreign_wal_computer(folder: Path, db_filename: str, lock_filename: str, this_computer: str) -> str | None:
    """The other computer that left unfinished changes (``-wal``/``-shm``) beside the data file."""
    left = [folder / f"{db_filename}{suffix}" for suffix in ("-wal", "-shm")]
    if not any(path.exists() and path.stat().st_size > 0 for path in left):
        return None
    computer = lock_holder_computer(folder / lock_filename)
    if computer and computer.casefold() != this_computer.casefold():
        return computer
    return None


def place_warnings(
    folder: Path,
    *,
    db_filename: str = "salon.db",
    lock_filename: str = "salon.lock",
    this_computer: str | None = None,
    platform: str = sys.platform,
    drive_type: Callable[[str], int] = windows_drive_type,
    file_system: Callable[[PurePath], str] | None = None,
) -> list[PlaceWarning]:
    """Every warning for the data folder ``folder``; read before the folder is locked
    (the lock file still names the last computer that held it)."""
    found: list[PlaceWarning] = []
    absolute = folder.absolute()
    computer = foreign_wal_computer(folder, db_filename, lock_filename, this_computer or socket.gethostname())
    if computer is not None:
        found.append(PlaceWarning(FOREIGN_WAL, {"folder": str(folder), "computer": computer}))
    service = synced_service(absolute)
    if service is not None:
        found.append(PlaceWarning(SYNCED_FOLDER, {"folder": str(folder), "service": service}))
    elif on_network(absolute, platform=platform, drive_type=drive_type, file_system=file_system):
        found.append(PlaceWarning(NETWORK_FOLDER, {"folder": str(folder)}))
    return found
