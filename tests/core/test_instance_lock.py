"""One running copy per data folder; a crash's leftover lock is taken over."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salon_crm.core.db import DB_FILENAME, open_shop
from salon_crm.core.errors import DataFolderLocked
from salon_crm.core.instance_lock import LOCK_FILENAME

HOLDER = """
import sys, time
from pathlib import Path
from salon_crm.core.db import open_shop
shop = open_shop(Path(sys.argv[1]))
print("ready", flush=True)
time.sleep(60)
"""


def test_a_second_open_is_refused_naming_the_holder(tmp_path: Path) -> None:
    first = open_shop(tmp_path)
    try:
        db_before = (tmp_path / DB_FILENAME).stat().st_mtime_ns
        with pytest.raises(DataFolderLocked) as caught:
            open_shop(tmp_path)
        assert caught.value.values["pid"] == os.getpid()
        assert caught.value.values["computer"] == socket.gethostname()
        assert caught.value.values["since"]
        assert (tmp_path / DB_FILENAME).stat().st_mtime_ns == db_before
    finally:
        first.close()
    open_shop(tmp_path).close()  # free again once the first copy closed


def test_a_lock_file_left_by_a_crash_is_recovered(tmp_path: Path) -> None:
    (tmp_path / LOCK_FILENAME).write_text(
        json.dumps({"pid": 999999, "computer": "front-desk", "since": "2026-01-01T09:00:00"})
    )
    shop = open_shop(tmp_path)
    try:
        holder = json.loads((tmp_path / LOCK_FILENAME).read_text())
        assert holder["pid"] == os.getpid()
    finally:
        shop.close()


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals to kill the holder")
def test_another_process_holds_the_folder_until_it_dies(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DataFolderLocked) as caught:
            open_shop(tmp_path)
        assert caught.value.values["pid"] == holder.pid
        holder.send_signal(signal.SIGKILL)  # a crash: no clean release
        holder.wait(timeout=10)
    finally:
        if holder.poll() is None:
            holder.kill()
    deadline = time.monotonic() + 5
    while True:
        try:
            shop = open_shop(tmp_path)
            break
        except DataFolderLocked:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    shop.close()
