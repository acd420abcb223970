"""Fixtures for UI tests: a real data folder in ``tmp_path``, with or without records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from salon_crm.core import catalogue, clock, staff
from salon_crm.core import shop as shop_service
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop, open_shop
from salon_crm.core.models import (
    Appointment,
    AppointmentService,
    ComplaintTicket,
    Customer,
    HealthConsent,
    LedgerEntry,
    ServiceRecord,
    ServiceRecordLine,
    SurveyResponse,
)
from salon_crm.core.rows import OpeningHours, ShopSettings
from salon_crm.core.search_text import customer_search_text
from salon_crm.ui import session, tasks
from salon_crm.ui.main_window import MainWindow

SHOP_NAME = "丝域美发沙龙"


def wait_for_tasks(qtbot: QtBot) -> None:
    """Until every background task has delivered its result."""
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=20_000)


@pytest.fixture(autouse=True)
def _the_owner_at_the_desk() -> Iterator[None]:
    """UI tests act as the owner unless a test logs someone else in (``session.start``)."""
    session.start(OWNER)
    yield
    session.end()


@pytest.fixture
def settle(qtbot: QtBot) -> Callable[[], None]:
    """Call it to wait until every background task has delivered its result."""
    return lambda: wait_for_tasks(qtbot)


@pytest.fixture
def shop(tmp_path: Path, qtbot: QtBot) -> Iterator[Shop]:
    opened = open_shop(tmp_path / "data")
    yield opened
    wait_for_tasks(qtbot)
    tasks.wait_for_done()
    opened.close()


def _customer(name: str, phone: str, allergies: str = "") -> Customer:
    customer = Customer.create(
        name=name,
        phone=phone,
        allergies=allergies,
        search_text=customer_search_text(name, phone),
        marketing_consent=True,  # the small shop's customers agreed to be contacted
        marketing_consent_on=date(2025, 1, 1),
    )
    if allergies:  # and to keeping their allergy notes
        HealthConsent.create(customer=customer.id, given_on=date(2025, 1, 1))
    return customer


def fill_small_shop() -> None:
    """A few records of every kind, written through the core where it can already write."""
    hours = tuple(OpeningHours(day, time(9), time(21)) for day in range(7))
    shop_service.update_shop_settings(OWNER, ShopSettings(SHOP_NAME, hours))
    stylist = staff.add_staff(OWNER, staff.StaffInput("王芳", "stylist", ("cut", "colour")))
    cut = catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("洗剪吹", "cut", "68", 45))
    now = clock.now().replace(second=0, microsecond=0)
    zhang = _customer("张三", "13800138000", allergies="染发剂过敏")
    li = _customer("李四", "13912345678")
    for number in range(3):
        _customer(f"王{'一二三'[number]}", f"1370000000{number}")
    record = ServiceRecord.create(
        customer=zhang, visited_at=now - timedelta(days=3), payment_method="cash", subtotal=68, total=68
    )
    ServiceRecordLine.create(record=record, service_item=cut.id, stylist=stylist.id, unit_price=68, amount=68)
    LedgerEntry.create(
        customer=zhang,
        at=now,
        kind="top_up",
        principal_delta=1000,
        bonus_delta=200,
        principal_after=1000,
        bonus_after=200,
        points_after=0,
        actor="owner",
    )
    for day, customer, status in ((0, zhang, "booked"), (1, li, "arrived"), (2, li, "cancelled")):
        start = datetime.combine(now.date() + timedelta(days=day), time(10 + day))
        booking = Appointment.create(
            customer=customer, stylist=stylist.id, starts_at=start, ends_at=start + timedelta(minutes=45), status=status
        )
        AppointmentService.create(appointment=booking, service_item=cut.id, duration_minutes=45, price=68)
    ComplaintTicket.create(
        customer=zhang,
        kind="complaint",
        channel="phone",
        category="waiting_time",
        severity="high",
        status="investigating",
        description="等了四十分钟\n前台没有解释",
        received_at=now - timedelta(days=2),
        resolution_due_at=now - timedelta(days=1),
    )
    ComplaintTicket.create(
        customer=li, kind="suggestion", channel="wechat", description="希望周一也营业", received_at=now
    )
    SurveyResponse.create(
        customer=zhang,
        service_record=record,
        stylist=stylist.id,
        answered_at=now - timedelta(days=2),
        channel="in_shop",
        overall=4,
        stylist_skill=5,
        service_attitude=4,
        environment=4,
        waiting_time=2,
        value_for_money=4,
        recommend=8,
        comment="剪得很好 就是等太久",
    )
    assert Decimal(cut.price) == Decimal("68.00")


@pytest.fixture
def filled_shop(shop: Shop) -> Shop:
    fill_small_shop()
    return shop


@pytest.fixture
def window(filled_shop: Shop, qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow(filled_shop)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_for_tasks(qtbot)
    yield main
    wait_for_tasks(qtbot)
