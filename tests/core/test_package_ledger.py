"""Issue 14: plans covering several services, each package's own ledger (before/after counts),
the month's pre-paid income and consumption, and the seller's sale commission (售卡提成)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from salon_crm.core import commission, integrity, loyalty, packages, reports, service_records
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError, ValidationError
from salon_crm.core.models import Customer, ServiceItem, Staff, database_proxy
from salon_crm.core.packages import PlanInput
from salon_crm.core.service_records import LineInput, RecordInput

NOW = datetime(2026, 3, 2, 11, 0)
DESK = Actor("desk", UserRole.FRONT_DESK)


@pytest.fixture
def shop_items(shop: Shop) -> dict[str, int]:
    wash = ServiceItem.create(name="洗吹", category="cut", price=38, duration_minutes=30).id
    blow = ServiceItem.create(name="吹造型", category="cut", price=58, duration_minutes=30).id
    color = ServiceItem.create(name="染发", category="colour", price=398, duration_minutes=120).id
    plan = packages.add_plan(OWNER, PlanInput("洗吹十次卡", wash, 10, "300", valid_days=365, also_covers=(blow,)))
    seller = Staff.create(name="王芳", role="stylist").id
    return {"wash": wash, "blow": blow, "color": color, "plan": plan.id, "seller": seller,
            "customer": Customer.create(name="张三").id}  # fmt: skip


def bill(ids: dict[str, int], day: int, *items: int) -> int:
    lines = tuple(LineInput(item, use_package=True) for item in items)
    data = RecordInput(ids["customer"], NOW + timedelta(days=day), lines, "package")
    return service_records.add_service_record(DESK, data, now=NOW + timedelta(days=day)).id


def test_a_plan_covers_several_services_one_session_each(shop_items: dict[str, int]) -> None:
    plan = packages.list_plans()[0]
    assert plan.service_item_ids == (shop_items["wash"], shop_items["blow"])
    assert plan.service_names == "洗吹 / 吹造型"
    packages.sell_package(DESK, shop_items["customer"], shop_items["plan"], "cash", now=NOW)
    bill(shop_items, 1, shop_items["wash"], shop_items["blow"])  # both on one bill: two sessions
    assert packages.packages_of(shop_items["customer"])[0].sessions_left == 8
    pools = packages.session_pools(shop_items["customer"], NOW.date())
    wash, blow = shop_items["wash"], shop_items["blow"]
    assert packages.sessions_for(pools, wash) == packages.sessions_for(pools, blow) == 8  # one count, shared
    seven_washes = packages.pools_after(pools, [(wash, 7)])
    assert seven_washes is not None and packages.sessions_for(seven_washes, blow) == 1
    assert packages.pools_after(pools, [(wash, 7), (blow, 2)]) is None  # the ninth session is not there
    with pytest.raises(ValidationError) as caught:  # the colour is not covered
        bill(shop_items, 2, shop_items["color"])
    assert caught.value.code == "no_package_for_item"


def test_the_last_shared_session_pays_one_line_only(shop_items: dict[str, int]) -> None:
    """A 10-session plan covering a wash and a blow-dry with 1 left: the form offers it to one line."""
    wash, blow = shop_items["wash"], shop_items["blow"]
    sold = packages.sell_package(DESK, shop_items["customer"], shop_items["plan"], "cash", now=NOW)
    for day in range(1, 10):
        bill(shop_items, day, wash)
    pools = packages.session_pools(shop_items["customer"], NOW.date() + timedelta(days=10))
    assert [(pool.package_id, pool.left) for pool in pools] == [(sold.id, 1)]
    after_wash = packages.pools_after(pools, [(wash, 1)])
    assert after_wash is not None and packages.sessions_for(after_wash, blow) == 0
    last = bill(shop_items, 10, wash)
    # editing that bill gives its own session back to the count it came from
    editing = packages.session_pools(shop_items["customer"], NOW.date() + timedelta(days=10), last)
    assert packages.sessions_for(editing, blow) == 1


def test_every_change_is_a_ledger_row_with_the_count_before_and_after(shop_items: dict[str, int]) -> None:
    sold = packages.sell_package(DESK, shop_items["customer"], shop_items["plan"], "wechat_pay", now=NOW)
    first = bill(shop_items, 1, shop_items["wash"])
    second = bill(shop_items, 8, shop_items["wash"], shop_items["blow"])
    one_wash = (LineInput(shop_items["wash"], use_package=True),)
    edited = RecordInput(shop_items["customer"], NOW + timedelta(days=8), one_wash, "package")
    service_records.update_service_record(OWNER, second, edited, now=NOW + timedelta(days=9))
    service_records.void_service_record(OWNER, first, "wrong customer", now=NOW + timedelta(days=10))
    refund = packages.refund_package(OWNER, sold.id, now=NOW + timedelta(days=11))
    rows = packages.package_entries(sold.id)
    assert [(row.kind, row.sessions_before, row.sessions_after) for row in rows] == [
        ("sale", 0, 10),
        ("use", 10, 9),  # first bill
        ("use", 9, 7),  # second bill, two services
        ("return", 7, 9),  # the edit gives its two back ...
        ("use", 9, 8),  # ... and takes one again
        ("return", 8, 9),  # the void of the first bill
        ("refund", 9, 0),
    ]
    assert rows[0].amount == Decimal("300.00") and rows[-1].amount == refund == Decimal("270.00")
    assert [row.record_id for row in rows[1:3]] == [first, second]
    assert integrity.package_findings() == []


def test_the_month_reports_prepaid_income_and_consumption_not_revenue(shop_items: dict[str, int]) -> None:
    loyalty.top_up(DESK, shop_items["customer"], "1000", bonus="200", at=NOW)
    packages.sell_package(DESK, shop_items["customer"], shop_items["plan"], "stored_value", now=NOW)
    for day in (1, 5, 9):
        bill(shop_items, day, shop_items["wash"])
    voided = bill(shop_items, 12, shop_items["blow"])
    service_records.void_service_record(OWNER, voided, "test", now=NOW + timedelta(days=12))
    bill(shop_items, 31, shop_items["wash"])  # April 2: next month
    kpis = reports.month_kpis(reports.Month(2026, 3))
    assert kpis.revenue == Decimal("0.00")  # sessions cost nothing on the day
    assert (kpis.package_sales, kpis.top_ups, kpis.prepaid_income) == (
        Decimal("300.00"), Decimal("1000.00"), Decimal("1300.00"),
    )  # fmt: skip
    assert kpis.package_consumption == Decimal("90.00")  # 3 sessions at ¥30 (the voided one gave its back)
    assert reports.month_kpis(reports.Month(2026, 4)).package_consumption == Decimal("30.00")


def test_the_seller_earns_the_shops_sale_rate_on_top_ups_and_packages(shop_items: dict[str, int]) -> None:
    with pytest.raises(PermissionDeniedError):
        commission.save_sale_rates(DESK, "2", "5")
    with pytest.raises(ValidationError):
        commission.save_sale_rates(OWNER, "2", "101")
    assert commission.sale_rates() == commission.SaleRates()  # nothing saved by the refusal
    commission.save_sale_rates(OWNER, "2", "5")
    loyalty.top_up(DESK, shop_items["customer"], "1000", bonus="200", at=NOW, seller_id=shop_items["seller"])
    packages.sell_package(
        DESK, shop_items["customer"], shop_items["plan"], "cash", now=NOW, seller_id=shop_items["seller"]
    )
    commission.save_sale_rates(OWNER, "10", "10")  # a later change never moves what was earned
    start, end = datetime(2026, 3, 1), datetime(2026, 4, 1)
    (statement,) = commission.month_statement(OWNER, start, end)
    assert statement.stylist == "王芳"
    assert [(line.sale, line.base, line.amount) for line in statement.lines] == [
        ("top_up", Decimal("1000.00"), Decimal("20.00")),  # 2 % of the principal, not the bonus
        ("package", Decimal("300.00"), Decimal("15.00")),
    ]
    assert commission.totals_by_stylist(start, end) == {shop_items["seller"]: Decimal("35.00")}


def test_check_finds_a_package_ledger_changed_outside_the_app(shop_items: dict[str, int]) -> None:
    packages.sell_package(DESK, shop_items["customer"], shop_items["plan"], "cash", now=NOW)
    bill(shop_items, 1, shop_items["wash"])
    database_proxy.execute_sql("UPDATE package_entry SET sessions_after = 10 WHERE kind = 'use'")
    (finding,) = integrity.package_findings()
    assert finding.code == "package_ledger_differs"
    assert "10 != 9" in finding.detail


def test_an_older_file_gets_each_packages_ledger(tmp_path, shop_items: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    from salon_crm.core.schema import v8_package_ledger

    packages.sell_package(DESK, shop_items["customer"], shop_items["plan"], "cash", now=NOW)
    used = bill(shop_items, 1, shop_items["wash"])
    bill(shop_items, 2, shop_items["wash"])
    service_records.void_service_record(OWNER, used, "test", now=NOW + timedelta(days=3))
    expected = [(row.kind, row.sessions_after) for row in packages.package_entries(1)]
    database_proxy.execute_sql("DELETE FROM package_entry")
    v8_package_ledger.backfill(database_proxy)
    assert [(row.kind, row.sessions_after) for row in packages.package_entries(1)] == expected
    assert integrity.package_findings() == []
    assert sqlite3.sqlite_version  # the backfill is plain SQL
