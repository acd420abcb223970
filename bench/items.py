"""The items of issue 16's table, each timed beside a baseline measured in the same run.

An item runs its call and its baseline alternately, ``runs`` times each, so a busy
moment of the machine falls on both; the medians and their ratio are reported.
Baselines: the app's own SQL on a bare sqlite3 connection (lists, care lists,
grades, tags, the report's figures, the satisfaction statistics), python-calamine
reading the file (import), a bare PySide6 window (start-up, memory).
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench import window
from bench.customers_list import KEYSTROKES
from bench.excel_import import write_customers
from bench.measure import Replay, capture, median, seconds
from salon_crm.core import care, customer_imports, customers, reports, segments, tags
from salon_crm.core.context import OWNER
from salon_crm.core.customers import CustomerFilter
from salon_crm.core.db import open_shop
from salon_crm.core.surveys import SurveyFilter
from salon_crm.excel.customer_import import build_rows, read_sheet


@dataclass(frozen=True)
class Goal:
    """The issue's goal: in words, and as a ratio to the baseline and/or a limit, whichever it names."""

    words: str
    ratio: float | None = None
    limit: float | None = None  # seconds, or MB over the baseline for memory; a full-size figure

    def met(self, result: Result) -> bool:
        over = result.median - result.baseline if result.unit == "MB" else result.median
        return (self.ratio is None or result.ratio <= self.ratio) and (self.limit is None or over <= self.limit)


@dataclass
class Result:
    name: str
    median: float
    baseline: float
    baseline_name: str
    goal: Goal
    unit: str = "s"  # "s" or "MB"
    runs: int = 0

    @property
    def ratio(self) -> float:
        return self.median / self.baseline if self.baseline > 0 else math.inf

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "median": self.median,
            "baseline": self.baseline,
            "baseline_name": self.baseline_name,
            "ratio": self.ratio,
            "goal": self.goal.words,
            "goal_ratio": self.goal.ratio,
            "goal_limit": self.goal.limit,
            "unit": self.unit,
            "runs": self.runs,
        }


def alternate(call: Callable[[], Any], baseline: Callable[[], Any], runs: int) -> tuple[list[float], list[float]]:
    """``runs`` timings of each, taken in turn."""
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(seconds(call))
        theirs.append(seconds(baseline))
    return mine, theirs


def against_sql(name: str, call: Callable[[], Any], replay: Replay, runs: int, goal: Goal) -> Result:
    """``call`` against its own statements run on a bare sqlite3 connection."""
    statements = capture(call)  # also the warm-up of both
    mine, theirs = alternate(call, lambda: replay.run(statements), runs)
    return Result(name, median(mine), median(theirs), "same SQL, plain sqlite3", goal, runs=runs)


def keystrokes(replay: Replay, runs: int, goal: Goal) -> Result:
    """Every keystroke of the bench's typed words, each timed ``runs`` times beside its SQL."""
    mine, theirs = [], []
    for word in KEYSTROKES:
        for end in range(1, len(word) + 1):
            typed = word[:end]

            def search(typed: str = typed) -> object:
                return customers.list_customers(typed, with_grades=True)

            statements = capture(search)

            def plain(statements: list[str] = statements) -> None:
                replay.run(statements)

            app, base = alternate(search, plain, runs)
            mine += app
            theirs += base
    name = f"search per keystroke ({len(mine) // runs} keystrokes)"
    return Result(name, median(mine), median(theirs), "same SQL, plain sqlite3", goal, runs=len(mine))


