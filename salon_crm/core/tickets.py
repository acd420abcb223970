"""Reading feedback tickets (投诉与反馈): open and most urgent first (writes arrive later)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from peewee import Case

from salon_crm.core.enums import Severity, TicketStatus
from salon_crm.core.models import ComplaintTicket, Customer
from salon_crm.core.records import TicketRow

PAGE_SIZE = 500
_CLOSED = TicketStatus.CLOSED.value
_SEVERITY_RANK = {
    Severity.CRITICAL.value: 0,
    Severity.HIGH.value: 1,
    Severity.MEDIUM.value: 2,
    Severity.LOW.value: 3,
}


def is_overdue(status: str, resolution_due_at: datetime | None, now: datetime) -> bool:
    """An open ticket past its resolution deadline."""
    return status != _CLOSED and resolution_due_at is not None and resolution_due_at < now


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def list_tickets(*, offset: int = 0, limit: int = PAGE_SIZE, now: datetime | None = None) -> list[TicketRow]:
    """A page of tickets: open ones first, earliest deadline and gravest first."""
    now = now or datetime.now()
    is_closed = Case(None, [(ComplaintTicket.status == _CLOSED, 1)], 0)
    severity_rank = Case(
        ComplaintTicket.severity,
        list(_SEVERITY_RANK.items()),
        len(_SEVERITY_RANK),
    )
    # an open ticket's deadline decides; closed ones are simply newest first
    open_deadline = Case(None, [(ComplaintTicket.status == _CLOSED, None)], ComplaintTicket.resolution_due_at)
    query = (
        ComplaintTicket.select(
            ComplaintTicket.id,
            ComplaintTicket.received_at,
            Customer.name.alias("customer"),
            ComplaintTicket.kind,
            ComplaintTicket.channel,
            ComplaintTicket.category,
            ComplaintTicket.severity,
            ComplaintTicket.status,
            ComplaintTicket.resolution_due_at,
            ComplaintTicket.description,
        )
        .join(Customer, on=ComplaintTicket.customer == Customer.id)
        .order_by(
            is_closed,
            open_deadline.asc(nulls="LAST"),
            severity_rank,
            ComplaintTicket.received_at.desc(),
            ComplaintTicket.id.desc(),
        )
        .offset(offset)
        .limit(limit)
        .dicts()
    )
    rows = cast(list[dict[str, Any]], list(query))
    return [
        TicketRow(
            **row | {"description": _first_line(row["description"])},
            overdue=is_overdue(row["status"], row["resolution_due_at"], now),
        )
        for row in rows
    ]
