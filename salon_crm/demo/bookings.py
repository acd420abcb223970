"""Turn placed visits into appointments (预约) and the visits that leave a bill.

The shop has taken bookings in the app for the last three months: most visits of
that time were booked, some walked in; some bookings were cancelled or missed.
Today is seen at the moment the demo is written: what ended before it is billed,
a few customers may be in the chairs, the rest of the day and the next two weeks
are booked. About half the customers book their next visit at the till as they
pay (the monthly report's rebooking rate).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from salon_crm.core.enums import AppointmentStatus
from salon_crm.demo.visits import Clock, Visit

BOOKED_SHARE = 0.85  # of visits since bookings started, the rest walked in
FUTURE_BOOKED_SHARE = 0.65  # of the coming visits, already on the sheet
REBOOKED_AT_TILL = 0.45  # of billed visits, the next one booked before leaving

CANCEL_REASONS = (
    "临时加班",
    "孩子生病，改天再约",
    "改约到下周",
    "下雨不方便出门",
    "身体不舒服",
    "临时出差",
    "和朋友约好了时间冲突",
)
BOOKING_NOTES = (
    "可能晚到10分钟",
    "上次颜色偏红，这次要调整",
    "带朋友一起来",
    "想换个短发，到店再商量",
    "需要安静的位置",
    "指定上次的洗头助理",
)


@dataclass(frozen=True)
class Booking:
    """An appointment of the demo shop; ``id`` is its row id."""

    id: int
    visit: Visit
    status: AppointmentStatus
    created_at: datetime
    updated_at: datetime
    cancel_reason: str
    note: str


@dataclass(frozen=True)
class Bill:
    """A visit that was billed: its service record id, time and booking if any."""

    id: int
    visit: Visit
    visited_at: datetime
    booking: int | None


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def _made_at(rng: random.Random, start: datetime, now: datetime) -> datetime:
    """When a booking for ``start`` was made: the same day, or days ahead."""
    roll = rng.random()
    if roll < 0.35:
        made = start - timedelta(minutes=rng.randint(30, 180))
    else:
        days = rng.randint(1, 3) if roll < 0.8 else rng.randint(4, 10)
        clock = time(rng.randint(9, 20), rng.choice((0, 10, 20, 30, 40, 50)))
        made = datetime.combine(start.date() - timedelta(days=days), clock)
    made = min(made, now - timedelta(minutes=rng.randint(5, 600)))
    evening = time(20, rng.choice((0, 15, 30, 45)))  # nobody answers the shop's phone at night
    if made.time() < time(9):
        made = datetime.combine(made.date() - timedelta(days=1), evening)
    elif made.time() > time(21):
        made = datetime.combine(made.date(), evening)
    return _minute(made)


def _cancelled_at(rng: random.Random, made: datetime, start: datetime, now: datetime) -> datetime:
    latest = min(start - timedelta(minutes=30), now)
    span = int((latest - made).total_seconds() // 60)
    return _minute(made + timedelta(minutes=rng.randint(1, span) if span > 1 else 1))


def _status(rng: random.Random, visit: Visit, clock: Clock) -> AppointmentStatus | None:
    """The appointment status a visit ends up with, or None when it was not booked."""
    if visit.kind == "cancelled":
        return AppointmentStatus.CANCELLED
    if visit.kind == "no_show":
        return AppointmentStatus.NO_SHOW
    if visit.kind == "in_shop" or visit.start < clock.now < visit.end:
        return AppointmentStatus.ARRIVED
    if visit.start.date() < clock.booking_from:
        return None
    if visit.end <= clock.now:
        return AppointmentStatus.COMPLETED if rng.random() < BOOKED_SHARE else None
    return AppointmentStatus.BOOKED if rng.random() < FUTURE_BOOKED_SHARE else None


def _rebooked_at_till(
    rng: random.Random, ordered: list[Visit], status: dict[Visit, AppointmentStatus | None], clock: Clock
) -> dict[Visit, datetime]:
    """Next visits booked at the till while paying for the one before: visit -> when booked.

    A next visit booked so becomes an appointment (completed, in the chair or booked,
    as its time says) even if it would have been a walk-in.
    """
    following: dict[Visit, Visit] = {}
    last_of: dict[int, Visit] = {}
    for visit in ordered:
        if visit.kind != "visit":
            continue
        before = last_of.get(visit.cidx)
        if before is not None and before.start.date() < visit.start.date():
            following[before] = visit
        last_of[visit.cidx] = visit
    booked_at: dict[Visit, datetime] = {}
    for visit, nxt in following.items():
        paid = visit.end <= clock.now
        if not paid or visit.start.date() < clock.booking_from or rng.random() >= REBOOKED_AT_TILL:
            continue
        booked_at[nxt] = _minute(max(visit.start, visit.end - timedelta(minutes=rng.randint(0, 10))))
        if status[nxt] is None:
            if nxt.start < clock.now < nxt.end:
                status[nxt] = AppointmentStatus.ARRIVED
            elif nxt.end <= clock.now:
                status[nxt] = AppointmentStatus.COMPLETED
            else:
                status[nxt] = AppointmentStatus.BOOKED
    return booked_at


def book(rng: random.Random, visits: list[Visit], clock: Clock) -> tuple[list[Booking], list[Bill]]:
    """Bookings ordered by when they were made, and bills ordered by visit time."""
    drafts: list[tuple[datetime, Visit, AppointmentStatus, datetime, str]] = []
    billed: list[Visit] = []
    ordered = sorted(visits, key=lambda v: (v.start, v.staff))
    status_of = {visit: _status(rng, visit, clock) for visit in ordered}
    booked_at = _rebooked_at_till(rng, ordered, status_of, clock)
    for visit in ordered:
        status = status_of[visit]
        if (
            visit.kind == "visit"
            and visit.end <= clock.now
            and (status is None or status is AppointmentStatus.COMPLETED)
        ):
            billed.append(visit)
        if status is None:
            continue
        made = booked_at.get(visit) or _made_at(rng, visit.start, clock.now)
        reason = ""
        if status is AppointmentStatus.CANCELLED:
            updated = _cancelled_at(rng, made, visit.start, clock.now)
            reason = rng.choice(CANCEL_REASONS)
        elif status is AppointmentStatus.NO_SHOW:
            updated = visit.start + timedelta(minutes=30)
        elif status is AppointmentStatus.ARRIVED:
            updated = visit.start - timedelta(minutes=rng.randint(0, 10))
        elif status is AppointmentStatus.COMPLETED:
            updated = visit.end
        else:
            updated = made
        drafts.append((made, visit, status, updated, reason))
    drafts.sort(key=lambda d: (d[0], d[1].start, d[1].staff))
    bookings = [
        Booking(
            id=n,
            visit=visit,
            status=status,
            created_at=made,
            updated_at=max(updated, made),
            cancel_reason=reason,
            note=rng.choice(BOOKING_NOTES) if rng.random() < 0.08 else "",
        )
        for n, (made, visit, status, updated, reason) in enumerate(drafts, start=1)
    ]
    by_visit = {b.visit: b.id for b in bookings if b.status is AppointmentStatus.COMPLETED}
    bills = []
    for n, visit in enumerate(billed, start=1):
        booking = by_visit.get(visit)
        # A walk-in is rung up when they sit down, not on the quarter hour.
        late = 0 if booking is not None else rng.randint(0, 10)
        bills.append(Bill(n, visit, visit.start + timedelta(minutes=late), booking))
    return bookings, bills
