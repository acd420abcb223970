"""Staff, service catalogue and shop settings: validated, audited, history kept."""

from __future__ import annotations

import json
from datetime import datetime, time
from decimal import Decimal

import pytest

from salon_crm.core import audit, catalogue, staff
from salon_crm.core import shop as shop_service
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import AuditEntry, Customer, ServiceRecord, ServiceRecordLine
from salon_crm.core.rows import OpeningHours, ShopSettings

DESK = Actor("front-desk")
CUT = catalogue.ServiceItemInput("洗剪吹", "cut", "68", 45)


def audit_count() -> int:
    return AuditEntry.select().count()


def test_adding_and_editing_staff_is_audited(shop: Shop) -> None:
    member = staff.add_staff(DESK, staff.StaffInput(" 王芳 ", "stylist", ("colour", "cut"), "139 0000 1111"))
    assert member.name == "王芳"
    assert member.skills == ("cut", "colour")
    changed = staff.update_staff(OWNER, member.id, staff.StaffInput("王芳", "manager", ("cut",), "", False))
    assert (changed.role, changed.active) == ("manager", False)
    trail = audit.entries_for("staff", member.id)
    assert [(e.actor, e.action) for e in trail] == [("front-desk", "create"), ("owner", "update")]
    assert json.loads(trail[1].before or "{}")["role"] == "stylist"
    assert json.loads(trail[1].after or "{}")["role"] == "manager"
    assert [m.name for m in staff.list_staff(include_inactive=False)] == []


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (staff.StaffInput("  ", "stylist"), "staff_name_required"),
        (staff.StaffInput("王" * 41, "stylist"), "staff_name_too_long"),
        (staff.StaffInput("王芳", "wizard"), "staff_role_invalid"),
        (staff.StaffInput("王芳", "stylist", ("massage",)), "staff_skill_invalid"),
    ],
)
def test_bad_staff_input_changes_nothing(shop: Shop, data: staff.StaffInput, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        staff.add_staff(OWNER, data)
    assert caught.value.code == code
    assert staff.list_staff() == []
    assert audit_count() == 0


def test_updating_a_missing_staff_member(shop: Shop) -> None:
    with pytest.raises(NotFoundError):
        staff.update_staff(OWNER, 42, staff.StaffInput("王芳", "stylist"))


def test_catalogue_prices_are_exact_and_validated(shop: Shop) -> None:
    item = catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("染发", "colour", "¥1,280.50", 120))
    assert item.price == Decimal("1280.50")
    for price, code in [("abc", "money_invalid"), ("-5", "price_negative"), ("9.999", "money_too_precise")]:
        with pytest.raises(ValidationError) as caught:
            catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("烫发", "perm", price, 60))
        assert caught.value.code == code
    with pytest.raises(ValidationError) as caught:
        catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("烫发", "perm", "300", 7))
    assert caught.value.code == "duration_invalid"
    with pytest.raises(ConflictError):
        catalogue.add_service_item(OWNER, catalogue.ServiceItemInput(" 染发 ", "colour", "100", 60))
    assert [row.name for row in catalogue.list_service_items()] == ["染发"]


def test_a_service_in_use_is_retired_not_deleted(shop: Shop) -> None:
    used = catalogue.add_service_item(OWNER, CUT)
    unused = catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("头皮护理", "care", "128", 30))
    customer = Customer.create(name="张三")
    record = ServiceRecord.create(
        customer=customer, visited_at=datetime(2026, 3, 1, 11), payment_method="cash", subtotal=68, total=68
    )
    ServiceRecordLine.create(record=record, service_item=used.id, unit_price=68, amount=68)

    assert catalogue.remove_service_item(OWNER, used.id) == "retired"
    assert catalogue.remove_service_item(OWNER, unused.id) == "deleted"
    rows = catalogue.list_service_items()
    assert [(row.name, row.active, row.in_use) for row in rows] == [("洗剪吹", False, True)]
    assert [e.action for e in audit.entries_for("service_item", used.id)] == ["create", "update"]
    assert [e.action for e in audit.entries_for("service_item", unused.id)] == ["create", "delete"]


def test_shop_settings_round_trip_and_audit(shop: Shop) -> None:
    hours = (*(OpeningHours(day, time(9, 30), time(21)) for day in range(6)), OpeningHours(6, None, None))
    saved = shop_service.update_shop_settings(OWNER, ShopSettings("丽人美发", hours))
    assert saved.opening_hours == hours
    assert shop_service.get_shop_settings().shop_name == "丽人美发"
    assert not shop_service.get_shop_settings().opening_hours[6].is_open
    assert {e.record_id for e in AuditEntry.select()} == {"shop_name", "opening_hours"}
    shop_service.update_shop_settings(OWNER, ShopSettings("丽人美发", hours))
    assert audit_count() == 2  # saving the same values again changes nothing


def test_bad_shop_settings_change_nothing(shop: Shop) -> None:
    good = shop_service.get_shop_settings()
    late = tuple(OpeningHours(day, time(21), time(9)) for day in range(7))
    with pytest.raises(ValidationError) as caught:
        shop_service.update_shop_settings(OWNER, ShopSettings("丽人美发", late))
    assert caught.value.code == "closing_before_opening"
    with pytest.raises(ValidationError):
        shop_service.update_shop_settings(OWNER, ShopSettings("   ", good.opening_hours))
    assert shop_service.get_shop_settings() == good
    assert audit_count() == 0
