"""The database itself refuses bad rows, whatever code tries to write them."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from peewee import IntegrityError

from salon_crm.core.db import Shop
from salon_crm.core.models import (
    Appointment,
    ComplaintTicket,
    Customer,
    LedgerEntry,
    ServiceItem,
    ServiceRecord,
    ServiceRecordLine,
    Staff,
    SurveyResponse,
    database_proxy,
)

NOW = datetime(2026, 5, 4, 14, 30)


@pytest.fixture
def basics(shop: Shop) -> dict[str, int]:
    stylist = Staff.create(name="王芳", role="stylist")
    customer = Customer.create(name="张三", phone="13800138000")
    item = ServiceItem.create(name="洗剪吹", category="cut", price=Decimal("68"), duration_minutes=45)
    record = ServiceRecord.create(
        customer=customer, visited_at=NOW, payment_method="cash", subtotal=Decimal("68"), total=Decimal("68")
    )
    ServiceRecordLine.create(record=record, service_item=item, stylist=stylist, unit_price=68, amount=68)
    return {"stylist": stylist.id, "customer": customer.id, "item": item.id, "record": record.id}


def survey(basics: dict[str, int], **scores: int) -> SurveyResponse:
    values = dict.fromkeys(
        ("overall", "stylist_skill", "service_attitude", "environment", "waiting_time", "value_for_money"), 5
    )
    values.update(recommend=9)
    values.update(scores)
    return SurveyResponse.create(customer=basics["customer"], answered_at=NOW, channel="in_shop", **values)


def refused(create: object) -> None:
    """Assert that running ``create`` raises IntegrityError and leaves nothing behind."""
    assert callable(create)
    with pytest.raises(IntegrityError), database_proxy.atomic():
        create()


@pytest.mark.parametrize(
    "scores",
    [{"overall": 6}, {"overall": 0}, {"waiting_time": -1}, {"recommend": 11}, {"recommend": -1}],
)
def test_out_of_range_scores_are_refused(basics: dict[str, int], scores: dict[str, int]) -> None:
    refused(lambda: survey(basics, **scores))
    assert SurveyResponse.select().count() == 0


def test_scores_at_the_edges_are_accepted(basics: dict[str, int]) -> None:
    survey(basics, overall=1, recommend=0)
    assert SurveyResponse.select().count() == 1


def test_a_negative_balance_is_refused(basics: dict[str, int]) -> None:
    entry = {
        "customer": basics["customer"], "at": NOW, "kind": "spend", "actor": "owner",
        "principal_delta": Decimal("-10"), "principal_after": Decimal("-10"), "bonus_after": 0, "points_after": 0,
    }  # fmt: skip
    refused(lambda: LedgerEntry.create(**entry))
    refused(lambda: LedgerEntry.create(**{**entry, "principal_after": 0, "points_after": -5}))
    assert LedgerEntry.select().count() == 0


def test_a_ticket_without_a_customer_is_refused(basics: dict[str, int]) -> None:
    refused(
        lambda: ComplaintTicket.create(
            customer=None, kind="complaint", channel="phone", description="染发颜色不对", received_at=NOW
        )
    )
    refused(
        lambda: ComplaintTicket.create(
            customer=9999, kind="complaint", channel="phone", description="染发颜色不对", received_at=NOW
        )
    )
    assert ComplaintTicket.select().count() == 0


def test_codes_outside_the_vocabulary_are_refused(basics: dict[str, int]) -> None:
    refused(lambda: Customer.create(name="李四", gender="robot"))
    refused(lambda: Staff.create(name="赵六", role="wizard"))
    refused(lambda: ServiceItem.create(name="x", category="massage", price=1, duration_minutes=30))


def test_money_and_times_must_make_sense(basics: dict[str, int]) -> None:
    refused(lambda: ServiceItem.create(name="免费", category="cut", price=Decimal("-1"), duration_minutes=30))
    refused(
        lambda: Appointment.create(
            customer=basics["customer"], stylist=basics["stylist"], starts_at=NOW, ends_at=NOW - timedelta(minutes=1)
        )
    )
    refused(
        lambda: ServiceRecord.create(
            customer=basics["customer"], visited_at=NOW, payment_method="cash", subtotal=10, discount=20, total=0
        )
    )
    refused(lambda: Customer.create(name="   "))
    refused(lambda: Customer.create(name="王五", marketing_consent=True))  # consent needs its date


def test_history_keeps_customers_and_services_from_being_deleted(basics: dict[str, int]) -> None:
    refused(lambda: Customer.delete_by_id(basics["customer"]))
    refused(lambda: ServiceItem.delete_by_id(basics["item"]))
    refused(lambda: Staff.delete_by_id(basics["stylist"]))
    assert Customer.select().count() == 1


def test_lines_go_with_their_record(basics: dict[str, int]) -> None:
    ServiceRecord.delete_by_id(basics["record"])
    assert ServiceRecordLine.select().count() == 0


def test_one_survey_per_service_record(basics: dict[str, int]) -> None:
    survey(basics, service_record=basics["record"])
    refused(lambda: survey(basics, service_record=basics["record"]))


def test_money_comes_back_exact(basics: dict[str, int]) -> None:
    item = ServiceItem.create(name="头皮护理", category="care", price=Decimal("0.10"), duration_minutes=30)
    ServiceItem.create(name="补水", category="skin", price=Decimal("0.20"), duration_minutes=30)
    assert ServiceItem.get_by_id(item.id).price == Decimal("0.10")
    assert isinstance(ServiceItem.get_by_id(item.id).price, Decimal)
