"""Tags: manual ones audited, automatic ones following their rules after each write."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from salon_crm.core import audit, profiles, service_records, tags
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import Customer, CustomerTag, ServiceItem, Staff, Tag
from salon_crm.core.service_records import LineInput, RecordInput
from salon_crm.core.shop import set_setting

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 18, 0)


@pytest.fixture
def salon(shop: Shop) -> dict[str, int]:
    return {
        "customer": profiles.create_customer(OWNER, profiles.CustomerInput("张三", phone="13800138000"), now=NOW).id,
        "stylist": Staff.create(name="王芳", role="stylist").id,
        "cut": ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id,
        "colour": ServiceItem.create(name="染发", category="colour", price=380, duration_minutes=120).id,
    }


def visit(salon: dict[str, int], days_ago: int, item: str = "cut", price: str | None = None) -> int:
    data = RecordInput(
        salon["customer"],
        NOW - timedelta(days=days_ago),
        (LineInput(salon[item], salon["stylist"], unit_price=price),),
        "cash",
    )
    return service_records.add_service_record(OWNER, data, now=NOW).id


def test_manual_tags_are_added_once_removed_and_audited(salon: dict[str, int]) -> None:
    customer = salon["customer"]
    assert tags.add_tag(OWNER, customer, "  怕烫 ").manual == ("怕烫",)
    assert tags.add_tag(OWNER, customer, "怕烫").manual == ("怕烫",)
    assert tags.remove_tag(OWNER, customer, "怕烫").manual == ()
    actions = [entry.action for entry in audit.entries_for("customer_tag", f"{customer}:1")]
    assert actions in (["create", "delete"], [])  # the tag id depends on the automatic ones made first
    assert len([row for row in tags.list_tags() if row.name == "怕烫"]) == 1


@pytest.mark.parametrize(("name", "code"), [("", "tag_name_required"), ("x" * 31, "tag_name_too_long")])
def test_bad_tag_names_are_refused(salon: dict[str, int], name: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        tags.add_tag(OWNER, salon["customer"], name)
    assert refused.value.code == code
    assert CustomerTag.select().count() == 0


def test_an_automatic_tag_cannot_be_set_or_taken_by_hand(salon: dict[str, int]) -> None:
    visit(salon, 10, "colour")
    assert "染发客" in tags.tags_of(salon["customer"]).automatic
    for change in (tags.add_tag, tags.remove_tag):
        with pytest.raises(ValidationError) as refused:
            change(OWNER, salon["customer"], "染发客")
        assert refused.value.code == "tag_is_automatic"
    assert "染发客" in tags.tags_of(salon["customer"]).automatic


def test_automatic_tags_follow_each_bill(salon: dict[str, int]) -> None:
    customer = salon["customer"]
    first = visit(salon, 5, "colour")
    assert tags.tags_of(customer).automatic == ("新客", "染发客")
    set_setting(OWNER, tags.RULES_KEY, {"high_spend": 1000, "regular_visits": 3})
    visit(salon, 4, price="700")
    assert tags.tags_of(customer).automatic == ("高消费", "新客", "染发客")
    visit(salon, 3)
    assert "常客" in tags.tags_of(customer).automatic
    service_records.void_service_record(OWNER, first, "wrong customer", now=NOW)
    assert tags.tags_of(customer).automatic == ("新客",)


def test_absence_and_birthdays_move_with_the_calendar(salon: dict[str, int]) -> None:
    customer = salon["customer"]
    visit(salon, 100)
    assert tags.tags_of(customer).automatic == ("久未到店",)
    Customer.update(birth_month=TODAY.month, birth_day=1).where(Customer.id == customer).execute()
    assert tags.refresh_auto_tags(today=TODAY) == 1
    assert tags.tags_of(customer).automatic == ("久未到店", "生日本月")
    assert tags.refresh_auto_tags(today=TODAY) == 0  # nothing changed
    assert tags.refresh_auto_tags(today=TODAY + timedelta(days=40)) == 1  # birthday month over
    assert tags.tags_of(customer).automatic == ("久未到店",)


def test_a_manual_tag_with_a_rule_name_is_left_alone(salon: dict[str, int]) -> None:
    Tag.update(kind="manual").where(Tag.name == "常客").execute()  # the shop had its own 常客 tag
    tags.add_tag(OWNER, salon["customer"], "常客")
    visit(salon, 1)
    assert tags.tags_of(salon["customer"]) == tags.CustomerTags(("常客",), ("新客",))


def test_a_regular_who_stopped_coming_is_no_longer_a_regular(salon: dict[str, int]) -> None:
    set_setting(OWNER, tags.RULES_KEY, {"regular_visits": 3})
    for days_ago in (170, 150, 120, 100):
        visit(salon, days_ago)
    assert tags.tags_of(salon["customer"]).automatic == ("久未到店",)
