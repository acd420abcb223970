"""The monthly report's rebooking rate (再预约率), against months counted by hand.

A visit counts as rebooked when, on the visit's calendar day, the customer made an
appointment for a later day (see ``core.reports``). Every row is written through the
core services at a fixed moment in 2026 passed as ``now``, and the app's clock is
frozen too, so nothing here depends on the hour the tests run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salon_crm.core import appointments, clock, schedule, service_records
from salon_crm.core import shop as shop_service
from salon_crm.core.appointments import BookingInput
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, ServiceItem, Staff
from salon_crm.core.reports import Month, month_kpis, monthly_report
from salon_crm.core.rows import OpeningHours, ShopSettings
from salon_crm.core.schedule import WeeklyShift
from salon_crm.core.service_records import LineInput, RecordInput
from salon_crm.excel.report import write_monthly_report

FEBRUARY, MARCH, APRIL, MAY = Month(2026, 2), Month(2026, 3), Month(2026, 4), Month(2026, 5)
FROZEN = datetime(2026, 6, 1, 12, 0)  # the app's clock, after every moment written here


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@dataclass
class Desk:
    wang: int
    li: int
    cut: int  # 45 minutes

    def customer(self, name: str, phone: str) -> int:
        return int(Customer.create(name=name, phone=phone).id)

    def book(self, customer: int, stylist: int, start: datetime, *, made: datetime) -> int:
        data = BookingInput(starts_at=start, service_item_ids=(self.cut,), customer_id=customer, stylist_id=stylist)
        return appointments.book_appointment(OWNER, data, now=made).id

    def bill(self, customer: int, stylist: int, visited: datetime, appointment: int | None = None) -> RecordInput:
        return RecordInput(
            customer_id=customer,
            visited_at=visited,
            lines=(LineInput(self.cut, stylist),),
            payment_method="cash",
            appointment_id=appointment,
        )

    def booked_visit(self, customer: int, stylist: int, start: datetime, *, made: datetime) -> int:
        """A booking made at ``made``, completed 45 minutes after it starts; the bill's id."""
        appointment = self.book(customer, stylist, start, made=made)
        record = self.bill(customer, stylist, start, appointment)  # the bill form's time: the booked start
        return appointments.complete_appointment(OWNER, appointment, record, now=start.replace(minute=45)).id

    def walk_in(self, customer: int, stylist: int, rung_up: datetime) -> int:
        """A visit without a booking, billed at ``rung_up``; the bill's id."""
        return service_records.add_service_record(OWNER, self.bill(customer, stylist, rung_up), now=rung_up).id


@pytest.fixture
def desk(shop: Shop) -> Iterator[Desk]:
    with clock.frozen_at(FROZEN):
        every_day = (*(OpeningHours(day, time(9, 30), time(21)) for day in range(7)),)
        shop_service.update_shop_settings(OWNER, ShopSettings("丽人美发", every_day))
        wang = Staff.create(name="王芳", role="stylist", skills="cut", sort_order=1)
        li = Staff.create(name="李强", role="stylist", skills="cut", sort_order=2)
        for stylist in (wang, li):
            schedule.set_weekly_shifts(OWNER, stylist.id, [WeeklyShift(day, time(10), time(21)) for day in range(7)])
        cut = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45)
        yield Desk(wang.id, li.id, cut.id)


