"""Tags: manual ones audited, automatic ones following their rules after each write."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from salon_crm.core import audit, customers, profiles, service_records, tags
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import AuditEntry, Customer, CustomerTag, ServiceItem, Staff, Tag, database_proxy
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
    assert "colour" in tags.tags_of(salon["customer"]).automatic
    for change, name in ((tags.add_tag, "染发客"), (tags.add_tag, "Colour client"), (tags.remove_tag, "colour")):
        with pytest.raises(ValidationError) as refused:
            change(OWNER, salon["customer"], name)
        assert refused.value.code == "tag_is_automatic"
    assert "colour" in tags.tags_of(salon["customer"]).automatic


def test_automatic_tags_follow_each_bill(salon: dict[str, int]) -> None:
    customer = salon["customer"]
    first = visit(salon, 5, "colour")
    assert tags.tags_of(customer).automatic == ("new_customer", "colour")
    set_setting(OWNER, tags.RULES_KEY, {"high_spend": 1000, "regular_visits": 3})
    visit(salon, 4, price="700")
    assert tags.tags_of(customer).automatic == ("high_spender", "new_customer", "colour")
    visit(salon, 3)
    assert "regular" in tags.tags_of(customer).automatic
    service_records.void_service_record(OWNER, first, "wrong customer", now=NOW)
    assert tags.tags_of(customer).automatic == ("new_customer",)


def test_absence_and_birthdays_move_with_the_calendar(salon: dict[str, int]) -> None:
    customer = salon["customer"]
    visit(salon, 100)
    assert tags.tags_of(customer).automatic == ("absent",)
    Customer.update(birth_month=TODAY.month, birth_day=1).where(Customer.id == customer).execute()
    assert tags.refresh_auto_tags(today=TODAY) == 1
    assert tags.tags_of(customer).automatic == ("absent", "birthday_month")
    assert tags.refresh_auto_tags(today=TODAY) == 0  # nothing changed
    assert tags.refresh_auto_tags(today=TODAY + timedelta(days=40)) == 1  # birthday month over
    assert tags.tags_of(customer).automatic == ("absent",)


def test_a_manual_tag_with_a_rule_code_as_name_is_left_alone(salon: dict[str, int]) -> None:
    # a shop whose own tag was called "regular" before the automatic tags were stored by code
    tag = Tag.get_or_none(Tag.name == "regular") or Tag.create(name="regular")
    Tag.update(kind="manual").where(Tag.id == tag.id).execute()
    CustomerTag.create(customer=salon["customer"], tag=tag.id)
    visit(salon, 1)
    assert tags.tags_of(salon["customer"]) == tags.CustomerTags(("regular",), ("new_customer",))


def test_automatic_tags_are_found_by_their_word_in_either_language(salon: dict[str, int]) -> None:
    visit(salon, 10, "colour")
    for typed in ("染发", "colour client", "Colour"):
        assert [row.id for row in customers.list_customers(search=typed)] == [salon["customer"]], typed
    assert customers.list_customers(search="常客") == []  # a new customer is no regular yet


def test_a_regular_who_stopped_coming_is_no_longer_a_regular(salon: dict[str, int]) -> None:
    set_setting(OWNER, tags.RULES_KEY, {"regular_visits": 3})
    for days_ago in (170, 150, 120, 100):
        visit(salon, days_ago)
    assert tags.tags_of(salon["customer"]).automatic == ("absent",)


def test_the_upgrade_stores_automatic_tags_by_code(salon: dict[str, int]) -> None:
    """Schema 10: a file whose automatic tags were stored under Chinese names keeps its links under codes."""
    from salon_crm.core.schema import v10_auto_tag_codes

    customer = salon["customer"]
    Tag.delete().execute()  # the tags as a schema 9 file held them:
    old = Tag.create(name="常客", kind="auto")
    CustomerTag.create(customer=customer, tag=old.id)
    clash = Tag.create(name="久未到店", kind="auto")
    CustomerTag.create(customer=customer, tag=clash.id)
    Tag.create(name="absent", kind="manual")  # the shop's own tag already holds that code as its name
    v10_auto_tag_codes.apply(database_proxy)
    assert Tag.get_by_id(old.id).name == "regular"
    assert tags.tags_of(customer).automatic == ("regular",)
    assert Tag.get_or_none(Tag.id == clash.id) is None  # dropped: derived data, recomputed under the code
    assert Tag.get(Tag.name == "absent").kind == "manual"


def test_the_owner_saves_tag_rules_checked_and_audited(salon: dict[str, int]) -> None:
    saved = tags.save_tag_rules(OWNER, tags.TagRules(high_spend="1,000", regular_visits=2))  # type: ignore[arg-type]
    assert saved.high_spend == Decimal("1000.00") and tags.tag_rules() == saved
    assert (
        AuditEntry.select()
        .where((AuditEntry.table_name == "shop_setting") & (AuditEntry.record_id == tags.RULES_KEY))
        .exists()
    )
    for wrong, code in (
        (tags.TagRules(high_spend=Decimal(0)), "tag_high_spend_invalid"),
        (tags.TagRules(regular_visits=0), "tag_regular_visits_invalid"),
        (tags.TagRules(absent_days=3), "tag_absent_days_invalid"),
        (tags.TagRules(new_days=400), "tag_new_days_invalid"),
        (tags.TagRules(category_days=5000), "tag_category_days_invalid"),
    ):
        with pytest.raises(ValidationError) as refused:
            tags.save_tag_rules(OWNER, wrong)
        assert refused.value.code == code
    assert tags.tag_rules() == saved  # nothing changed by a refusal


def test_a_hand_edited_rule_falls_back_to_its_default(salon: dict[str, int]) -> None:
    set_setting(OWNER, tags.RULES_KEY, {"regular_visits": "lots", "absent_days": 60})
    assert tags.tag_rules() == tags.TagRules(absent_days=60)
