"""List filters in SQL (tag, level, segment, grade, stylist, last visit, birthday month) and tag search."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from salon_crm.core import clock, customers, segments
from salon_crm.core.customers import CustomerFilter
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, CustomerTag, MembershipLevel, ServiceRecord, Staff, Tag
from salon_crm.core.search_text import customer_search_text


def person(name: str, **values: object) -> Customer:
    return Customer.create(name=name, search_text=customer_search_text(name), **values)


def visits(customer: Customer, *days_ago: int, total: str = "100") -> None:
    for days in days_ago:
        ServiceRecord.create(
            customer=customer,
            visited_at=datetime.combine(clock.today() - timedelta(days=days), datetime.min.time()).replace(hour=14),
            payment_method="cash",
            subtotal=Decimal(total),
            total=Decimal(total),
        )


@pytest.fixture
def shop_people(shop: Shop) -> dict[str, int]:
    gold = MembershipLevel.create(name="金卡", rank=3, price_rate=Decimal("0.9"), upgrade_threshold=5000)
    fang = Staff.create(name="王芳", role="stylist")
    big = person("大客户", level=gold, preferred_stylist=fang, birth_month=clock.today().month, birth_day=1)
    visits(big, 400, 200, 30, 5, total="3000")
    new = person("新客人")
    visits(new, 10)
    dormant = person("沉睡客")
    visits(dormant, 400, 120)
    lost = person("流失客")
    visits(lost, 500, 300)
    potential = person("潜在客")
    vip = Tag.create(name="VIP")
    CustomerTag.create(customer=big, tag=vip)
    return {
        "big": big.id, "new": new.id, "dormant": dormant.id, "lost": lost.id, "potential": potential.id,
        "gold": gold.id, "fang": fang.id, "vip": vip.id,
    }  # fmt: skip


def names(filters: CustomerFilter, search: str = "") -> set[str]:
    found = {row.name for row in customers.list_customers(search, filters=filters, with_grades=True)}
    assert customers.count_customers(search, filters=filters) == len(found)
    return found


@pytest.mark.parametrize(
    ("lifecycle", "expected"),
    [("potential", "潜在客"), ("new", "新客人"), ("active", "大客户"), ("dormant", "沉睡客"), ("lost", "流失客")],
)
def test_lifecycle_filter(shop_people: dict[str, int], lifecycle: str, expected: str) -> None:
    assert names(CustomerFilter(lifecycle=lifecycle)) == {expected}


def test_each_row_carries_its_segment_and_grade(shop_people: dict[str, int]) -> None:
    assert {row.grade for row in customers.list_customers(with_grades=True)} == {""}  # not worked out yet
    segments.shop_scores(clock.today())
    rows = {row.name: row for row in customers.list_customers(with_grades=True)}
    assert {name: row.lifecycle for name, row in rows.items()} == {
        "大客户": "active", "新客人": "new", "沉睡客": "dormant", "流失客": "lost", "潜在客": "potential",
    }  # fmt: skip
    assert rows["大客户"].grade == "A" and rows["潜在客"].grade == ""
    assert rows["大客户"].manual_tags == ("VIP",)


def test_grade_level_stylist_tag_and_birthday_filters(shop_people: dict[str, int]) -> None:
    assert names(CustomerFilter(grade="A")) == {"大客户"}
    assert names(CustomerFilter(level_id=shop_people["gold"])) == {"大客户"}
    assert names(CustomerFilter(stylist_id=shop_people["fang"])) == {"大客户"}
    assert names(CustomerFilter(tag_id=shop_people["vip"])) == {"大客户"}
    assert names(CustomerFilter(birth_month=clock.today().month)) == {"大客户"}
    assert names(CustomerFilter(grade="A", lifecycle="lost")) == set()


def test_last_visit_range(shop_people: dict[str, int]) -> None:
    month_ago = clock.today() - timedelta(days=30)
    assert names(CustomerFilter(last_visit_from=month_ago)) == {"大客户", "新客人"}
    assert names(CustomerFilter(last_visit_to=month_ago)) == {"沉睡客", "流失客"}
    assert names(
        CustomerFilter(
            last_visit_from=clock.today() - timedelta(days=10), last_visit_to=clock.today() - timedelta(days=10)
        )
    ) == {"新客人"}


def test_a_tag_is_found_by_typing_it(shop_people: dict[str, int]) -> None:
    assert names(CustomerFilter(), "vip") == {"大客户"}
    assert names(CustomerFilter(lifecycle="new"), "vip") == set()


def test_filters_keep_the_paging(shop_people: dict[str, int]) -> None:
    for number in range(30):
        visits(person(f"老客{number:02d}"), 500)
    lost = CustomerFilter(lifecycle="lost")
    first = customers.list_customers(filters=lost, limit=20)
    rest = customers.list_customers(filters=lost, offset=20, limit=20)
    assert (len(first), len(rest)) == (20, 11)
    assert customers.count_customers(filters=lost) == 31


def test_the_shops_grades_in_sql_match_the_pure_classifier(shop_people: dict[str, int]) -> None:
    from salon_crm.core import segments

    for number in range(12):
        visits(person(f"客{number}"), *range(number, 200, 15 + number), total=str(50 + 40 * number))
    pure = segments.classify(segments.load_histories(), clock.today())
    scores = segments.shop_scores(clock.today())
    in_window = {cid: seg for cid, seg in pure.items() if seg.recency}
    assert set(scores) == set(in_window)
    for cid, seg in in_window.items():
        assert (scores[cid].grade, scores[cid].rfm) == (seg.grade, seg.rfm)
