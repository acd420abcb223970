"""The small shop of tests/ui/conftest.py with shifts, so bookings can be made today."""

from __future__ import annotations

from datetime import time

import pytest
from appointment_desk import Desk, at

from salon_crm.core import schedule
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Appointment, Customer, ServiceItem, Staff
from salon_crm.core.schedule import WeeklyShift


@pytest.fixture
def desk(filled_shop: Shop) -> Desk:
    wang = Staff.get(Staff.name == "王芳")
    chen = Staff.create(name="陈志强", role="stylist", skills="cut,care", sort_order=5)
    for member in (wang.id, chen.id):
        schedule.set_weekly_shifts(OWNER, member, [WeeklyShift(d, time(9), time(21)) for d in range(7)])
    care = ServiceItem.create(name="护发", category="care", price=98, duration_minutes=30)
    zhang = Customer.get(Customer.name == "张三")
    booking = Appointment.get((Appointment.customer == zhang) & (Appointment.starts_at == at(10)))
    return Desk(
        wang.id,
        chen.id,
        ServiceItem.get(ServiceItem.name == "洗剪吹").id,
        care.id,
        zhang.id,
        Customer.get(Customer.name == "李四").id,
        booking.id,
    )
