"""Kill a large import, a merge, a backup, a restore and an upgrade at chosen moments, then judge the file.

Each run copies a prepared data folder, forks a child that opens it and does the work,
and SIGKILLs the child a given number of seconds after it says it is ready. The
parent then checks what a power cut would leave: the file passes SQLite's integrity
check and the full ``check`` (ledger sums equal balances, seals), holds all or none of
the interrupted work, every file named like a backup in ``backups/`` verifies, and the
next start opens the folder. Used by tests/test_crash_kills.py and bench/crash_kills.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import time
from collections.abc import Callable
from dataclasses import astuple, dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from salon_crm.core import backup, integrity
from salon_crm.core.backup import RecordCounts
from salon_crm.core.context import OWNER
from salon_crm.core.db import DB_FILENAME, open_shop

SCENARIOS = ("import", "merge", "backup", "restore", "upgrade")
FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Prepared:
    """A scenario's starting folder and the states the file may be in after a kill."""

    name: str
    folder: Path
    allowed: list[RecordCounts]
    work: Callable[[Path], None]  # runs in the child, on a copy of ``folder``
    judge: Callable[[Path], int] | None = None  # rows lost beyond what the counts show
    duration: float = 0.0  # seconds from ready to done, measured without a kill


@dataclass
class Tally:
    """What the kills found, per scenario and in all."""

    tried: dict[str, int] = field(default_factory=dict)
    finished: dict[str, int] = field(default_factory=dict)
    rows_lost: int = 0
    bad_backups: int = 0
    failed_checks: list[str] = field(default_factory=list)

    @property
    def kill_points(self) -> int:
        return sum(self.tried.values())


def counts_of(db_path: Path) -> RecordCounts:
    conn = backup.read_only(db_path)
    try:
        return backup.count_records(conn)
    finally:
        conn.close()


# --- preparing the starting folders -------------------------------------------------------


def demo_folder(where: Path) -> Path:
    """A demo shop (600 customers, 12,000 ledger rows, 6 MB): the base of most scenarios."""
    from salon_crm.demo import fill_demo_shop

    folder = where / "demo"
    shop = open_shop(folder)
    try:
        fill_demo_shop(OWNER, seed=2)
    finally:
        shop.close()
    return folder


def _copy(folder: Path, target: Path) -> Path:
    shutil.copytree(folder, target)
    return target


def _import_plan(rows: int) -> object:
    from salon_crm.core import customer_imports
    from salon_crm.core.profiles import CustomerInput

    wanted = [
        customer_imports.ImportRow(
            line=line + 2,
            original=(),
            customer=CustomerInput(name=f"导入{line}", phone=f"186{line:08d}"),
            given=frozenset({"name", "phone"}),
            balance=Decimal("100.50"),
            points=line % 50 + 1,
        )
        for line in range(rows)
    ]
    return customer_imports.plan_import(wanted)


def prepare_import(base: Path, where: Path, rows: int) -> Prepared:
    """All or none of ``rows`` new customers, each with an opening balance (a ledger row)."""
    folder = _copy(base, where / "import")
    shop = open_shop(folder)
    try:
        plan = _import_plan(rows)
    finally:
        shop.close()
    before = counts_of(folder / DB_FILENAME)
    after = replace(before, customers=before.customers + rows, ledger_entries=before.ledger_entries + rows)

    def work(copy: Path) -> None:
        from salon_crm.core import customer_imports

        opened = open_shop(copy)
        _ready()
        customer_imports.commit_import(OWNER, plan, backup_dir=opened.backup_dir)  # type: ignore[arg-type]
        opened.close()

    return Prepared("import", folder, [before, after], work)


def _busiest_pair(db_path: Path) -> tuple[int, int]:
    conn = backup.read_only(db_path)
    try:
        rows = conn.execute(
            "SELECT customer_id FROM service_record GROUP BY customer_id ORDER BY count(*) DESC LIMIT 2"
        ).fetchall()
    finally:
        conn.close()
    return int(rows[0][0]), int(rows[1][0])


def _merge_state(db_path: Path, merge_id: int) -> tuple[int | None, int]:
    conn = backup.read_only(db_path)
    try:
        merged_into = conn.execute("SELECT merged_into_id FROM customer WHERE id = ?", (merge_id,)).fetchone()[0]
        records = conn.execute("SELECT count(*) FROM service_record WHERE customer_id = ?", (merge_id,)).fetchone()[0]
    finally:
        conn.close()
    return merged_into, int(records)


