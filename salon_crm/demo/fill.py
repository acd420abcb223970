"""The demo shop (演示数据): a believable salon with two years of history.

For trying the app, training the desk and taking screenshots. Everything is drawn
from one ``random.Random(seed)`` and dated from ``today``, so the same seed on the
same day writes the same rows, byte for byte. The pieces live in the sibling modules:
catalogue (fixed data), people, visits, bookings, money, tickets and care.
"""

from __future__ import annotations

import json
import random
import sqlite3
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Any

from salon_crm.core import audit, chain, levels, users
from salon_crm.core import clock as shop_clock
from salon_crm.core.context import Actor
from salon_crm.core.enums import AppointmentStatus, AuditAction, PackageEntryKind, ServiceCategory, SourceChannel
from salon_crm.core.errors import ValidationError
from salon_crm.core.levels import LevelRule
from salon_crm.core.models import (
    Appointment,
    AppointmentService,
    BaseModel,
    CareContact,
    ComplaintTicket,
    Customer,
    CustomerTag,
    HealthConsent,
    LedgerEntry,
    MembershipLevel,
    PackageEntry,
    PackageItem,
    PackageUse,
    ServiceItem,
    ServicePackage,
    ServiceRecord,
    ServiceRecordLine,
    ShiftException,
    ShopSetting,
    Staff,
    StaffShift,
    SurveyResponse,
    Tag,
    TicketEvent,
    TimeOff,
    database_proxy,
)
from salon_crm.core.search_text import customer_search_text
from salon_crm.demo import catalogue as cat
from salon_crm.demo.bookings import Bill, Booking, book
from salon_crm.demo.care import make_care, make_surveys
from salon_crm.demo.money import Till
from salon_crm.demo.people import Profile, make_profiles
from salon_crm.demo.tickets import make_tickets
from salon_crm.demo.visits import Clock, Habit, allocate, plan_requests

CUSTOMERS = 600
POTENTIAL = 40  # customers on file who never came (yet)

Row = dict[str, Any]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo shop received."""

    staff: int
    service_items: int
    customers: int
    service_records: int
    appointments: int
    tickets: int
    surveys: int
    ledger_entries: int


def shop_is_empty() -> bool:
    """True when the bound database has no customers, no staff and no service items."""
    return not any(model.select().exists() for model in (Customer, Staff, ServiceItem))


# The tables in an order that satisfies their foreign keys, in three groups so the
# progress bar moves while the rows are written.
WRITE_ORDER: tuple[tuple[type[BaseModel], ...], ...] = (
    (ShopSetting, Staff, StaffShift, ShiftException, TimeOff, ServiceItem, Customer, HealthConsent, CustomerTag),
    (
        Appointment,
        AppointmentService,
        ServiceRecord,
        ServiceRecordLine,
        ServicePackage,
        PackageUse,
        PackageItem,
        PackageEntry,
    ),
    (ComplaintTicket, TicketEvent, SurveyResponse, LedgerEntry, CareContact),
)
GENERATION_STEPS = 7


def fill_demo_shop(
    actor: Actor,
    *,
    seed: int = 1,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty shop with the demo salon, in one transaction with one audit entry.

    Visits, bills, surveys and ledger rows end by ``now`` (the app's clock by
    default); bookings after it stay booked. Raises ``ValidationError("demo_shop_not_empty")``
    and writes nothing when the shop already has customers, staff or service items.
    ``progress(done, total)`` is called at the start and after each phase.
    """
    dates = Clock.at(now or shop_clock.now())  # the app's clock: nothing is written later than it
    steps = _Steps(progress, GENERATION_STEPS + len(WRITE_ORDER))
    with database_proxy.atomic():
        if not shop_is_empty():
            raise ValidationError("demo_shop_not_empty")
        rows = _generate(random.Random(seed), dates, steps)
        for group in WRITE_ORDER:
            for model in group:
                _insert(model, rows[model])
            steps.step()
        summary = DemoSummary(
            staff=len(rows[Staff]),
            service_items=len(rows[ServiceItem]),
            customers=len(rows[Customer]),
            service_records=len(rows[ServiceRecord]),
            appointments=len(rows[Appointment]),
            tickets=len(rows[ComplaintTicket]),
            surveys=len(rows[SurveyResponse]),
            ledger_entries=len(rows[LedgerEntry]),
        )
        audit.record(actor, AuditAction.IMPORT, "shop", "demo", None, {"seed": seed, **asdict(summary)})
        if not users.has_users():  # logins owner, desk and stylist, password "demo" (README)
            staff_ids = {login: index + 1 for login, index in cat.LOGIN_STAFF.items()}  # staff ids follow STAFF
            users.add_demo_users(actor, at=dates.now, staff_ids=staff_ids)
    return summary