@pytest.fixture
def march(desk: Desk) -> Desk:
    """March 2026 at the desk, with each visit's outcome counted by hand.

    Visits in March (non-voided bills), with the stylist and whether rebooked:
      v1 A  03-03 10:00 王芳  booked the 03-31 visit at the till, 10:50              rebooked
      v2 B  03-04 14:00 王芳  phoned at 20:30 that evening for 04-15                 rebooked
      v3 C  03-05 16:45 李强  walk-in; next visit (04-02) booked at 16:40, before
                              the bill was rung up at 16:45                          rebooked
      v4 D  03-10 11:00 王芳  booked the next visit a week later (03-17)             not
      v5 E  03-12 10:00 李强  booked a second slot for 16:00 the same day
                              (then cancelled): not a later day                      not
      v6 F  03-20 15:00 李强  had booked this visit and the next (04-17) on 03-01,
                              booked nothing on the visit day                        not
      v7 K  03-31 18:00 李强  booked 04-28 at 19:30 on the month's last day          rebooked
      v8 M  03-25 19:00 王芳  phoned the next morning (09:00) for 04-22              not
    Not visits: G's booking for 03-18 was cancelled; H's bill of 03-24 (rebooked
    the same day) was voided. J's visit of 02-27 (rebooked that day) is February's.

    March: 8 visits, 4 rebooked (v1 v2 v3 v7) → 4/8.
    王芳: v1 v2 v4 v8 → 2/4.  李强: v3 v5 v6 v7 → 2/4.  February: J → 1/1.
    (A "within 24 hours of the bill" rule would say 5/8: v5 and v8 in, v3 out.)
    """
    names = ["安娜", "白雪", "陈晨", "邓丽", "鄂敏", "方芳", "葛优", "黄蓉", "金莲", "孔丽", "刘梅"]
    a, b, c, dd, e, f, g, h, j, k, m = (desk.customer(name, f"138000000{n:02d}") for n, name in enumerate(names))

    # February: J rebooks at the till for 03-27 (that booking is left booked)
    desk.booked_visit(j, desk.wang, at(d(2, 27), 11), made=at(d(2, 20), 15))
    desk.book(j, desk.wang, at(d(3, 27), 11), made=at(d(2, 27), 11, 50))
    # v1
    desk.booked_visit(a, desk.wang, at(d(3, 3), 10), made=at(d(2, 25), 10))
    desk.book(a, desk.wang, at(d(3, 31), 10), made=at(d(3, 3), 10, 50))
    # v2
    desk.booked_visit(b, desk.wang, at(d(3, 4), 14), made=at(d(3, 1), 12))
    desk.book(b, desk.wang, at(d(4, 15), 14), made=at(d(3, 4), 20, 30))
    # v3: the desk books first, then rings up the walk-in's bill
    desk.book(c, desk.li, at(d(4, 2), 16), made=at(d(3, 5), 16, 40))
    desk.walk_in(c, desk.li, at(d(3, 5), 16, 45))
    # v4
    desk.booked_visit(dd, desk.wang, at(d(3, 10), 11), made=at(d(3, 8), 9, 30))
    desk.book(dd, desk.wang, at(d(4, 7), 11), made=at(d(3, 17), 9))
    # v5
    desk.booked_visit(e, desk.li, at(d(3, 12), 10), made=at(d(3, 10), 18))
    later_today = desk.book(e, desk.li, at(d(3, 12), 16), made=at(d(3, 12), 10, 50))
    appointments.cancel_appointment(OWNER, later_today, "临时有事", now=at(d(3, 12), 15))
    # v6: both bookings made ahead, on 03-01
    desk.book(f, desk.li, at(d(4, 17), 15), made=at(d(3, 1), 11, 5))
    desk.booked_visit(f, desk.li, at(d(3, 20), 15), made=at(d(3, 1), 11))
    # v7
    desk.booked_visit(k, desk.li, at(d(3, 31), 18), made=at(d(3, 28), 12))
    desk.book(k, desk.li, at(d(4, 28), 18), made=at(d(3, 31), 19, 30))
    # v8
    desk.booked_visit(m, desk.wang, at(d(3, 25), 19), made=at(d(3, 20), 10))
    desk.book(m, desk.wang, at(d(4, 22), 19), made=at(d(3, 26), 9))
    # G: a cancelled booking, no visit
    cancelled = desk.book(g, desk.wang, at(d(3, 18), 15), made=at(d(3, 2), 10))
    appointments.cancel_appointment(OWNER, cancelled, "孩子生病，改天再约", now=at(d(3, 16), 9))
    # H: a visit rebooked the same day, whose bill was then voided
    voided = desk.walk_in(h, desk.li, at(d(3, 24), 14))
    desk.book(h, desk.li, at(d(4, 21), 14), made=at(d(3, 24), 14, 50))
    service_records.void_service_record(OWNER, voided, "录错了客人", now=at(d(3, 24), 15))
    return desk


def test_the_rebooking_rate_is_the_hand_counted_share_of_the_months_visits(march: Desk) -> None:
    report = monthly_report(MARCH)
    assert report.kpis.visits == 8
    assert report.kpis.rebooking_rate == pytest.approx(4 / 8)  # v1 v2 v3 v7 of v1..v8
    assert report.previous.rebooking_rate == pytest.approx(1.0)  # February: J, 1 of 1
    assert report.last_year.rebooking_rate is None  # March 2025: no visits
    assert month_kpis(MARCH).rebooking_rate == report.kpis.rebooking_rate


def test_each_stylist_has_the_rate_of_their_own_visits(march: Desk) -> None:
    rows = {row.name: row for row in monthly_report(MARCH).stylists}
    assert rows["王芳"].visits == 4
    assert rows["王芳"].rebooking_rate == pytest.approx(2 / 4)  # v1 v2 of v1 v2 v4 v8
    assert rows["李强"].visits == 4
    assert rows["李强"].rebooking_rate == pytest.approx(2 / 4)  # v3 v7 of v3 v5 v6 v7


def test_the_visit_day_ends_at_midnight(desk: Desk) -> None:
    late, early = desk.customer("林夜", "13900000001"), desk.customer("林晨", "13900000002")
    desk.booked_visit(late, desk.wang, at(d(5, 6), 19), made=at(d(5, 4), 10))
    desk.book(late, desk.wang, at(d(6, 3), 19), made=at(d(5, 6), 23, 59))  # phoned just before midnight
    desk.booked_visit(early, desk.li, at(d(5, 6), 19), made=at(d(5, 4), 10))
    desk.book(early, desk.li, at(d(6, 3), 19), made=at(d(5, 7), 0, 1))  # two minutes later, the next day
    assert month_kpis(MAY).rebooking_rate == pytest.approx(1 / 2)  # the first of the two visits


def test_a_month_without_visits_has_no_rate_and_the_workbook_leaves_it_blank(march: Desk, tmp_path: Path) -> None:
    empty = monthly_report(Month(2026, 1))  # nothing at all in January
    assert (empty.kpis.visits, empty.kpis.rebooking_rate) == (0, None)
    april = monthly_report(APRIL)  # bookings in April, none completed yet: still no rate, not 0 %
    assert april.kpis.appointments > 0
    assert (april.kpis.visits, april.kpis.rebooking_rate) == (0, None)
    assert april.previous.rebooking_rate == pytest.approx(4 / 8)

    sheet = load_workbook(write_monthly_report(april, tmp_path / "april.xlsx")).worksheets[0]
    row = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "再预约率")
    this, previous = row[1], row[2]
    assert this is None  # blank, not 0 %
    assert previous == pytest.approx(4 / 8)
    assert monthly_report(FEBRUARY).kpis.rebooking_rate == pytest.approx(1.0)
