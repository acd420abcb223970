"""Statistics of feedback tickets for the charts and the monthly report (issue 5, item 7).

For a date range: tickets opened (received in it), closed (closed in it), overdue
(resolution deadline fell in it, or before it while still open, and the ticket was
not closed by then), by category and severity, times to first response and to
close, the share resolved to the customer's satisfaction (follow-up score 4 or 5)
and repeat complainants. Read only; the ticket tables are small (hundreds a year),
so the rows are summed in Python.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean, median
from typing import Any, cast

from salon_crm.core import clock
from salon_crm.core.enums import TicketKind, TicketStatus
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import ComplaintTicket, Customer, TicketEvent

SATISFIED = 4  # a follow-up score from which the customer counts as satisfied
REPEAT = 2  # complaints in the range that make a repeat complainant
UNCLASSIFIED = ""  # the category / severity key of tickets not yet classified


@dataclass(frozen=True)
class Durations:
    """Hours each ticket took, with their average and median (None when empty)."""

    hours: tuple[float, ...]

    @property
    def count(self) -> int:
        return len(self.hours)

    @property
    def average(self) -> float | None:
        return fmean(self.hours) if self.hours else None

    @property
    def median(self) -> float | None:
        return float(median(self.hours)) if self.hours else None


@dataclass(frozen=True)
class RepeatComplainant:
    customer_id: int
    name: str
    complaints: int


@dataclass(frozen=True)
class TicketStatistics:
    """Figures of the tickets of one range; ``by_category`` is largest first (a Pareto order)."""

    start: date
    end: date
    opened: int
    closed: int
    overdue: int
    open_now: int
    by_category: tuple[tuple[str, int], ...]
    by_severity: tuple[tuple[str, int], ...]
    first_response: Durations
    to_close: Durations
    close_by_severity: tuple[tuple[str, Durations], ...]
    followed_up: int
    satisfied: int
    repeat_complainants: tuple[RepeatComplainant, ...]

    @property
    def satisfied_share(self) -> float | None:
        """Of the tickets closed in the range with a follow-up score, the share scoring 4-5."""
        return self.satisfied / self.followed_up if self.followed_up else None


SEVERITY_ORDER = ("critical", "high", "medium", "low")


def _hours(start: datetime, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds() / 3600)


def _first_events(ticket_ids: list[int]) -> dict[int, datetime]:
    """When each ticket first moved on from received (its first response, if not stamped)."""
    if not ticket_ids:
        return {}
    query = (
        TicketEvent.select(TicketEvent.ticket, TicketEvent.at)
        .where(TicketEvent.ticket.in_(ticket_ids) & TicketEvent.from_status.is_null(False))
        .order_by(TicketEvent.at)
    )
    first: dict[int, datetime] = {}
    for ticket_id, at in cast(Iterable[tuple[int, datetime]], query.tuples()):
        first.setdefault(ticket_id, at)
    return first


def ticket_statistics(
    start: date, end: date, *, kind: str | None = None, now: datetime | None = None
) -> TicketStatistics:
    """Figures for tickets in ``start``..``end`` (inclusive); ``kind`` limits to complaints etc."""
    if end < start:
        raise ValidationError("ticket_range_invalid", start=start.isoformat(), end=end.isoformat())
    now = now or clock.now()
    low = datetime.combine(start, datetime.min.time())
    high = datetime.combine(end + timedelta(days=1), datetime.min.time())
    cut = min(high, now)  # overdue is judged up to the range's end, never past now
    query = ComplaintTicket.select(
        ComplaintTicket.id,
        ComplaintTicket.customer,
        ComplaintTicket.kind,
        ComplaintTicket.category,
        ComplaintTicket.severity,
        ComplaintTicket.status,
        ComplaintTicket.received_at,
        ComplaintTicket.first_response_at,
        ComplaintTicket.resolution_due_at,
        ComplaintTicket.closed_at,
        ComplaintTicket.followup_score,
    ).where(
        (ComplaintTicket.received_at < high)
        & (
            ComplaintTicket.closed_at.is_null()
            | (ComplaintTicket.closed_at >= low)
            | (ComplaintTicket.received_at >= low)
        )
    )
    if kind is not None:
        query = query.where(ComplaintTicket.kind == kind)
    rows = cast(list[dict[str, Any]], list(query.dicts()))
    opened = [row for row in rows if row["received_at"] >= low]
    closed = [row for row in rows if row["closed_at"] is not None and low <= row["closed_at"] < high]
    first_events = _first_events([row["id"] for row in opened if row["first_response_at"] is None])

    def overdue(row: dict[str, Any]) -> bool:
        due, done = row["resolution_due_at"], row["closed_at"]
        return due is not None and due < cut and (due >= low or done is None) and (done is None or done > due)

    responses = []
    for row in opened:
        answered = row["first_response_at"] or first_events.get(row["id"])
        if answered is not None:
            responses.append(_hours(row["received_at"], answered))
    close_hours: dict[str, list[float]] = {}
    for row in closed:
        close_hours.setdefault(row["severity"] or UNCLASSIFIED, []).append(_hours(row["received_at"], row["closed_at"]))
    scored = [row["followup_score"] for row in closed if row["followup_score"] is not None]
    complaints = Counter(row["customer"] for row in opened if row["kind"] == TicketKind.COMPLAINT.value)
    repeaters = {cid: count for cid, count in complaints.items() if count >= REPEAT}
    names = dict(
        cast(
            Iterable[tuple[int, str]],
            Customer.select(Customer.id, Customer.name).where(Customer.id.in_(list(repeaters))).tuples(),
        )
    )
    categories = Counter(row["category"] or UNCLASSIFIED for row in opened)
    severities = Counter(row["severity"] or UNCLASSIFIED for row in opened)
    severity_rank = {name: rank for rank, name in enumerate((*SEVERITY_ORDER, UNCLASSIFIED))}
    open_now = ComplaintTicket.select().where(ComplaintTicket.status != TicketStatus.CLOSED.value)
    if kind is not None:
        open_now = open_now.where(ComplaintTicket.kind == kind)
    return TicketStatistics(
        start=start,
        end=end,
        opened=len(opened),
        closed=len(closed),
        overdue=sum(overdue(row) for row in rows),
        open_now=open_now.count(),
        by_category=tuple(sorted(categories.items(), key=lambda item: (-item[1], item[0] == UNCLASSIFIED, item[0]))),
        by_severity=tuple(sorted(severities.items(), key=lambda item: severity_rank.get(item[0], 99))),
        first_response=Durations(tuple(responses)),
        to_close=Durations(tuple(hours for values in close_hours.values() for hours in values)),
        close_by_severity=tuple(
            (name, Durations(tuple(close_hours[name])))
            for name in sorted(close_hours, key=lambda name: severity_rank.get(name, 99))
        ),
        followed_up=len(scored),
        satisfied=sum(score >= SATISFIED for score in scored),
        repeat_complainants=tuple(
            RepeatComplainant(cid, names.get(cid, ""), count)
            for cid, count in sorted(repeaters.items(), key=lambda item: (-item[1], item[0]))
        ),
    )
