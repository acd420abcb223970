"""Erasing personal data on request: the owner only, revenue kept, nothing identifying left."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from salon_crm.core import audit, customers, erasure, profiles, tags
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import NotFoundError, PermissionDeniedError
from salon_crm.core.models import Appointment, CareContact, ComplaintTicket, Customer, ServiceRecord, Staff, TicketEvent
from salon_crm.core.service_records import customer_figures

NOW = datetime(2026, 11, 23, 18, 0)


@pytest.fixture
def zhang(shop: Shop) -> int:
    data = profiles.CustomerInput(
        "张三",
        phone="13800138000",
        wechat="zs88",
        allergies="PPD",
        health_consent=True,
        birth_month=3,
        birth_day=5,
        notes="住在附近",
    )
    customer_id = profiles.create_customer(OWNER, data, now=NOW).id
    ServiceRecord.create(
        customer=customer_id, visited_at=NOW, payment_method="cash", subtotal=100, total=100, notes="张三说"
    )
    CareContact.create(customer=customer_id, kind="follow_up", done_at=NOW, actor="owner", note="她很满意")
    tags.add_tag(OWNER, customer_id, "爱聊天")
    return customer_id


def test_erasing_keeps_the_revenue_and_nothing_that_identifies(zhang: int) -> None:
    erasure.erase_personal_data(OWNER, zhang, now=NOW)
    row = Customer.get_by_id(zhang)
    assert (row.name, row.phone, row.wechat, row.allergies, row.birth_month, row.notes) == (
        f"#{zhang}",
        "",
        "",
        "",
        None,
        "",
    )
    assert row.anonymised_at == NOW
    assert customer_figures(zhang).total_spent == Decimal("100.00")
    assert ServiceRecord.get().notes == "" and CareContact.get().note == ""
    assert tags.tags_of(zhang).manual == ()
    assert customers.count_customers() == 0
    (entry,) = [e for e in audit.entries_for("customer", zhang) if e.action == "anonymise"]
    assert "13800138000" not in (entry.before or "") and "张三" not in (entry.before or "")
    with pytest.raises(NotFoundError):
        profiles.get_customer(zhang)


def test_only_the_owner_may_erase(zhang: int) -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        erasure.erase_personal_data(Actor("desk", UserRole.FRONT_DESK), zhang)
    assert refused.value.values == {"action": "erase_customers", "user_role": "front_desk"}
    assert Customer.get_by_id(zhang).name == "张三"


def test_erasing_twice_is_refused(zhang: int) -> None:
    erasure.erase_personal_data(OWNER, zhang)
    with pytest.raises(NotFoundError):
        erasure.erase_personal_data(OWNER, zhang)


def test_erasing_clears_bookings_complaints_and_merged_duplicates(zhang: int) -> None:
    staff = Staff.create(name="王芳", role="stylist")
    Appointment.create(
        customer=zhang, stylist=staff, starts_at=NOW, ends_at=NOW.replace(hour=19), note="张三的女儿也来"
    )
    ticket = ComplaintTicket.create(
        customer=zhang, kind="complaint", channel="phone", description="张三说头皮被烫伤", received_at=NOW,
        solution="赔偿张三", agreed_by="张三本人", followup_note="张三满意",
    )  # fmt: skip
    TicketEvent.create(
        ticket=ticket, at=NOW, actor="owner", to_status="classified", note="张三很生气", data='{"x": "张三"}'
    )
    duplicate = Customer.create(name="张三(旧)", phone="13800138001", merged_into=zhang, notes="旧档案")
    erasure.erase_personal_data(OWNER, zhang, now=NOW)
    assert Appointment.get().note == ""
    stored = ComplaintTicket.get_by_id(ticket.id)
    assert (stored.description, stored.solution, stored.agreed_by, stored.followup_note) == ("—", "", "", "")
    step = TicketEvent.get()
    assert (step.note, step.data) == ("", "{}")
    old = Customer.get_by_id(duplicate.id)
    assert (old.name, old.phone, old.notes) == (f"#{duplicate.id}", "", "")
    (entry,) = [e for e in audit.entries_for("customer", zhang) if e.action == "anonymise"]
    assert '"merged_files": 1' in (entry.before or "") and "张三" not in (entry.before or "")