class _Steps:
    """Reports the phases done to the caller's progress bar, if there is one."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0
        if progress is not None:
            progress(0, total)

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)


def _generate(rng: random.Random, clock: Clock, steps: _Steps) -> dict[type[BaseModel], list[Row]]:
    """Every row of the demo shop, by model; generating writes only levels and tags."""
    rows: dict[type[BaseModel], list[Row]] = {ShopSetting: _settings_rows(), ServiceItem: _item_rows()}
    rows.update(_staff_rows(clock))
    levels = _levels()
    profiles = make_profiles(rng, CUSTOMERS, clock.today.year)
    potential = set(rng.sample(range(CUSTOMERS), POTENTIAL))
    habits, requests = plan_requests(rng, profiles, potential, clock)
    steps.step()
    visits = allocate(rng, requests, clock)
    steps.step()
    bookings, bills = book(rng, visits, clock)
    # Customer ids follow the order their files were made in, as in a real shop.
    created = _created_at(rng, clock, habits, bookings, bills)
    cid = [0] * CUSTOMERS
    for rank, cidx in enumerate(sorted(range(CUSTOMERS), key=lambda c: (created[c], c)), start=1):
        cid[cidx] = rank
    steps.step()
    visited = {bill.visit.cidx for bill in bills}
    never = [c for c in range(CUSTOMERS) if c not in visited]
    tickets = make_tickets(rng, clock, bills, [p.name for p in profiles], created, never, cid)
    steps.step()
    books = Till(rng, levels, profiles, cid, clock.now).run(bills, tickets.compensations, tickets.cited)
    steps.step()
    rows[SurveyResponse] = make_surveys(rng, clock, bills, books.voided, tickets.cited, cid)
    rows[CareContact] = make_care(rng, clock, bills, books.voided, profiles, cid)
    steps.step()
    customers = _customer_rows(rng, profiles, habits, created, cid, books.level)
    rows[Customer] = sorted(customers, key=lambda row: row["id"])
    # the demo's customers with allergy or skin notes agreed to keeping them when their file was made
    rows[HealthConsent] = [
        {"customer": row["id"], "given_on": row["created_at"].date()}
        for row in rows[Customer]
        if row["allergies"] or row["skin_type"]
    ]
    rows[CustomerTag] = _tag_rows(rng, clock, profiles, created, cid, books.spent, bookings)
    rows[Appointment], rows[AppointmentService] = _booking_rows(bookings, cid)
    rows[ServiceRecord] = books.records
    rows[ServiceRecordLine] = _numbered(books.lines)
    rows[ServicePackage] = books.packages
    rows[PackageUse] = _numbered(books.uses)
    rows[PackageItem] = [{"package": row["id"], "service_item": row["service_item"]} for row in books.packages]
    rows[PackageEntry] = _package_entries(books.packages, rows[PackageUse], bills_of=books.records)
    rows[ComplaintTicket] = tickets.tickets
    rows[TicketEvent] = _numbered(tickets.events)
    rows[LedgerEntry] = books.ledger
    chain.seal_ledger_rows(rows[LedgerEntry])  # sealed as the app seals each row it writes
    steps.step()
    return rows


def _package_entries(packages: list[Row], uses: list[Row], *, bills_of: list[Row]) -> list[Row]:
    """Each demo package's ledger as ``core.packages`` writes it: the sale, then one use per bill."""
    actor = {row["id"]: row.get("actor", "desk") for row in bills_of}
    by_package: dict[int, list[Row]] = {}
    for use in uses:
        by_package.setdefault(use["package"], []).append(use)
    entries: list[Row] = []
    for package in packages:
        left = int(package["sessions_total"])
        entries.append(
            {"package": package["id"], "at": package["bought_at"], "kind": PackageEntryKind.SALE.value,
             "sessions_delta": left, "sessions_after": left, "amount": package["price_paid"],
             "payment_method": None, "service_record": None, "seller": None, "actor": "desk"}
        )  # fmt: skip
        for use in sorted(by_package.get(package["id"], []), key=lambda row: (row["used_at"], row["id"])):
            left -= 1
            entries.append(
                {"package": package["id"], "at": use["used_at"], "kind": PackageEntryKind.USE.value,
                 "sessions_delta": -1, "sessions_after": left, "amount": Decimal("0.00"), "payment_method": None,
                 "service_record": use["record"], "seller": None, "actor": actor.get(use["record"], "desk")}
            )  # fmt: skip
    return _numbered(entries)


def _numbered(rows: list[Row]) -> list[Row]:
    """Give rows ids in their order, so a second run gives the same ids."""
    return [{"id": n, **row} for n, row in enumerate(rows, start=1)]


def _settings_rows() -> list[Row]:
    values = {"shop_name": cat.SHOP_NAME, "opening_hours": cat.OPENING_HOURS}
    return [{"key": key, "value": json.dumps(value, ensure_ascii=False)} for key, value in values.items()]


