"""The customer list at a busy shop's scale: search as you type, sort, filters, care lists.

Builds a temporary data file with N customers and M service records (bulk inserts
in one transaction), then times what the customer tab asks the core for, each as
the median of RUNS calls:

- the first page (200 rows) and the count, with and without grades;
- search as you type: every keystroke of "zs", "zhangsan", "8000" and "1381" (20 searches);
- sorting by total spent; filters (dormant, grade A, a tag, a last-visit range);
- the care lists, a customer's file and timeline; recomputing every automatic tag.

Usage: python bench/customers_list.py [CUSTOMERS] [RECORDS] [RUNS]
       python bench/customers_list.py demo        (the 600-customer demo shop)
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

from salon_crm.core import care, chain, customer_file, customers, segments, tags, timeline
from salon_crm.core.context import OWNER
from salon_crm.core.customers import CustomerFilter
from salon_crm.core.db import open_shop
from salon_crm.core.models import Tag, database_proxy
from salon_crm.core.search_text import customer_search_text
from salon_crm.demo.fill import fill_demo_shop

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单仇"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁"
    "梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦"
    "黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪"
    "澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"
)
KEYSTROKES = ("zs", "zhangsan", "8000", "1381", "ws")  # 20 keystrokes


def timed(call: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """The median wall time of ``runs`` calls in milliseconds, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def build(customer_count: int, record_count: int, seed: int = 7, today: date | None = None) -> None:
    """A synthetic shop: customers with pinyin search text, bills with one line each, some cards.

    Bills fall in the two years before ``today`` (the wall clock's day by default).
    """
    rng = random.Random(seed)
    today = today or date.today()
    connection = database_proxy.connection()
    with database_proxy.atomic():
        connection.executemany(
            'INSERT INTO "staff" ("name", "role", "skills", "phone", "active", "sort_order", "created_at") '
            "VALUES (?, 'stylist', '', '', 1, ?, ?)",
            [(f"技师{n}", n, datetime.now()) for n in range(8)],
        )
        categories = ("cut", "colour", "perm", "care", "skin", "nails")
        connection.executemany(
            'INSERT INTO "service_item" ("name", "category", "price", "duration_minutes", "active", "sort_order") '
            "VALUES (?, ?, ?, 60, 1, ?)",
            [(f"项目{n}", categories[n % len(categories)], 50 + 30 * n, n) for n in range(12)],
        )
        search_cache: dict[str, str] = {}
        rows = []
        for number in range(customer_count):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
            phone = f"1{rng.choice('3456789')}{number:09d}"
            keys = search_cache.get(name)
            if keys is None:
                keys = search_cache[name] = customer_search_text(name)
            month = rng.randint(1, 12) if rng.random() < 0.8 else None
            created = datetime.combine(today - timedelta(days=rng.randint(0, 900)), datetime.min.time())
            rows.append(
                (name, phone, f"{keys} {phone}", month, rng.randint(1, 28) if month else None, created, created)
            )
        connection.executemany(
            'INSERT INTO "customer" ("name", "gender", "phone", "wechat", "email", "address", "occupation", "source",'
            ' "notes", "skin_type", "hair_type", "allergies", "preferences", "marketing_consent", "search_text",'
            ' "birth_month", "birth_day", "created_at", "updated_at") '
            "VALUES (?, 'unknown', ?, '', '', '', '', 'walk_in', '', '', '', '', '', 0, ?, ?, ?, ?, ?)",
            rows,
        )
        # a few regulars make most visits, as in a real shop
        weights = [rng.lognormvariate(0, 1.2) for _ in range(customer_count)]
        chosen = rng.choices(range(1, customer_count + 1), weights=weights, k=record_count)
        records, lines = [], []
        for record_id, customer_id in enumerate(chosen, start=1):
            visited = datetime.combine(today - timedelta(days=rng.randint(0, 730)), datetime.min.time()) + timedelta(
                hours=rng.randint(10, 20)
            )
            item = rng.randint(1, 12)
            price = 50 + 30 * (item - 1)
            records.append((record_id, customer_id, visited, price, price, visited))
            lines.append((record_id, item, rng.randint(1, 8), price, price))
        connection.executemany(
            'INSERT INTO "service_record" ("id", "customer_id", "visited_at", "payment_method", "subtotal", "discount",'
            ' "total", "products_used", "notes", "void_reason", "imported", "created_at") '
            "VALUES (?, ?, ?, 'cash', ?, 0, ?, '', '', '', 0, ?)",
            records,
        )
        connection.executemany(
            'INSERT INTO "service_record_line" ("record_id", "service_item_id", "stylist_id", "unit_price",'
            ' "quantity", "discount", "amount") VALUES (?, ?, ?, ?, 1, 0, ?)',
            lines,
        )
        cards = rng.sample(range(1, customer_count + 1), k=max(1, customer_count // 10))
        connection.executemany(
            'INSERT INTO "ledger_entry" ("customer_id", "at", "kind", "principal_delta", "bonus_delta", "points_delta",'
            ' "principal_after", "bonus_after", "points_after", "imported", "actor", "note", "seal") '
            "VALUES (?, ?, 'top_up', 1000, 200, 0, 1000, 200, 0, 0, 'bench', '', '')",
            [(customer_id, datetime.now()) for customer_id in cards],
        )
        chain.reseal_everything(database_proxy.obj)  # the money rows sealed as the app would have
    # no ANALYZE: the app never runs it, so a shop plans its queries without statistics
    # (with them the bench measured plans no shop gets: every page of the list was 20x faster)


def report(runs: int) -> None:
    today = date.today()
    print(f"{'what':58} {'median ms':>10}")

    def line(what: str, call: Callable[[], Any], times: int = runs) -> Any:
        median, result = timed(call, times)
        size = (
            f" ({len(result)} rows)" if isinstance(result, list) else f" ({result})" if isinstance(result, int) else ""
        )
        print(f"{what + size:58} {median:10.1f}")
        return result

    line("recompute every automatic tag", lambda: tags.refresh_auto_tags(today=today), 1)
    line("first page, no grades", customers.list_customers)
    line("count of all customers", customers.count_customers)
    line(
        "grades and RFM of the shop, cold (one GROUP BY)",
        lambda: (segments._cache.clear(), segments.shop_scores(today))[1],
        1,
    )
    line("first page with grades (segments cached)", lambda: customers.list_customers(with_grades=True))
    keystroke_times = []
    for word in KEYSTROKES:
        for end in range(1, len(word) + 1):
            typed = word[:end]
            median, _rows = timed(lambda typed=typed: customers.list_customers(typed, with_grades=True), 1)
            keystroke_times.append(median)
    print(f"{'search as you type: ' + str(len(keystroke_times)) + ' keystrokes':58} "
          f"{statistics.median(keystroke_times):10.1f}")  # fmt: skip
    print(f"{'  slowest keystroke':58} {max(keystroke_times):10.1f}")
    line("count for a search ('zs')", lambda: customers.count_customers("zs"))
    line("sort by total spent, first page", lambda: customers.list_customers(sort="total_spent", descending=True))
    line("sort by last visit, first page", lambda: customers.list_customers(sort="last_visit", descending=True))
    dormant = CustomerFilter(lifecycle="dormant")
    line("filter: dormant, first page", lambda: customers.list_customers(filters=dormant))
    line("filter: dormant, count", lambda: customers.count_customers(filters=dormant))
    grade_a = CustomerFilter(grade="A")
    line("filter: grade A (segments cached), first page", lambda: customers.list_customers(filters=grade_a))
    regular = Tag.get_or_none(Tag.name == "常客")
    if regular is not None:
        by_tag = CustomerFilter(tag_id=regular.id)
        line("filter: tag 常客, first page", lambda: customers.list_customers(filters=by_tag))
    recent = CustomerFilter(last_visit_from=today - timedelta(days=30), last_visit_to=today)
    line("filter: last visit in the last 30 days, first page", lambda: customers.list_customers(filters=recent))
    line("care: follow-up calls due", lambda: care.follow_ups_due(today))
    line("care: birthdays this month", lambda: care.birthdays(today, "month"))
    line("care: dormant to win back", lambda: care.dormant(today), 3)
    line("care: at risk", lambda: care.at_risk(today), 3)
    busiest = customers.list_customers(sort="visits", descending=True, limit=1)[0]
    line(f"customer file header ({busiest.visits} visits)", lambda: customer_file.load_customer_file(busiest.id))
    line("customer timeline", lambda: timeline.customer_timeline(busiest.id))


def main() -> None:
    args = sys.argv[1:]
    with tempfile.TemporaryDirectory() as folder:
        shop = open_shop(Path(folder) / "data")
        try:
            start = time.perf_counter()
            if args and args[0] == "demo":
                summary = fill_demo_shop(OWNER)
                runs = int(args[1]) if len(args) > 1 else 20
                print(f"demo shop: {summary.customers} customers, {summary.service_records} service records")
            else:
                customer_count = int(args[0]) if args else 100_000
                record_count = int(args[1]) if len(args) > 1 else 1_000_000
                runs = int(args[2]) if len(args) > 2 else 20
                build(customer_count, record_count)
                print(f"{customer_count:,} customers, {record_count:,} service records")
            print(f"built in {time.perf_counter() - start:.1f} s; medians of {runs} runs")
            report(runs)
        finally:
            shop.close()


if __name__ == "__main__":
    main()