def prepare_merge(base: Path, where: Path) -> Prepared:
    """The two customers with the most bills: merged (every bill moved) or not at all."""
    folder = _copy(base, where / "merge")
    keep_id, merge_id = _busiest_pair(folder / DB_FILENAME)
    _, records = _merge_state(folder / DB_FILENAME, merge_id)
    before = counts_of(folder / DB_FILENAME)

    def work(copy: Path) -> None:
        from salon_crm.core.merging import merge_customers

        opened = open_shop(copy)
        _ready()
        merge_customers(OWNER, keep_id, merge_id)
        opened.close()

    def judge(db_path: Path) -> int:
        merged_into, left = _merge_state(db_path, merge_id)
        if merged_into is None:
            return records - left  # not merged: every bill still on the merged file
        return left  # merged: none left behind

    # the merge adds two ledger rows when the merged file had a balance: either count is whole work
    with_adjustments = replace(before, ledger_entries=before.ledger_entries + 2)
    return Prepared("merge", folder, [before, with_adjustments], work, judge)


def prepare_backup(base: Path, where: Path) -> Prepared:
    """A backup by hand: the data file unchanged, and a backup that is whole or absent."""
    folder = _copy(base, where / "backup")

    def work(copy: Path) -> None:
        opened = open_shop(copy)
        _ready()
        opened.back_up(backup.AT_EXIT)
        opened.close()

    return Prepared("backup", folder, [counts_of(folder / DB_FILENAME)], work)


def prepare_restore(base: Path, where: Path, extra: int) -> Prepared:
    """The live demo shop replaced by a backup of it holding ``extra`` more customers."""
    folder = _copy(base, where / "restore")
    other = _copy(base, where / "restore-source")
    shop = open_shop(other)
    try:
        from salon_crm.core import customer_imports

        customer_imports.commit_import(OWNER, _import_plan(extra), backup_dir=None)  # type: ignore[arg-type]
    finally:
        shop.close()
    chosen = where / "chosen.db"
    backup.copy_verified(other / DB_FILENAME, chosen)
    shutil.rmtree(other)

    def work(copy: Path) -> None:
        from salon_crm.core import restore
        from salon_crm.core.instance_lock import InstanceLock

        with InstanceLock(copy):
            _ready()
            restore.restore_backup(OWNER, copy / DB_FILENAME, chosen)

    return Prepared("restore", folder, [counts_of(folder / DB_FILENAME), counts_of(chosen)], work)