def _staff_rows(clock: Clock) -> dict[type[BaseModel], list[Row]]:
    staff: list[Row] = []
    shifts: list[Row] = []
    changes: list[Row] = []
    absences: list[Row] = []
    for n, spec in enumerate(cat.STAFF):
        hired = clock.first_day - timedelta(days=365 * spec.hired_years_before + 17 * n)
        staff.append(
            {
                "id": n + 1,
                "name": spec.name,
                "role": spec.role.value,
                "skills": ",".join(c.value for c in ServiceCategory if c in spec.skills),
                "phone": spec.phone,
                "active": True,
                "sort_order": n + 1,
                "created_at": datetime.combine(hired, time(10, 0)),
            }
        )
        for weekday, code in enumerate(spec.week):
            if code in cat.SHIFT_HOURS:
                start, end = cat.SHIFT_HOURS[code]
                shifts.append(
                    {"id": len(shifts) + 1, "staff": n + 1, "weekday": weekday, "start_time": start, "end_time": end}
                )
    for change in cat.SHIFT_CHANGES:
        changes.append(
            {
                "id": len(changes) + 1,
                "staff": change.staff + 1,
                "day": clock.today + timedelta(days=change.days),
                "start_time": change.hours[0] if change.hours else None,
                "end_time": change.hours[1] if change.hours else None,
                "note": change.note,
            }
        )
    for absence in cat.ABSENCES:
        first = clock.today + timedelta(days=absence.days)
        last = first + timedelta(days=absence.length - 1)
        opens, closes = absence.hours or (cat.OPENS, cat.CLOSES)
        absences.append(
            {
                "id": len(absences) + 1,
                "staff": absence.staff + 1,
                "starts_at": datetime.combine(first, opens),
                "ends_at": datetime.combine(last, closes),
                "reason": absence.reason,
            }
        )
    return {Staff: staff, StaffShift: shifts, ShiftException: changes, TimeOff: absences}


def _item_rows() -> list[Row]:
    return [
        {
            "id": n + 1,
            "name": item.name,
            "category": item.category.value,
            "price": item.price,
            "duration_minutes": item.minutes,
            "active": True,
            "sort_order": n + 1,
        }
        for n, item in enumerate(cat.ITEMS)
    ]


def _levels() -> list[LevelRule]:
    """The shop's membership levels, creating the standard four when there are none."""
    if not MembershipLevel.select().exists():
        MembershipLevel.insert_many(
            [
                {
                    "id": spec.rank,
                    "name": spec.name,
                    "rank": spec.rank,
                    "price_rate": spec.price_rate,
                    "upgrade_threshold": spec.threshold,
                    "points_per_yuan": 1,
                }
                for spec in cat.LEVELS
            ]
        ).execute()
    return levels.level_rules()


def _created_at(
    rng: random.Random,
    clock: Clock,
    habits: dict[int, Habit],
    bookings: list[Booking],
    bills: list[Bill],
) -> list[datetime]:
    """When each customer's file was made: before their first visit or booking."""
    first_seen: dict[int, datetime] = {}
    for bill in bills:
        first_seen.setdefault(bill.visit.cidx, bill.visited_at)
    for booking in bookings:
        cidx = booking.visit.cidx
        first_seen[cidx] = min(first_seen.get(cidx, booking.created_at), booking.created_at)
    created = []
    for cidx in range(CUSTOMERS):
        habit = habits.get(cidx)
        moment = time(rng.randint(10, 20), rng.randrange(0, 60, 5))
        if habit is not None and habit.regular:
            day = clock.first_day - timedelta(days=rng.randint(30, 1100))
            created.append(datetime.combine(day, moment))
        elif cidx in first_seen:
            created.append(first_seen[cidx] - timedelta(minutes=rng.randint(2, 15)))
        else:
            day = clock.first_day + timedelta(days=rng.randrange(cat.HISTORY_DAYS - 1))
            created.append(datetime.combine(day, moment))
    return created


