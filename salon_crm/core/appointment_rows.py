"""Reading appointments: the list, the day view's blocks, one booking in full, reminders,
no-show counts and the shop's week in counts per stylist and day.

Plain frozen rows only, read in a few set-based queries so a busy week stays quick.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast

from peewee import JOIN, fn

from salon_crm.core import schedule
from salon_crm.core.enums import AppointmentStatus
from salon_crm.core.errors import NotFoundError
from salon_crm.core.models import (
    Appointment,
    AppointmentService,
    Customer,
    ServiceItem,
    ServiceRecord,
    Staff,
)
from salon_crm.core.money import money_sum
from salon_crm.core.rows import AppointmentRow

SERVICE_SEPARATOR = "、"
S = AppointmentStatus
# COMPLETED stays in: a finished visit took the stylist's time, so nothing may be booked over it.
LIVE = (S.BOOKED.value, S.ARRIVED.value, S.COMPLETED.value)  # the statuses that take up time


@dataclass(frozen=True)
class BookedService:
    """A service item of a booking, with its planned minutes and list price."""

    service_item_id: int
    name: str
    category: str
    duration_minutes: int
    price: Decimal


@dataclass(frozen=True)
class AppointmentView:
    """One booking in full, for the dialogs."""

    id: int
    customer_id: int
    customer_name: str
    customer_phone: str
    stylist_id: int
    stylist_name: str
    starts_at: datetime
    ends_at: datetime
    status: str
    cancel_reason: str
    note: str
    series: str | None
    services: tuple[BookedService, ...]
    record_id: int | None


@dataclass(frozen=True)
class AppointmentBlock:
    """A booking as a block of the day and week views."""

    id: int
    customer_id: int
    customer_name: str
    customer_phone: str
    stylist_id: int
    stylist_name: str
    starts_at: datetime
    ends_at: datetime
    status: str
    services: str
    note: str
    cancel_reason: str


@dataclass(frozen=True)
class Reminder:
    """A line of the reminder call list."""

    appointment_id: int
    starts_at: datetime
    customer_name: str
    phone: str
    stylist_name: str
    services: str


def service_names(appointment_ids: list[int]) -> dict[int, str]:
    """The booked items of many appointments in one query, in booking order."""
    names: dict[int, list[str]] = defaultdict(list)
    # SQLite allows a limited number of parameters; a month of bookings is read in slices
    for first in range(0, len(appointment_ids), 500):
        query = (
            AppointmentService.select(AppointmentService.appointment, ServiceItem.name)
            .join(ServiceItem)
            .where(AppointmentService.appointment.in_(appointment_ids[first : first + 500]))
            # Position is the order the desk picked the services in; the id breaks any tie.
            .order_by(AppointmentService.position, AppointmentService.id)
            .tuples()
        )
        for appointment_id, name in cast(list[tuple[int, str]], list(query)):
            names[appointment_id].append(name)
    return {key: SERVICE_SEPARATOR.join(value) for key, value in names.items()}


def list_appointments(start: datetime, end: datetime) -> list[AppointmentRow]:
    """Bookings starting in ``[start, end)``, by start time then stylist."""
    query = (
        Appointment.select(
            Appointment.id,
            Appointment.starts_at,
            Appointment.ends_at,
            Appointment.status,
            Appointment.note,
            Customer.name.alias("customer"),
            Customer.phone,
            Staff.name.alias("stylist"),
        )
        .join(Customer, on=Appointment.customer == Customer.id)
        .switch(Appointment)
        .join(Staff, on=Appointment.stylist == Staff.id)
        .where((Appointment.starts_at >= start) & (Appointment.starts_at < end))
        # Staff.sort_order is the day view's column order; the id last keeps equal rows in a fixed order.
        .order_by(Appointment.starts_at, Staff.sort_order, Appointment.id)
        .dicts()
    )
    rows = cast(list[dict[str, Any]], list(query))
    services = service_names([row["id"] for row in rows])
    return [AppointmentRow(**row, services=services.get(row["id"], "")) for row in rows]


def list_blocks(start: datetime, end: datetime, *, stylist_id: int | None = None) -> list[AppointmentBlock]:
    """Bookings starting in ``[start, end)`` (of one stylist if given), by start time."""
    query = (
        Appointment.select(
            Appointment.id,
            Appointment.customer,
            Customer.name,
            Customer.phone,
            Appointment.stylist,
            Staff.name,
            Appointment.starts_at,
            Appointment.ends_at,
            Appointment.status,
            Appointment.note,
            Appointment.cancel_reason,
        )
        .join(Customer, on=Appointment.customer == Customer.id)
        .switch(Appointment)
        .join(Staff, on=Appointment.stylist == Staff.id)
        # By start only: a booking never spans two days (appointments._check_opening), so every block of
        # a day starts in it.
        .where((Appointment.starts_at >= start) & (Appointment.starts_at < end))
        .order_by(Appointment.starts_at, Staff.sort_order, Appointment.id)
        .tuples()
    )
    if stylist_id is not None:
        query = query.where(Appointment.stylist == stylist_id)
    rows = cast(list[tuple[Any, ...]], list(query))
    names = service_names([row[0] for row in rows])
    return [
        AppointmentBlock(
            id=row[0],
            customer_id=row[1],
            customer_name=row[2],
            customer_phone=row[3],
            stylist_id=row[4],
            stylist_name=row[5],
            starts_at=_moment(row[6]),
            ends_at=_moment(row[7]),
            status=row[8],
            services=names.get(row[0], ""),
            note=row[9],
            cancel_reason=row[10],
        )
        for row in rows
    ]


def _moment(value: Any) -> datetime:
    moment: datetime = Appointment.starts_at.python_value(value)
    return moment


def get_appointment(appointment_id: int) -> AppointmentView:
    """One booking with its services and, once completed, its bill."""
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        raise NotFoundError("appointment_not_found", appointment_id=appointment_id)
    lines = (
        AppointmentService.select(AppointmentService, ServiceItem)
        .join(ServiceItem, JOIN.INNER)
        .where(AppointmentService.appointment == appointment_id)
        .order_by(AppointmentService.position, AppointmentService.id)
    )
    services = tuple(
        BookedService(
            line.service_item.id,
            line.service_item.name,
            line.service_item.category,
            line.duration_minutes,
            money_sum(line.price),
        )
        for line in lines
    )
    # The bill a completed booking made, if any: ServiceRecord.appointment is unique, so at most one.
    record_id = ServiceRecord.select(ServiceRecord.id).where(ServiceRecord.appointment == appointment_id).scalar()
    customer, stylist = appointment.customer, appointment.stylist
    return AppointmentView(
        appointment.id, customer.id, customer.name, customer.phone, stylist.id, stylist.name,
        appointment.starts_at, appointment.ends_at, appointment.status, appointment.cancel_reason,
        appointment.note, appointment.series, services, record_id,
    )  # fmt: skip


def no_show_counts(customer_ids: Iterable[int]) -> dict[int, int]:
    """How many bookings each customer missed (customers with none left out)."""
    ids = list(customer_ids)
    if not ids:
        return {}
    query = (
        # Customers without a no-show are left out; callers default them to 0 (no_show_count).
        Appointment.select(Appointment.customer, fn.COUNT(Appointment.id))
        .where(Appointment.customer.in_(ids) & (Appointment.status == AppointmentStatus.NO_SHOW.value))
        .group_by(Appointment.customer)
        .tuples()
    )
    rows = cast(list[tuple[int, int]], list(query))
    return {int(customer): int(count) for customer, count in rows}


def no_show_count(customer_id: int) -> int:
    return no_show_counts([customer_id]).get(customer_id, 0)


def reminders_for(day: date) -> list[Reminder]:
    """Who to call about their booking on ``day`` (still booked), by time."""
    blocks = list_blocks(datetime.combine(day, time.min), datetime.combine(day + timedelta(days=1), time.min))
    # Only bookings still "booked" need a call (PRODUCT §4 reminder list): arrived, completed,
    # cancelled and no-show ones are past asking.
    return [
        Reminder(block.id, block.starts_at, block.customer_name, block.customer_phone, block.stylist_name,
                 block.services)
        for block in blocks
        if block.status == AppointmentStatus.BOOKED.value
    ]  # fmt: skip


@dataclass(frozen=True)
class StylistDay:
    """One stylist's day in the shop's week: the bookings that take up their time, and their shift."""

    day: date
    bookings: int  # booked, arrived or completed (LIVE); cancelled and no-shows left out
    no_shows: int
    shift: tuple[time, time] | None  # None: not working that day
    note: str  # why the day differs from their usual week (a day off, other hours)


@dataclass(frozen=True)
class StylistWeek:
    """A row of the shop's week: one stylist and their days."""

    stylist_id: int
    stylist_name: str
    days: tuple[StylistDay, ...]


