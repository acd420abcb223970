"""The busy paths of a big shop use their indexes: EXPLAIN QUERY PLAN of every statement they run.

Speed is measured in ``bench/`` (``python -m bench``, at 100,000 customers and 1,000,000
bills); these tests guard the plans, which do not depend on the data's size: the app keeps
no ANALYZE statistics, so SQLite plans this small demo shop the way it plans a busy one.
A plan that reads a whole big table passes every functional test and takes a second at
that size, which is why each hot call of issue 16's table is listed here.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from salon_crm.core import care, clock, customers, reports, segments, surveys, tags
from salon_crm.core.context import OWNER
from salon_crm.core.customers import CustomerFilter
from salon_crm.core.db import open_shop
from salon_crm.core.models import database_proxy
from salon_crm.demo import fill_demo_shop

NOW = datetime(2026, 12, 5, 10, 0)
TODAY = NOW.date()

# tables a busy shop holds by the tens or hundreds of thousands: never read whole, row by row
BIG = {
    "customer",
    "customer_stats",
    "service_record",
    "service_record_line",
    "appointment",
    "survey_response",
    "complaint_ticket",
    "ledger_entry",
    "audit_entry",
    "customer_tag",
}
# a table and the alias a statement gives it: FROM "customer" AS "t1", JOIN "appointment" a
ALIAS = re.compile(r'(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+AS)?\s+"?(\w+)"?', re.IGNORECASE)
SCAN = re.compile(r"^SCAN (\w+)(.*)$")


@pytest.fixture(scope="module")
def busy_shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("plans") / "data"
    shop = open_shop(folder)
    try:
        with clock.frozen_at(NOW):
            fill_demo_shop(OWNER, seed=3, now=NOW)
        yield folder
    finally:
        shop.close()


def plans(call: Callable[[], object]) -> list[tuple[str, list[str]]]:
    """Each SELECT ``call`` runs on the shop's connection, with its query plan's lines."""
    connection = database_proxy.obj.connection()
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        call()
    finally:
        connection.set_trace_callback(None)
    found = []
    for statement in statements:
        text = statement.strip()
        if text.split(None, 1)[0].upper() not in ("SELECT", "WITH"):
            continue
        lines = [str(row[3]) for row in connection.execute(f"EXPLAIN QUERY PLAN {text}")]
        found.append((text, lines))
    return found


def whole_table_reads(found: list[tuple[str, list[str]]]) -> list[str]:
    """The plan lines that read a big table row by row (a covering index or an index walk is fine)."""
    wrong = []
    for text, lines in found:
        tables = {alias.lower(): table.lower() for table, alias in ALIAS.findall(text)}
        for line in lines:
            scan = SCAN.match(line)
            if scan is None or "INDEX" in scan.group(2):
                continue
            table = tables.get(scan.group(1).lower(), scan.group(1).lower())
            if table in BIG:
                wrong.append(f"{line}   in   {text[:300]}")
    return wrong


def _month() -> reports.Month:
    return reports.Month(TODAY.year, TODAY.month - 1)


def _cold_grades() -> object:
    segments._cache.clear()  # as after a bill: worked out again from the bills
    return segments.shop_scores(TODAY)


def _at_risk_after_bills_moved_every_rhythm() -> object:
    """The at-risk list with no usual gap kept (a new schema-12 file, or every rhythm's bills moved)."""
    database_proxy.execute_sql('DELETE FROM "customer_rhythm"')
    return care.at_risk(TODAY)


HOT_CALLS: dict[str, Callable[[], object]] = {
    "search per keystroke": lambda: customers.list_customers("zs", with_grades=True, today=TODAY),
    "search by phone digits": lambda: customers.list_customers("1381", today=TODAY),
    "first page": lambda: customers.list_customers(today=TODAY),
    "sort by total spent": lambda: customers.list_customers(sort="total_spent", descending=True, today=TODAY),
    "sort by last visit": lambda: customers.list_customers(sort="last_visit", descending=True, today=TODAY),
    "sort by balance": lambda: customers.list_customers(sort="balance", descending=True, today=TODAY),
    "filter dormant": lambda: customers.list_customers(filters=CustomerFilter(lifecycle="dormant"), today=TODAY),
    "filter last visit in 30 days": lambda: customers.list_customers(
        filters=CustomerFilter(last_visit_from=TODAY - timedelta(days=30), last_visit_to=TODAY), today=TODAY
    ),
    "care list: win-back": lambda: care.dormant(TODAY),
    "care list: at risk, no gap kept": _at_risk_after_bills_moved_every_rhythm,
    "care list: at risk, gaps kept": lambda: [care.at_risk(TODAY) for _ in range(2)],  # the 2nd reads them kept
    "grades and RFM, cold": _cold_grades,
    "recompute every automatic tag": lambda: tags.refresh_auto_tags(today=TODAY),
    "monthly report": lambda: reports.monthly_report(_month()),
    "satisfaction, a year": lambda: surveys.survey_statistics(surveys.SurveyFilter(TODAY - timedelta(days=364), TODAY)),
}


@pytest.mark.parametrize("name", list(HOT_CALLS))
def test_no_hot_path_reads_a_big_table_row_by_row(busy_shop: Path, name: str) -> None:
    with clock.frozen_at(NOW):
        found = plans(HOT_CALLS[name])
    assert found, f"{name} ran no query: the demo shop lacks what it reads"
    assert whole_table_reads(found) == []


def test_a_search_walks_the_pinyin_index_alone_and_sorts_nothing(busy_shop: Path) -> None:
    """The search reads the index that holds the search text in the list's order, and stops at
    the page's last match: no table, no sort of every match."""
    with clock.frozen_at(NOW):
        found = plans(lambda: customers.list_customers("z", today=TODAY))
    [(_page_ids, lines)] = [(text, lines) for text, lines in found if "LIKE" in text]
    assert any(line.startswith("SCAN") and "COVERING INDEX customer_pinyin" in line for line in lines), lines
    assert not any("TEMP B-TREE FOR ORDER BY" in line for line in lines), lines


@pytest.mark.parametrize("sort", ["total_spent", "last_visit", "visits"])
def test_a_sort_by_the_kept_figures_walks_their_index_and_sorts_nothing(busy_shop: Path, sort: str) -> None:
    """Every customer has a row of figures (0 visits before a first bill), so the page sorted by
    one of them walks its index and stops at the page: no sort of every customer."""
    with clock.frozen_at(NOW):
        found = plans(lambda: customers.list_customers(sort=sort, descending=True, today=TODAY))
    [lines] = [lines for text, lines in found if "ORDER BY" in text and "LIMIT" in text]
    assert any(f"USING INDEX customer_stats_{sort}" in line for line in lines), lines
    assert not any("TEMP B-TREE FOR ORDER BY" in line for line in lines), lines


@pytest.mark.parametrize("sort", ["balance", "points", "level", "name", "phone"])
def test_a_sort_not_by_visits_reads_no_visit_figures_nor_ledger(busy_shop: Path, sort: str) -> None:
    """The card's balance and points come from the kept cards (schema 13), one narrow row per
    customer with a ledger; looking up each customer's newest ledger row, or their visit
    figures, for an order that does not need them cost 110 of 140 ms a page at 100,000."""
    with clock.frozen_at(NOW):
        found = plans(lambda: customers.list_customers(sort=sort, descending=True, today=TODAY))
    [(text, lines)] = [(text, lines) for text, lines in found if "ORDER BY" in text and "LIMIT" in text]
    assert "ledger_entry" not in text and "customer_stats" not in text, text
    if sort in ("balance", "points"):  # each customer's kept card by its key, a narrow row
        assert '"customer_balance"' in text and any("SEARCH" in line and "PRIMARY KEY" in line for line in lines)


def test_the_months_bills_are_read_from_the_index_by_time(busy_shop: Path) -> None:
    """A month's revenue, visits and customers come from the index on (visited_at, voided_at,
    customer, total): a range of it, no bill read from the table."""
    with clock.frozen_at(NOW):
        found = plans(lambda: reports.month_kpis(_month()))
    revenue = [lines for text, lines in found if 'SUM("t1"."total")' in text and "visited_at" in text]
    assert revenue, [text for text, _ in found]
    for lines in revenue:
        assert any(
            "SEARCH" in line and "COVERING INDEX service_record_visited_at_voided_at_customer_id_total" in line
            for line in lines
        ), lines


def test_each_visit_finds_its_rebooking_through_an_index(busy_shop: Path) -> None:
    """The month's visits look up the bookings made on their day by (customer, day) in an index:
    a row-value ``IN`` list is walked end to end for each visit (7 s for a month of 40,000 visits
    with 8,000 bookings made in it), which no plan line calls a scan."""
    with clock.frozen_at(NOW):
        found = plans(lambda: reports.monthly_report(_month()))
    rebooking = [lines for text, lines in found if '"rebooked"' in text]
    assert len(rebooking) == 3  # the month, the month before, the same month a year before
    for lines in rebooking:
        assert any(line.startswith("SEARCH b USING") and "INDEX" in line for line in lines), lines


def test_the_months_lines_are_reached_from_the_months_bills(busy_shop: Path) -> None:
    """The report's one read of the month's lines looks them up by bill: walking the lines by an index
    of their own (by stylist, by service) is no table scan to the check above, yet reads all million."""
    with clock.frozen_at(NOW):
        found = plans(lambda: reports.monthly_report(_month()))
    [lines] = [lines for text, lines in found if '"service_record_line" l' in text and '"rebooked"' in text]
    line_reads = [line for line in lines if re.match(r"(SEARCH|SCAN) l\b", line)]
    assert line_reads and all(line.startswith("SEARCH l") and "(record_id=?)" in line for line in line_reads), lines


def test_the_visit_rules_read_the_bills_index_by_customer_alone(busy_shop: Path) -> None:
    """The churn rule's visit days and the grades' figures never read a bill from the table."""
    with clock.frozen_at(NOW):
        found = plans(_at_risk_after_bills_moved_every_rhythm) + plans(_cold_grades)
    visit_reads = [lines for text, lines in found if '"service_record"' in text and "GROUP BY" in text]
    assert len(visit_reads) >= 2
    for lines in visit_reads:
        assert any("COVERING INDEX service_record_customer_id_visited_at_voided_at_total" in line for line in lines), (
            lines
        )


def test_the_rule_sees_a_whole_table_read(tmp_path: Path) -> None:
    """The check itself: a bare scan of the bills is caught, a covering index is not."""
    connection = sqlite3.connect(tmp_path / "plain.db")
    connection.execute('CREATE TABLE "service_record" ("id" INTEGER PRIMARY KEY, "notes" TEXT, "total" INTEGER)')
    connection.execute('CREATE INDEX "by_total" ON "service_record" ("total")')

    def plan(text: str) -> list[tuple[str, list[str]]]:
        return [(text, [str(row[3]) for row in connection.execute(f"EXPLAIN QUERY PLAN {text}")])]

    assert whole_table_reads(plan('SELECT "notes" FROM "service_record" AS "t1" WHERE "notes" LIKE \'%a%\''))
    assert not whole_table_reads(plan('SELECT SUM("total") FROM "service_record" AS "t1"'))
    connection.close()
