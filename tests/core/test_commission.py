"""Commission (提成): the rules, what each bill line earns, and a month's statement against a hand count."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from salon_crm.core import commission, packages, service_records
from salon_crm.core.commission import RuleInput
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError, ValidationError
from salon_crm.core.models import Customer, ServiceItem, Staff
from salon_crm.core.service_records import LineInput, RecordInput

MARCH = (datetime(2026, 3, 1), datetime(2026, 4, 1))


def test_a_months_statement_matches_the_hand_count(shop: Shop) -> None:
    wang, chen = (Staff.create(name=name, role="stylist").id for name in ("王芳", "陈志强"))
    cut = ServiceItem.create(name="洗剪吹", category="cut", price=100, duration_minutes=45).id
    colour = ServiceItem.create(name="染发", category="colour", price=400, duration_minutes=120).id
    care = ServiceItem.create(name="护理", category="care", price=200, duration_minutes=60).id
    commission.save_rule(OWNER, RuleInput(category="cut", requested_percent="30", rotation_percent="20"))
    commission.save_rule(OWNER, RuleInput(category="colour", requested_percent="15", rotation_percent="10"))
    commission.save_rule(OWNER, RuleInput(service_item_id=care, fixed_amount="25", package_percent="50"))
    regular = Customer.create(name="李梅", preferred_stylist=wang).id  # asks for 王芳 (指定)
    walk_in = Customer.create(name="张三").id
    plan = packages.add_plan(OWNER, packages.PlanInput("护理五次", care, 5, "800"))
    packages.sell_package(OWNER, regular, plan.id, "cash", now=datetime(2026, 2, 1, 10))

    def bill(customer: int, day: int, *lines: LineInput, discount: str | None = None) -> int:
        at = datetime(2026, 3, day, 15)
        data = RecordInput(customer, at, lines, "cash", discount=discount)
        return service_records.add_service_record(OWNER, data, now=at).id

    bill(regular, 2, LineInput(cut, wang))  # 王芳 requested: 100 × 30% = 30.00
    bill(
        walk_in, 3, LineInput(cut, wang), LineInput(colour, chen, unit_price="380")
    )  # 20.00; 陈 rotation 380 × 10% = 38.00
    bill(regular, 5, LineInput(care, wang, quantity=2))  # fixed 25 × 2 = 50.00 (a fixed rule ignores the rates)
    bill(walk_in, 9, LineInput(colour, chen, discount="50"))  # net 350 × 10% = 35.00
    voided = bill(walk_in, 10, LineInput(cut, chen))  # voided: earns nothing
    service_records.void_service_record(OWNER, voided, "entered twice", now=datetime(2026, 3, 10, 16))
    bill(walk_in, 31, LineInput(cut, chen, unit_price="88.88"))  # 88.88 × 20% = 17.776 → 17.78
    bill(regular, 20, LineInput(care, chen, use_package=True))  # a fixed rule pays per service: 25.00
    april = datetime(2026, 4, 1, 10)
    service_records.add_service_record(OWNER, RecordInput(walk_in, april, (LineInput(cut, wang),), "cash"), now=april)

    statement = {row.stylist: row for row in commission.month_statement(OWNER, *MARCH)}
    assert statement["王芳"].total == Decimal("30.00") + Decimal("20.00") + Decimal("50.00")
    assert statement["陈志强"].total == Decimal("38.00") + Decimal("35.00") + Decimal("17.78") + Decimal("25.00")
    assert [line.requested for line in statement["王芳"].lines] == [True, False, True]
    assert len(statement["陈志强"].lines) == 4  # the voided bill and April's are not in March


def test_a_package_session_earns_its_rate_of_the_session_value(shop: Shop) -> None:
    stylist = Staff.create(name="王芳", role="stylist").id
    wash = ServiceItem.create(name="洗吹", category="cut", price=40, duration_minutes=30).id
    commission.save_rule(
        OWNER, RuleInput(category="cut", requested_percent="30", rotation_percent="20", package_percent="10")
    )
    customer = Customer.create(name="李梅").id
    plan = packages.add_plan(OWNER, packages.PlanInput("洗吹十次", wash, 10, "300"))
    packages.sell_package(OWNER, customer, plan.id, "cash", now=datetime(2026, 3, 1, 9))
    at = datetime(2026, 3, 2, 10)
    data = RecordInput(customer, at, (LineInput(wash, stylist, use_package=True),), "package")
    service_records.add_service_record(OWNER, data, now=at)
    [row] = commission.month_statement(OWNER, *MARCH)
    assert (row.base, row.total) == (Decimal("40.00"), Decimal("4.00"))  # 10% of the list price


def test_rules_are_checked_and_the_statement_is_the_owners(shop: Shop) -> None:
    with pytest.raises(ValidationError) as caught:
        commission.save_rule(OWNER, RuleInput(category="cut", requested_percent="130"))
    assert caught.value.code == "commission_percent_invalid"
    with pytest.raises(ValidationError):
        commission.save_rule(OWNER, RuleInput())  # neither a category nor an item
    commission.save_rule(OWNER, RuleInput(category="cut", rotation_percent="20"))
    with pytest.raises(ValidationError) as twice:
        commission.save_rule(OWNER, RuleInput(category="cut", rotation_percent="25"))
    assert twice.value.code == "commission_rule_twice"
    with pytest.raises(PermissionDeniedError):
        commission.month_statement(Actor("desk", UserRole.FRONT_DESK), *MARCH)


def test_the_monthly_reports_stylists_carry_their_commission(shop: Shop) -> None:
    from salon_crm.core import reports

    stylist = Staff.create(name="王芳", role="stylist").id
    cut = ServiceItem.create(name="洗剪吹", category="cut", price=100, duration_minutes=45).id
    commission.save_rule(OWNER, RuleInput(category="cut", rotation_percent="20"))
    customer = Customer.create(name="张三").id
    at = datetime(2026, 3, 4, 11)
    service_records.add_service_record(OWNER, RecordInput(customer, at, (LineInput(cut, stylist),), "cash"), now=at)
    [row] = reports.monthly_report(reports.Month(2026, 3)).stylists
    assert (row.name, row.commission) == ("王芳", Decimal("20.00"))
