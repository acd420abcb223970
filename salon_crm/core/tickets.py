"""Reading feedback tickets (投诉与反馈): the filtered list, counts per status, one ticket.

The list is sorted by urgency in SQL: open tickets first, the nearest (or most
overdue) deadline first, the gravest first; closed ones newest first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from peewee import JOIN, Case, Expression, fn

from salon_crm.core import clock
from salon_crm.core.enums import Severity, TicketStatus
from salon_crm.core.errors import NotFoundError
from salon_crm.core.models import Appointment, ComplaintTicket, Customer, ServiceRecord, Staff, TicketEvent
from salon_crm.core.money import money_sum
from salon_crm.core.ticket_rules import Step, TicketState, allowed_steps

PAGE_SIZE = 500
_CLOSED = TicketStatus.CLOSED.value
# Gravest first; a ticket not yet classified has no severity and sorts after low (the Case
# default in list_tickets), behind the ones whose weight is known.
_SEVERITY_RANK = {
    Severity.CRITICAL.value: 0,
    Severity.HIGH.value: 1,
    Severity.MEDIUM.value: 2,
    Severity.LOW.value: 3,
}


@dataclass(frozen=True)
class TicketFilter:
    """What the filter bar asks for; empty values mean "any"."""

    statuses: tuple[str, ...] = ()
    kind: str | None = None
    category: str | None = None
    severity: str | None = None
    assignee_id: int | None = None
    overdue_only: bool = False
    open_only: bool = False
    received_from: date | None = None
    received_to: date | None = None  # inclusive
    search: str = ""
    customer_id: int | None = None


@dataclass(frozen=True)
class TicketListRow:
    """One ticket as the complaints list shows it."""

    id: int
    received_at: datetime
    customer_id: int
    customer: str
    kind: str
    channel: str
    category: str | None
    severity: str | None
    status: str
    assignee: str
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    overdue: bool
    description: str  # the first line only

    def time_left(self, now: datetime) -> timedelta | None:
        """Until the resolution deadline (negative when overdue); None when closed or unset."""
        if self.status == _CLOSED or self.resolution_due_at is None:
            return None
        return self.resolution_due_at - now


@dataclass(frozen=True)
class TicketEventRow:
    """One step in a ticket's history."""

    id: int
    at: datetime
    actor: str
    from_status: str | None
    to_status: str
    note: str
    data: dict[str, Any]


@dataclass(frozen=True)
class TicketDetail:
    """Everything the ticket view shows: the facts, the history, the next steps."""

    id: int
    customer_id: int
    customer: str
    customer_phone: str
    kind: str
    channel: str
    category: str | None
    severity: str | None
    status: str
    description: str
    received_at: datetime
    received_by_id: int | None
    received_by: str
    assignee_id: int | None
    assignee: str
    service_record_id: int | None
    service_record_at: datetime | None
    service_record_total: Decimal | None
    appointment_id: int | None
    appointment_at: datetime | None
    escalated_at: datetime | None
    first_response_at: datetime | None
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    solution: str
    compensation_kind: str
    compensation_amount: Decimal
    compensation_points: int
    agreed_by: str
    agreed_how: str
    followup_score: int | None
    followup_note: str
    closed_at: datetime | None
    events: tuple[TicketEventRow, ...] = field(default_factory=tuple)
    next_steps: tuple[Step, ...] = field(default_factory=tuple)

    @property
    def state(self) -> TicketState:
        return TicketState(self.status, self.kind, self.severity, self.escalated_at is not None)

    def overdue(self, now: datetime) -> bool:
        return is_overdue(self.status, self.resolution_due_at, now)


def is_overdue(status: str, resolution_due_at: datetime | None, now: datetime) -> bool:
    """An open ticket past its resolution deadline."""
    # The one overdue rule; _where's overdue_only is its SQL twin and must stay the same test.
    return status != _CLOSED and resolution_due_at is not None and resolution_due_at < now


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _where(query: Any, where: TicketFilter, now: datetime, *, with_status: bool = True) -> Any:
    """``query`` narrowed by every part of ``where`` (the statuses too unless told not to)."""
    ticket = ComplaintTicket
    clauses: list[Expression] = []
    if with_status and where.statuses:
        clauses.append(ticket.status.in_(list(where.statuses)))
    if with_status and where.open_only:
        clauses.append(ticket.status != _CLOSED)
    for column, value in (
        (ticket.kind, where.kind),
        (ticket.category, where.category),
        (ticket.severity, where.severity),
    ):
        if value:
            clauses.append(column == value)
    if where.assignee_id is not None:
        clauses.append(ticket.assignee == where.assignee_id)
    if where.customer_id is not None:
        clauses.append(ticket.customer == where.customer_id)
    if where.overdue_only:
        clauses.append((ticket.status != _CLOSED) & (ticket.resolution_due_at < now))
    if where.received_from is not None:
        clauses.append(ticket.received_at >= datetime.combine(where.received_from, datetime.min.time()))
    if where.received_to is not None:
        # Before the next day's midnight, so the last day counts whole whatever the hour of receipt.
        clauses.append(
            ticket.received_at < datetime.combine(where.received_to + timedelta(days=1), datetime.min.time())
        )
    text = where.search.strip().lower()
    if text:
        like = f"%{text}%"
        clauses.append(
            fn.LOWER(ticket.description).contains(text)
            | fn.LOWER(ticket.solution).contains(text)
            | fn.LOWER(ticket.followup_note).contains(text)
            # search_text holds the name's pinyin and initials (PRODUCT §1: "zs" finds 张三).
            | Customer.search_text.contains(text)
            | fn.LOWER(Customer.name).contains(text)
            | (Customer.phone**like)
        )
    for clause in clauses:
        query = query.where(clause)
    return query


