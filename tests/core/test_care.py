"""Care lists: birthdays, follow-up calls, win-back and at-risk customers; a call ticks them off."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from salon_crm.core import audit, care, timeline
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import CareContact, Customer, ServiceItem, ServiceRecord, ServiceRecordLine, Staff
from salon_crm.core.shop import set_setting

TODAY = date(2026, 11, 25)  # a Wednesday


def customer(name: str, **values: object) -> int:
    """A customer who agreed to marketing messages, unless ``marketing_consent=False`` is given."""
    consent = {"marketing_consent": True, "marketing_consent_on": date(2025, 1, 1)}
    if values.get("marketing_consent") is False:
        consent = {"marketing_consent": False, "marketing_consent_on": None}
    return int(Customer.create(name=name, phone="13800138000", **{**values, **consent}).id)


def visit(customer_id: int, days_ago: int, item: int, stylist: int) -> int:
    at = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(hour=15)
    record = ServiceRecord.create(customer=customer_id, visited_at=at, payment_method="cash", subtotal=100, total=100)
    ServiceRecordLine.create(record=record, service_item=item, stylist=stylist, unit_price=100, amount=100)
    return int(record.id)


@pytest.fixture
def salon(shop: Shop) -> tuple[int, int]:
    item = ServiceItem.create(name="染发", category="colour", price=100, duration_minutes=90).id
    stylist = Staff.create(name="王芳", role="stylist").id
    return int(item), int(stylist)


def test_birthdays_this_week_and_month(salon: tuple[int, int]) -> None:
    monday = customer("周一", birth_month=11, birth_day=23)
    sunday = customer("周日", birth_month=11, birth_day=29)
    later = customer("月底", birth_month=11, birth_day=30)
    customer("十二月", birth_month=12, birth_day=1)
    assert [item.customer_id for item in care.birthdays(TODAY, "week")] == [monday, sunday]
    assert [item.customer_id for item in care.birthdays(TODAY, "month")] == [monday, sunday, later]
    care.record_contact(OWNER, sunday, "birthday", note="短信祝福", at=datetime(2026, 11, 24, 10))
    assert [item.customer_id for item in care.birthdays(TODAY, "week")] == [monday]


def test_greetings_and_win_back_only_with_consent_a_follow_up_call_always(salon: tuple[int, int]) -> None:
    item, stylist = salon
    agreed = customer("同意", birth_month=11, birth_day=26)
    declined = customer("未同意", birth_month=11, birth_day=26, marketing_consent=False)
    assert [row.customer_id for row in care.birthdays(TODAY, "week")] == [agreed]
    visit(declined, 3, item, stylist)
    assert [row.customer_id for row in care.follow_ups_due(TODAY)] == [declined]  # service, not marketing
    asleep_agreed, asleep_declined = customer("沉睡同意"), customer("沉睡未同意", marketing_consent=False)
    for sleeper in (asleep_agreed, asleep_declined):
        visit(sleeper, 120, item, stylist)
    assert [row.customer_id for row in care.dormant(TODAY)] == [asleep_agreed]


def test_the_29th_of_february_is_greeted_on_the_28th_in_other_years(salon: tuple[int, int]) -> None:
    leapling = customer("闰日", birth_month=2, birth_day=29)
    items = care.birthdays(date(2027, 2, 26), "week")
    assert [(item.customer_id, item.due) for item in items] == [(leapling, date(2027, 2, 28))]


def test_follow_up_calls_fall_due_days_after_a_visit(salon: tuple[int, int]) -> None:
    item, stylist = salon
    due = customer("该回访")
    not_yet = customer("太早")
    visit(due, 3, item, stylist)
    visit(not_yet, 2, item, stylist)
    visit(customer("太久"), 30, item, stylist)
    items = care.follow_ups_due(TODAY)
    assert [(row.customer_id, row.services, row.stylist, row.due) for row in items] == [(due, "染发", "王芳", TODAY)]
    set_setting(OWNER, care.FOLLOW_UP_DAYS_KEY, 2)
    assert {row.customer_id for row in care.follow_ups_due(TODAY)} == {due, not_yet}
    row = items[0]
    contact = care.record_contact(OWNER, due, "follow_up", note="颜色满意", service_record_id=row.service_record_id)
    assert [row.customer_id for row in care.follow_ups_due(TODAY)] == [not_yet]
    assert [entry.action for entry in audit.entries_for("care_contact", contact.id)] == ["create"]
    events = timeline.customer_timeline(due, [timeline.EventKind.CARE])
    assert [(event.code, event.detail) for event in events] == [("follow_up", "颜色满意")]


def test_dormant_and_at_risk_customers(salon: tuple[int, int]) -> None:
    item, stylist = salon
    dormant = customer("沉睡")
    visit(dormant, 120, item, stylist)
    regular = customer("老客")  # every 20 days, now 50 days away: beyond twice their rhythm
    for days_ago in (110, 90, 70, 50):
        visit(regular, days_ago, item, stylist)
    steady = customer("稳定")  # every 60 days, 50 days away: still in rhythm
    for days_ago in (230, 170, 110, 50):
        visit(steady, days_ago, item, stylist)
    assert [row.customer_id for row in care.dormant(TODAY)] == [dormant]
    risky = care.at_risk(TODAY)
    assert [(row.customer_id, row.usual_gap_days, row.days_since_last_visit) for row in risky] == [(regular, 20.0, 50)]
    care.record_contact(OWNER, regular, "win_back", note="发了回归优惠券", at=datetime(2026, 11, 20, 10))
    assert care.at_risk(TODAY) == []


def test_a_bad_contact_is_refused_and_nothing_written(salon: tuple[int, int]) -> None:
    someone = customer("张三")
    with pytest.raises(ValidationError):
        care.record_contact(OWNER, someone, "gossip")
    with pytest.raises(ValidationError):
        care.record_contact(OWNER, someone, "follow_up", note="长" * 501)
    with pytest.raises(NotFoundError):
        care.record_contact(OWNER, someone + 99, "follow_up")
    assert CareContact.select().count() == 0
