"""Time a backup, the exit backup, a restore, the start-up quick check and the full check at a busy shop's scale.

.venv/bin/python bench/backup_restore.py [CUSTOMERS RECORDS]   (default 100000 1000000)
.venv/bin/python bench/backup_restore.py demo
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from customers_list import build

from salon_crm.core import backup, integrity, restore
from salon_crm.core.context import OWNER
from salon_crm.core.db import check_data_file, open_shop
from salon_crm.demo import fill_demo_shop


def timed(what: str, call: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = call()
    print(f"{what:<40} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> None:
    args = sys.argv[1:]
    with tempfile.TemporaryDirectory() as folder:
        shop = open_shop(Path(folder) / "data")
        if args and args[0] == "demo":
            fill_demo_shop(OWNER)
        else:
            build(int(args[0]) if args else 100_000, int(args[1]) if len(args) > 1 else 1_000_000)
        size = shop.db_path.stat().st_size / 1_048_576
        print(f"data file {size:.0f} MB")
        info = timed("backup (copy, integrity check, rename)", shop.back_up)
        print(f"  {info.counts}")
        skipped = timed("exit backup, nothing changed since", shop.back_up_on_exit)
        print(f"  {'skipped' if skipped is None else 'taken'}")
        timed("restore over the open shop", lambda: restore.restore_backup(OWNER, shop.db_path, info.path))
        taken = timed("exit backup after a change (the restore)", shop.back_up_on_exit)
        print(f"  {'skipped' if taken is None else 'taken'}")
        timed("list backups (with counts)", lambda: backup.list_backups(shop.backup_dir))
        shop.close()
        timed("start-up quick check", lambda: check_data_file(shop.db_path))
        report = timed("salon-crm check (full)", lambda: integrity.check_file(shop.db_path))
        print(f"  ok={report.ok} checks={report.checks}")


if __name__ == "__main__":
    main()