# The goals, as it words them; the CI guard (tests/test_bench_quick.py) has its own ceilings.
GOALS = {
    "search": Goal("<= 1.5x plain sqlite3, < 30 ms", 1.5, 0.030),
    "first page": Goal("< 30 ms", limit=0.030),
    "sort": Goal("< 50 ms", limit=0.050),
    "filter": Goal("< 50 ms", limit=0.050),
    "care": Goal("< 300 ms", limit=0.300),
    "grades": Goal("< 500 ms", limit=0.500),
    "tags": Goal("< 2 s, off the UI thread", limit=2.0),
    "import": Goal("<= 3x calamine reading", 3.0),
    "report": Goal("< 2 s", limit=2.0),
    "satisfaction": Goal("<= 1.5x the SQL aggregates", 1.5),
    "start-up": Goal("<= 1.5x a bare window", 1.5),
    "memory": Goal("<= +200 MB over a bare window", limit=200.0),
    "stall": Goal("< 100 ms", limit=0.100),
}


Show = Callable[[Result], None]


def database_items(db_path: Path, today: date, runs: int, slow_runs: int, show: Show) -> list[Result]:
    """Everything that reads the open shop; ``slow_runs`` for the items that take seconds."""
    results: list[Result] = []
    replay = Replay(db_path)

    def add(result: Result) -> None:
        results.append(result)
        show(result)

    try:
        segments.shop_scores(today)  # the tab works the grades out in the background first
        add(keystrokes(replay, max(1, runs // 2), GOALS["search"]))
        page = customers.list_customers
        add(against_sql("first page", lambda: page(with_grades=True), replay, runs, GOALS["first page"]))
        add(
            against_sql(
                "sort by total spent, first page",
                lambda: page(sort="total_spent", descending=True, with_grades=True),
                replay,
                runs,
                GOALS["sort"],
            )
        )
        add(
            against_sql(
                "sort by last visit, first page",
                lambda: page(sort="last_visit", descending=True, with_grades=True),
                replay,
                runs,
                GOALS["sort"],
            )
        )
        add(
            against_sql(
                "sort by balance, first page",  # not in the table; its list of kept figures names it
                lambda: page(sort="balance", descending=True, with_grades=True),
                replay,
                runs,
                GOALS["sort"],
            )
        )
        dormant = CustomerFilter(lifecycle="dormant")
        add(
            against_sql(
                "filter dormant, first page",
                lambda: page(filters=dormant, with_grades=True),
                replay,
                runs,
                GOALS["filter"],
            )
        )
        recent = CustomerFilter(last_visit_from=today - timedelta(days=30), last_visit_to=today)
        add(
            against_sql(
                "filter last visit in 30 days, first page",
                lambda: page(filters=recent, with_grades=True),
                replay,
                runs,
                GOALS["filter"],
            )
        )
        for name, care_list in (("care list: win-back", care.dormant), ("care list: at risk", care.at_risk)):

            def listed_today(care_list: Callable[[date], list[care.CareItem]] = care_list) -> object:
                return care_list(today)

            listed = len(care_list(today))  # named with its length: an empty list would time nothing
            add(against_sql(f"{name} ({listed:,} listed)", listed_today, replay, slow_runs, GOALS["care"]))

        def cold_grades() -> object:
            segments._cache.clear()  # cold: as after a bill changed the shop's figures
            return segments.shop_scores(today)

        add(against_sql("grades and RFM, cold", cold_grades, replay, slow_runs, GOALS["grades"]))
        add(
            against_sql(
                "recompute every automatic tag",
                lambda: tags.refresh_auto_tags(today=today),
                replay,
                slow_runs,
                GOALS["tags"],
            )
        )
        month = reports.Month(today.year, today.month - 1) if today.month > 1 else reports.Month(today.year - 1, 12)
        add(
            against_sql(
                f"monthly report {month}: figures",
                lambda: reports.monthly_report(month),
                replay,
                slow_runs,
                GOALS["report"],
            )
        )
        from salon_crm.ui.satisfaction.dashboard_data import load_statistics  # no Qt: the tab's data half

        year = SurveyFilter(today - timedelta(days=364), today)
        add(
            against_sql(
                "satisfaction tab, a year: statistics",
                lambda: load_statistics(year),
                replay,
                slow_runs,
                GOALS["satisfaction"],
            )
        )
    finally:
        replay.close()
    return results


def calamine_read(path: Path) -> object:
    """python-calamine alone reading the sheet into Python values: the floor for any import."""
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def import_item(rows: int, runs: int) -> Result:
    """Read, map, clean, preview and commit ``rows`` customers into an empty shop, each run a new one."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        path = folder / f"customers-{rows}.xlsx"
        write_customers(path, rows)
        mine, theirs = [], []
        for number in range(runs + 1):  # the first is a warm-up
            shop = open_shop(folder / f"shop-{number}")
            try:

                def end_to_end(shop_backups: Path = shop.backup_dir) -> object:
                    plan = customer_imports.plan_import(build_rows(read_sheet(path)))
                    return customer_imports.commit_import(OWNER, plan, backup_dir=shop_backups)

                app = seconds(end_to_end)
            finally:
                shop.close()
            base = seconds(lambda: calamine_read(path))
            if number:
                mine.append(app)
                theirs.append(base)
    return Result(
        f"import {rows:,} rows end to end", median(mine), median(theirs), "python-calamine reading", GOALS["import"],
        runs=runs,
    )  # fmt: skip


def window_items(folder: Path, runs: int, show: Show) -> list[Result]:
    """Start-up to a shown and to a usable window, and its memory, against a bare window shown by a script.

    Usable: every load the window queued on the worker at start has delivered (the
    lists filled), which is when the front desk can really work.
    """
    window.launch(window.APP, str(folder))  # warm-up: the day's first backup, the file in the OS cache
    window.launch(window.BARE)
    apps, bares = [], []
    for _ in range(runs):
        apps.append(window.launch(window.APP, str(folder)))
        bares.append(window.launch(window.BARE))
    bare_mb = median([bare["rss"] for bare in bares])
    results = [
        Result(
            "start-up to a shown window",
            median([app["shown"] for app in apps]),
            median([bare["shown"] for bare in bares]),
            "bare PySide6 window",
            GOALS["start-up"],
            runs=runs,
        ),
        Result(
            "start-up to a usable window (loads done)",
            median([app["loaded"] for app in apps]),
            median([bare["shown"] for bare in bares]),
            "bare PySide6 window",
            GOALS["start-up"],
            runs=runs,
        ),
        Result(
            "memory with the folder open",
            median([app["rss"] for app in apps]),
            bare_mb,
            "bare PySide6 window",
            GOALS["memory"],
            unit="MB",
            runs=runs,
        ),
    ]
    for result in results:
        show(result)
    return results


def _amount(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:,.2f} s"


def line(result: Result, *, full_size: bool = True) -> str:
    """One printed row: name, median, baseline, ratio, the issue's goal and whether it holds."""
    verdict = "ok" if result.goal.met(result) else "NOT MET"
    if not full_size and result.goal.ratio is None:
        verdict = "(a full-size goal)"  # a small shop's times say nothing about a time limit
    return (
        f"{result.name:<42} {_amount(result.median, result.unit):>10}  "
        f"baseline {_amount(result.baseline, result.unit):>9} ({result.baseline_name})  "
        f"ratio {result.ratio:.2f}  goal {result.goal.words}: {verdict}"
    )


def stall_item(folder: Path, rows: int, show: Show) -> Result:
    """The longest UI-thread gap while an import of ``rows`` and the monthly report run (one run:
    the pair takes long enough to hold many thousand ticks), against the same window idle."""
    with tempfile.TemporaryDirectory() as temporary:
        sheet = Path(temporary) / f"customers-{rows}.xlsx"
        write_customers(sheet, rows)
        figures = window.launch(window.STALL, str(folder), str(sheet), str(Path(temporary) / "report.xlsx"))
    result = Result(
        f"longest UI stall: import {rows:,} rows + report",
        figures["stall"],
        figures["idle"],
        "same window idle",
        GOALS["stall"],
        runs=1,
    )
    show(result)
    return result
