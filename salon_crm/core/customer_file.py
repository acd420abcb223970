"""A customer's file at a glance: the profile, what the records add up to, and warnings.

The header of the customer file view: level, balance, visits and spend, tags,
segment and churn warning, satisfaction, an overdue follow-up call, open
complaints, no-shows and packages still to use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salon_crm.core import care, clock, loyalty, packages, profiles, segments, service_records, tags
from salon_crm.core.enums import AppointmentStatus, TicketStatus
from salon_crm.core.loyalty import Balance
from salon_crm.core.models import (
    Appointment,
    ComplaintTicket,
    Customer,
    MembershipLevel,
    Staff,
)
from salon_crm.core.profiles import CustomerProfile
from salon_crm.core.segments import CustomerSegment
from salon_crm.core.service_records import CustomerFigures
from salon_crm.core.tags import CustomerTags


@dataclass(frozen=True)
class PackageLeft:
    """A prepaid package (次卡) with sessions still to use."""

    id: int
    service: str
    remaining: int
    total: int
    expires_on: date | None


@dataclass(frozen=True)
class CustomerFile:
    """Everything the header of a customer's file shows."""

    profile: CustomerProfile
    level_name: str
    stylist_name: str
    referrer_name: str
    figures: CustomerFigures
    balance: Balance
    tags: CustomerTags
    segment: CustomerSegment
    satisfaction: str | None
    follow_up_due: date | None
    open_tickets: int
    no_shows: int
    packages: tuple[PackageLeft, ...]


def _name(model: type[Staff] | type[Customer] | type[MembershipLevel], key: int | None) -> str:
    if key is None:
        return ""
    value = model.select(model.name).where(model.id == key).scalar()
    return str(value or "")


def _packages(customer_id: int, today: date) -> tuple[PackageLeft, ...]:
    """The packages still usable today, oldest first (sessions left by ``core.packages``' one rule)."""
    return tuple(
        PackageLeft(row.id, row.service_name, row.sessions_left, row.sessions_total, row.expires_on)
        for row in reversed(packages.packages_of(customer_id))
        if row.sessions_left > 0 and (row.expires_on is None or row.expires_on >= today)
    )


def load_customer_file(customer_id: int, *, today: date | None = None) -> CustomerFile:
    """The file of ``customer_id`` (``NotFoundError`` when gone or anonymised)."""
    day = today or clock.today()
    profile = profiles.get_customer(customer_id)
    segment = segments.segment_of(customer_id, day)
    open_tickets = (
        ComplaintTicket.select()
        .where((ComplaintTicket.customer == customer_id) & (ComplaintTicket.status != TicketStatus.CLOSED.value))
        .count()
    )
    no_shows = (
        Appointment.select()
        .where((Appointment.customer == customer_id) & (Appointment.status == AppointmentStatus.NO_SHOW.value))
        .count()
    )
    return CustomerFile(
        profile=profile,
        level_name=_name(MembershipLevel, profile.level_id),
        stylist_name=_name(Staff, profile.preferred_stylist_id),
        referrer_name=_name(Customer, profile.referrer_id),
        figures=service_records.customer_figures(customer_id),
        balance=loyalty.balance_of(customer_id),
        tags=tags.tags_of(customer_id),
        segment=segment,
        satisfaction=segments.customer_satisfaction(customer_id),
        follow_up_due=care.follow_up_overdue(customer_id, day),
        open_tickets=open_tickets,
        no_shows=no_shows,
        packages=_packages(customer_id, day),
    )