def week_counts(first_day: date, days: int = 7) -> list[StylistWeek]:
    """Bookings per stylist and day from ``first_day``, for the shop's week at a glance.

    A stylist is listed if they work on any of the days or have a booking on one (so no
    booking is hidden), in the staff's order.
    """
    start = datetime.combine(first_day, time.min)
    end = start + timedelta(days=days)
    day_of = fn.date(Appointment.starts_at).coerce(False)  # the text "YYYY-MM-DD", not a datetime
    # Grouped by status too, so one query gives both the bookings that take time and the no-shows.
    query = (
        Appointment.select(Appointment.stylist, day_of, Appointment.status, fn.COUNT(1))
        .where((Appointment.starts_at >= start) & (Appointment.starts_at < end))
        .group_by(Appointment.stylist, day_of, Appointment.status)
        .tuples()
    )
    counted: dict[tuple[int, date], dict[str, int]] = defaultdict(dict)
    for stylist_id, day_text, status, count in cast(list[tuple[int, str, str, int]], list(query)):
        counted[int(stylist_id), date.fromisoformat(day_text)][status] = int(count)
    booked = {stylist_id for stylist_id, _day in counted}
    # Passing the booked ids keeps a stylist who is off that day but still has bookings in the grid.
    plans = [schedule.day_schedule(first_day + timedelta(days=n), staff_ids=booked) for n in range(days)]
    # Only people the day plans list: front desk and those off all week without bookings stay out.
    listed = {person.staff_id for plan in plans for person in plan.staff}
    members = (
        Staff.select(Staff.id, Staff.name).where(Staff.id.in_(listed)).order_by(Staff.sort_order, Staff.id).tuples()
    )
    rows = []
    for stylist_id, name in cast(list[tuple[int, str]], list(members)):
        cells = []
        for plan in plans:
            person = next((p for p in plan.staff if p.staff_id == stylist_id), None)
            statuses = counted.get((stylist_id, plan.day), {})
            cells.append(
                StylistDay(
                    plan.day,
                    sum(statuses.get(status, 0) for status in LIVE),
                    statuses.get(S.NO_SHOW.value, 0),
                    None if person is None else person.shift,
                    "" if person is None else person.note,
                )
            )
        rows.append(StylistWeek(stylist_id, name, tuple(cells)))
    return rows
