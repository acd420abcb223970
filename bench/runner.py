"""The runner behind ``python -m bench``: build or reuse the data folder, measure every item, print the table.

Usage: python -m bench [--quick] [--runs N] [--cache DIR] [--rebuild] [--only GROUP...] [--json FILE]

Full size: 100,000 customers, 1,000,000 service records (and the rest, see bench/data.py);
``--quick``: 2,000 customers, 20,000 service records, an import of 2,000 rows. Each item
prints one line: its median, the median of its baseline from the same run, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import datetime
from datetime import time as day_time
from pathlib import Path

from bench import data, items
from salon_crm.core import clock
from salon_crm.core.db import open_shop


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small shop: finishes in well under a minute")
    parser.add_argument("--runs", type=int, help="timings per item (default 5, or 3 for the slow ones)")
    parser.add_argument("--cache", type=Path, default=data.DEFAULT_CACHE, help="where built data folders are kept")
    parser.add_argument("--rebuild", action="store_true", help="build the data folder again")
    parser.add_argument("--only", nargs="*", default=[], help="only these groups of items: db import window stall")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = arguments(argv)
    size = data.QUICK if options.quick else data.FULL
    # the small shop's calls take milliseconds: more of them steady its medians for the CI guard
    runs = options.runs or (7 if options.quick else 5)
    slow_runs = options.runs or (7 if options.quick else 3)
    groups = set(options.only) or {"db", "import", "window", "stall"}
    started = time.perf_counter()
    # the wall clock's day names a new build; a cached one keeps the day it was written around
    built = data.cached_shop(size, options.cache, today=clock.today(), rebuild=options.rebuild)
    how = "from the cache" if built.build_seconds is None else f"built in {built.build_seconds:.1f} s"
    print(f"data: {size.label}, {size.appointments:,} appointments, {size.tickets:,} tickets, "
          f"{size.surveys:,} surveys; {how} ({built.folder}); its today {built.today}")  # fmt: skip
    print(f"each item: median of {runs} runs (slow items {slow_runs}), its baseline alternating with it")
    results: list[items.Result] = []

    def show(result: items.Result) -> None:
        print(items.line(result, full_size=not options.quick), flush=True)

    # the shop's clock stands at noon of the data's day, so 'dormant' and 'this month' mean the same on any day
    previous = clock.install(clock.FixedClock(datetime.combine(built.today, day_time(12))))
    try:
        with tempfile.TemporaryDirectory(prefix="salon-bench-") as temporary:
            copy = data.working_copy(built, Path(temporary) / "data")
            if "db" in groups:
                shop = open_shop(copy.folder)
                try:
                    results += items.database_items(shop.db_path, built.today, runs, slow_runs, show)
                finally:
                    shop.close()
            if "import" in groups:
                rows = 2_000 if options.quick else 20_000
                result = items.import_item(rows, 3)
                show(result)
                results.append(result)
            if "window" in groups:
                results += items.window_items(copy.folder, 3 if options.quick else runs, show)
            if "stall" in groups:
                results.append(items.stall_item(copy.folder, 2_000 if options.quick else 20_000, show))
    finally:
        clock.install(previous)
    print(f"{len(results)} items in {time.perf_counter() - started:.0f} s")
    if options.json:
        options.json.write_text(json.dumps([result.as_dict() for result in results], indent=1), "utf-8")
    return 0
