"""Customer profiles: validated, normalised, searchable, duplicates caught, audited."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest

from salon_crm.core import audit, profiles
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import AuditEntry, Customer

NOW = datetime(2026, 11, 23, 15, 0)
ZHANG = profiles.CustomerInput(
    name=" 张三 ", gender="female", birth_month=5, birth_day=3, phone="+86 138-0013-8000", wechat="ZS_wx"
)


def test_a_new_customer_is_cleaned_and_searchable(shop: Shop) -> None:
    saved = profiles.create_customer(OWNER, ZHANG, now=NOW)
    assert (saved.name, saved.phone, saved.birth_year) == ("张三", "13800138000", None)
    stored = Customer.get_by_id(saved.id)
    for key in ("zs", "zhangsan", "13800138000", "zs_wx"):
        assert key in stored.search_text.split()
    entries = audit.entries_for("customer", saved.id)
    assert [entry.action for entry in entries] == ["create"]
    assert json.loads(entries[0].after or "{}")["phone"] == "13800138000"


def test_consent_is_dated_when_given(shop: Shop) -> None:
    saved = profiles.create_customer(OWNER, replace(ZHANG, marketing_consent=True), now=NOW)
    assert saved.marketing_consent_on == NOW.date()
    withdrawn = profiles.update_customer(OWNER, saved.id, replace(ZHANG, marketing_consent=False), now=NOW)
    assert withdrawn.marketing_consent_on is None


def test_a_duplicate_phone_is_reported_then_saved_on_request(shop: Shop) -> None:
    first = profiles.create_customer(OWNER, ZHANG, now=NOW)
    twin = profiles.CustomerInput(name="张珊", phone="13800138000")
    with pytest.raises(ConflictError) as caught:
        profiles.create_customer(OWNER, twin, now=NOW)
    assert caught.value.code == "customer_duplicate"
    assert [(m.customer_id, m.reason) for m in caught.value.values["matches"]] == [(first.id, "phone")]
    assert Customer.select().count() == 1
    profiles.create_customer(OWNER, twin, now=NOW, allow_duplicate=True)
    assert Customer.select().count() == 2


def test_same_name_and_birthday_is_a_duplicate(shop: Shop) -> None:
    profiles.create_customer(OWNER, ZHANG, now=NOW)
    with pytest.raises(ConflictError) as caught:
        profiles.create_customer(OWNER, replace(ZHANG, phone=""), now=NOW)
    assert caught.value.values["matches"][0].reason == "name_birthday"


def test_editing_oneself_is_not_a_duplicate_and_no_change_writes_nothing(shop: Shop) -> None:
    saved = profiles.create_customer(OWNER, ZHANG, now=NOW)
    entries = AuditEntry.select().count()
    again = profiles.update_customer(OWNER, saved.id, ZHANG, now=NOW)
    assert again == saved
    assert AuditEntry.select().count() == entries
    moved = profiles.update_customer(OWNER, saved.id, replace(ZHANG, phone="139 0000 1111"), now=NOW)
    assert moved.phone == "13900001111"
    assert "13900001111" in Customer.get_by_id(saved.id).search_text


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"name": "  "}, "customer_name_required"),
        ({"phone": "138 0013 800"}, "phone_invalid"),
        ({"birth_year": 2027, "birth_month": 1, "birth_day": 1}, "birthday_in_future"),
        ({"birth_month": 2, "birth_day": 30}, "birthday_invalid"),
        ({"birth_month": None, "birth_day": 3}, "birthday_invalid"),
        ({"email": "not-an-email"}, "email_invalid"),
        ({"gender": "x"}, "gender_invalid"),
        ({"preferred_stylist_id": 99}, "stylist_not_found"),
        ({"referrer_id": 99}, "referrer_invalid"),
        ({"marketing_consent": True, "marketing_consent_on": date(2027, 1, 1)}, "consent_date_in_future"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(shop: Shop, change: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        profiles.create_customer(OWNER, replace(ZHANG, **change), now=NOW)
    assert caught.value.code == code
    assert Customer.select().count() == 0
    assert AuditEntry.select().count() == 0


def test_unknown_customer(shop: Shop) -> None:
    with pytest.raises(NotFoundError):
        profiles.get_customer(7)
