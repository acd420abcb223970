"""Bills: lines and totals, stored value and points through the ledger, void and edit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from peewee import fn

from salon_crm.core import audit, integrity, loyalty
from salon_crm.core import service_records as records
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import Customer, LedgerEntry, MembershipLevel, ServiceItem, ServiceRecord, Staff

NOW = datetime(2026, 11, 23, 16, 0)


@pytest.fixture
def salon(shop: Shop) -> dict[str, int]:
    gold = MembershipLevel.create(name="金卡", rank=3, price_rate=Decimal("0.9"), upgrade_threshold=5000)
    return {
        "customer": Customer.create(name="张三", level=gold).id,
        "stylist": Staff.create(name="王芳", role="stylist").id,
        "cut": ServiceItem.create(name="洗剪吹", category="cut", price=Decimal("68"), duration_minutes=45).id,
        "colour": ServiceItem.create(name="染发", category="colour", price=Decimal("380"), duration_minutes=120).id,
    }


def bill(salon: dict[str, int], **changes: object) -> records.RecordInput:
    base = records.RecordInput(
        customer_id=salon["customer"],
        visited_at=datetime(2026, 11, 23, 14, 30),
        lines=(
            records.LineInput(salon["cut"], salon["stylist"]),
            records.LineInput(salon["colour"], salon["stylist"], unit_price="400", discount="20"),
        ),
        payment_method="wechat_pay",
        discount=Decimal("44.80"),
    )
    return replace(base, **changes)


def test_a_bill_adds_up_and_earns_points(salon: dict[str, int]) -> None:
    saved = records.add_service_record(OWNER, bill(salon), now=NOW)
    assert [line.amount for line in saved.lines] == [Decimal("68.00"), Decimal("380.00")]
    assert (saved.subtotal, saved.discount, saved.total) == (Decimal("448.00"), Decimal("44.80"), Decimal("403.20"))
    assert loyalty.balance_of(salon["customer"]).points == 403
    figures = records.customer_figures(salon["customer"])
    assert (figures.visits, figures.total_spent, figures.average_ticket) == (1, Decimal("403.20"), Decimal("403.20"))
    assert [entry.action for entry in audit.entries_for("service_record", saved.id)] == ["create"]


def test_paying_by_stored_value_draws_on_the_card(salon: dict[str, int]) -> None:
    loyalty.top_up(OWNER, salon["customer"], 1000, bonus=200)
    records.add_service_record(OWNER, bill(salon, payment_method="stored_value"), now=NOW)
    assert loyalty.balance_of(salon["customer"]).stored_value == Decimal("796.80")


def test_a_card_that_does_not_cover_the_bill_refuses_it_whole(salon: dict[str, int]) -> None:
    loyalty.top_up(OWNER, salon["customer"], 100)
    with pytest.raises(ValidationError) as caught:
        records.add_service_record(OWNER, bill(salon, payment_method="stored_value"), now=NOW)
    assert caught.value.code == "balance_insufficient"
    assert ServiceRecord.select().count() == 0
    assert LedgerEntry.select().count() == 1


def test_voiding_keeps_the_record_and_reverses_the_ledger(salon: dict[str, int]) -> None:
    loyalty.top_up(OWNER, salon["customer"], 1000)
    saved = records.add_service_record(OWNER, bill(salon, payment_method="stored_value"), now=NOW)
    voided = records.void_service_record(OWNER, saved.id, "录错客户", now=NOW)
    assert voided.voided_at == NOW
    assert loyalty.balance_of(salon["customer"]) == loyalty.Balance(Decimal("1000.00"), Decimal("0.00"), 0)
    assert loyalty.balance_of(salon["customer"]) == loyalty.ledger_total(salon["customer"])
    assert records.customer_figures(salon["customer"]).visits == 0
    with pytest.raises(ValidationError) as caught:
        records.void_service_record(OWNER, saved.id, "again", now=NOW)
    assert caught.value.code == "service_record_voided"


def test_voiding_is_refused_when_the_points_were_already_spent(salon: dict[str, int]) -> None:
    saved = records.add_service_record(OWNER, bill(salon), now=NOW)
    loyalty.redeem_points(OWNER, salon["customer"], 400)
    with pytest.raises(ValidationError) as caught:
        records.void_service_record(OWNER, saved.id, "退单", now=NOW)
    assert caught.value.code == "points_insufficient"
    assert ServiceRecord.get_by_id(saved.id).voided_at is None


def test_editing_a_bill_moves_its_ledger_effects(salon: dict[str, int]) -> None:
    saved = records.add_service_record(OWNER, bill(salon), now=NOW)
    only_cut = (records.LineInput(salon["cut"], salon["stylist"]),)
    edited = records.update_service_record(OWNER, saved.id, bill(salon, lines=only_cut, discount=0), now=NOW)
    assert edited.total == Decimal("68.00")
    assert loyalty.balance_of(salon["customer"]).points == 68
    assert [entry.action for entry in audit.entries_for("service_record", saved.id)] == ["create", "update"]


def test_voiding_an_edited_bill_gives_back_what_the_bill_took_once(salon: dict[str, int]) -> None:
    """Edit, then void: the card and the points return to what they were before the bill, not past it.

    An edit reverses the bill's first charge and writes the new one; the void must reverse only
    what is still in force (it reversed the first charge a second time: the card ended at ¥1,403.20).
    """
    loyalty.top_up(OWNER, salon["customer"], 1000)
    saved = records.add_service_record(OWNER, bill(salon, payment_method="stored_value"), now=NOW)
    assert loyalty.balance_of(salon["customer"]).principal == Decimal("596.80")
    edited = records.update_service_record(
        OWNER, saved.id, bill(salon, payment_method="stored_value", discount=0), now=NOW
    )
    assert edited.total == Decimal("448.00")
    assert loyalty.balance_of(salon["customer"]) == loyalty.Balance(Decimal("552.00"), Decimal("0.00"), 448)
    again = records.update_service_record(OWNER, saved.id, bill(salon, payment_method="stored_value"), now=NOW)
    assert again.total == Decimal("403.20")
    records.void_service_record(OWNER, saved.id, "录错客户", now=NOW)
    assert loyalty.balance_of(salon["customer"]) == loyalty.Balance(Decimal("1000.00"), Decimal("0.00"), 0)
    assert loyalty.balance_of(salon["customer"]) == loyalty.ledger_total(salon["customer"])
    assert integrity.voided_bill_findings() == []
    # a shop where the old rule gave the first charge back twice: `salon-crm check` names the bill
    loyalty.top_up(OWNER, salon["customer"], 100)
    LedgerEntry.update(service_record=saved.id).where(
        LedgerEntry.id == LedgerEntry.select(fn.MAX(LedgerEntry.id))
    ).execute()
    [finding] = integrity.voided_bill_findings()
    assert finding.code == "voided_bill_still_counts" and f"bill #{saved.id}" in finding.detail
    assert "card +100.00" in finding.detail


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"lines": ()}, "record_needs_a_line"),
        ({"payment_method": "bitcoin"}, "payment_method_invalid"),
        ({"visited_at": datetime(2026, 11, 24, 10)}, "visit_in_future"),
        ({"discount": "449"}, "record_discount_invalid"),
        ({"lines": (records.LineInput(999),)}, "service_item_not_found"),
        ({"lines": (records.LineInput(1, quantity=0),)}, "quantity_invalid"),
        ({"lines": (records.LineInput(1, discount="69"),)}, "line_discount_invalid"),
        ({"lines": (records.LineInput(1, unit_price="-1"),)}, "price_negative"),
    ],
)
def test_bad_bills_write_nothing(salon: dict[str, int], changes: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        records.add_service_record(OWNER, bill(salon, **changes), now=NOW)
    assert caught.value.code == code
    assert ServiceRecord.select().count() == 0
    assert LedgerEntry.select().count() == 0


def test_unknown_customer_or_record(salon: dict[str, int]) -> None:
    with pytest.raises(NotFoundError):
        records.add_service_record(OWNER, bill(salon, customer_id=404), now=NOW)
    with pytest.raises(NotFoundError):
        records.void_service_record(OWNER, 404, "x", now=NOW)
