"""Plain, frozen rows that services hand to callers (never peewee instances).

A table model on the UI thread must not touch a peewee instance: reading a
relation would run SQL lazily on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from decimal import Decimal


@dataclass(frozen=True)
class OpeningHours:
    """The shop's hours on one weekday (0 = Monday); ``None`` times mean closed."""

    weekday: int
    opens: time | None
    closes: time | None

    @property
    def is_open(self) -> bool:
        return self.opens is not None and self.closes is not None


@dataclass(frozen=True)
class ShopSettings:
    """The shop-wide settings that travel with the data file."""

    shop_name: str
    opening_hours: tuple[OpeningHours, ...]


@dataclass(frozen=True)
class StaffMember:
    """A member of staff as the settings dialog and the tabs see them."""

    id: int
    name: str
    role: str
    skills: tuple[str, ...]
    phone: str
    active: bool


@dataclass(frozen=True)
class ServiceItemRow:
    """An item of the service catalogue."""

    id: int
    name: str
    category: str
    price: Decimal
    duration_minutes: int
    active: bool
    in_use: bool


@dataclass(frozen=True)
class AuditRow:
    """One audit entry, for display and for tests."""

    id: int
    at: datetime
    actor: str
    action: str
    table_name: str
    record_id: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list: the profile's essentials and its figures."""

    id: int
    name: str
    phone: str
    level: str
    last_visit: datetime | None
    visits: int
    total_spent: Decimal
    balance: Decimal
    points: int
    tags: tuple[str, ...]
    allergies: str


@dataclass(frozen=True)
class AppointmentRow:
    """One booking as the appointment list shows it."""

    id: int
    starts_at: datetime
    ends_at: datetime
    customer: str
    phone: str
    stylist: str
    services: str
    status: str
    note: str


@dataclass(frozen=True)
class TicketRow:
    """One feedback ticket as the complaints list shows it."""

    id: int
    received_at: datetime
    customer: str
    kind: str
    channel: str
    category: str | None
    severity: str | None
    status: str
    resolution_due_at: datetime | None
    overdue: bool
    description: str  # the first line only


@dataclass(frozen=True)
class SurveyRow:
    """One satisfaction survey answer."""

    id: int
    answered_at: datetime
    customer: str
    stylist: str
    overall: int
    stylist_skill: int
    service_attitude: int
    environment: int
    waiting_time: int
    value_for_money: int
    recommend: int
    comment: str


@dataclass(frozen=True)
class ShopCounts:
    """How many records the shop holds, for the status bar."""

    customers: int
    visits: int
    appointments: int
    tickets: int
    open_tickets: int
    surveys: int
