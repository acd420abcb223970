"""One running copy of the app per data folder.

The lock is an operating-system lock on ``salon.lock`` held for the life of the
process, so a crash releases it by itself: a lock file left behind by a crash is
simply taken over. The file's text names the holder (PID, computer, since when)
so a second start can say who has the folder open.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from salon_crm.core import clock
from salon_crm.core.errors import DataFolderLocked

LOCK_FILENAME = "salon.lock"
# Windows locks byte ranges and a locked range cannot be read; lock a byte far
# past the holder's text so the second instance can still read who holds it.
_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class LockHolder:
    """Who holds a data folder."""

    pid: int
    computer: str
    since: str


def _try_os_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _read_holder(path: Path) -> LockHolder:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
        return LockHolder(
            int(data.get("pid", 0)),
            str(data.get("computer", "?")),
            str(data.get("since", "?")),
        )
    except (OSError, ValueError):
        return LockHolder(0, "?", "?")


class InstanceLock:
    """Holds the data folder for this process until :meth:`release`."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILENAME
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the folder, or raise :class:`DataFolderLocked` naming the holder."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
        if not _try_os_lock(handle):
            handle.close()
            holder = _read_holder(self.path)
            raise DataFolderLocked(
                "data_folder_locked",
                pid=holder.pid,
                computer=holder.computer,
                since=holder.since,
            )
        holder_text = json.dumps(
            {
                "pid": os.getpid(),
                "computer": socket.gethostname(),
                "since": clock.now().isoformat(timespec="seconds"),
            }
        )
        handle.seek(0)
        handle.truncate()
        handle.write(holder_text)
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Let the folder go (the OS lock goes with the closed handle)."""
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        handle.seek(0)
        handle.truncate()
        handle.flush()
        if sys.platform == "win32":
            import msvcrt

            handle.seek(_LOCK_OFFSET)
            with contextlib.suppress(OSError):
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        handle.close()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
