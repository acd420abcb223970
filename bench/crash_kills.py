"""The crash tests at length (issue 12): N SIGKILLs spread over an import, a merge, a backup,
a restore and an upgrade, each judged as in tests/test_crash_kills.py.

Each kill point is a random moment in the scenario's run (up to 10 % past its measured end;
a run that finishes first is not a kill point, and another is drawn until N kills landed). Prints the kill points tried
per scenario, the rows lost or half written, the files named like a backup that fail
verification, and any other failed check. Two lanes run side by side (two cores).

Usage: python bench/crash_kills.py [N] [SEED] [IMPORT_ROWS]   (N defaults to 1,000)
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import crash_harness
from tests.crash_harness import Prepared, Tally

LANES = 2
_PREPARED: list[Prepared] = []  # set before the lanes fork; the closures are not picklable


def lane(number: int, wanted: int, seed: int, scratch: str) -> Tally:
    """Kill at random moments until ``wanted`` kills landed during the work (runs that finish first don't count)."""
    randomness = random.Random(seed * 100 + number)
    tally = Tally()
    where = Path(scratch) / f"lane-{number}"
    where.mkdir()
    index = 0
    while tally.kill_points < wanted:
        prepared = _PREPARED[(index * LANES + number) % len(_PREPARED)]
        moment = randomness.uniform(0, prepared.duration * 1.1)
        crash_harness.kill_at(prepared, where, moment, tally, index)
        index += 1
    return tally


def main() -> None:
    points = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    import_rows = int(sys.argv[3]) if len(sys.argv) > 3 else 8_000
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        _PREPARED.extend(crash_harness.prepare_all(where, import_rows=import_rows, upgrade_customers=6_000))
        for prepared in _PREPARED:
            crash_harness.calibrate(prepared, where)
            print(f"{prepared.name:<8} runs {prepared.duration:6.2f} s uninterrupted")
        with ProcessPoolExecutor(LANES, mp_context=get_context("fork")) as pool:
            shares = [points // LANES + (1 if number < points % LANES else 0) for number in range(LANES)]
            futures = [pool.submit(lane, number, shares[number], seed, folder) for number in range(LANES)]
            tallies = [future.result() for future in futures]
    total = Tally()
    for tally in tallies:
        for name, count in tally.tried.items():
            total.tried[name] = total.tried.get(name, 0) + count
        for name, count in tally.finished.items():
            total.finished[name] = total.finished.get(name, 0) + count
        total.rows_lost += tally.rows_lost
        total.bad_backups += tally.bad_backups
        total.failed_checks += tally.failed_checks
    runs = total.kill_points + sum(total.finished.values())
    print(f"kill points tried: {total.kill_points} in {runs} runs ({dict(sorted(total.tried.items()))})")
    print(f"runs that finished before their kill: {sum(total.finished.values())}")
    print(f"rows lost or half written: {total.rows_lost}")
    print(f"backups left that fail verification: {total.bad_backups}")
    print(f"other failed checks: {len(total.failed_checks)}")
    for line in total.failed_checks[:20]:
        print(f"  {line}")
    print(f"in {time.perf_counter() - started:.0f} s (pid {os.getpid()}, seed {seed})")
    sys.exit(1 if total.failed_checks or total.rows_lost or total.bad_backups else 0)


if __name__ == "__main__":
    main()
