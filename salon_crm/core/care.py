"""Care lists (客户关怀): who to call today, and ticking the call off.

- Birthdays this week or this month (a greeting not yet sent this year).
- Follow-up calls (回访) due a configurable number of days after a visit.
- Dormant customers to win back (no visit for ``active_days``, not yet lost).
- At-risk customers: their gap since the last visit is well beyond their own rhythm.

A call done is a ``CareContact`` (with its audit entry); it takes the customer off
the list it came from and shows on their timeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from peewee import JOIN, Expression, fn

from salon_crm.core import audit, clock, holidays, packages, segments
from salon_crm.core.context import Actor
from salon_crm.core.customers import id_among, is_listed, may_be_marketed_to
from salon_crm.core.enums import AuditAction, CareKind, ServiceCategory
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import (
    CareContact,
    Customer,
    ServiceItem,
    ServicePackage,
    ServiceRecord,
    ServiceRecordLine,
    Staff,
    database_proxy,
)
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.segments import SegmentSettings
from salon_crm.core.shop import get_setting

FOLLOW_UP_DAYS_KEY = "follow_up_days"
FOLLOW_UP_BY_CATEGORY_KEY = "follow_up_days_by_category"  # {"colour": 7}: a category's own wait
OWN_DAYS_KEY = "shop_own_days"  # [["店庆", 5, 18]]: the shop's own greeting days
DEFAULT_FOLLOW_UP_DAYS = 3
FOLLOW_UP_DAYS_MAX = 60
FOLLOW_UP_WINDOW_DAYS = 14  # a call more than two weeks late is no longer worth making
WIN_BACK_PAUSE_DAYS = 30  # after a win-back call, leave the customer be for a month
NOTE_MAX = 500


@dataclass(frozen=True)
class CareItem:
    """One customer on a care list, with what the call is about."""

    customer_id: int
    name: str
    phone: str
    kind: str  # the CareKind a call for it records
    due: date
    last_visit: datetime | None = None
    services: str = ""
    stylist: str = ""
    service_record_id: int | None = None
    birthday: date | None = None  # this year's date of the birthday
    days_since_last_visit: int | None = None
    usual_gap_days: float | None = None
    allergies: str = ""
    festival: str = ""  # the holiday greeted: a core.holidays.Festival code, or a shop's own day's name
    package_left: int | None = None  # sessions unused of a package that is about to expire


@dataclass(frozen=True)
class CareContactRow:
    id: int
    customer_id: int
    kind: str
    done_at: datetime
    note: str
    service_record_id: int | None


def follow_up_days() -> int:
    """Days after a visit when the follow-up call is due (a shop setting)."""
    value = get_setting(FOLLOW_UP_DAYS_KEY, DEFAULT_FOLLOW_UP_DAYS)
    return int(value) if _is_days(value) else DEFAULT_FOLLOW_UP_DAYS


def _is_days(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= FOLLOW_UP_DAYS_MAX


def follow_up_days_by_category() -> dict[str, int]:
    """The categories with their own wait before the call (a colour's 7 days), others take the shop's."""
    stored = get_setting(FOLLOW_UP_BY_CATEGORY_KEY, {}) or {}
    known = {category.value for category in ServiceCategory}
    if not isinstance(stored, dict):
        return {}  # a damaged setting falls back to the shop's one number
    return {str(key): int(value) for key, value in stored.items() if key in known and _is_days(value)}


def follow_up_days_for(categories: Iterable[str], by_category: dict[str, int], default: int) -> int:
    """The wait before a visit's call: the shortest of its services' categories' own, else the shop's."""
    own = [by_category[category] for category in categories if category in by_category]
    return min(own) if own else default


def own_days() -> tuple[holidays.OwnDay, ...]:
    """The shop's own greeting days (Settings → Rules); a damaged entry is left out."""
    stored = get_setting(OWN_DAYS_KEY, []) or []
    days = []
    for entry in stored if isinstance(stored, list) else []:
        try:
            name, month, day = entry
            date(2024, int(month), int(day))  # a leap year: 29 February is a day
            days.append(holidays.OwnDay(str(name), int(month), int(day)))
        except (TypeError, ValueError):
            continue
    return tuple(days)


def _day(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def _people(ids: Iterable[int], listed: Expression) -> dict[int, tuple[str, str, str]]:
    """Name, phone and allergies of the customers ``listed`` selects, by id."""
    query = Customer.select(Customer.id, Customer.name, Customer.phone, Customer.allergies).where(
        listed & id_among(set(ids))
    )
    # the cursor's own rows: peewee's conversion of each column cost more than the read (6,500 at risk)
    cursor = database_proxy.execute(query)
    return {cid: (name, phone, allergies.strip()) for cid, name, phone, allergies in cursor}


def _contacted_since(kind: CareKind, since: datetime) -> set[int]:
    query = CareContact.select(CareContact.customer).where(
        (CareContact.kind == kind.value) & (CareContact.done_at >= since)
    )
    return {int(row[0]) for row in cast(Iterable[tuple[int]], query.tuples())}


# --- birthdays ------------------------------------------------------------------------


def _span(day: date, span: str) -> tuple[date, date]:
    """The week (Monday to Sunday) or calendar month around ``day``."""
    if span == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if span == "month":
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return date(day.year, day.month, 1), following - timedelta(days=1)
    raise ValueError(f"unknown span {span!r}")


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def birthdays(today: date, span: str = "week") -> list[CareItem]:
    """Listed customers whose birthday falls in this ``week`` or ``month``, not yet greeted."""
    start, end = _span(today, span)
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    clause: Any = None
    for day in days:
        one = (Customer.birth_month == day.month) & (Customer.birth_day == day.day)
        clause = one if clause is None else clause | one
    if any((day.month, day.day) == (2, 28) for day in days) and not _is_leap(today.year):
        # 29 February birthdays are greeted on the 28th in other years
        clause = clause | ((Customer.birth_month == 2) & (Customer.birth_day == 29))
    greeted = _contacted_since(CareKind.BIRTHDAY, _day(start - timedelta(days=14)))
    query = Customer.select(
        Customer.id, Customer.name, Customer.phone, Customer.birth_month, Customer.birth_day, Customer.allergies
    ).where(may_be_marketed_to() & clause)  # a greeting is marketing: only with consent
    items = []
    on_day = {(day.month, day.day): day for day in days}
    on_day.setdefault((2, 29), on_day.get((2, 28), today))
    for cid, name, phone, month, mday, allergies in cast(Iterable[tuple[int, str, str, int, int, str]], query.tuples()):
        if cid in greeted:
            continue
        birthday = on_day[(month, mday)]
        items.append(
            CareItem(
                cid, name, phone, CareKind.BIRTHDAY.value, birthday, birthday=birthday, allergies=allergies.strip()
            )
        )
    return sorted(items, key=lambda item: (item.due, item.name))


# --- packages about to expire --------------------------------------------------------------

EXPIRING_DAYS = 30


def packages_expiring(today: date, days: int = EXPIRING_DAYS) -> list[CareItem]:
    """Customers whose package (次卡) ends within ``days`` with sessions unused: a reminder, not marketing."""
    ending = ServicePackage.select(ServicePackage.customer).where(
        ServicePackage.expires_on.between(today, today + timedelta(days=days))
    )
    # a reminder made within the window takes the customer off the list, as a call does on every other list
    reminded = _contacted_since(CareKind.REMINDER, _day(today - timedelta(days=days)))
    customer_ids = {int(row[0]) for row in cast(Iterable[tuple[int]], ending.tuples())} - reminded
    people = _people(customer_ids, is_listed())
    items = []
    for cid in sorted(people):
        for row in packages.packages_of(cid):
            ends = row.expires_on
            if row.sessions_left > 0 and ends is not None and today <= ends <= today + timedelta(days=days):
                name, phone, allergies = people[cid]
                items.append(
                    CareItem(
                        cid, name, phone, CareKind.REMINDER.value, ends, allergies=allergies,
                        services=row.service_name, package_left=row.sessions_left,
                    )
                )  # fmt: skip
    return sorted(items, key=lambda item: (item.due, item.name))


# --- holiday greetings ------------------------------------------------------------------

GREET_IF_SEEN_DAYS = 365  # a greeting goes to customers seen within the last year


def holiday_greetings(today: date) -> list[CareItem]:
    """In the two weeks before a festival: customers seen in the last year, with marketing consent, not yet greeted."""
    coming = holidays.coming_festival(today, own=own_days())
    if coming is None:
        return []
    seen = _last_visits(_day(today - timedelta(days=GREET_IF_SEEN_DAYS)), _day(today + timedelta(days=1)))
    greeted = _contacted_since(CareKind.HOLIDAY, _day(coming.day - timedelta(days=holidays.GREET_DAYS_AHEAD + 7)))
    people = _people([cid for cid in seen if cid not in greeted], may_be_marketed_to())  # a greeting is marketing
    items = [
        CareItem(
            cid, name, phone, CareKind.HOLIDAY.value, coming.day, last_visit=seen[cid],
            allergies=allergies, festival=coming.code,
        )
        for cid, (name, phone, allergies) in people.items()
    ]  # fmt: skip
    return sorted(items, key=lambda item: item.name)


# --- follow-up calls ------------------------------------------------------------------


def follow_ups_due(today: date, days: int | None = None, *, customer_id: int | None = None) -> list[CareItem]:
    """The latest visit of each customer whose follow-up call is due and not yet made.

    The wait is ``days`` when given, else the shop's, or the visit's categories' own
    (:func:`follow_up_days_for`).
    """
    after = follow_up_days() if days is None else days
    by_category = follow_up_days_by_category() if days is None else {}
    waits = [after, *by_category.values()]
    latest_due = _day(today - timedelta(days=min(waits)) + timedelta(days=1))
    earliest = _day(today - timedelta(days=max(waits) + FOLLOW_UP_WINDOW_DAYS))
    query = (
        ServiceRecord.select(ServiceRecord.id, ServiceRecord.customer, ServiceRecord.visited_at)
        .where(
            ServiceRecord.voided_at.is_null()
            & (ServiceRecord.visited_at >= earliest)
            & (ServiceRecord.visited_at < latest_due)
        )
        .order_by(ServiceRecord.visited_at)
    )
    if customer_id is not None:
        query = query.where(ServiceRecord.customer == customer_id)
    rows = list(cast(Iterable[tuple[int, int, datetime]], query.tuples()))
    categories = _categories_of([record_id for record_id, _cid, _visited in rows]) if by_category else {}
    latest: dict[int, tuple[int, datetime]] = {}
    wait_of: dict[int, int] = {}
    for record_id, cid, visited in rows:
        wait = follow_up_days_for(categories.get(record_id, ()), by_category, after)
        due = visited.date() + timedelta(days=wait)
        if due <= today and (today - due).days <= FOLLOW_UP_WINDOW_DAYS:  # due, and not too late to call
            latest[cid] = (record_id, visited)
            wait_of[record_id] = wait
    if not latest:
        return []
    called = CareContact.select(CareContact.customer, fn.MAX(CareContact.done_at)).where(
        (CareContact.kind == CareKind.FOLLOW_UP.value) & (CareContact.done_at >= earliest)
    )
    last_call = dict(cast(Iterable[tuple[int, datetime]], called.group_by(CareContact.customer).tuples()))
    open_records = {cid: record for cid, record in latest.items() if cid not in last_call or last_call[cid] < record[1]}
    services = _services_of([record_id for record_id, _ in open_records.values()])
    people = _people(open_records, is_listed())  # a follow-up call is service: no consent needed
    items = []
    for cid, (record_id, visited) in open_records.items():
        if cid not in people:
            continue
        name, phone, allergies = people[cid]
        what, who = services.get(record_id, ("", ""))
        items.append(
            CareItem(
                cid, name, phone, CareKind.FOLLOW_UP.value, visited.date() + timedelta(days=wait_of[record_id]),
                last_visit=visited, services=what, stylist=who, service_record_id=record_id,
                days_since_last_visit=(today - visited.date()).days, allergies=allergies,
            )
        )  # fmt: skip
    return sorted(items, key=lambda item: (item.due, item.name))


def _categories_of(record_ids: Sequence[int]) -> dict[int, set[str]]:
    """The service categories of each record."""
    found: dict[int, set[str]] = {}
    for start in range(0, len(record_ids), 500):
        query = (
            ServiceRecordLine.select(ServiceRecordLine.record, ServiceItem.category)
            .join(ServiceItem)
            .where(ServiceRecordLine.record.in_(list(record_ids[start : start + 500])))
            .tuples()
        )
        for record_id, category in cast(Iterable[tuple[int, str]], query):
            found.setdefault(record_id, set()).add(category)
    return found


def _services_of(record_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """The service names and stylists of each record."""
    names: dict[int, tuple[list[str], list[str]]] = {}
    for start in range(0, len(record_ids), 500):
        query = (
            ServiceRecordLine.select(ServiceRecordLine.record, ServiceItem.name, Staff.name)
            .join(ServiceItem)
            .switch(ServiceRecordLine)
            .join(Staff, JOIN.LEFT_OUTER)
            .where(ServiceRecordLine.record.in_(list(record_ids[start : start + 500])))
            .order_by(ServiceRecordLine.id)
            .tuples()
        )
        for record_id, item, stylist in cast(Iterable[tuple[int, str, str | None]], query):
            services, staff = names.setdefault(record_id, ([], []))
            services.append(item)
            if stylist and stylist not in staff:
                staff.append(stylist)
    return {key: (" + ".join(items), ", ".join(staff)) for key, (items, staff) in names.items()}


# --- win back and at risk ---------------------------------------------------------------


_LAST_VISIT_IN = '"last_visit" >= ? AND "last_visit" < ?'  # on the kept figures (``customer_stats``)


def _read_last_visits(where: str, params: Sequence[object]) -> dict[int, datetime]:
    """Last visits from the kept figures, read as text and parsed by ``fromisoformat``: peewee's
    per-row conversion of 46,000 rows was half the at-risk list's time."""
    # in the order of the last-visit index, as the lists always read them (ties keep that order)
    cursor = database_proxy.execute_sql(
        f'SELECT "customer_id", "last_visit" FROM "customer_stats" WHERE {where} ORDER BY "last_visit", "customer_id"',
        params,
    )
    return {int(cid): datetime.fromisoformat(at) for cid, at in cursor}


def _last_visits(low: datetime, high: datetime) -> dict[int, datetime]:
    """Customers whose last visit lies in [low, high): a range of the kept figures' index, not a million bills."""
    return _read_last_visits(_LAST_VISIT_IN, (low.isoformat(sep=" "), high.isoformat(sep=" ")))


def _lapsed_items(
    kind: CareKind, today: date, last: dict[int, datetime], gaps: dict[int, float | None]
) -> list[CareItem]:
    paused = _contacted_since(CareKind.WIN_BACK, _day(today - timedelta(days=WIN_BACK_PAUSE_DAYS)))
    people = _people((cid for cid in last if cid not in paused), may_be_marketed_to())  # win-back is marketing
    items = []
    for cid, visited in last.items():
        if cid in paused or cid not in people:
            continue
        name, phone, allergies = people[cid]
        items.append(
            CareItem(
                cid, name, phone, kind.value, today, last_visit=visited,
                days_since_last_visit=(today - visited.date()).days, usual_gap_days=gaps.get(cid),
                allergies=allergies,
            )
        )  # fmt: skip
    return items


def dormant(today: date, settings: SegmentSettings | None = None) -> list[CareItem]:
    """Dormant customers (沉睡) to win back: last visit between ``active_days`` and ``dormant_days`` ago."""
    chosen = settings or segments.segment_settings()
    last = _last_visits(
        _day(today - timedelta(days=chosen.dormant_days)), _day(today - timedelta(days=chosen.active_days))
    )
    items = _lapsed_items(CareKind.WIN_BACK, today, last, {})
    return sorted(items, key=lambda item: (item.last_visit or datetime.min, item.customer_id), reverse=True)


def at_risk(today: date, settings: SegmentSettings | None = None) -> list[CareItem]:
    """Customers gone well past their own rhythm (流失预警), not yet lost."""
    chosen = settings or segments.segment_settings()
    low = _day(today - timedelta(days=chosen.dormant_days))
    high = _day(today - timedelta(days=chosen.churn_min_days) + timedelta(days=1))
    with database_proxy.atomic():  # one snapshot: the last visits and the gaps agree
        # the rule needs RHYTHM_DAYS visit days, so customers with fewer bills cannot be warned (15 % of them);
        # the last visit's day comes as a number, and only the warned few's times are parsed
        cursor = database_proxy.execute_sql(
            f'SELECT "customer_id", {segments.day_ordinal("last_visit")}, "last_visit" FROM "customer_stats" '
            f'WHERE {_LAST_VISIT_IN} AND "visits" >= ? ORDER BY "last_visit", "customer_id"',
            (low.isoformat(sep=" "), high.isoformat(sep=" "), segments.RHYTHM_DAYS),
        )
        seen = cursor.fetchall()
        # each one's rhythm as kept (schema 12): 34,000 customers' visit days are read only after bills moved them
        gaps = segments.kept_usual_gaps([cid for cid, _day, _at in seen])
    today_ordinal = today.toordinal()
    last = {
        cid: datetime.fromisoformat(at)
        for cid, day, at in seen
        if segments.beyond_rhythm(today_ordinal - day, gaps[cid], chosen)
    }
    items = _lapsed_items(CareKind.WIN_BACK, today, last, gaps)

    def overdue(item: CareItem) -> float:
        return (item.days_since_last_visit or 0) / (item.usual_gap_days or 1)

    return sorted(items, key=overdue, reverse=True)


# --- ticking a call off -----------------------------------------------------------------


@guarded(Action.CARE_CALLS)
def record_contact(
    actor: Actor,
    customer_id: int,
    kind: str,
    *,
    note: str = "",
    service_record_id: int | None = None,
    at: datetime | None = None,
) -> CareContactRow:
    """A care call or message made; it takes the customer off its list."""
    if kind not in {member.value for member in CareKind}:
        raise ValidationError("care_kind_invalid", kind=kind)
    clean = note.strip()
    if len(clean) > NOTE_MAX:
        raise ValidationError("care_note_too_long", max=NOTE_MAX)
    with database_proxy.atomic():
        if not Customer.select().where((Customer.id == customer_id) & Customer.anonymised_at.is_null()).exists():
            raise NotFoundError("customer_not_found", customer_id=customer_id)
        if service_record_id is not None and not (
            ServiceRecord.select()
            .where((ServiceRecord.id == service_record_id) & (ServiceRecord.customer == customer_id))
            .exists()
        ):
            raise NotFoundError("service_record_not_found", record_id=service_record_id)
        contact = CareContact.create(
            customer=customer_id,
            kind=kind,
            done_at=(at or clock.now()).replace(microsecond=0),
            service_record=service_record_id,
            actor=actor.username,
            note=clean,
        )
        audit.record(actor, AuditAction.CREATE, "care_contact", contact.id, None, audit.snapshot(contact))
        return CareContactRow(contact.id, customer_id, kind, contact.done_at, clean, service_record_id)


def follow_up_overdue(customer_id: int, today: date) -> date | None:
    """When the customer's open follow-up call fell due, if it has (for the file's header)."""
    items = follow_ups_due(today, customer_id=customer_id)
    return items[0].due if items else None
