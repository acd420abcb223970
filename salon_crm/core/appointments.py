"""Reading appointments (预约): the bookings in a span of days (writes arrive later)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any, cast

from salon_crm.core.models import (
    Appointment,
    AppointmentService,
    Customer,
    ServiceItem,
    Staff,
)
from salon_crm.core.records import AppointmentRow

SERVICE_SEPARATOR = "、"


def _service_names(appointment_ids: list[int]) -> dict[int, str]:
    """The booked items of many appointments in one query, in booking order."""
    if not appointment_ids:
        return {}
    query = (
        AppointmentService.select(AppointmentService.appointment, ServiceItem.name)
        .join(ServiceItem)
        .where(AppointmentService.appointment.in_(appointment_ids))
        .order_by(AppointmentService.position, AppointmentService.id)
        .tuples()
    )
    names: dict[int, list[str]] = defaultdict(list)
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
        .order_by(Appointment.starts_at, Staff.sort_order, Appointment.id)
        .dicts()
    )
    rows = cast(list[dict[str, Any]], list(query))
    services = _service_names([row["id"] for row in rows])
    return [AppointmentRow(**row, services=services.get(row["id"], "")) for row in rows]