def old_schema_folder(where: Path, customers: int) -> Path:
    """A schema-1 file (from the committed dump) with ``customers`` more customers, each with a
    top-up and an audit entry, so the upgrade has rows to rewrite and seal."""
    folder = where / "upgrade"
    folder.mkdir(parents=True)
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.executescript((FIXTURES / "salon_v1.sql").read_text(encoding="utf-8"))
    at = "2025-03-03 10:00:00"
    conn.executemany(
        "INSERT INTO customer (name, gender, phone, wechat, email, address, occupation, source, notes, "
        "skin_type, hair_type, allergies, preferences, marketing_consent, search_text, created_at, updated_at) "
        "VALUES (?, 'female', ?, '', '', '', '', 'walk_in', '', '', '', '', '', 0, ?, ?, ?)",
        [(f"老客{n}", f"137{n:08d}", f"老客{n} 137{n:08d}", at, at) for n in range(customers)],
    )
    conn.execute(
        "INSERT INTO ledger_entry (customer_id, at, kind, principal_delta, bonus_delta, points_delta, "
        "principal_after, bonus_after, points_after, imported, actor, note) "
        "SELECT id, ?, 'top_up', 200, 20, 0, 200, 20, 0, 0, 'owner', '' FROM customer WHERE id > 1",
        (at,),
    )
    conn.execute(
        "INSERT INTO audit_entry (at, actor, action, table_name, record_id, before, after) "
        "SELECT ?, 'owner', 'create', 'customer', id, NULL, json_object('name', name) FROM customer WHERE id > 1",
        (at,),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return folder


def prepare_upgrade(where: Path, customers: int) -> Prepared:
    """Opening a schema-1 file: backed up, then upgraded step by step (each step all or none)."""
    folder = old_schema_folder(where, customers)
    before = counts_of(folder / DB_FILENAME)

    def work(copy: Path) -> None:
        _ready()
        open_shop(copy).close()

    return Prepared("upgrade", folder, [before], work)


# --- one kill ---------------------------------------------------------------------------

_PIPE: list[int] = []  # the child's end of its pipe to the parent


def _ready() -> None:
    """The child tells the parent the work starts now (the kill is timed from here)."""
    os.write(_PIPE[0], b"r")


def _child(prepared: Prepared, copy: Path, pipe: int) -> None:
    _PIPE[:] = [pipe]
    code = 0
    try:
        prepared.work(copy)
        os.write(pipe, b"d")
    except BaseException as error:  # told to the parent, which fails the run
        os.write(pipe, f"e{type(error).__name__}: {error}".encode()[:4000])
        code = 1
    finally:
        os._exit(code)


def run_child(prepared: Prepared, copy: Path, kill_after: float | None) -> tuple[bool, float]:
    """Fork the work on ``copy``; SIGKILL it ``kill_after`` seconds after it is ready.

    Returns whether it finished before the kill and the seconds from ready to done (or kill).
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no test machinery, just the work
        os.close(read_end)
        _child(prepared, copy, write_end)
    os.close(write_end)
    try:
        first = os.read(read_end, 4096)
        if not first.startswith(b"r"):
            os.waitpid(pid, 0)
            raise RuntimeError(f"{prepared.name}: the child failed before it was ready: {first.decode()}")
        started = time.perf_counter()
        if kill_after is None:
            rest = first[1:] or os.read(read_end, 4096)
            os.waitpid(pid, 0)
            if not rest.startswith(b"d"):
                raise RuntimeError(f"{prepared.name}: the work failed: {rest.decode()}")
            return True, time.perf_counter() - started
        time.sleep(kill_after)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        elapsed = time.perf_counter() - started
        os.set_blocking(read_end, False)
        try:
            rest = first[1:] + os.read(read_end, 4096)
        except BlockingIOError:
            rest = first[1:]
        if rest.startswith(b"e"):
            raise RuntimeError(f"{prepared.name}: the work failed: {rest.decode()}")
        return rest.startswith(b"d"), elapsed
    finally:
        os.close(read_end)


def calibrate(prepared: Prepared, scratch: Path) -> float:
    """How long the work takes when nothing kills it (the kills are spread over this)."""
    copy = _copy(prepared.folder, scratch / f"{prepared.name}-calibrate")
    _finished, prepared.duration = run_child(prepared, copy, None)
    judge_after_kill(prepared, copy, Tally())
    shutil.rmtree(copy)
    return prepared.duration


def bad_backups(folder: Path) -> list[str]:
    """Files in ``backups/`` named like a backup that fail verification."""
    found = []
    backup_dir = folder / backup.BACKUP_DIRNAME
    for info in backup._named(backup_dir):
        try:
            backup.verify(info.path)
        except Exception as error:  # every kind of failure is a bad backup
            found.append(f"{info.path.name}: {error}")
    return found


def _rows_lost(prepared: Prepared, counts: RecordCounts) -> int:
    def distance(allowed: RecordCounts) -> int:
        return sum(abs(a - b) for a, b in zip(astuple(counts), astuple(allowed), strict=True))

    return min(distance(allowed) for allowed in prepared.allowed)


def judge_after_kill(prepared: Prepared, copy: Path, tally: Tally) -> None:
    """Everything a kill must not break; problems go to ``tally``."""
    db_path = copy / DB_FILENAME
    problems: list[str] = []
    conn = backup.read_only(db_path)
    try:
        problems += backup.integrity_problems(conn)
    finally:
        conn.close()
    counts = counts_of(db_path)
    lost = _rows_lost(prepared, counts)
    if prepared.judge is not None:
        lost += prepared.judge(db_path)
    bad = bad_backups(copy)
    # the next start: partial files cleaned, the quick check passed, an upgrade finished
    open_shop(copy).close()
    if not any(copy.glob(f"{backup.BACKUP_DIRNAME}/*{backup.TEMP_SUFFIX}*")):
        report = integrity.check_file(db_path)
        problems += [f"{finding.check}: {finding.code} {finding.detail}" for finding in report.findings]
    else:
        left = sorted(path.name for path in copy.glob(f"{backup.BACKUP_DIRNAME}/*{backup.TEMP_SUFFIX}*"))
        problems.append(f"a partial backup was left after the next start: {left}")
    if counts_of(db_path) != counts:
        problems.append(f"the next start changed the counts: {counts} -> {counts_of(db_path)}")
    tally.rows_lost += lost
    tally.bad_backups += len(bad)
    if lost:
        problems.append(f"{lost} rows lost or half written: {counts} not in {prepared.allowed}")
    tally.failed_checks += [f"{prepared.name}: {problem}" for problem in problems + bad]


def kill_at(prepared: Prepared, scratch: Path, kill_after: float, tally: Tally, number: int) -> None:
    """One kill point: copy, fork, kill, judge, clean up."""
    copy = _copy(prepared.folder, scratch / f"{prepared.name}-{number}")
    try:
        finished, _elapsed = run_child(prepared, copy, kill_after)
        key = prepared.name
        if finished:
            tally.finished[key] = tally.finished.get(key, 0) + 1
        else:
            tally.tried[key] = tally.tried.get(key, 0) + 1
        try:
            judge_after_kill(prepared, copy, tally)
        except Exception as error:  # a file the checks cannot even read is a failed kill point
            tally.failed_checks.append(f"{prepared.name}: after {kill_after:.3f} s: {type(error).__name__}: {error}")
            shutil.copytree(copy, scratch / f"failed-{prepared.name}-{number}", dirs_exist_ok=True)
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def prepare_all(where: Path, *, import_rows: int, upgrade_customers: int) -> list[Prepared]:
    base = demo_folder(where)
    return [
        prepare_import(base, where, import_rows),
        prepare_merge(base, where),
        prepare_backup(base, where),
        prepare_restore(base, where, 300),
        prepare_upgrade(where, upgrade_customers),
    ]
