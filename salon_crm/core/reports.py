"""The monthly report's figures (月度报表): KPIs beside the previous month and last year, and detail.

Computed from the tables here; satisfaction comes from ``surveys`` (``statistics_by_month``).
Complaint figures are computed here too (the complaints statistics module was not
in the tree when this was written). Definitions, so the sheet and a reader agree:

* revenue, visits: non-voided service records visited in the month; average ticket = revenue / visits.
  A line paid by a package session adds nothing to revenue: the package was paid when sold.
* pre-paid income: money taken in the month for later services: packages sold (their price) and
  card top-ups (the principal paid; the shop's bonus is not income). Not revenue.
* package consumption: the sessions used in the month (less those a void gave back), each valued
  at its package's price per session: what pre-paid money turned into services.
* new customers: first ever visit in the month; returning: a visit in the month and one before it.
* churn: of the customers with a visit in the 365 days before the month ends, the share the
  shop's churn rule (a gap well beyond their own rhythm, ``segments.churn_warning``) flags at
  month end; retention = 1 - churn.
* rebooking: the share of the month's visits on whose day the customer booked a next visit: an
  appointment made that calendar day (at the till, or by phone later that day) for a later day,
  whatever became of it (cancellations have their own rate). Not counted: one made on a later
  day, one for later the same day, one made on an earlier day (it counts for a visit of that day).
* no-show rate: no-shows / appointments due in the month (not cancelled); cancellation rate:
  cancelled / all appointments starting in the month.
* complaints (kind complaint): opened = received in the month; closed = closed in the month;
  overdue = open at month end past their resolution deadline; time to resolve = hours from
  received to closed for those closed in the month.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, cast

from peewee import JOIN, fn

from salon_crm.core import commission, packages, segments, surveys
from salon_crm.core.enums import AppointmentStatus, LedgerKind, PackageEntryKind, TicketKind
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import (
    Appointment,
    ComplaintTicket,
    Customer,
    CustomerStats,
    LedgerEntry,
    PackageEntry,
    ServiceItem,
    ServicePackage,
    ServiceRecord,
    ServiceRecordLine,
    Staff,
    database_proxy,
)
from salon_crm.core.money import FEN, money_sum
from salon_crm.core.shop import get_setting

ZERO = Decimal("0.00")
TOP_CUSTOMERS = 20
AT_RISK_LIMIT = 200
ACTIVE_BASE_DAYS = 365


@dataclass(frozen=True)
class Month:
    """A calendar month; ``start`` is its first day, ``end`` the first day of the next."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
        # 9999-12 would end on 10000-01-01, a day no calendar holds
        if not match or not 1 <= int(match.group(2)) <= 12 or not 1900 <= int(match.group(1)) <= 9998:
            raise ValidationError("report_month_invalid", month=text[:20])
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def start(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def end(self) -> date:
        return date(self.year + self.month // 12, self.month % 12 + 1, 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def last_year(self) -> Month:
        return Month(self.year - 1, self.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class Kpis:
    """The summary figures of one month (None where nothing could be measured)."""

    month: str
    revenue: Decimal
    visits: int
    average_ticket: Decimal
    new_customers: int
    returning_customers: int
    retention_rate: float | None
    churn_rate: float | None
    rebooking_rate: float | None
    no_show_rate: float | None
    cancellation_rate: float | None
    appointments: int
    satisfaction: float | None
    nps: float | None
    survey_responses: int
    complaints_opened: int
    complaints_closed: int
    complaints_overdue: int
    hours_to_resolve: float | None
    package_sales: Decimal = ZERO
    top_ups: Decimal = ZERO
    package_consumption: Decimal = ZERO

    @property
    def prepaid_income(self) -> Decimal:
        return self.package_sales + self.top_ups


@dataclass(frozen=True)
class DayRow:
    day: date
    revenue: Decimal
    visits: int
    new_customers: int


@dataclass(frozen=True)
class ServiceRow:
    name: str
    category: str
    count: int
    revenue: Decimal


@dataclass(frozen=True)
class StylistRow:
    name: str
    revenue: Decimal
    visits: int
    average_ticket: Decimal
    rebooking_rate: float | None
    satisfaction: float | None
    complaints: int
    commission: Decimal = Decimal("0.00")  # core.commission: what the month's bills earned them


@dataclass(frozen=True)
class CustomerLine:
    """A customer in the top list or the at-risk list."""

    name: str
    phone: str
    visits: int
    spent: Decimal
    last_visit: date | None
    usual_gap_days: float | None


@dataclass(frozen=True)
class ComplaintLine:
    received_at: datetime
    customer: str
    category: str
    severity: str
    status: str
    closed_at: datetime | None
    overdue: bool


@dataclass(frozen=True)
class MonthlyReport:
    """Everything the monthly workbook shows."""

    shop_name: str
    month: str
    kpis: Kpis
    previous: Kpis
    last_year: Kpis
    days: tuple[DayRow, ...]
    services: tuple[ServiceRow, ...]
    stylists: tuple[StylistRow, ...]
    top_customers: tuple[CustomerLine, ...]
    at_risk: tuple[CustomerLine, ...]
    appointment_statuses: tuple[tuple[str, int], ...]
    complaint_categories: tuple[tuple[str, int], ...]
    complaints: tuple[ComplaintLine, ...]
    dimensions: tuple[tuple[str, float | None], ...]
    satisfaction_months: tuple[tuple[str, float | None, float | None], ...]  # month, average, NPS
    stylist_scores: tuple[tuple[str, int, float | None, float | None], ...]  # name, answers, average, NPS


def _bounds(month: Month) -> tuple[datetime, datetime]:
    return datetime.combine(month.start, datetime.min.time()), datetime.combine(month.end, datetime.min.time())


def _open_records(low: datetime, high: datetime) -> Any:
    return (ServiceRecord.visited_at >= low) & (ServiceRecord.visited_at < high) & ServiceRecord.voided_at.is_null()


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _average(total: Decimal, count: int) -> Decimal:
    return (total / count).quantize(FEN, rounding=ROUND_HALF_UP) if count else ZERO


def _first_visits() -> Any:
    """Each customer's first non-voided visit, as the data file keeps it (``CustomerStats``):
    grouping a million bills for it took most of each month's KPIs."""
    return CustomerStats.select(
        CustomerStats.customer.alias("customer_id"), CustomerStats.first_visit.alias("first")
    ).where(CustomerStats.first_visit.is_null(False))


VisitDays = dict[int, list[int]]  # customer id -> sorted distinct visit days, as date ordinals


def _visit_days(until: datetime) -> VisitDays:
    """Each customer's distinct non-voided visit days before ``until`` (for the churn rule)."""
    return segments.read_visit_days('"visited_at" < ?', (until.isoformat(sep=" "),))


def _churn(days: VisitDays, month_end: date) -> tuple[int, int, list[int]]:
    """(active base, flagged, flagged ids) at the end of the month, from the visit days before it.

    ``days`` may run past the month (the report reads them once, to its own month's end, and
    asks this of the month before and of a year before too): each customer's days are cut
    at ``month_end`` by bisection, and copied only for the few the median is needed for.
    """
    today = (month_end - timedelta(days=1)).toordinal()
    limit = month_end.toordinal()
    # the shop's own knobs, as its at-risk care list reads them (the defaults here disagreed with it)
    settings = segments.segment_settings()
    base = flagged = 0
    ids: list[int] = []
    for customer_id, seen in days.items():
        before = bisect_left(seen, limit)
        if before == 0 or today - seen[before - 1] > ACTIVE_BASE_DAYS:
            continue
        base += 1
        if today - seen[before - 1] < settings.churn_min_days:
            continue  # seen lately: the rule cannot warn, so no median (most of the base)
        cut = seen if before == len(seen) else seen[:before]
        if segments.warned_on_ordinals(cut, today, settings):
            flagged += 1
            ids.append(customer_id)
    return base, flagged, ids


# a visit is rebooked when the same customer booked, on the visit's day, for a later day; the
# bookings made in the month are listed once (the visits' days lie in it too) and each visit looks
# itself up there (an EXISTS per visit through the customer's bookings took 0.26 s a month). The
# list is joined, not asked with a row value "(customer, day) IN (...)": SQLite walks such a list
# from end to end for every visit (40,000 visits x 8,000 bookings made in a month: 7 s), while a
# join looks each visit up in an automatic index on (customer, day). DISTINCT: one row per visit.
# {columns}: more of the bill (the shop's count reads the time index alone, without them).
_REBOOKED_VISITS = (
    'SELECT r."id" AS "id", b."day" IS NOT NULL AS "rebooked"{columns} '
    'FROM "service_record" r LEFT JOIN ('
    'SELECT DISTINCT a."customer_id" AS "customer_id", substr(a."created_at", 1, 10) AS "day" FROM "appointment" a '
    'WHERE a."created_at" >= ?1 AND a."created_at" < ?2 '
    'AND substr(a."starts_at", 1, 10) > substr(a."created_at", 1, 10)) b '
    'ON b."customer_id" = r."customer_id" AND b."day" = substr(r."visited_at", 1, 10) '
    'WHERE r."voided_at" IS NULL AND r."visited_at" >= ?1 AND r."visited_at" < ?2'
)
# a line's share of what was paid: its amount less its part of the bill's discount (0 on a bill of 0)
_NET = 'COALESCE(l."amount" * v."total" / v."subtotal", 0)'
# The month's visits (v) and their lines (m) read once, then counted three ways in one statement:
# the shop's rebooking (kind 0), revenue by service (1) and by stylist with their rebooking (2).
# Reading the lines for each (rebooking by stylist, services, stylists) took 0.8 s of a 40,000-bill
# month, nearly all of it fetching the lines. Each part keeps its own ORDER BY, as it had alone;
# CROSS JOIN keeps the month's visits outside (SQLite otherwise walked all million lines).
_MONTH_LINES = (
    "WITH v AS MATERIALIZED ("
    + _REBOOKED_VISITS.format(columns=', r."total" AS "total", r."subtotal" AS "subtotal"')
    + "), m AS MATERIALIZED ("
    'SELECT l."record_id" AS "record", l."service_item_id" AS "item", l."stylist_id" AS "stylist", '
    f'l."quantity" AS "quantity", {_NET} AS "net", v."rebooked" AS "rebooked" '
    'FROM v CROSS JOIN "service_record_line" l ON l."record_id" = v."id") '
    'SELECT 0, NULL, NULL, COUNT(*), TOTAL(v."rebooked"), NULL FROM v '
    "UNION ALL SELECT * FROM ("
    'SELECT 1, i."name", i."category", SUM(m."quantity"), SUM(m."net"), NULL '
    'FROM m JOIN "service_item" i ON i."id" = m."item" GROUP BY i."id" ORDER BY SUM(m."net") DESC) '
    "UNION ALL SELECT * FROM ("
    # a visit counts once for each stylist on its lines, however many lines they did
    'SELECT 2, s."id", s."name", SUM(m."net"), COUNT(DISTINCT m."record"), '
    'COUNT(DISTINCT CASE WHEN m."rebooked" THEN m."record" END) '
    'FROM m JOIN "staff" s ON s."id" = m."stylist" GROUP BY s."id" ORDER BY SUM(m."net") DESC)'
)


@dataclass(frozen=True)
class Rebooking:
    """(visits, visits rebooked on their day) of a month, for the shop and by stylist."""

    shop: tuple[int, int]
    by_stylist: dict[int, tuple[int, int]]


@dataclass(frozen=True)
class MonthLines:
    """The month's bills and lines, read once: rebooking, revenue by service and by stylist."""

    rebooking: Rebooking
    services: tuple[ServiceRow, ...]  # by revenue, highest first
    stylists: tuple[tuple[int, str, Decimal, int], ...]  # id, name, revenue, visits; by revenue


def _rebook_flags(low: datetime, high: datetime) -> Rebooking:
    """The month's visits and how many were rebooked (see the module's definition), for the shop.

    Both sides are compared as calendar days cut from the stored text (``YYYY-MM-DD``), so
    neither the hour the bill was rung up (a walk-in's bill may be written after the next
    booking) nor how long the visit lasted moves a booking in or out. Counted in SQL: a
    month of 40,000 bills and their lines walked in Python took 0.7 s, four times a report.
    """
    [(total, rebooked)] = database_proxy.execute_sql(
        f'SELECT COUNT(*), TOTAL("rebooked") FROM ({_REBOOKED_VISITS.format(columns="")})',
        (low.isoformat(sep=" "), high.isoformat(sep=" ")),
    ).fetchall()
    return Rebooking((int(total), int(rebooked)), {})


def _month_lines(low: datetime, high: datetime) -> MonthLines:
    """Rebooking (as :func:`_rebook_flags`, and by stylist), and revenue by service and by stylist."""
    rows = database_proxy.execute_sql(_MONTH_LINES, (low.isoformat(sep=" "), high.isoformat(sep=" "))).fetchall()
    [(_, _, _, total, rebooked, _)] = [row for row in rows if row[0] == 0]
    services = tuple(
        ServiceRow(name, category, int(count), money_sum(revenue))
        for kind, name, category, count, revenue, _ in rows
        if kind == 1
    )
    stylists = [row[1:] for row in rows if row[0] == 2]
    return MonthLines(
        Rebooking(
            (int(total), int(rebooked)),
            {int(key): (int(visits), int(flagged)) for key, _, _, visits, flagged in stylists},
        ),
        services,
        tuple((int(key), name, money_sum(revenue), int(visits)) for key, name, revenue, visits, _ in stylists),
    )


def _rebooked(flags: Rebooking, stylist: int | None = None) -> tuple[int, int]:
    """(visits, visits rebooked on their day), of one stylist or all."""
    if stylist is None:
        return flags.shop
    return flags.by_stylist.get(int(stylist), (0, 0))


def _complaint_figures(low: datetime, high: datetime) -> tuple[int, int, int, float | None]:
    complaint = ComplaintTicket.kind == TicketKind.COMPLAINT.value
    opened = ComplaintTicket.select().where(
        complaint & (ComplaintTicket.received_at >= low) & (ComplaintTicket.received_at < high)
    )
    closed = list(
        ComplaintTicket.select(ComplaintTicket.received_at, ComplaintTicket.closed_at)
        .where(complaint & (ComplaintTicket.closed_at >= low) & (ComplaintTicket.closed_at < high))
        .tuples()
        .execute()
    )
    overdue = ComplaintTicket.select().where(
        complaint
        & (ComplaintTicket.received_at < high)
        & (ComplaintTicket.closed_at.is_null() | (ComplaintTicket.closed_at >= high))
        & (ComplaintTicket.resolution_due_at < high)
    )
    hours = [
        (ComplaintTicket.closed_at.python_value(end) - ComplaintTicket.received_at.python_value(start)).total_seconds()
        / 3600
        for start, end in closed
    ]
    return opened.count(), len(closed), overdue.count(), (sum(hours) / len(hours) if hours else None)


def _prepaid(low: datetime, high: datetime) -> tuple[Decimal, Decimal, Decimal]:
    """Packages sold, card top-ups (principal) and package sessions consumed in [low, high)."""
    in_month = (PackageEntry.at >= low) & (PackageEntry.at < high)
    sales = (
        PackageEntry.select(fn.SUM(PackageEntry.amount))
        .where(in_month & (PackageEntry.kind == PackageEntryKind.SALE.value))
        .scalar()
    )
    top_ups = (
        LedgerEntry.select(fn.SUM(LedgerEntry.principal_delta))
        .where((LedgerEntry.at >= low) & (LedgerEntry.at < high) & (LedgerEntry.kind == LedgerKind.TOP_UP.value))
        .scalar()
    )
    delta = fn.SUM(PackageEntry.sessions_delta)
    used = (
        PackageEntry.select(ServicePackage.price_paid, ServicePackage.sessions_total, delta)
        .join(ServicePackage)
        .where(in_month & PackageEntry.kind.in_([PackageEntryKind.USE.value, PackageEntryKind.RETURN.value]))
        .group_by(PackageEntry.package)
        .tuples()
    )
    consumed = ZERO
    for price, sessions, change in cast(Iterable[tuple[object, int, int]], used):
        consumed += packages.price_per_session(money_sum(price), int(sessions)) * -int(change)
    return money_sum(sales), money_sum(top_ups), consumed


def month_kpis(
    month: Month,
    days: VisitDays | None = None,
    *,
    rebooking: Rebooking | None = None,
    churn: tuple[int, int, list[int]] | None = None,
    survey: surveys.SurveyStatistics | None = None,
) -> Kpis:
    """The summary figures of one month (the report passes what it has already counted for the month)."""
    low, high = _bounds(month)
    revenue, visits = (
        ServiceRecord.select(fn.SUM(ServiceRecord.total), fn.COUNT(ServiceRecord.id))
        .where(_open_records(low, high))
        .scalar(as_tuple=True)
    )
    revenue = money_sum(revenue)
    # new: the kept first visit (triggers keep it from the non-voided bills) falls in the month, and that
    # bill is one of the month's; counted on its index alone (joining the month's bills took 0.05 s)
    new = (
        CustomerStats.select(fn.COUNT(CustomerStats.customer))
        .where((CustomerStats.first_visit >= low) & (CustomerStats.first_visit < high))
        .scalar()
    ) or 0
    customers = ServiceRecord.select(fn.COUNT(fn.DISTINCT(ServiceRecord.customer))).where(_open_records(low, high))
    returning = (customers.scalar() or 0) - new
    if churn is None:
        churn = _churn(days if days is not None else _visit_days(high), month.end)
    base, flagged, _ids = churn
    churn_rate = _ratio(flagged, base)
    counted, rebooked = _rebooked(rebooking or _rebook_flags(low, high))
    statuses = dict(
        Appointment.select(Appointment.status, fn.COUNT(Appointment.id))
        .where((Appointment.starts_at >= low) & (Appointment.starts_at < high))
        .group_by(Appointment.status)
        .tuples()
        .execute()
    )
    all_bookings = sum(statuses.values())
    cancelled = statuses.get(AppointmentStatus.CANCELLED.value, 0)
    if survey is None:
        survey = surveys.survey_statistics(
            surveys.SurveyFilter(month.start, month.end - timedelta(days=1)), with_tiers=False
        )
    opened, closed, overdue, hours = _complaint_figures(low, high)
    package_sales, top_ups, consumed = _prepaid(low, high)
    return Kpis(
        month=str(month),
        revenue=revenue,
        visits=int(visits),
        average_ticket=_average(revenue, int(visits)),
        new_customers=int(new),
        returning_customers=int(returning),
        retention_rate=None if churn_rate is None else 1 - churn_rate,
        churn_rate=churn_rate,
        rebooking_rate=_ratio(rebooked, counted),
        no_show_rate=_ratio(statuses.get(AppointmentStatus.NO_SHOW.value, 0), all_bookings - cancelled),
        cancellation_rate=_ratio(cancelled, all_bookings),
        appointments=all_bookings,
        satisfaction=survey.tally.average(),
        nps=survey.nps,
        survey_responses=survey.responses,
        complaints_opened=opened,
        complaints_closed=closed,
        complaints_overdue=overdue,
        hours_to_resolve=hours,
        package_sales=package_sales,
        top_ups=top_ups,
        package_consumption=consumed,
    )


def _iso_day(value: object) -> str:
    """A SQL ``DATE()`` result (peewee may hand back a datetime or the text) as YYYY-MM-DD."""
    return value.strftime("%Y-%m-%d") if isinstance(value, date) else str(value)[:10]


def _days(month: Month) -> tuple[DayRow, ...]:
    low, high = _bounds(month)
    day = fn.DATE(ServiceRecord.visited_at)
    figures = {
        _iso_day(key): (money_sum(total), int(count))
        for key, total, count in ServiceRecord.select(day, fn.SUM(ServiceRecord.total), fn.COUNT(ServiceRecord.id))
        .where(_open_records(low, high))
        .group_by(day)
        .tuples()
        .execute()
    }
    firsts = _first_visits().alias("firsts")
    first_day = fn.DATE(firsts.c.first)
    new = {
        _iso_day(key): count
        for key, count in ServiceRecord.select(first_day, fn.COUNT(fn.DISTINCT(firsts.c.customer_id)))
        .from_(firsts)
        .where((firsts.c.first >= low) & (firsts.c.first < high))
        .group_by(first_day)
        .tuples()
        .execute()
    }
    rows = []
    current = month.start
    while current < month.end:
        revenue, visits = figures.get(current.isoformat(), (ZERO, 0))
        rows.append(DayRow(current, revenue, visits, int(new.get(current.isoformat(), 0))))
        current += timedelta(days=1)
    return tuple(rows)


def _stylists(month: Month, lines: MonthLines, survey: surveys.SurveyStatistics) -> tuple[StylistRow, ...]:
    """The month's stylists; ``survey`` is the month's survey statistics (any minimum of answers)."""
    low, high = _bounds(month)
    scores = {score.stylist_id: score.tally.average() for score in survey.stylists}
    complaints = dict(
        ComplaintTicket.select(ComplaintTicket.assignee, fn.COUNT(ComplaintTicket.id))
        .where(
            (ComplaintTicket.kind == TicketKind.COMPLAINT.value)
            & (ComplaintTicket.received_at >= low)
            & (ComplaintTicket.received_at < high)
        )
        .group_by(ComplaintTicket.assignee)
        .tuples()
        .execute()
    )
    earned = commission.totals_by_stylist(low, high)
    rows = []
    for staff_id, name, revenue, visits in lines.stylists:
        counted, rebooked = _rebooked(lines.rebooking, staff_id)
        rows.append(
            StylistRow(
                name,
                revenue,
                int(visits),
                _average(revenue, int(visits)),
                _ratio(rebooked, counted),
                scores.get(staff_id),
                int(complaints.get(staff_id, 0)),
                earned.get(int(staff_id), Decimal("0.00")),
            )
        )
    return tuple(rows)


def _customer_lines(
    month: Month, at_risk_ids: list[int], days: VisitDays
) -> tuple[tuple[CustomerLine, ...], tuple[CustomerLine, ...]]:
    low, high = _bounds(month)
    top = (
        ServiceRecord.select(
            Customer.name,
            Customer.phone,
            fn.COUNT(ServiceRecord.id),
            fn.SUM(ServiceRecord.total),
            fn.MAX(ServiceRecord.visited_at),
            Customer.id,
        )
        .join(Customer)
        .where(_open_records(low, high) & Customer.anonymised_at.is_null())
        .group_by(Customer.id)
        .order_by(fn.SUM(ServiceRecord.total).desc(), Customer.id)
        .limit(TOP_CUSTOMERS)
        .tuples()
        .execute()
    )
    top_lines = tuple(
        CustomerLine(
            name,
            phone,
            int(count),
            money_sum(total),
            ServiceRecord.visited_at.python_value(last).date(),
            segments.usual_gap_of_ordinals(days.get(key, [])),
        )
        for name, phone, count, total, last, key in top
    )
    # the at-risk ids as one JSON parameter: thousands of peewee values cost more than the queries
    # every flagged customer (15,000 at a busy shop): the first 5,000 by id left out the big spenders
    # among newer customers
    wanted = json.dumps(at_risk_ids)
    people = {
        key: (name, phone)
        for key, name, phone in database_proxy.execute_sql(
            'SELECT "id", "name", "phone" FROM "customer" '
            'WHERE "id" IN (SELECT value FROM json_each(?)) AND "anonymised_at" IS NULL',
            (wanted,),
        )
    }
    # bills and money of each before the month's end, from the index by customer
    totals = {
        key: (int(count), money_sum(spent))
        for key, count, spent in database_proxy.execute_sql(
            'SELECT "customer_id", COUNT(*), SUM("total") FROM "service_record" '
            'WHERE "customer_id" IN (SELECT value FROM json_each(?)) AND "voided_at" IS NULL AND "visited_at" < ? '
            'GROUP BY "customer_id"',
            (wanted, high.isoformat(sep=" ")),
        )
    }
    risky = []
    for key in at_risk_ids:
        if key not in people:
            continue
        count, spent = totals.get(key, (0, ZERO))
        risky.append((spent, key, count))
    risky.sort(key=lambda line: line[0], reverse=True)  # stable: equal spending keeps the ids' order
    lines = []
    for spent, key, count in risky[:AT_RISK_LIMIT]:  # the usual gap of the listed few only
        seen = days[key]
        lines.append(
            CustomerLine(*people[key], count, spent, date.fromordinal(seen[-1]), segments.usual_gap_of_ordinals(seen))
        )
    return top_lines, tuple(lines)


def _complaints(month: Month) -> tuple[tuple[tuple[str, int], ...], tuple[ComplaintLine, ...]]:
    low, high = _bounds(month)
    query = (
        ComplaintTicket.select(
            ComplaintTicket.received_at,
            Customer.name,
            ComplaintTicket.category,
            ComplaintTicket.severity,
            ComplaintTicket.status,
            ComplaintTicket.closed_at,
            ComplaintTicket.resolution_due_at,
        )
        .join(Customer)
        .where(
            (ComplaintTicket.kind == TicketKind.COMPLAINT.value)
            & (ComplaintTicket.received_at >= low)
            & (ComplaintTicket.received_at < high)
        )
        .order_by(ComplaintTicket.received_at)
        .tuples()
        .execute()
    )
    lines = []
    counts: dict[str, int] = defaultdict(int)
    for received, name, category, severity, status, closed, due in query:
        closed_at = ComplaintTicket.closed_at.python_value(closed)
        due_at = ComplaintTicket.resolution_due_at.python_value(due)
        overdue = due_at is not None and (closed_at or high) > due_at
        counts[category or "unclassified"] += 1
        lines.append(
            ComplaintLine(
                ComplaintTicket.received_at.python_value(received),
                name,
                category or "",
                severity or "",
                status,
                closed_at,
                overdue,
            )
        )
    ordered = tuple(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))
    return ordered, tuple(lines)


def monthly_report(month: Month) -> MonthlyReport:
    """Every figure of the month's workbook. Read-only; run it off the UI thread."""
    with database_proxy.atomic():  # one consistent snapshot of the data file
        high = _bounds(month)[1]
        days = _visit_days(high)
        # counted once for the month: the summary, the stylists and the at-risk list share them
        lines = _month_lines(*_bounds(month))
        churn = _churn(days, month.end)
        # the trend runs from the same month a year ago to this one (thirteen months), so one read of
        # its surveys gives the three compared months too; the report shows no response rate, so
        # the trend's bills are not counted
        year_ago = month.last_year().start
        trend, survey_months = surveys.statistics_by_month(
            surveys.SurveyFilter(year_ago, month.end - timedelta(days=1)), min_answers=1, with_records=False
        )
        this_month = survey_months[str(month)]
        kpis = month_kpis(month, days, rebooking=lines.rebooking, churn=churn, survey=this_month)
        previous = month_kpis(month.previous(), days, survey=survey_months[str(month.previous())])
        last_year = month_kpis(month.last_year(), days, survey=survey_months[str(month.last_year())])
        _base, _flagged, at_risk_ids = churn
        top, risky = _customer_lines(month, at_risk_ids, days)
        categories, complaints = _complaints(month)
        low = _bounds(month)[0]
        statuses = tuple(
            Appointment.select(Appointment.status, fn.COUNT(Appointment.id))
            .where((Appointment.starts_at >= low) & (Appointment.starts_at < high))
            .group_by(Appointment.status)
            .order_by(Appointment.status)
            .tuples()
            .execute()
        )
        return MonthlyReport(
            shop_name=str(get_setting("shop_name", "")),
            month=str(month),
            kpis=kpis,
            previous=previous,
            last_year=last_year,
            days=_days(month),
            services=lines.services,
            stylists=_stylists(month, lines, this_month),
            top_customers=top,
            at_risk=risky,
            appointment_statuses=tuple((status, int(count)) for status, count in statuses),
            complaint_categories=categories,
            complaints=complaints,
            dimensions=tuple(this_month.averages().items()),
            satisfaction_months=tuple((point.month, point.average_overall, point.nps) for point in trend.months),
            stylist_scores=tuple(
                (score.name, score.tally.responses, score.tally.average(), score.tally.nps)
                for score in this_month.stylists
            ),
        )


@dataclass(frozen=True)
class RecordLine:
    """A service record as the exported list shows it."""

    visited_at: datetime
    customer: str
    phone: str
    services: str
    stylists: str
    subtotal: Decimal
    discount: Decimal
    total: Decimal
    payment_method: str
    voided: bool
    notes: str


def record_lines(start: date | None = None, end: date | None = None) -> list[RecordLine]:
    """Service records (newest first), optionally from ``start`` up to the day before ``end``."""
    query = (
        ServiceRecord.select(
            ServiceRecord.id,
            ServiceRecord.visited_at,
            Customer.name,
            Customer.phone,
            ServiceRecord.subtotal,
            ServiceRecord.discount,
            ServiceRecord.total,
            ServiceRecord.payment_method,
            ServiceRecord.voided_at,
            ServiceRecord.notes,
        )
        .join(Customer)
        .order_by(ServiceRecord.visited_at.desc(), ServiceRecord.id.desc())
    )
    if start is not None:
        query = query.where(ServiceRecord.visited_at >= datetime.combine(start, datetime.min.time()))
    if end is not None:
        query = query.where(ServiceRecord.visited_at < datetime.combine(end, datetime.min.time()))
    rows = list(query.tuples().execute())
    items: dict[int, list[str]] = defaultdict(list)
    staff: dict[int, list[str]] = defaultdict(list)
    lines = (
        ServiceRecordLine.select(ServiceRecordLine.record, ServiceItem.name, Staff.name)
        .join(ServiceItem)
        .switch(ServiceRecordLine)
        .join(Staff, JOIN.LEFT_OUTER)
        .order_by(ServiceRecordLine.id)
        .tuples()
        .execute()
    )
    wanted = {row[0] for row in rows}
    for record_id, item, stylist in lines:
        if record_id in wanted:
            items[record_id].append(item)
            if stylist and stylist not in staff[record_id]:
                staff[record_id].append(stylist)
    return [
        RecordLine(
            ServiceRecord.visited_at.python_value(at),
            name,
            phone,
            "、".join(items[key]),
            "、".join(staff[key]),
            money_sum(subtotal),
            money_sum(discount),
            money_sum(total),
            method,
            voided is not None,
            notes,
        )
        for key, at, name, phone, subtotal, discount, total, method, voided, notes in rows
    ]
