"""Membership levels: a customer moves up when their spending reaches a threshold, never down."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from salon_crm.core import audit, levels, service_records
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, MembershipLevel, ServiceItem
from salon_crm.core.service_records import LineInput, RecordInput

NOW = datetime(2026, 11, 23, 18, 0)


@pytest.fixture
def salon(shop: Shop) -> dict[str, int]:
    ids = {
        name: MembershipLevel.create(
            name=name, rank=rank, price_rate=Decimal(rate), upgrade_threshold=Decimal(threshold)
        ).id
        for name, rank, rate, threshold in (
            ("普通会员", 1, "1", "0"),
            ("银卡", 2, "0.95", "2000"),
            ("金卡", 3, "0.9", "5000"),
        )
    }
    ids["customer"] = Customer.create(name="张三").id
    ids["item"] = ServiceItem.create(name="染发", category="colour", price=380, duration_minutes=120).id
    return ids


def bill(salon: dict[str, int], price: str) -> int:
    data = RecordInput(salon["customer"], NOW, (LineInput(salon["item"], unit_price=price),), "cash")
    return service_records.add_service_record(OWNER, data, now=NOW).id


def level_of(salon: dict[str, int]) -> int | None:
    return Customer.get_by_id(salon["customer"]).level_id


def test_spending_moves_the_customer_up(salon: dict[str, int]) -> None:
    bill(salon, "100")
    assert level_of(salon) == salon["普通会员"]
    bill(salon, "2000")
    assert level_of(salon) == salon["银卡"]
    big = bill(salon, "3100")
    # core takes the silver level's 5% off on its own: 2,945 paid, 5,045 spent in all
    assert service_records.get_service_record(big).total == Decimal("2945.00")
    assert level_of(salon) == salon["金卡"]
    assert levels.level_for_spend(Decimal("4999.99")) == salon["银卡"]
    service_records.void_service_record(OWNER, big, "wrong amount", now=NOW)
    assert level_of(salon) == salon["金卡"]  # a level once reached is kept
    actions = [entry.after for entry in audit.entries_for("customer", salon["customer"])]
    assert any('"level": ' in (after or "") for after in actions)


def test_a_level_set_by_hand_is_not_lowered(salon: dict[str, int]) -> None:
    Customer.update(level=salon["金卡"]).where(Customer.id == salon["customer"]).execute()
    bill(salon, "2500")
    assert level_of(salon) == salon["金卡"]


def test_the_owner_keeps_the_list_of_levels(shop: Shop) -> None:
    from salon_crm.core.errors import ConflictError, ValidationError
    from salon_crm.core.levels import LevelInput

    gold = levels.add_level(OWNER, LevelInput("金卡", discount_percent="12", threshold="5000"))
    silver = levels.add_level(OWNER, LevelInput("银卡", discount_percent="5", points_per_yuan="1.5", threshold="2000"))
    assert [row.name for row in levels.list_level_rows()] == ["银卡", "金卡"]  # ranked by threshold
    assert (gold.discount_percent, MembershipLevel.get_by_id(gold.id).price_rate) == (Decimal(12), Decimal("0.88"))
    with pytest.raises(ConflictError):
        levels.add_level(OWNER, LevelInput("金卡 "))
    for wrong in ("100", "-1", "12.55", "abc"):
        with pytest.raises(ValidationError) as caught:
            levels.add_level(OWNER, LevelInput("钻石卡", discount_percent=wrong))
        assert caught.value.code == "level_discount_invalid"
    levels.update_level(OWNER, silver.id, LevelInput("银卡", discount_percent="8", threshold="2000"))
    assert levels.member_terms_of_level(silver.id).price_rate == Decimal("0.92")
    customer = Customer.create(name="李四", level=silver.id).id
    levels.set_level_active(OWNER, silver.id, False)
    assert [rule.id for rule in levels.level_rules()] == [gold.id]  # not reached any more...
    assert levels.member_terms(customer).price_rate == Decimal("0.92")  # ...but its members keep it
    assert [e.action for e in audit.entries_for("membership_level", silver.id)] == ["create", "update", "update"]


def test_a_level_reached_by_topping_up(shop: Shop) -> None:
    from salon_crm.core import loyalty
    from salon_crm.core.levels import LevelInput

    vip = levels.add_level(OWNER, LevelInput("储值会员", discount_percent="10", threshold="1000", basis="top_up"))
    customer = Customer.create(name="王五").id
    loyalty.top_up(OWNER, customer, "999")
    assert Customer.get_by_id(customer).level_id is None
    loyalty.top_up(OWNER, customer, "1")  # the top-up itself moves her up
    assert Customer.get_by_id(customer).level_id == vip.id
