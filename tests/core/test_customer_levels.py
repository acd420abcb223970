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