def list_tickets(
    where: TicketFilter | None = None,
    *,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    now: datetime | None = None,
) -> list[TicketListRow]:
    """A page of tickets matching ``where``, most urgent first."""
    now = now or clock.now()
    where = where or TicketFilter()
    is_closed = Case(None, [(ComplaintTicket.status == _CLOSED, 1)], 0)
    severity_rank = Case(ComplaintTicket.severity, list(_SEVERITY_RANK.items()), len(_SEVERITY_RANK))
    # an open ticket's deadline decides; closed ones are simply newest first
    open_deadline = Case(None, [(ComplaintTicket.status == _CLOSED, None)], ComplaintTicket.resolution_due_at)
    query = (
        ComplaintTicket.select(
            ComplaintTicket.id,
            ComplaintTicket.received_at,
            ComplaintTicket.customer.alias("customer_id"),
            Customer.name.alias("customer"),
            ComplaintTicket.kind,
            ComplaintTicket.channel,
            ComplaintTicket.category,
            ComplaintTicket.severity,
            ComplaintTicket.status,
            fn.COALESCE(Staff.name, "").alias("assignee"),
            ComplaintTicket.response_due_at,
            ComplaintTicket.resolution_due_at,
            ComplaintTicket.description,
        )
        .join(Customer, on=ComplaintTicket.customer == Customer.id)
        .switch(ComplaintTicket)
        .join(Staff, JOIN.LEFT_OUTER, on=ComplaintTicket.assignee == Staff.id)
        .order_by(
            is_closed,
            open_deadline.asc(nulls="LAST"),
            severity_rank,
            ComplaintTicket.received_at.desc(),
            # The id last makes the order total, so paging by offset never repeats or skips a ticket.
            ComplaintTicket.id.desc(),
        )
        .offset(offset)
        .limit(limit)
    )
    rows = cast(list[dict[str, Any]], list(_where(query, where, now).dicts()))
    return [
        TicketListRow(
            **row | {"description": _first_line(row["description"])},
            overdue=is_overdue(row["status"], row["resolution_due_at"], now),
        )
        for row in rows
    ]


def count_by_status(where: TicketFilter | None = None, *, now: datetime | None = None) -> dict[str, int]:
    """How many tickets match ``where`` (ignoring its statuses) in each status, zeros included."""
    now = now or clock.now()
    where = where or TicketFilter()
    # The statuses of ``where`` are ignored on purpose: these counts label the status buttons, so
    # each must say what choosing it would list under the other filters.
    query = ComplaintTicket.select(ComplaintTicket.status, fn.COUNT(ComplaintTicket.id)).group_by(
        ComplaintTicket.status
    )
    if where.search.strip():  # the customer's name and phone are searched too
        # Joined only when searching: the counts rerun on every filter change, and only the search
        # reads the customer's columns.
        query = query.join(Customer, on=ComplaintTicket.customer == Customer.id)
    counts = {status.value: 0 for status in TicketStatus}
    for status, count in cast(list[tuple[str, int]], list(_where(query, where, now, with_status=False).tuples())):
        counts[status] = int(count)
    return counts


def _event(event: TicketEvent) -> TicketEventRow:
    try:
        # A damaged data column must not keep the ticket's history from opening.
        data = json.loads(event.data or "{}")
    except ValueError:
        data = {}
    return TicketEventRow(event.id, event.at, event.actor, event.from_status, event.to_status, event.note, data)


def events_of(ticket_id: int) -> list[TicketEventRow]:
    """A ticket's history, oldest first."""
    # By id after time: two steps in the same second keep the order they were taken in.
    query = TicketEvent.select().where(TicketEvent.ticket == ticket_id).order_by(TicketEvent.at, TicketEvent.id)
    return [_event(event) for event in query]


