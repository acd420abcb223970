"""Issue 14, Settings → Rules: points a yuan earns without a level, follow-up days per service
category, and the shop's own greeting days — each used where it applies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from salon_crm.core import care, holidays, service_records, shop_rules
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.holidays import OwnDay
from salon_crm.core.models import AuditEntry, Customer, LedgerEntry, ServiceItem
from salon_crm.core.service_records import LineInput, RecordInput

DAY = datetime(2026, 5, 4, 10, 0)


def _bill(customer: int, item: int, at: datetime) -> service_records.ServiceRecordView:
    return service_records.add_service_record(OWNER, RecordInput(customer, at, (LineInput(item),), "cash"), now=at)


def test_a_customer_without_a_level_earns_the_shops_points_rate(shop: Shop) -> None:
    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    customer = Customer.create(name="张三").id
    assert _bill(customer, item, DAY).id and care.follow_up_days() == 3
    shop_rules.save_rules(OWNER, replace(shop_rules.current_rules(), base_points_per_yuan="0.5"))
    bill = _bill(customer, item, DAY + timedelta(days=1))
    points = [row.points_delta for row in LedgerEntry.select().order_by(LedgerEntry.id)]
    assert points == [68, 34]  # ¥68 at 1 a yuan, then at 0.5
    assert bill.total == Decimal("68.00")
    for wrong in ("-1", "101", "0.0001", "abc", "NaN"):
        with pytest.raises(ValidationError) as caught:
            shop_rules.check_rules(replace(shop_rules.current_rules(), base_points_per_yuan=wrong))
        assert caught.value.code == "points_rate_invalid"


def test_a_category_with_its_own_wait_is_called_on_its_day(shop: Shop) -> None:
    cut = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    colour = ServiceItem.create(name="染发", category="colour", price=398, duration_minutes=120).id
    cutting, colouring = Customer.create(name="剪发客").id, Customer.create(name="染发客").id
    _bill(cutting, cut, DAY)
    _bill(colouring, colour, DAY)
    rules = replace(shop_rules.current_rules(), follow_up_by_category=(("colour", 7),))
    shop_rules.save_rules(OWNER, rules)
    due = {day: [item.name for item in care.follow_ups_due(DAY.date() + timedelta(days=day))] for day in (3, 6, 7)}
    assert due == {3: ["剪发客"], 6: ["剪发客"], 7: ["剪发客", "染发客"]}  # the colour's call waits a week
    [coloured] = [item for item in care.follow_ups_due(DAY.date() + timedelta(days=7)) if item.name == "染发客"]
    assert coloured.due == DAY.date() + timedelta(days=7)
    assert care.follow_ups_due(DAY.date() + timedelta(days=3), days=3)[0].name == "剪发客"  # an explicit wait wins
    with pytest.raises(ValidationError):
        shop_rules.check_rules(replace(rules, follow_up_by_category=(("colour", 61),)))
    with pytest.raises(ValidationError):
        shop_rules.check_rules(replace(rules, follow_up_by_category=(("hats", 3),)))


def test_the_shops_own_day_opens_a_greeting_list(shop: Shop) -> None:
    days = shop_rules.parse_own_days("店庆 05-18，会员日 11/11")
    assert days == (OwnDay("店庆", 5, 18), OwnDay("会员日", 11, 11))
    shop_rules.save_rules(OWNER, replace(shop_rules.current_rules(), own_days=days))
    assert care.own_days() == (OwnDay("店庆", 5, 18), OwnDay("会员日", 11, 11))
    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    fan = Customer.create(name="李梅", marketing_consent=True, marketing_consent_on=date(2026, 1, 1)).id
    _bill(fan, item, DAY)
    [greeting] = care.holiday_greetings(date(2026, 5, 10))
    assert (greeting.name, greeting.festival, greeting.due) == ("李梅", "店庆", date(2026, 5, 18))
    assert holidays.festival_days(2027, (OwnDay("闰日", 2, 29),))[1].day == date(2027, 2, 28)  # no 29th that year
    wrong = (
        ("店庆", "own_day_unreadable"),
        ("店庆 02-30", "own_day_invalid"),
        ("x" * 21 + " 01-01", "own_day_name_invalid"),
    )
    for text, code in wrong:
        with pytest.raises(ValidationError) as caught:
            shop_rules.check_rules(replace(shop_rules.current_rules(), own_days=shop_rules.parse_own_days(text)))
        assert caught.value.code == code
    assert AuditEntry.select().where(AuditEntry.table_name == "shop_setting").count() == 1
