"""Satisfaction tab: time to compute and render all its charts for a year.

Two shops, each in a temporary data folder:
- the demo shop (two years of visits; the last 365 days are charted);
- a busy shop: 100,000 customers and 1,000,000 service records within one year, a
  survey for 30 % of them, 2,000 complaint tickets, written with bulk inserts.

For each, the median of RUNS runs of: statistics (core SQL), building the seven
Figures, and drawing them on Agg (what the canvas does on screen), plus the same
with one stylist and with one service category chosen.
Usage: python bench/satisfaction_tab.py [RUNS]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: the bench package beside it
from bench.data import SURVEY_INSERT, insert_tickets
from salon_crm.core.context import OWNER
from salon_crm.core.db import open_shop
from salon_crm.core.models import Staff, database_proxy
from salon_crm.core.surveys import SurveyFilter
from salon_crm.demo import fill_demo_shop
from salon_crm.ui.satisfaction.dashboard_data import ChartWords, build_charts, load_statistics

CUSTOMERS = 100_000
RECORDS = 1_000_000
SURVEY_SHARE = 0.30
TICKETS = 2_000
STYLISTS = 12
TODAY = date.today()
YEAR = SurveyFilter(TODAY - timedelta(days=364), TODAY)

WORDS = ChartWords(
    dimensions=("总体", "技师技术", "服务态度", "环境", "等待时间", "性价比"),
    categories={"": "未分类", "service_quality": "服务质量", "staff_attitude": "服务态度", "price": "价格"},
    severities={"": "未分类", "low": "低", "medium": "中", "high": "高", "critical": "紧急"},
    trend_title="月度满意度趋势",
    score_label="平均总体评分",
    count_label="回复数",
    dimensions_title="各维度评分",
    stylists_title="各技师平均总体评分",
    few_label="答复太少",
    count_format="{name}\n（{count} 份）",
    nps_title="月度净推荐值",
    distribution_title="总体评分分布",
    star_format="{score} 星",
    pareto_title="投诉类别",
    complaints_label="投诉数",
    share_label="累计占比",
    resolution_title="处理天数",
    days_label="天数",
    no_surveys="本期没有调查",
    no_complaints="本期没有投诉",
    none_closed="本期没有关闭的投诉",
)


def timed(step: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = step()
    return time.perf_counter() - start, result


def one_run(flt: SurveyFilter) -> dict[str, float]:
    compute, (surveys, tickets) = timed(lambda: load_statistics(flt))
    build, figures = timed(lambda: build_charts(surveys, tickets, WORDS))
    draw, _ = timed(lambda: [FigureCanvasAgg(figure).draw() for figure in figures])
    return {"statistics": compute, "figures": build, "draw": draw, "total": compute + build + draw}


def report(name: str, runs: int, flt: SurveyFilter) -> None:
    results = [one_run(flt) for _ in range(runs)]
    medians = {key: statistics.median(result[key] for result in results) for key in results[0]}
    print(f"{name:<44}" + "  ".join(f"{key} {value * 1000:8.0f} ms" for key, value in medians.items()), flush=True)


def fill_busy_shop() -> None:
    """Bulk-insert a busy year straight through the SQLite connection (minutes, not hours)."""
    rng = random.Random(7)
    connection = database_proxy.obj.connection()
    now = datetime.now().replace(microsecond=0)
    stamp = now.isoformat(" ")
    with database_proxy.atomic():
        staff_ids = [Staff.create(name=f"技师{n:02d}", role="stylist").id for n in range(STYLISTS)]
        connection.executemany(
            "INSERT INTO service_item (name, category, price, duration_minutes, active, sort_order)"
            " VALUES (?,?,?,?,1,0)",
            [(f"项目{n}", ("cut", "colour", "perm", "care", "skin", "nails")[n % 6], 100 + n, 60) for n in range(30)],
        )
        connection.executemany(
            "INSERT INTO customer (name, gender, phone, wechat, email, address, occupation, source, notes, skin_type,"
            " hair_type, allergies, preferences, marketing_consent, search_text, created_at, updated_at)"
            " VALUES (?, 'female', ?, '', '', '', '', 'walk_in', '', '', '', '', '', 0, '', ?, ?)",
            ((f"客户{n}", f"138{n:08d}", stamp, stamp) for n in range(CUSTOMERS)),
        )
        start = now - timedelta(days=364)
        seconds = 364 * 86400
        records, lines, surveys = [], [], []
        for record_id in range(1, RECORDS + 1):
            at = (start + timedelta(seconds=rng.randrange(seconds))).isoformat(" ")
            customer = rng.randrange(1, CUSTOMERS + 1)
            stylist = staff_ids[rng.randrange(STYLISTS)]
            records.append((record_id, customer, at, stamp))
            lines.append((record_id, rng.randrange(1, 31), stylist))
            if rng.random() < SURVEY_SHARE:
                overall = rng.choices((1, 2, 3, 4, 5), (1, 2, 6, 35, 56))[0]
                surveys.append((customer, record_id, stylist, at, overall, rng.randrange(0, 11)))
        connection.executemany(
            "INSERT INTO service_record (id, customer_id, visited_at, payment_method, subtotal, discount, total,"
            " products_used, notes, void_reason, imported, created_at)"
            " VALUES (?,?,?, 'cash', 100, 0, 100, '', '', '', 0, ?)",
            records,
        )
        connection.executemany(
            "INSERT INTO service_record_line (record_id, service_item_id, stylist_id, unit_price, quantity, discount,"
            " amount) VALUES (?,?,?, 100, 1, 0, 100)",
            lines,
        )
        connection.executemany(SURVEY_INSERT, surveys)
        insert_tickets(
            connection,
            rng,
            count=TICKETS,
            customers=CUSTOMERS,
            received=lambda: start + timedelta(seconds=rng.randrange(seconds)),
            now=now,
            stamp=stamp,
        )
    # no ANALYZE: the app never runs it, so a shop plans its queries without statistics
    # (with them the bench measured plans no shop gets: every page of the list was 20x faster)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as folder:
        shop = open_shop(Path(folder) / "demo")
        fill_demo_shop(OWNER, seed=1)
        first_stylist = Staff.select().order_by(Staff.id).first().id
        report("demo shop, last 365 days", runs, YEAR)
        report("demo shop, last 365 days, one stylist", runs, SurveyFilter(YEAR.start, YEAR.end, first_stylist))
        report("demo shop, last 365 days, one category", runs, SurveyFilter(YEAR.start, YEAR.end, category="colour"))
        shop.close()

        shop = open_shop(Path(folder) / "busy")
        fill_time, _ = timed(fill_busy_shop)
        print(f"busy shop written in {fill_time:.0f} s ({RECORDS:,} service records)", flush=True)
        first_stylist = Staff.select().order_by(Staff.id).first().id
        report("1,000,000 records, last 365 days", runs, YEAR)
        report("1,000,000 records, one stylist", runs, SurveyFilter(YEAR.start, YEAR.end, first_stylist))
        report("1,000,000 records, one category", runs, SurveyFilter(YEAR.start, YEAR.end, category="colour"))
        shop.close()


if __name__ == "__main__":
    main()
