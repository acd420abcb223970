"""The complaints list at a busy shop's scale: 100,000 customers and 50,000 tickets.

Times the queries the tab runs: the first page (open tickets, urgent first), all
tickets, overdue only, a text search, the counts per status, and one ticket's view.
Prints the median of RUNS runs in milliseconds. Usage: python bench/tickets_list.py [RUNS]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from salon_crm.core import tickets
from salon_crm.core.db import open_shop
from salon_crm.core.enums import Severity, TicketCategory, TicketChannel, TicketKind, TicketStatus
from salon_crm.core.models import ComplaintTicket, Customer, TicketEvent, database_proxy

CUSTOMERS = 100_000
TICKETS = 50_000
OPEN_SHARE = 0.04
BATCH = 2_000


def fill(now: datetime) -> None:
    rng = random.Random(7)
    with database_proxy.atomic():
        rows = [
            {"name": f"顾客{n}", "phone": f"139{n:08d}", "search_text": f"gk{n} 139{n:08d}"} for n in range(CUSTOMERS)
        ]
        for start in range(0, len(rows), BATCH):
            Customer.insert_many(rows[start : start + BATCH]).execute()
        statuses = [s.value for s in TicketStatus if s is not TicketStatus.CLOSED]
        tickets_rows, events = [], []
        for n in range(TICKETS):
            received = now - timedelta(minutes=rng.randint(30, 3 * 365 * 24 * 60))
            is_open = rng.random() < OPEN_SHARE
            severity = rng.choice(list(Severity)).value
            tickets_rows.append(
                {
                    "customer": rng.randint(1, CUSTOMERS),
                    "kind": rng.choice(list(TicketKind)).value,
                    "channel": rng.choice(list(TicketChannel)).value,
                    "category": rng.choice(list(TicketCategory)).value,
                    "severity": severity,
                    "status": rng.choice(statuses) if is_open else TicketStatus.CLOSED.value,
                    "description": rng.choice(("等了四十分钟", "颜色不对", "态度冷淡", "价格不符")) + f" #{n}",
                    "received_at": received,
                    "resolution_due_at": received + timedelta(days=rng.choice((1, 3, 7, 14))),
                    "closed_at": None if is_open else received + timedelta(days=2),
                }
            )
        for start in range(0, TICKETS, BATCH):
            ComplaintTicket.insert_many(tickets_rows[start : start + BATCH]).execute()
        for ticket_id in range(1, TICKETS + 1, 5):
            for step in range(6):
                events.append(
                    {"ticket": ticket_id, "at": now, "actor": "bench", "to_status": "received", "note": f"第{step}步"}
                )
        for start in range(0, len(events), BATCH):
            TicketEvent.insert_many(events[start : start + BATCH]).execute()


def median_ms(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(runs: int) -> None:
    now = datetime.now()
    with tempfile.TemporaryDirectory() as folder:
        shop = open_shop(Path(folder) / "data")
        started = time.perf_counter()
        fill(now)
        print(f"filled {CUSTOMERS:,} customers and {TICKETS:,} tickets in {time.perf_counter() - started:.1f} s")
        where = tickets.TicketFilter
        cases: dict[str, Callable[[], object]] = {
            "first page, open, urgent first": lambda: tickets.list_tickets(where(open_only=True), now=now),
            "first page, all tickets": lambda: tickets.list_tickets(where(), now=now),
            "page 40 of all tickets": lambda: tickets.list_tickets(where(), offset=20_000, now=now),
            "overdue only": lambda: tickets.list_tickets(where(overdue_only=True), now=now),
            "search '四十'": lambda: tickets.list_tickets(where(search="四十"), now=now),
            "one customer's tickets": lambda: tickets.list_tickets(where(customer_id=4242), now=now),
            "counts per status": lambda: tickets.count_by_status(where(open_only=True), now=now),
            "counts per status, severity high": lambda: tickets.count_by_status(where(severity="high"), now=now),
            "one ticket with its events": lambda: tickets.get_ticket(TICKETS // 2 + 1),
        }
        for name, call in cases.items():
            print(f"{name:36s} {median_ms(call, runs):8.1f} ms")
        shop.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
