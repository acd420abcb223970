"""The import fuzzed at length (issue 13): N mutated workbooks and CSV files through read + plan.

Counts each outcome; a traceback (anything but a typed SalonError) is saved under
``fuzz-failures/`` with its seed and mutation; the data file is digested before and after
every refusal; the peak memory of this process and of the reading children is printed.

Usage: python bench/fuzz_import.py [N] [SEED]     (N defaults to 10,000)
"""

from __future__ import annotations

import hashlib
import random
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "excel"))

from fuzz_mutations import CSV_MUTATIONS, WORKBOOK_MUTATIONS

from salon_crm.core import customer_imports
from salon_crm.core.db import open_shop
from salon_crm.core.errors import SalonError
from salon_crm.excel.customer_import import build_rows, read_sheet

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "excel"
WORKBOOKS = ["sample_customers_messy.xlsx", "sample_customers_libreoffice.xlsx", "sample_clients_english.xlsx"]


def digest(paths: list[Path]) -> list[str]:
    return [hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "" for path in paths]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 13
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    tracebacks = changed = 0
    slowest = peak = (0.0, "")
    failures = Path("fuzz-failures")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        shop = open_shop(folder / "data")
        files = [shop.db_path, shop.db_path.with_name(shop.db_path.name + "-wal")]
        try:
            for number in range(count):
                csv = rng.random() < 0.4
                name = "sample_customers_gbk.csv" if csv else rng.choice(WORKBOOKS)
                mutation = rng.choice(CSV_MUTATIONS if csv else WORKBOOK_MUTATIONS)
                target = folder / ("fuzzed.csv" if csv else "fuzzed.xlsx")
                target.write_bytes(mutation((SAMPLES / name).read_bytes(), random.Random(number)))
                before = digest(files)
                one = time.perf_counter()
                try:
                    customer_imports.plan_import(build_rows(read_sheet(target)))
                    outcomes["ok"] += 1
                except SalonError as error:
                    outcomes[error.code] += 1
                except Exception:
                    tracebacks += 1
                    failures.mkdir(exist_ok=True)
                    kept = failures / f"{number}-{mutation.__name__}{target.suffix}"
                    kept.write_bytes(target.read_bytes())
                    kept.with_suffix(".txt").write_text(traceback.format_exc())
                spent = time.perf_counter() - one
                # the children's peak only grows: the input that raised it is the one that set it
                child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
                if child_peak > peak[0]:
                    peak = (child_peak, f"#{number} {mutation.__name__} on {name}")
                if spent > slowest[0]:
                    slowest = (spent, f"#{number} {mutation.__name__} on {name}")
                if digest(files) != before:
                    changed += 1
                if number % 500 == 499:
                    print(f"  {number + 1:,} inputs, {time.perf_counter() - started:.0f} s", flush=True)
        finally:
            shop.close()
    _report(count, seed, time.perf_counter() - started, tracebacks, changed, outcomes, slowest, peak)


def _report(
    count: int, seed: int, elapsed: float, tracebacks: int, changed: int, outcomes: Counter[str],
    slowest: tuple[float, str], peak: tuple[float, str],
) -> None:  # fmt: skip
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{count:,} inputs in {elapsed:.0f} s (seed {seed})")
    print(f"  crashes 0 (this process is alive), tracebacks {tracebacks}, data-file changes {changed}")
    print(f"  peak memory: this process {own:.0f} MB, largest reading child {children:.0f} MB ({peak[1]})")
    print(f"  slowest input {slowest[0]:.1f} s: {slowest[1]}")
    for code, seen in outcomes.most_common():
        print(f"  {seen:6,}  {code}")


if __name__ == "__main__":
    main()
