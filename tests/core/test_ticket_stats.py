"""Ticket statistics on hand-built tickets: counts, overdue, times, satisfaction, repeaters."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import ComplaintTicket, Customer, TicketEvent
from salon_crm.core.ticket_stats import ticket_statistics

NOW = datetime(2026, 11, 23, 18, 0)
NOV = (date(2026, 11, 1), date(2026, 11, 30))


def ticket(customer: Customer, received: datetime, **fields: object) -> int:
    values: dict[str, object] = {"kind": "complaint", "channel": "phone", "description": "不满意"} | fields
    return int(ComplaintTicket.create(customer=customer, received_at=received, **values).id)


@pytest.fixture
def tickets(shop: Shop) -> dict[str, int]:
    zhang = Customer.create(name="张三")
    li = Customer.create(name="李四")
    day = datetime(2026, 11, 2, 10)
    ids = {
        # closed in November after 2 h to respond and 48 h in all, customer satisfied
        "a": ticket(zhang, day, category="service_quality", severity="high", status="closed",
                    first_response_at=day + timedelta(hours=2), resolution_due_at=day + timedelta(days=3),
                    closed_at=day + timedelta(hours=48), followup_score=5),
        # closed after its deadline (overdue), 4 h to respond (from its events), 120 h in all, unhappy
        "b": ticket(zhang, day + timedelta(days=5), category="service_quality", severity="high", status="closed",
                    resolution_due_at=day + timedelta(days=8), closed_at=day + timedelta(days=10), followup_score=2),
        # still open and past its deadline
        "c": ticket(li, day + timedelta(days=10), category="waiting_time", severity="medium", status="investigating",
                    first_response_at=day + timedelta(days=10, hours=1), resolution_due_at=day + timedelta(days=17)),
        # a suggestion, not classified
        "d": ticket(li, day + timedelta(days=12), kind="suggestion"),
        # October: received then, closed in November on time, low severity, 10 days
        "e": ticket(zhang, datetime(2026, 10, 25, 10), category="price", severity="low", status="closed",
                    resolution_due_at=datetime(2026, 11, 8, 10), closed_at=datetime(2026, 11, 4, 10)),
        # October, closed in October: outside every figure but the history
        "f": ticket(li, datetime(2026, 10, 1, 10), category="price", severity="low", status="closed",
                    closed_at=datetime(2026, 10, 2, 10), followup_score=1),
    }  # fmt: skip
    TicketEvent.create(ticket=ids["b"], at=day + timedelta(days=5), actor="owner", to_status="received")
    TicketEvent.create(
        ticket=ids["b"],
        at=day + timedelta(days=5, hours=4),
        actor="owner",
        from_status="received",
        to_status="classified",
    )
    return ids


def test_counts_of_november(tickets: dict[str, int]) -> None:
    stats = ticket_statistics(*NOV, now=NOW)
    assert (stats.opened, stats.closed, stats.overdue, stats.open_now) == (4, 3, 2, 2)
    assert stats.by_category == (("service_quality", 2), ("waiting_time", 1), ("", 1))
    assert stats.by_severity == (("high", 2), ("medium", 1), ("", 1))


def test_times_to_respond_and_close(tickets: dict[str, int]) -> None:
    stats = ticket_statistics(*NOV, now=NOW)
    assert sorted(stats.first_response.hours) == [1.0, 2.0, 4.0]  # the suggestion was never answered
    assert stats.first_response.average == pytest.approx(7 / 3)
    assert stats.first_response.median == 2.0
    assert sorted(stats.to_close.hours) == [48.0, 120.0, 240.0]
    assert stats.to_close.median == 120.0
    assert [(name, durations.hours) for name, durations in stats.close_by_severity] == [
        ("high", (48.0, 120.0)),
        ("low", (240.0,)),
    ]


def test_satisfied_share_and_repeat_complainants(tickets: dict[str, int]) -> None:
    stats = ticket_statistics(*NOV, now=NOW)
    assert (stats.followed_up, stats.satisfied, stats.satisfied_share) == (2, 1, 0.5)
    assert [(r.name, r.complaints) for r in stats.repeat_complainants] == [("张三", 2)]


def test_only_complaints(tickets: dict[str, int]) -> None:
    stats = ticket_statistics(*NOV, kind="complaint", now=NOW)
    assert (stats.opened, stats.open_now) == (3, 1)


def test_a_quiet_range_has_no_averages(shop: Shop) -> None:
    stats = ticket_statistics(*NOV, now=NOW)
    assert (stats.opened, stats.first_response.average, stats.to_close.median, stats.satisfied_share) == (
        0, None, None, None,
    )  # fmt: skip


def test_a_backwards_range_is_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="ticket_range_invalid"):
        ticket_statistics(date(2026, 11, 30), date(2026, 11, 1))
