"""Merging duplicates: every record moves, balances add up, the merged file is hidden and audited."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from salon_crm.core import audit, customers, loyalty, merging, profiles, tags
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import CareContact, Customer, ServiceRecord
from salon_crm.core.service_records import customer_figures

NOW = datetime(2026, 11, 23, 18, 0)


@pytest.fixture
def pair(shop: Shop) -> tuple[int, int]:
    keep = profiles.create_customer(OWNER, profiles.CustomerInput("张三", phone="13800138000"), now=NOW).id
    dup = profiles.create_customer(
        OWNER,
        profiles.CustomerInput("张三", wechat="zs88", allergies="PPD", health_consent=True),
        now=NOW,
        allow_duplicate=True,
    ).id
    for customer_id, total in ((keep, 100), (dup, 250)):
        ServiceRecord.create(customer=customer_id, visited_at=NOW, payment_method="cash", subtotal=total, total=total)
    loyalty.top_up(OWNER, keep, 100)
    loyalty.top_up(OWNER, dup, 500, bonus=100)
    CareContact.create(customer=dup, kind="follow_up", done_at=NOW, actor="owner")
    tags.add_tag(OWNER, dup, "怕烫")
    return keep, dup


def test_everything_moves_to_the_kept_file(pair: tuple[int, int]) -> None:
    keep, dup = pair
    merged = merging.merge_customers(OWNER, keep, dup, take=["wechat", "allergies"], now=NOW)
    assert (merged.phone, merged.wechat, merged.allergies) == ("13800138000", "zs88", "PPD")
    assert customer_figures(keep).total_spent == Decimal("350.00")
    assert loyalty.balance_of(keep).stored_value == Decimal("700.00")
    assert loyalty.balance_of(dup).stored_value == Decimal("0.00")
    assert loyalty.ledger_total(keep) == loyalty.balance_of(keep)
    assert CareContact.get().customer_id == keep
    assert tags.tags_of(keep).manual == ("怕烫",)
    assert Customer.get_by_id(dup).merged_into_id == keep
    assert [row.id for row in customers.list_customers("zs")] == [keep]
    entry = audit.entries_for("customer", dup)[-1]
    assert '"zs88"' in (entry.before or "") and '"merged_into": ' in (entry.after or "")


def test_bad_merges_are_refused_and_nothing_moves(pair: tuple[int, int]) -> None:
    keep, dup = pair
    with pytest.raises(ValidationError):
        merging.merge_customers(OWNER, keep, keep)
    with pytest.raises(ValidationError):
        merging.merge_customers(OWNER, keep, dup, take=["shoe_size"])
    with pytest.raises(NotFoundError):
        merging.merge_customers(OWNER, keep, dup + 99)
    assert customer_figures(keep).visits == 1 and Customer.get_by_id(dup).merged_into_id is None
    merging.merge_customers(OWNER, keep, dup)
    with pytest.raises(NotFoundError):
        merging.merge_customers(OWNER, keep, dup)  # already merged


def test_merging_keeps_both_mobiles_and_search_finds_either(shop: Shop) -> None:
    from salon_crm.core import erasure

    first = profiles.create_customer(OWNER, profiles.CustomerInput("陈静", phone="13800138000"), now=NOW)
    second = profiles.create_customer(
        OWNER, profiles.CustomerInput("陈静", phone="13900139000"), now=NOW, allow_duplicate=True
    )
    kept = merging.merge_customers(OWNER, first.id, second.id, now=NOW)
    assert (kept.phone, kept.other_phones) == ("13800138000", ("13900139000",))
    found = customers.list_customers("13900139")
    assert [row.id for row in found] == [first.id]
    profiles.update_customer(OWNER, first.id, profiles.CustomerInput("陈静", phone="13800138000", wechat="cj"), now=NOW)
    assert [row.id for row in customers.list_customers("13900139")] == [first.id]  # an edit keeps it findable
    erasure.erase_personal_data(OWNER, first.id, now=NOW)
    assert profiles.other_phones_of(first.id) == ()  # erased with the rest