def _customer_rows(
    rng: random.Random,
    profiles: list[Profile],
    habits: dict[int, Habit],
    created: list[datetime],
    cid: list[int],
    levels: dict[int, int | None],
) -> list[Row]:
    by_time = sorted(range(CUSTOMERS), key=lambda c: (created[c], c))
    times = [created[c] for c in by_time]
    rows = []
    for cidx, p in enumerate(profiles):
        source, referrer = p.source, None
        if source is SourceChannel.REFERRAL:
            known = bisect_left(times, created[cidx] - timedelta(days=1))
            if known:
                referrer = cid[by_time[rng.randrange(known)]]
            else:
                source = SourceChannel.WALK_IN  # nobody was there yet to refer them
        habit = habits.get(cidx)
        consent_on = None
        if p.marketing_consent:
            consent_on = created[cidx].date()
        rows.append(
            {
                "id": cid[cidx],
                "name": p.name,
                "gender": p.gender.value,
                "birth_year": p.birth_year,
                "birth_month": p.birth_month,
                "birth_day": p.birth_day,
                "phone": p.phone,
                "wechat": p.wechat,
                "email": p.email,
                "address": p.address,
                "occupation": p.occupation,
                "source": source.value,
                "referrer": referrer,
                "preferred_stylist": habit.usual + 1 if habit and habit.declared and habit.usual is not None else None,
                "level": levels.get(cidx),
                "notes": p.notes,
                "skin_type": p.skin_type,
                "hair_type": p.hair_type,
                "allergies": p.allergies,
                "preferences": p.preferences,
                "marketing_consent": p.marketing_consent,
                "marketing_consent_on": consent_on,
                "search_text": customer_search_text(p.name, p.phone, p.wechat),
                "created_at": created[cidx],
                "updated_at": created[cidx],
                "anonymised_at": None,
                "merged_into": None,
            }
        )
    return rows


def _tag_ids() -> dict[str, int]:
    """Ids of the demo's manual tags, creating those the shop does not have yet."""
    have = {tag.name for tag in Tag.select(Tag.name)}
    missing = [{"name": name, "kind": "manual", "color": color} for name, color in cat.TAGS if name not in have]
    if missing:
        Tag.insert_many(missing).execute()
    return {tag.name: tag.id for tag in Tag.select().where(Tag.name.in_([n for n, _ in cat.TAGS]))}


def _tag_rows(
    rng: random.Random,
    clock: Clock,
    profiles: list[Profile],
    created: list[datetime],
    cid: list[int],
    spent: dict[int, Decimal],
    bookings: list[Booking],
) -> list[Row]:
    ids = _tag_ids()
    no_shows: dict[int, int] = {}
    for booking in bookings:
        if booking.status is AppointmentStatus.NO_SHOW:
            no_shows[booking.visit.cidx] = no_shows.get(booking.visit.cidx, 0) + 1
    top = sorted(spent, key=lambda c: (-spent[c], c))[:15]
    tagged: list[tuple[int, str]] = [(c, "VIP") for c in top]
    for cidx, p in enumerate(profiles):
        if p.skin_type == "敏感肌" or (p.allergies and rng.random() < 0.5):
            tagged.append((cidx, "敏感肌"))
        if p.occupation == "学生":
            tagged.append((cidx, "学生"))
        if "温度" in p.preferences or rng.random() < 0.01:
            tagged.append((cidx, "怕烫"))
        if no_shows.get(cidx, 0) >= 2:
            tagged.append((cidx, "需提醒预约"))
    rows = []
    for cidx, name in tagged:
        latest = clock.now - timedelta(hours=1)
        moment = min(created[cidx] + timedelta(days=rng.randint(0, 60), minutes=5), latest)
        rows.append({"customer": cid[cidx], "tag": ids[name], "created_at": max(moment, created[cidx])})
    rows.sort(key=lambda row: (row["customer"], row["tag"]))
    return rows


def _booking_rows(bookings: list[Booking], cid: list[int]) -> tuple[list[Row], list[Row]]:
    appointments: list[Row] = []
    services: list[Row] = []
    for b in bookings:
        v = b.visit
        appointments.append(
            {
                "id": b.id,
                "customer": cid[v.cidx],
                "stylist": v.staff + 1,
                "starts_at": v.start,
                "ends_at": v.end,
                "status": b.status.value,
                "cancel_reason": b.cancel_reason,
                "note": b.note,
                "series": None,
                "created_at": b.created_at,
                "updated_at": b.updated_at,
            }
        )
        for position, item in enumerate(v.items):
            spec = cat.ITEMS[item]
            services.append(
                {
                    "id": len(services) + 1,
                    "appointment": b.id,
                    "service_item": item + 1,
                    "duration_minutes": spec.minutes,
                    "price": spec.price,
                    "position": position,
                }
            )
    return appointments, services


def _insert(model: type[BaseModel], rows: list[Row]) -> None:
    """Bulk insert with one ``executemany`` per table.

    Plain SQL because building peewee's INSERT text took most of the demo's time
    (as in the customer import); each value still goes through its field's
    ``db_value``, so the rows are stored exactly as peewee would store them.
    """
    if not rows:
        return
    names = list(rows[0])
    fields = [model._meta.fields[name] for name in names]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    if model is ShopSetting:  # the name may have been set before the demo was asked for
        sql += ' ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"'
    values = [tuple(field.db_value(row[name]) for field, name in zip(fields, names, strict=True)) for row in rows]
    connection: sqlite3.Connection = database_proxy.connection()
    connection.executemany(sql, values)
