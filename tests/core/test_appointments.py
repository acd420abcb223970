"""Booking, moving and resizing: every conflict rule, with its edges, and the audit trail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from salon_crm.core import appointments, audit, schedule
from salon_crm.core import shop as shop_service
from salon_crm.core.appointments import BookingInput
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ConflictError, NotFoundError, SalonError, ValidationError
from salon_crm.core.models import Appointment, AppointmentService, Customer, ServiceItem, Staff
from salon_crm.core.rows import OpeningHours, ShopSettings
from salon_crm.core.schedule import WeeklyShift

MONDAY = date(2030, 3, 4)
NOW = datetime(2030, 3, 4, 8, 0)


def at(hour: int, minute: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


@dataclass
class Salon:
    wang: int  # stylist, 10:00-19:00 every day but Sunday
    li: int  # stylist, 12:00-21:00 every day
    nails: int  # nail technician, 10:00-19:00
    cut: int  # 45 minutes
    colour: int  # 120 minutes
    manicure: int  # 60 minutes, nails
    zhang: int
    zhao: int


@pytest.fixture
def salon(shop: Shop) -> Iterator[Salon]:
    hours = (*(OpeningHours(day, time(9, 30), time(21)) for day in range(6)), OpeningHours(6, None, None))
    shop_service.update_shop_settings(OWNER, ShopSettings("丝域", hours))
    wang = Staff.create(name="王芳", role="stylist", skills="cut,colour,care", sort_order=1)
    li = Staff.create(name="李强", role="stylist", skills="cut,colour", sort_order=2)
    nails = Staff.create(name="周婷", role="nail_technician", skills="nails", sort_order=3)
    schedule.set_weekly_shifts(OWNER, wang.id, [WeeklyShift(d, time(10), time(19)) for d in range(6)])
    schedule.set_weekly_shifts(OWNER, li.id, [WeeklyShift(d, time(12), time(21)) for d in range(7)])
    schedule.set_weekly_shifts(OWNER, nails.id, [WeeklyShift(d, time(10), time(19)) for d in range(7)])
    cut = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45)
    colour = ServiceItem.create(name="染发", category="colour", price=398, duration_minutes=120)
    manicure = ServiceItem.create(name="美甲", category="nails", price=128, duration_minutes=60)
    zhang = Customer.create(name="张三", phone="13800138000")
    zhao = Customer.create(name="赵六", phone="13900139000")
    yield Salon(wang.id, li.id, nails.id, cut.id, colour.id, manicure.id, zhang.id, zhao.id)


def book(salon: Salon, start: datetime, *items: int, stylist: int | None = -1, customer: int | None = -1, **kw):  # type: ignore[no-untyped-def]
    data = BookingInput(
        starts_at=start,
        service_item_ids=items or (salon.cut,),
        customer_id=salon.zhang if customer == -1 else customer,
        stylist_id=salon.wang if stylist == -1 else stylist,
        **kw,
    )
    return appointments.book_appointment(OWNER, data, now=NOW)


def refused(error: type[SalonError], code: str, call) -> SalonError:  # type: ignore[no-untyped-def]
    before = (Appointment.select().count(), Customer.select().count(), AppointmentService.select().count())
    with pytest.raises(error) as caught:
        call()
    assert caught.value.code == code
    after = (Appointment.select().count(), Customer.select().count(), AppointmentService.select().count())
    assert after == before, "a refusal writes nothing"
    return caught.value


# --- booking ----------------------------------------------------------------------


def test_a_booking_lasts_as_long_as_its_services(salon: Salon) -> None:
    view = book(salon, at(10), salon.cut, salon.colour, note="  想换短发 ")
    assert (view.starts_at, view.ends_at) == (at(10), at(12, 45))
    assert [s.name for s in view.services] == ["洗剪吹", "染发"]
    assert [s.duration_minutes for s in view.services] == [45, 120]
    assert (view.customer_name, view.stylist_name, view.status, view.note) == ("张三", "王芳", "booked", "想换短发")
    trail = audit.entries_for("appointment", view.id)
    assert [(entry.actor, entry.action) for entry in trail] == [("owner", "create")]
    assert len(json.loads(trail[0].after or "{}")["services"]) == 2


def test_a_walk_in_becomes_a_potential_customer(salon: Salon) -> None:
    view = book(salon, at(11), customer=None, walk_in_name=" 钱七 ", walk_in_phone="139 1234 5678")
    customer = Customer.get_by_id(view.customer_id)
    assert (customer.name, customer.phone, customer.source) == ("钱七", "13912345678", "walk_in")
    assert [e.action for e in audit.entries_for("customer", customer.id)] == ["create"]


def test_a_booking_needs_a_customer_and_a_service(salon: Salon) -> None:
    refused(ValidationError, "booking_needs_a_customer", lambda: book(salon, at(11), customer=None))
    refused(
        ValidationError,
        "booking_needs_a_service",
        lambda: appointments.book_appointment(OWNER, BookingInput(at(11), (), salon.zhang, salon.wang), now=NOW),
    )
    refused(ValidationError, "service_item_not_found", lambda: book(salon, at(11), 999))
    refused(NotFoundError, "customer_not_found", lambda: book(salon, at(11), customer=999))
    refused(ValidationError, "stylist_not_found", lambda: book(salon, at(11), stylist=999))
    refused(ValidationError, "booking_in_past", lambda: book(salon, at(11, day=MONDAY - timedelta(days=1))))


def test_a_walk_in_with_a_known_phone_is_refused_as_a_duplicate(salon: Salon) -> None:
    refused(
        ConflictError,
        "customer_duplicate",
        lambda: book(salon, at(11), customer=None, walk_in_name="张小三", walk_in_phone="13800138000"),
    )


def test_a_retired_service_or_an_inactive_stylist_cannot_be_booked(salon: Salon) -> None:
    ServiceItem.update(active=False).where(ServiceItem.id == salon.colour).execute()
    refused(ValidationError, "service_item_retired", lambda: book(salon, at(11), salon.colour))
    Staff.update(active=False).where(Staff.id == salon.li).execute()
    refused(ValidationError, "stylist_inactive", lambda: book(salon, at(13), stylist=salon.li))


# --- conflicts ----------------------------------------------------------------------


def test_the_stylist_cannot_be_double_booked(salon: Salon) -> None:
    book(salon, at(10))  # 10:00-10:45
    error = refused(ConflictError, "stylist_double_booked", lambda: book(salon, at(10, 30), customer=salon.zhao))
    assert error.values == {"stylist": "王芳", "customer": "张三", "start": "10:00", "end": "10:45"}
    refused(ConflictError, "stylist_double_booked", lambda: book(salon, at(10), salon.colour, customer=salon.zhao))


def test_back_to_back_bookings_are_allowed(salon: Salon) -> None:
    book(salon, at(10, 45))  # 10:45-11:30
    before = book(salon, at(10), customer=salon.zhao)  # ends exactly at 10:45
    after = book(salon, at(11, 30), customer=salon.zhao)  # starts exactly at 11:30
    assert (before.ends_at, after.starts_at) == (at(10, 45), at(11, 30))


def test_the_customer_cannot_be_in_two_chairs(salon: Salon) -> None:
    book(salon, at(12))
    error = refused(ConflictError, "customer_double_booked", lambda: book(salon, at(12, 30), stylist=salon.li))
    assert error.values["stylist"] == "王芳"
    assert book(salon, at(12, 45), stylist=salon.li).starts_at == at(12, 45)  # right after: fine


def test_cancelled_and_no_show_bookings_block_nothing(salon: Salon) -> None:
    first = book(salon, at(10))
    appointments.cancel_appointment(OWNER, first.id, "临时加班", now=NOW)
    second = book(salon, at(10), customer=salon.zhao)
    appointments.mark_no_show(OWNER, second.id, now=at(10, 30))
    third = book(salon, at(10))
    assert third.starts_at == at(10)


def test_outside_opening_hours_is_refused(salon: Salon) -> None:
    error = refused(ConflictError, "outside_opening_hours", lambda: book(salon, at(20, 30), stylist=salon.li))
    assert error.values == {"opens": "09:30", "closes": "21:00"}
    assert book(salon, at(20, 15), stylist=salon.li).ends_at == at(21)  # ends at closing: fine
    sunday = MONDAY + timedelta(days=6)
    refused(ConflictError, "shop_closed", lambda: book(salon, at(13, day=sunday), stylist=salon.li))


def test_outside_the_stylists_shift_is_refused(salon: Salon) -> None:
    error = refused(ConflictError, "outside_shift", lambda: book(salon, at(18, 30)))
    assert error.values == {"stylist": "王芳", "start": "10:00", "end": "19:00"}
    refused(ConflictError, "outside_shift", lambda: book(salon, at(11), stylist=salon.li))  # starts 12:00
    assert book(salon, at(18, 15)).ends_at == at(19)  # the last slot of the shift


def test_a_day_off_and_other_hours_of_one_day(salon: Salon) -> None:
    tuesday = MONDAY + timedelta(days=1)
    schedule.set_shift_change(OWNER, salon.wang, MONDAY, None, "调休")
    error = refused(ConflictError, "stylist_not_working", lambda: book(salon, at(11)))
    assert error.values == {"stylist": "王芳", "day": "2030-03-04"}
    schedule.set_shift_change(OWNER, salon.wang, tuesday, (time(14), time(21)), "上午培训")
    refused(ConflictError, "outside_shift", lambda: book(salon, at(11, day=tuesday)))
    assert book(salon, at(20, day=tuesday)).ends_at == at(20, 45, tuesday)  # past the weekly 19:00


def test_time_off_is_refused_to_the_minute(salon: Salon) -> None:
    schedule.add_time_off(OWNER, salon.wang, at(13), at(15), "看牙医")
    error = refused(ConflictError, "stylist_time_off", lambda: book(salon, at(14)))
    assert error.values["reason"] == "看牙医"
    refused(ConflictError, "stylist_time_off", lambda: book(salon, at(12, 30)))  # runs into it
    assert book(salon, at(12, 15)).ends_at == at(13)  # ends as it starts
    assert book(salon, at(15), customer=salon.zhao).starts_at == at(15)  # starts as it ends


def test_any_free_stylist_is_the_first_free_with_the_skills(salon: Salon) -> None:
    assert book(salon, at(10), stylist=None).stylist_name == "王芳"
    # 王芳 is busy, 李强 starts at 12:00 and 周婷 does not cut hair
    error = refused(ConflictError, "no_stylist_free", lambda: book(salon, at(10), stylist=None, customer=salon.zhao))
    assert error.values == {"start": "10:00", "end": "10:45"}
    book(salon, at(12))
    assert book(salon, at(12), stylist=None, customer=salon.zhao).stylist_name == "李强"
    assert book(salon, at(14), salon.manicure, stylist=None, customer=salon.zhao).stylist_name == "周婷"
    refused(ConflictError, "customer_double_booked", lambda: book(salon, at(12), stylist=None))


# --- moving and resizing -------------------------------------------------------------


def test_moving_keeps_the_length_and_runs_the_same_checks(salon: Salon) -> None:
    first = book(salon, at(10), salon.colour)  # 10:00-12:00
    other = book(salon, at(13), customer=salon.zhao)  # 13:00-13:45
    moved = appointments.move_appointment(OWNER, first.id, at(14), now=NOW)
    assert (moved.starts_at, moved.ends_at) == (at(14), at(16))
    refused(
        ConflictError, "stylist_double_booked", lambda: appointments.move_appointment(OWNER, first.id, at(12), now=NOW)
    )
    assert appointments.move_appointment(OWNER, first.id, at(11), now=NOW).ends_at == at(13)  # touching: fine
    assert appointments.move_appointment(OWNER, other.id, at(13, 15), now=NOW).starts_at == at(13, 15)  # itself
    to_li = appointments.move_appointment(OWNER, first.id, at(12), stylist_id=salon.li, now=NOW)
    assert (to_li.stylist_name, to_li.starts_at) == ("李强", at(12))
    refused(
        ConflictError,
        "outside_shift",
        lambda: appointments.move_appointment(OWNER, first.id, at(11), stylist_id=salon.li, now=NOW),
    )
    actions = [e.action for e in audit.entries_for("appointment", first.id)]
    assert actions == ["create", "update", "update", "update"]


def test_resizing_changes_the_end_with_the_same_checks(salon: Salon) -> None:
    first = book(salon, at(10))
    book(salon, at(11, 30), customer=salon.zhao)
    assert appointments.resize_appointment(OWNER, first.id, at(11, 30), now=NOW).ends_at == at(11, 30)
    refused(
        ConflictError,
        "stylist_double_booked",
        lambda: appointments.resize_appointment(OWNER, first.id, at(11, 45), now=NOW),
    )
    refused(
        ValidationError,
        "booking_end_before_start",
        lambda: appointments.resize_appointment(OWNER, first.id, at(10), now=NOW),
    )
    refused(
        ValidationError,
        "booking_too_short",
        lambda: appointments.resize_appointment(OWNER, first.id, at(10, 3), now=NOW),
    )


def test_only_live_bookings_move(salon: Salon) -> None:
    first = book(salon, at(10))
    appointments.cancel_appointment(OWNER, first.id, "改天", now=NOW)
    error = refused(
        ConflictError,
        "appointment_not_movable",
        lambda: appointments.move_appointment(OWNER, first.id, at(11), now=NOW),
    )
    assert error.values == {"status": "cancelled"}
    refused(NotFoundError, "appointment_not_found", lambda: appointments.move_appointment(OWNER, 999, at(11), now=NOW))


def test_a_booking_can_be_checked_before_it_is_made(salon: Salon) -> None:
    data = BookingInput(at(10), (salon.cut,), salon.zhang, None)
    assert appointments.check_booking(data, now=NOW) == (salon.wang, "王芳")
    book(salon, at(10), customer=salon.zhao)
    with pytest.raises(ConflictError) as caught:
        appointments.check_booking(BookingInput(at(10), (salon.cut,), salon.zhang, salon.wang), now=NOW)
    assert caught.value.code == "stylist_double_booked"
    assert Appointment.select().count() == 1
