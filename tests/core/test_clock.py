"""One clock: what core writes is dated by the app's clock, and a time zone change moves nothing."""

from __future__ import annotations

import os
import time as system_time
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from salon_crm.core import appointments, clock, loyalty, schedule
from salon_crm.core import shop as shop_service
from salon_crm.core.appointments import BookingInput
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop, open_shop
from salon_crm.core.models import Appointment, Customer, LedgerEntry, ServiceItem, Staff
from salon_crm.core.rows import OpeningHours, ShopSettings
from salon_crm.core.schedule import WeeklyShift

# Europe/Berlin moves its clocks from 02:00 to 03:00 that night; Los Angeles did two weeks before.
DST_SUNDAY = date(2027, 3, 28)


def test_the_fixed_clock_dates_what_core_writes(shop: Shop) -> None:
    moment = datetime(2028, 2, 29, 23, 59, 30)
    customer = Customer.create(name="张三")
    with clock.frozen_at(moment) as fixed:
        loyalty.top_up(OWNER, customer.id, 100)
        fixed.advance(timedelta(minutes=1))  # into 1 March
        loyalty.top_up(OWNER, customer.id, 50)
        later = Customer.create(name="李四")  # a model default asks the same clock
    assert [entry.at for entry in LedgerEntry.select().order_by(LedgerEntry.id)] == [
        moment,
        datetime(2028, 3, 1, 0, 0, 30),
    ]
    assert later.created_at == datetime(2028, 3, 1, 0, 0, 30)
    assert clock.now() != moment  # the block gave the system clock back


def test_frozen_clocks_nest_and_restore() -> None:
    outer = datetime(2027, 1, 31, 9, 0)
    with clock.frozen_at(outer):
        with clock.frozen_at(outer + timedelta(days=1)):
            assert clock.today() == date(2027, 2, 1)
        assert clock.now() == outer
    assert isinstance(clock.current(), clock.SystemClock)


@pytest.fixture
def zone() -> Iterator[None]:
    if not hasattr(system_time, "tzset"):
        pytest.skip("time.tzset exists on Unix only")
    before = os.environ.get("TZ")
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    system_time.tzset()


def _set_zone(name: str) -> None:
    os.environ["TZ"] = name
    system_time.tzset()


def test_a_booking_stays_put_when_the_time_zone_or_summer_time_changes(tmp_path: Path, zone: None) -> None:
    _set_zone("Europe/Berlin")
    shop = open_shop(tmp_path / "data")
    hours = tuple(OpeningHours(day, time(9), time(21)) for day in range(7))
    shop_service.update_shop_settings(OWNER, ShopSettings("丝域", hours))
    stylist = Staff.create(name="王芳", role="stylist", skills="cut")
    schedule.set_weekly_shifts(OWNER, stylist.id, [WeeklyShift(d, time(9), time(21)) for d in range(7)])
    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45)
    customer = Customer.create(name="张三")
    ten = datetime.combine(DST_SUNDAY, time(10))
    with clock.frozen_at(datetime.combine(DST_SUNDAY, time(1, 55))):  # five minutes before the change
        booked = appointments.book_appointment(OWNER, BookingInput(ten, (item.id,), customer.id, stylist.id))
    shop.close()

    _set_zone("America/Los_Angeles")  # the PC's zone is changed, or it travels
    reopened = open_shop(tmp_path / "data")
    try:
        stored = Appointment.get_by_id(booked.id)
        assert (stored.starts_at, stored.ends_at) == (ten, ten + timedelta(minutes=45))
        day = datetime.combine(DST_SUNDAY, time(0))
        assert [a.starts_at for a in appointments.list_appointments(day, day + timedelta(days=1))] == [ten]
    finally:
        reopened.close()
