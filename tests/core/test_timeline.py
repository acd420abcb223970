"""The customer timeline and the file header: every kind of event, newest first, and warnings."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from salon_crm.core import care, customer_file, loyalty, service_records, timeline
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import NotFoundError
from salon_crm.core.models import (
    Appointment,
    ComplaintTicket,
    Customer,
    MembershipLevel,
    ServiceItem,
    ServicePackage,
    Staff,
    SurveyResponse,
)
from salon_crm.core.service_records import LineInput, RecordInput
from salon_crm.core.timeline import EventKind

NOW = datetime(2026, 11, 23, 18, 0)


@pytest.fixture
def history(shop: Shop) -> int:
    gold = MembershipLevel.create(name="金卡", rank=3, price_rate=Decimal("0.9"), upgrade_threshold=5000)
    stylist = Staff.create(name="王芳", role="stylist")
    cut = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45)
    wash = ServiceItem.create(name="洗发", category="care", price=30, duration_minutes=20)
    zhang = Customer.create(name="张三", level=gold, preferred_stylist=stylist, allergies="染发剂过敏")
    loyalty.top_up(OWNER, zhang.id, 1000, bonus=200, at=NOW - timedelta(days=9))
    first = service_records.add_service_record(
        OWNER,
        RecordInput(
            zhang.id, NOW - timedelta(days=8), (LineInput(cut.id, stylist.id),), "stored_value", discount="6.80"
        ),
        now=NOW - timedelta(days=8),
    )
    second = service_records.add_service_record(
        OWNER,
        RecordInput(zhang.id, NOW - timedelta(days=4), (LineInput(cut.id, stylist.id),), "cash"),
        now=NOW - timedelta(days=4),
    )
    service_records.void_service_record(OWNER, second.id, "entered twice", now=NOW - timedelta(days=3))
    Appointment.create(
        customer=zhang, stylist=stylist, starts_at=NOW + timedelta(days=2), ends_at=NOW + timedelta(days=2, hours=1)
    )
    ComplaintTicket.create(
        customer=zhang,
        kind="complaint",
        channel="phone",
        description="等太久\n第二行",
        received_at=NOW - timedelta(days=7),
    )
    SurveyResponse.create(
        customer=zhang, service_record=first.id, stylist=stylist, answered_at=NOW - timedelta(days=7, hours=2),
        channel="wechat", overall=4, stylist_skill=5, service_attitude=4, environment=4, waiting_time=2,
        value_for_money=4, recommend=8, comment="不错",
    )  # fmt: skip
    care.record_contact(OWNER, zhang.id, "follow_up", note="满意", at=NOW - timedelta(days=5))
    ServicePackage.create(
        customer=zhang, service_item=wash, sessions_total=10, price_paid=250, bought_at=NOW - timedelta(days=20)
    )
    return int(zhang.id)


def test_every_kind_of_event_newest_first_one_line_per_visit(history: int) -> None:
    events = timeline.customer_timeline(history)
    summary = [(event.kind.value, event.code) for event in events]
    assert summary == [
        ("appointment", "booked"),
        ("visit", "cash"),
        ("care", "follow_up"),
        ("ticket", "received"),
        ("survey", "wechat"),
        ("visit", "stored_value"),
        ("ledger", "top_up"),  # not part of a visit: a line of its own
    ]
    voided, paid = events[1], events[5]
    # a visit's own ledger rows open under it, in the order they happened
    assert [(child.kind.value, child.code) for child in voided.children] == [
        ("ledger", "points_earn"),
        ("ledger", "void"),  # the void reverses the cash bill's points
    ]
    assert [(child.kind.value, child.code) for child in paid.children] == [
        ("ledger", "spend"),
        ("ledger", "points_earn"),
    ]
    assert (voided.voided, voided.note, voided.detail, voided.staff) == (True, "entered twice", "洗剪吹", "王芳")
    assert voided.points == 0  # earned, then taken back by the void
    assert paid.points == 61  # ¥61.20 at one point a yuan
    [spend] = [child for child in paid.children if child.code == "spend"]
    assert (spend.amount, spend.balance) == (Decimal("-61.20"), Decimal("1138.80"))
    assert events[3].detail == "等太久"  # the first line of the description
    assert (events[4].score, events[4].staff) == (4, "王芳")
    assert len(list(timeline.every_event(events))) == 11
    assert [event.kind for event in timeline.customer_timeline(history, [EventKind.CARE])] == [EventKind.CARE]


def test_the_file_header(history: int) -> None:
    opened = customer_file.load_customer_file(history, today=NOW.date())
    assert (opened.level_name, opened.stylist_name) == ("金卡", "王芳")
    assert opened.balance.stored_value == Decimal("1138.80")
    assert (opened.figures.visits, opened.figures.total_spent) == (1, Decimal("61.20"))
    assert opened.segment.lifecycle == "new"
    assert opened.satisfaction == "low"  # an open complaint
    assert opened.open_tickets == 1
    assert opened.follow_up_due is None  # called after the last visit
    assert [(package.service, package.remaining) for package in opened.packages] == [("洗发", 10)]
    assert "new_customer" in opened.tags.automatic


def test_an_overdue_follow_up_shows_in_the_header(history: int) -> None:
    stylist = Staff.get().id
    item = ServiceItem.get(ServiceItem.name == "洗剪吹").id
    service_records.add_service_record(
        OWNER, RecordInput(history, NOW - timedelta(days=3), (LineInput(item, stylist),), "cash"), now=NOW
    )
    opened = customer_file.load_customer_file(history, today=NOW.date())
    assert opened.follow_up_due == NOW.date()
    assert opened.figures.visits == 2


def test_an_anonymised_file_cannot_be_opened(history: int) -> None:
    Customer.update(anonymised_at=NOW).where(Customer.id == history).execute()
    with pytest.raises(NotFoundError):
        customer_file.load_customer_file(history, today=date(2026, 11, 23))