def get_ticket(ticket_id: int) -> TicketDetail:
    """One ticket with its names, related visit or booking, history and next steps."""
    receiver, owner = Staff.alias("receiver"), Staff.alias("owner")
    # LEFT OUTER for the receiver, the assignee, the visit and the booking: each is optional, and a
    # ticket without them must still open.
    row = (
        ComplaintTicket.select(
            ComplaintTicket,
            Customer.name.alias("customer_name"),
            Customer.phone.alias("customer_phone"),
            fn.COALESCE(receiver.name, "").alias("receiver_name"),
            fn.COALESCE(owner.name, "").alias("assignee_name"),
            ServiceRecord.visited_at.alias("record_at"),
            ServiceRecord.total.alias("record_total"),
            Appointment.starts_at.alias("appointment_at"),
        )
        .join(Customer, on=ComplaintTicket.customer == Customer.id)
        .switch(ComplaintTicket)
        .join(receiver, JOIN.LEFT_OUTER, on=ComplaintTicket.received_by == receiver.id)
        .switch(ComplaintTicket)
        .join(owner, JOIN.LEFT_OUTER, on=ComplaintTicket.assignee == owner.id)
        .switch(ComplaintTicket)
        .join(ServiceRecord, JOIN.LEFT_OUTER, on=ComplaintTicket.service_record == ServiceRecord.id)
        .switch(ComplaintTicket)
        .join(Appointment, JOIN.LEFT_OUTER, on=ComplaintTicket.appointment == Appointment.id)
        .where(ComplaintTicket.id == ticket_id)
        .dicts()
        .first()
    )
    if row is None:
        raise NotFoundError("ticket_not_found", ticket_id=ticket_id)
    data = cast(dict[str, Any], row)
    detail = TicketDetail(
        id=data["id"],
        customer_id=data["customer"],
        customer=data["customer_name"],
        customer_phone=data["customer_phone"],
        kind=data["kind"],
        channel=data["channel"],
        category=data["category"],
        severity=data["severity"],
        status=data["status"],
        description=data["description"],
        received_at=data["received_at"],
        received_by_id=data["received_by"],
        received_by=data["receiver_name"],
        assignee_id=data["assignee"],
        assignee=data["assignee_name"],
        service_record_id=data["service_record"],
        service_record_at=ServiceRecord.visited_at.python_value(data["record_at"]),
        service_record_total=None if data["record_total"] is None else money_sum(data["record_total"]),
        appointment_id=data["appointment"],
        appointment_at=Appointment.starts_at.python_value(data["appointment_at"]),
        escalated_at=data["escalated_at"],
        first_response_at=data["first_response_at"],
        response_due_at=data["response_due_at"],
        resolution_due_at=data["resolution_due_at"],
        solution=data["solution"],
        compensation_kind=data["compensation_kind"],
        compensation_amount=money_sum(data["compensation_amount"]),
        compensation_points=int(data["compensation_points"]),
        agreed_by=data["agreed_by"],
        agreed_how=data["agreed_how"],
        followup_score=data["followup_score"],
        followup_note=data["followup_note"],
        closed_at=data["closed_at"],
        events=tuple(events_of(ticket_id)),
    )
    return _with_steps(detail)


def _with_steps(detail: TicketDetail) -> TicketDetail:
    return replace(detail, next_steps=allowed_steps(detail.state))


@dataclass(frozen=True)
class RelatedChoice:
    """A visit or booking of the customer that a ticket may be about."""

    id: int
    at: datetime
    label: str  # what was done or booked, for the picker


def related_records(customer_id: int, limit: int = 20) -> list[RelatedChoice]:
    """The customer's latest visits (not voided), newest first."""
    query = (
        ServiceRecord.select(ServiceRecord.id, ServiceRecord.visited_at, ServiceRecord.total)
        # A voided bill is no visit to complain about; 20 keeps the picker short.
        .where((ServiceRecord.customer == customer_id) & ServiceRecord.voided_at.is_null())
        .order_by(ServiceRecord.visited_at.desc())
        .limit(limit)
    )
    return [RelatedChoice(r.id, r.visited_at, f"¥{money_sum(r.total):,.2f}") for r in query]


def related_appointments(customer_id: int, limit: int = 20) -> list[RelatedChoice]:
    """The customer's latest bookings, newest first, with the stylist's name."""
    # Cancelled and no-show bookings too: a complaint may be about exactly that.
    query = (
        Appointment.select(Appointment.id, Appointment.starts_at, Staff.name)
        .join(Staff, on=Appointment.stylist == Staff.id)
        .where(Appointment.customer == customer_id)
        .order_by(Appointment.starts_at.desc())
        .limit(limit)
        .tuples()
    )
    return [RelatedChoice(i, at, name) for i, at, name in cast(list[tuple[int, datetime, str]], list(query))]
