"""The benchmark's data folder: a busy shop written with bulk inserts, cached between runs.

The full size is the issue's plan for a shop that keeps years of data: 100,000
customers, 1,000,000 service records, 200,000 appointments, 10,000 tickets and
300,000 surveys. Writing it takes minutes, so the finished ``salon.db`` is kept under
``~/.cache/salon_crm_bench/`` in a folder named after the schema version, the bench's data
version and the sizes: a new schema builds a new one, an unchanged schema reuses it. Each run works
on a copy, because the app's start-up writes into its folder (the day's backup).
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from bench.customers_list import build as build_customers_and_bills
from salon_crm.core import migrations
from salon_crm.core.db import DB_FILENAME, open_shop
from salon_crm.core.models import database_proxy

DEFAULT_CACHE = Path.home() / ".cache" / "salon_crm_bench"
# part of the cached folder's name with the schema version: raise it when the data written changes
DATA_VERSION = 5  # 2: marketing consent for seven in ten; 3: no ANALYZE, as in a shop; 4: figures row per customer
# 5: bookings made up to 30 days before they start (all made 'today' hid a quadratic rebooking query)


@dataclass(frozen=True)
class Size:
    customers: int
    records: int
    appointments: int
    tickets: int
    surveys: int

    @property
    def label(self) -> str:
        return f"{self.customers:,} customers / {self.records:,} service records"


FULL = Size(customers=100_000, records=1_000_000, appointments=200_000, tickets=10_000, surveys=300_000)
QUICK = Size(customers=2_000, records=20_000, appointments=4_000, tickets=200, surveys=6_000)


@dataclass(frozen=True)
class BenchShop:
    """A built data folder and the day its data was written around (its 'today')."""

    folder: Path
    today: date
    size: Size
    build_seconds: float | None  # None when it came from the cache


# every dimension scored like the overall (?5), the recommend score apart (?6)
SURVEY_INSERT = (
    "INSERT INTO survey_response (customer_id, service_record_id, stylist_id, answered_at, channel, overall,"
    " stylist_skill, service_attitude, environment, waiting_time, value_for_money, recommend, comment)"
    " VALUES (?,?,?,?, 'in_shop', ?5, ?5, ?5, ?5, ?5, ?5, ?6, '')"
)
TICKET_CATEGORIES = ("service_quality", "staff_attitude", "price", "waiting_time", "environment")


def insert_tickets(
    connection: Any,
    rng: random.Random,
    *,
    count: int,
    customers: int,
    received: Callable[[], datetime],
    now: datetime,
    stamp: str,
) -> None:
    """``count`` complaint tickets, closed when their random closing time is before ``now``
    (shared with bench/satisfaction_tab.py)."""
    tickets = []
    for _ in range(count):
        at = received()
        closed = at + timedelta(hours=rng.randrange(2, 400))
        done = closed < now
        tickets.append(
            (
                rng.randrange(1, customers + 1),
                rng.choice(TICKET_CATEGORIES),
                rng.choice(("low", "medium", "high", "critical")),
                "closed" if done else "investigating",
                at.isoformat(" "),
                (at + timedelta(hours=rng.randrange(1, 30))).isoformat(" "),
                (at + timedelta(days=7)).isoformat(" "),
                closed.isoformat(" ") if done else None,
                rng.randrange(1, 6) if done else None,
                stamp,
            )
        )
    connection.executemany(
        "INSERT INTO complaint_ticket (customer_id, kind, channel, category, severity, status, description,"
        " received_at, first_response_at, resolution_due_at, closed_at, followup_score, solution,"
        " compensation_kind, compensation_amount, compensation_points, agreed_by, agreed_how, followup_note,"
        " created_at, updated_at) VALUES (?, 'complaint', 'phone', ?, ?, ?, '不满意', ?, ?, ?, ?, ?, '', 'none',"
        " 0, 0, '', '', '', ?10, ?10)",
        tickets,
    )


def _add_the_rest(size: Size, today: date, seed: int = 11) -> None:
    """Surveys on some bills, complaint tickets and a booking book, in SQL batches."""
    rng = random.Random(seed)
    connection = database_proxy.obj.connection()
    stamp = datetime.combine(today, time(9)).isoformat(" ")
    with database_proxy.atomic():
        # win-back and greetings name only customers who agreed to marketing: most did
        connection.execute(
            "UPDATE customer SET marketing_consent = 1, marketing_consent_on = ? WHERE id % 10 < 7", (today,)
        )
        bills = connection.execute(
            "SELECT r.id, r.customer_id, r.visited_at, l.stylist_id FROM service_record r "
            "JOIN service_record_line l ON l.record_id = r.id"
        ).fetchall()
        surveys = []
        for record_id, customer_id, visited_at, stylist_id in rng.sample(bills, min(size.surveys, len(bills))):
            overall = rng.choices((1, 2, 3, 4, 5), (1, 2, 6, 35, 56))[0]
            surveys.append((customer_id, record_id, stylist_id, visited_at, overall, rng.randrange(0, 11)))
        connection.executemany(SURVEY_INSERT, surveys)
        del bills, surveys
        now = datetime.combine(today, time(9))
        span = 730 * 24 * 60
        insert_tickets(
            connection,
            rng,
            count=size.tickets,
            customers=size.customers,
            received=lambda: now - timedelta(minutes=rng.randrange(span)),
            now=now,
            stamp=stamp,
        )
        # two years of bookings behind today and a month ahead, 45 minutes each, in opening hours
        bookings = []
        for number in range(1, size.appointments + 1):
            day = today + timedelta(days=rng.randrange(-730, 31))
            starts = datetime.combine(day, time(10)) + timedelta(minutes=15 * rng.randrange(40))
            status = "completed" if day < today else "booked"
            customer, stylist = rng.randrange(1, size.customers + 1), rng.randrange(1, 9)
            # made at the till or on the phone up to a month before, never after this morning
            made = min(starts - timedelta(days=rng.randrange(31), minutes=rng.randrange(600)), now)
            bookings.append((number, customer, stylist, starts, starts + timedelta(minutes=45), status, made))
        connection.executemany(
            "INSERT INTO appointment (id, customer_id, stylist_id, starts_at, ends_at, status, cancel_reason, note,"
            " series, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', '', NULL, ?7, ?7)",
            bookings,
        )
        connection.execute(
            "INSERT INTO appointment_service (appointment_id, service_item_id, duration_minutes, price, position)"
            " SELECT id, 1 + id % 12, 45, 68, 0 FROM appointment"
        )
    # no ANALYZE: the app never runs it, so a shop plans its queries without statistics
    # (with them the bench measured plans no shop gets: every page of the list was 20x faster)


def build(folder: Path, size: Size, today: date) -> None:
    """Write the whole shop into ``folder`` (which must hold no data file yet)."""
    shop = open_shop(folder)
    try:
        build_customers_and_bills(size.customers, size.records, today=today)
        _add_the_rest(size, today)
        database_proxy.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        shop.close()


def cached_shop(size: Size, cache: Path, *, today: date, rebuild: bool = False) -> BenchShop:
    """The built folder for ``size`` at the current schema, built first when missing."""
    import time as clock

    place = cache / f"schema{migrations.CURRENT_VERSION}-data{DATA_VERSION}-{size.customers}-{size.records}"
    meta_path = place / "bench.json"
    if rebuild and place.exists():
        shutil.rmtree(place)
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("size") == asdict(size) and (place / "data" / DB_FILENAME).exists():
            return BenchShop(place / "data", date.fromisoformat(meta["today"]), size, None)
        shutil.rmtree(place)
    # built beside its final place and renamed, so an interrupted build leaves no half folder
    partial = cache / (place.name + ".partial")
    if partial.exists():
        shutil.rmtree(partial)
    partial.mkdir(parents=True)
    started = clock.perf_counter()
    build(partial / "data", size, today)
    seconds = clock.perf_counter() - started
    (partial / "bench.json").write_text(json.dumps({"size": asdict(size), "today": today.isoformat()}), "utf-8")
    partial.rename(place)
    return BenchShop(place / "data", today, size, seconds)


def working_copy(shop: BenchShop, target: Path) -> BenchShop:
    """A copy of the built data file in ``target`` (the runs write into their folder)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shop.folder / DB_FILENAME, target / DB_FILENAME)
    return BenchShop(target, shop.today, shop.size, shop.build_seconds)
