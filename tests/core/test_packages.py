"""Session packages (次卡): the shop's plans, a sale, sessions used on bills and given back by a void."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from salon_crm.core import loyalty, packages, service_records
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError, ValidationError
from salon_crm.core.models import Customer, PackageUse, ServiceItem
from salon_crm.core.packages import PlanInput
from salon_crm.core.service_records import LineInput, RecordInput

NOW = datetime(2026, 3, 2, 11, 0)
DESK = Actor("desk", UserRole.FRONT_DESK)


@pytest.fixture
def wash(shop: Shop) -> dict[str, int]:
    item = ServiceItem.create(name="洗吹", category="cut", price=38, duration_minutes=30).id
    plan = packages.add_plan(OWNER, PlanInput("洗吹十次卡", item, 10, "300", valid_days=365))
    return {"item": item, "plan": plan.id, "customer": Customer.create(name="张三").id}


def visit(wash: dict[str, int], day: int, *, by_package: bool = True) -> int:
    line = LineInput(wash["item"], use_package=by_package)
    method = "package" if by_package else "cash"
    data = RecordInput(wash["customer"], NOW + timedelta(days=day), (line,), method)
    return service_records.add_service_record(DESK, data, now=NOW + timedelta(days=day)).id


def test_a_ten_wash_package_used_on_three_visits_has_seven_left(wash: dict[str, int]) -> None:
    loyalty.top_up(OWNER, wash["customer"], "500")
    sold = packages.sell_package(DESK, wash["customer"], wash["plan"], "stored_value", now=NOW)
    expected = (10, Decimal("300.00"), NOW.date() + timedelta(days=365))
    assert (sold.sessions_left, sold.price_paid, sold.expires_on) == expected
    assert loyalty.balance_of(wash["customer"]).principal == Decimal("200.00")  # paid from the card
    bills = [visit(wash, day) for day in (1, 8, 15)]
    assert all(service_records.get_service_record(b).total == 0 for b in bills)  # paid in advance
    assert [row.sessions_left for row in packages.packages_of(wash["customer"])] == [7]
    service_records.void_service_record(OWNER, bills[-1], "wrong customer", now=NOW + timedelta(days=16))
    assert [row.sessions_left for row in packages.packages_of(wash["customer"])] == [8]  # the session comes back


def test_no_package_no_session_and_nothing_written(wash: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        visit(wash, 1)
    assert caught.value.code == "no_package_for_item"
    assert PackageUse.select().count() == 0


def test_an_expired_package_cannot_be_used(wash: dict[str, int]) -> None:
    packages.sell_package(DESK, wash["customer"], wash["plan"], "cash", now=NOW)
    with pytest.raises(ValidationError):
        visit(wash, 366)
    visit(wash, 365)  # the last day still counts


def test_plans_are_the_owners_and_checked(wash: dict[str, int]) -> None:
    with pytest.raises(PermissionDeniedError):
        packages.add_plan(DESK, PlanInput("洗吹五次卡", wash["item"], 5, "160"))
    for wrong, code in ((PlanInput("", wash["item"], 5, "1"), "package_name_required"),
                        (PlanInput("x", wash["item"], 0, "1"), "package_sessions_invalid"),
                        (PlanInput("x", wash["item"], 5, "1", valid_days=9999), "package_days_invalid")):  # fmt: skip
        with pytest.raises(ValidationError) as caught:
            packages.add_plan(OWNER, wrong)
        assert caught.value.code == code
    packages.set_plan_active(OWNER, wash["plan"], False)
    with pytest.raises(ValidationError) as retired:
        packages.sell_package(DESK, wash["customer"], wash["plan"], "cash", now=NOW)
    assert retired.value.code == "package_plan_retired"
    assert packages.list_plans(include_retired=False) == []


def test_packages_ending_within_30_days_are_a_care_list(wash: dict[str, int]) -> None:
    from salon_crm.core import care

    packages.sell_package(DESK, wash["customer"], wash["plan"], "cash", now=NOW)
    end = NOW.date() + timedelta(days=365)
    assert care.packages_expiring(end - timedelta(days=31)) == []
    [item] = care.packages_expiring(end - timedelta(days=10))
    assert (item.name, item.due, item.package_left, item.services) == ("张三", end, 10, "洗吹")
    # the reminder made (Care lists → Call done) takes her off the list for the rest of the window
    reminded_at = datetime.combine(end - timedelta(days=10), datetime.min.time()) + timedelta(hours=11)
    care.record_contact(DESK, wash["customer"], "reminder", at=reminded_at)
    assert care.packages_expiring(end - timedelta(days=10)) == []
    assert care.packages_expiring(end - timedelta(days=2)) == []
    for day in range(1, 11):  # every session used: nothing to remind of
        visit(wash, day)
    assert care.packages_expiring(end - timedelta(days=10)) == []


def test_the_owner_refunds_the_unused_sessions_at_their_unit_value(wash: dict[str, int]) -> None:
    sold = packages.sell_package(DESK, wash["customer"], wash["plan"], "cash", now=NOW)
    for day in (1, 2, 3):
        visit(wash, day)
    with pytest.raises(PermissionDeniedError):
        packages.refund_package(DESK, sold.id)
    assert packages.refund_package(OWNER, sold.id, now=NOW + timedelta(days=4)) == Decimal("210.00")  # 7 × ¥30
    assert [row.sessions_left for row in packages.packages_of(wash["customer"])] == [0]
    with pytest.raises(ValidationError) as again:
        packages.refund_package(OWNER, sold.id)
    assert again.value.code == "package_nothing_to_refund"
