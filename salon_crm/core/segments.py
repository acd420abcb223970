"""Customer classification and value (PRODUCT.md section 2).

- RFM: recency, frequency and monetary scores 1-5 by quintile among customers who
  visited within the window (5 is best: most recent, most visits, most spent).
- Contribution grade A/B/C/D (Pareto): A are the customers who together make the
  first 50 % of the window's revenue, B the next 30 %, C the next 15 %, D the rest.
- Lifecycle: potential (no visit yet), new (first visit recent), active, dormant, lost.
- Churn warning: the gap since the last visit is beyond the customer's own rhythm
  (``churn_factor`` times their median gap between visits, and at least
  ``churn_min_days``); a customer needs three visits before they have a rhythm.
- Satisfaction tier: high / medium / low from their surveys and complaints.

The classifiers are pure functions over plain histories so they can be tested on
hand-built cases; :func:`load_histories` reads them from the database.
"""

from __future__ import annotations

import json
import math
import sqlite3
import time
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from operator import itemgetter, sub
from typing import NamedTuple, cast

import peewee
from peewee import fn

from salon_crm.core import clock
from salon_crm.core.models import (
    AuditEntry,
    ComplaintTicket,
    ServiceRecord,
    SurveyResponse,
    database_proxy,
)
from salon_crm.core.shop import get_setting

SETTINGS_KEY = "segment_settings"


@dataclass(frozen=True)
class SegmentSettings:
    """The shop's knobs; the defaults suit a hair salon."""

    window_days: int = 365
    grade_shares: tuple[float, float, float] = (0.50, 0.80, 0.95)
    new_days: int = 90
    active_days: int = 90
    dormant_days: int = 180
    churn_factor: float = 2.0
    churn_min_days: int = 30


class Visit(NamedTuple):
    """One non-voided service record, reduced to what classification needs.

    A named tuple, not a frozen dataclass: the monthly report makes one for each of a
    million bills, and a tuple is built five times faster.
    """

    day: date
    amount: Decimal


@dataclass(frozen=True)
class CustomerSegment:
    """Where one customer stands."""

    customer_id: int
    lifecycle: str
    grade: str
    recency: int = 0
    frequency: int = 0
    monetary: int = 0
    churn_warning: bool = False
    usual_gap_days: float | None = None
    days_since_last_visit: int | None = None

    @property
    def rfm(self) -> str:
        return f"{self.recency}{self.frequency}{self.monetary}" if self.recency else ""


@dataclass
class _WindowFigures:
    recency_days: dict[int, int] = field(default_factory=dict)
    visits: dict[int, int] = field(default_factory=dict)
    # yuan as Decimal (from visits) or whole fen as int (from SQL): both rank the same way
    revenue: dict[int, Decimal | int] = field(default_factory=dict)


def quintile_scores(values: Mapping[int, float | Decimal], *, higher_is_better: bool = True) -> dict[int, int]:
    """Scores 1-5 by quintile of ``values``; equal values always get equal scores."""
    if not values:
        return {}
    ordered = sorted(values.values())
    count = len(ordered)
    cuts = [ordered[min(count - 1, (count * k) // 5)] for k in range(1, 5)]
    scores = {}
    for key, value in values.items():
        # bisect counts the cuts at or below the value (they rise): the same as comparing each, in C
        above = bisect_right(cuts, value) if count >= 5 else _small_rank(ordered, value)
        score = 1 + above
        scores[key] = score if higher_is_better else 6 - score
    return scores


def _small_rank(ordered: Sequence[float | Decimal], value: float | Decimal) -> int:
    """With fewer than five customers, spread their distinct values over 0..4."""
    distinct = sorted(set(ordered))
    if len(distinct) == 1:
        return 2
    return round(4 * distinct.index(value) / (len(distinct) - 1))


def contribution_grades(revenue: Mapping[int, Decimal | int], shares: tuple[float, float, float]) -> dict[int, str]:
    """Pareto grades: a customer's grade is set by the revenue share before them."""
    total = sum(revenue.values(), Decimal(0))
    # "the share before them is under 50 %" as "the revenue before them is under half the total":
    # the same test without a Decimal division per customer
    limits: list[Decimal | int] = [total * Decimal(str(share)) for share in shares] if total else [0] * len(shares)
    running: Decimal | int = Decimal(0)
    if all(type(amount) is int for amount in revenue.values()):
        # whole fen (the shop's figures): for a whole number x, x < L exactly when x < ceil(L), so
        # the running sum stays an int and every step is int arithmetic (a third of the time)
        limits, running = [math.ceil(limit) for limit in limits], 0
    grades = {}
    # highest revenue first, ties by id: sorted by id, then by amount alone, which keeps that
    # order among equals (a sort is stable, reversed too) without a key tuple per customer
    by_id = sorted(revenue.items())
    for customer_id, amount in sorted(by_id, key=itemgetter(1), reverse=True):
        if amount <= 0 or not total:
            grades[customer_id] = "D"
        elif running < limits[0]:
            grades[customer_id] = "A"
        elif running < limits[1]:
            grades[customer_id] = "B"
        elif running < limits[2]:
            grades[customer_id] = "C"
        else:
            grades[customer_id] = "D"
        running += amount
    return grades


def lifecycle(visits: Sequence[Visit], today: date, settings: SegmentSettings) -> str:
    """potential / new / active / dormant / lost, from the first and last visit."""
    if not visits:
        return "potential"
    first, last = visits[0].day, visits[-1].day
    since_last = (today - last).days
    if (today - first).days <= settings.new_days:
        return "new"
    if since_last <= settings.active_days:
        return "active"
    if since_last <= settings.dormant_days:
        return "dormant"
    return "lost"


# A rhythm needs two gaps: fewer distinct visit days give no usual gap and no churn warning
# (and fewer bills than this cannot have that many days: the at-risk list skips them unread).
RHYTHM_DAYS = 3


def usual_gap(visits: Sequence[Visit]) -> float | None:
    """The median number of days between visits on different days (None below 3 visits)."""
    return _usual_gap_of_days(sorted({visit.day for visit in visits}))


def _usual_gap_of_days(days: Sequence[date]) -> float | None:
    return usual_gap_of_ordinals([day.toordinal() for day in days])


def usual_gap_of_ordinals(days: Sequence[int]) -> float | None:
    """The median gap between sorted distinct visit days given as ordinals (None below 3 days)."""
    if len(days) < RHYTHM_DAYS:
        return None
    # statistics.median over a generator, written out: the report runs this 100,000 times a month
    gaps = sorted(map(sub, days[1:], days[:-1]))
    middle = len(gaps) // 2
    return float(gaps[middle]) if len(gaps) % 2 else (gaps[middle - 1] + gaps[middle]) / 2


def churn_warning(visits: Sequence[Visit], today: date, settings: SegmentSettings) -> bool:
    return _warned(sorted({visit.day for visit in visits}), today, settings)


def _warned(days: Sequence[date], today: date, settings: SegmentSettings) -> bool:
    return warned_on_ordinals([day.toordinal() for day in days], today.toordinal(), settings)


def beyond_rhythm(days_away: int, usual_gap_days: float | None, settings: SegmentSettings) -> bool:
    """The churn rule on its two figures: away at least ``churn_min_days`` and more than
    ``churn_factor`` times the usual gap (no gap, fewer than three visit days: never warned)."""
    return (
        usual_gap_days is not None
        and days_away >= settings.churn_min_days
        and days_away > settings.churn_factor * usual_gap_days
    )


def warned_on_ordinals(days: Sequence[int], today: int, settings: SegmentSettings) -> bool:
    """Away well beyond their own rhythm: the rule, on the sorted distinct visit days as ordinals.

    The monthly report runs it for every customer of the year three times; the cheap test
    (away at least ``churn_min_days``) comes before the median.
    """
    if len(days) < RHYTHM_DAYS or today - days[-1] < settings.churn_min_days:
        return False
    return beyond_rhythm(today - days[-1], usual_gap_of_ordinals(days), settings)


def kept_usual_gaps(customer_ids: Sequence[int], *, keep: bool = True) -> dict[int, float | None]:
    """The usual gap of each of ``customer_ids`` as kept in ``customer_rhythm`` (schema 12),
    worked out by :func:`usual_gap_of_ordinals` and kept for those whose row a bill has deleted.

    Read and written in one transaction, so a bill committed by another window in between
    makes the write fail (SQLite refuses to write from an older snapshot) rather than keep
    a gap that bill has changed; a gap that cannot be kept (that, a full disk, a file
    opened read-only) is still returned, and worked out again next time. ``keep=False``
    works the missing ones out without writing them.
    """
    wanted = json.dumps(sorted(set(customer_ids)))
    with database_proxy.atomic():
        cursor = database_proxy.execute_sql(
            'SELECT "customer_id", "usual_gap" FROM "customer_rhythm" '
            'WHERE "customer_id" IN (SELECT value FROM json_each(?))',
            (wanted,),
        )
        gaps: dict[int, float | None] = {int(cid): gap for cid, gap in cursor}
        stale = [cid for cid in customer_ids if cid not in gaps]
        if not stale:
            return gaps
        days = read_visit_days('"customer_id" IN (SELECT value FROM json_each(?))', (json.dumps(stale),))
        worked_out = {cid: usual_gap_of_ordinals(days.get(cid, ())) for cid in stale}
        gaps.update(worked_out)
        if not keep:
            return gaps
        try:
            with database_proxy.atomic():
                # raw executemany: 34,000 rows after an upgrade, peewee's per-row INSERT text cost more
                database_proxy.connection().executemany(
                    'INSERT OR REPLACE INTO "customer_rhythm" ("customer_id", "usual_gap") VALUES (?, ?)',
                    list(worked_out.items()),
                )
        except (sqlite3.DatabaseError, peewee.DatabaseError):
            pass  # not kept this time: the list is still right, the next opening works them out again
    return gaps


def _window_figures(histories: Mapping[int, Sequence[Visit]], start: date, today: date) -> _WindowFigures:
    figures = _WindowFigures()
    for customer_id, visits in histories.items():
        inside = [visit for visit in visits if start <= visit.day <= today]
        if inside:
            figures.recency_days[customer_id] = (today - inside[-1].day).days
            figures.visits[customer_id] = len(inside)
            figures.revenue[customer_id] = sum((visit.amount for visit in inside), Decimal(0))
    return figures


def classify(
    histories: Mapping[int, Sequence[Visit]], today: date, settings: SegmentSettings | None = None
) -> dict[int, CustomerSegment]:
    """Segments for every customer in ``histories`` (visits sorted oldest first)."""
    settings = settings or SegmentSettings()
    figures = _window_figures(histories, today - timedelta(days=settings.window_days), today)
    recency = quintile_scores(figures.recency_days, higher_is_better=False)
    frequency = quintile_scores(figures.visits)
    monetary = quintile_scores(figures.revenue)
    grades = contribution_grades(figures.revenue, settings.grade_shares)
    result = {}
    for customer_id, visits in histories.items():
        result[customer_id] = CustomerSegment(
            customer_id=customer_id,
            lifecycle=lifecycle(visits, today, settings),
            grade=grades.get(customer_id, "D"),
            recency=recency.get(customer_id, 0),
            frequency=frequency.get(customer_id, 0),
            monetary=monetary.get(customer_id, 0),
            churn_warning=churn_warning(visits, today, settings),
            usual_gap_days=usual_gap(visits),
            days_since_last_visit=(today - visits[-1].day).days if visits else None,
        )
    return result


def satisfaction_tier(survey_scores: Sequence[int], complaints: int, unresolved: int) -> str | None:
    """high / medium / low from overall survey scores (1-5) and complaints; None without data."""
    if not survey_scores and not complaints:
        return None
    average = sum(survey_scores) / len(survey_scores) if survey_scores else None
    if unresolved or complaints >= 2 or (average is not None and average < 3.0):
        return "low"
    if complaints == 0 and average is not None and average >= 4.5:
        return "high"
    return "medium"


def load_histories(customer_ids: Sequence[int] | None = None) -> dict[int, list[Visit]]:
    """Non-voided visits per customer from the database, oldest first."""
    query = ServiceRecord.select(ServiceRecord.customer, ServiceRecord.visited_at, ServiceRecord.total).where(
        ServiceRecord.voided_at.is_null()
    )
    if customer_ids is not None:
        query = query.where(ServiceRecord.customer.in_(list(customer_ids)))
    histories: dict[int, list[Visit]] = defaultdict(list)
    rows = cast(Iterable[tuple[int, datetime, object]], query.order_by(ServiceRecord.visited_at).tuples())
    for customer_id, visited_at, total in rows:
        histories[customer_id].append(Visit(visited_at.date(), Decimal(str(total))))
    return dict(histories)


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def load_histories_of(customer_ids: Sequence[int]) -> dict[int, list[Visit]]:
    """:func:`load_histories` for many customers, in chunks that fit one statement."""
    histories: dict[int, list[Visit]] = {}
    for chunk in _chunks(sorted(set(customer_ids))):
        histories.update(load_histories(chunk))
    return histories


def segment_settings() -> SegmentSettings:
    """The shop's segment settings (a JSON shop setting; defaults for what is not set)."""
    stored = get_setting(SETTINGS_KEY, {}) or {}
    defaults = SegmentSettings()
    values: dict[str, object] = {}
    for name in ("window_days", "new_days", "active_days", "dormant_days", "churn_min_days"):
        if name in stored:
            values[name] = int(stored[name])
    if "churn_factor" in stored:
        values["churn_factor"] = float(stored["churn_factor"])
    if "grade_shares" in stored and len(stored["grade_shares"]) == len(defaults.grade_shares):
        values["grade_shares"] = tuple(float(share) for share in stored["grade_shares"])
    return SegmentSettings(**values)  # type: ignore[arg-type]


CACHE_MAX_AGE_SECONDS = 600
WINDOW_SCAN_SHARE = 0.3  # a window over this share of the bills' time span reads the whole table


class ShopScore(NamedTuple):
    """Where a customer stands against the whole shop over the window.

    A tuple, not a frozen dataclass: the shop's 80,000 are built at once, and a frozen
    dataclass sets each field through ``object.__setattr__`` (90 of the grades' 450 ms).
    """

    grade: str
    recency: int
    frequency: int
    monetary: int

    @property
    def rfm(self) -> str:
        return f"{self.recency}{self.frequency}{self.monetary}"


_cache: dict[tuple[object, ...], tuple[float, tuple[object, ...], dict[int, ShopScore]]] = {}


def _window_figures_sql(today: date, settings: SegmentSettings) -> _WindowFigures:
    """:func:`_window_figures` in one GROUP BY (the same figures, read by SQLite).

    A window that holds a large share of the shop's bills is read by one pass over the
    index by customer (schema 11: it holds the time, the void and the total): following
    the visit-time index to half a million rows scattered over the file took four times
    as long (0.96 s against 0.21 s at 1,000,000 bills). Rows come straight from the
    cursor, as text, without peewee's per-row work.
    """
    start = datetime.combine(today - timedelta(days=settings.window_days), datetime.min.time())
    end = datetime.combine(today + timedelta(days=1), datetime.min.time())
    first = ServiceRecord.select(fn.MIN(ServiceRecord.visited_at)).scalar()
    first_day = ServiceRecord.visited_at.python_value(first).date() if first else today
    span = max(1, (today - first_day).days)
    # "+" keeps SQLite off the time index, so it reads the index by customer, which holds
    # every column asked for, in customer order (no table, no sort)
    visited = '+"visited_at"' if settings.window_days / span > WINDOW_SCAN_SHARE else '"visited_at"'
    cursor = database_proxy.execute_sql(
        'SELECT "customer_id", substr(MAX("visited_at"), 1, 10), COUNT(*), CAST(ROUND(SUM("total") * 100) AS INTEGER) '
        f'FROM "service_record" WHERE "voided_at" IS NULL AND {visited} >= ? AND {visited} < ? GROUP BY "customer_id"',
        (start.isoformat(sep=" "), end.isoformat(sep=" ")),
    )
    figures = _WindowFigures()
    ordinal = today.toordinal()
    ordinals = _DayOrdinals()  # 80,000 customers' last days fall on a few hundred days
    for customer_id, last_day, count, total in cursor.fetchall():
        figures.recency_days[customer_id] = ordinal - ordinals[last_day]
        figures.visits[customer_id] = int(count)
        # in fen, as SQLite summed it: sorting 80,000 ints is a third of the time of Decimals
        figures.revenue[customer_id] = total
    return figures


def scores_from(figures: _WindowFigures, settings: SegmentSettings) -> dict[int, ShopScore]:
    """Grades and RFM scores from the window's figures (what :func:`classify` gives them)."""
    recency = quintile_scores(figures.recency_days, higher_is_better=False)
    frequency = quintile_scores(figures.visits)
    monetary = quintile_scores(figures.revenue)
    grades = contribution_grades(figures.revenue, settings.grade_shares)
    return {
        customer_id: ShopScore(
            grades.get(customer_id, "D"), recency[customer_id], frequency[customer_id], monetary[customer_id]
        )
        for customer_id in figures.visits
    }


def shop_scores(today: date | None = None, settings: SegmentSettings | None = None) -> dict[int, ShopScore]:
    """Grade and RFM of every customer who visited within the window.

    They compare each customer with everyone, so they are worked out for all at
    once (one GROUP BY over the window) and kept: until the day or the settings
    change, and, after bills were written, for at most ``CACHE_MAX_AGE_SECONDS``
    (one bill barely moves anyone's grade). A customer's own lifecycle and churn
    warning are cheap and always current: read them with :func:`segment_of`.
    """
    day = today or clock.today()
    chosen = settings or segment_settings()
    key = (str(database_proxy.obj.database) if database_proxy.obj is not None else "", day, chosen)
    fingerprint = (
        ServiceRecord.select(fn.MAX(ServiceRecord.id)).scalar(),
        AuditEntry.select(fn.MAX(AuditEntry.id)).scalar(),
    )
    cached = _cache.get(key)
    now = time.monotonic()
    if cached is not None and (cached[1] == fingerprint or now - cached[0] < CACHE_MAX_AGE_SECONDS):
        return cached[2]
    _cache.clear()
    result = scores_from(_window_figures_sql(day, chosen), chosen)
    _cache[key] = (now, fingerprint, result)
    return result


def cached_scores(today: date | None = None, settings: SegmentSettings | None = None) -> dict[int, ShopScore] | None:
    """:func:`shop_scores` if they are at hand without working them out, else None."""
    day = today or clock.today()
    chosen = settings or segment_settings()
    key = (str(database_proxy.obj.database) if database_proxy.obj is not None else "", day, chosen)
    cached = _cache.get(key)
    if cached is None or time.monotonic() - cached[0] >= CACHE_MAX_AGE_SECONDS:
        return None
    return cached[2]


def churn_warnings(customer_ids: Sequence[int], today: date, settings: SegmentSettings | None = None) -> set[int]:
    """Which of ``customer_ids`` are away well beyond their own rhythm (a page of the list).

    Runs on every keystroke of a search: customers seen within ``churn_min_days`` (the
    kept figures say so) cannot be warned and are not read, and the others' visit days
    come straight from the cursor, not as model rows.
    """
    chosen = settings or segment_settings()
    recent = _day_start(today - timedelta(days=chosen.churn_min_days) + timedelta(days=1))
    # the page's ids as one JSON parameter (200 peewee values cost more than the query), narrowed
    # by the kept figures to those away long enough with enough bills to have a rhythm
    cursor = database_proxy.execute_sql(
        f'SELECT "customer_id", {day_ordinal("last_visit")} FROM "customer_stats" '
        'WHERE "customer_id" IN (SELECT value FROM json_each(?)) AND "last_visit" < ? AND "visits" >= ?',
        (json.dumps(sorted(set(customer_ids))), recent.isoformat(sep=" "), RHYTHM_DAYS),
    )
    today_ordinal = today.toordinal()
    away = {int(cid): today_ordinal - int(day) for cid, day in cursor}
    # not kept from a keystroke: a write (and its flush to disk) per page would cost more than it saves
    gaps = kept_usual_gaps(list(away), keep=False)
    return {cid for cid, days in away.items() if beyond_rhythm(days, gaps[cid], chosen)}


def day_ordinal(column: str) -> str:
    """A stored time's day as Python's date ordinal, worked out by SQLite: julianday() of a date
    at midnight is N + 0.5, and N - 1721424 is the ordinal (0001-01-01 is 1 on both sides)."""
    return f'CAST(julianday(substr("{column}", 1, 10)) AS INTEGER) - 1721424'


class _DayOrdinals(dict[str, int]):
    """``"2026-11-05"`` -> its date ordinal, each day worked out once: a shop's million bills fall
    on a few thousand days (SQLite's julianday() on every bill cost a quarter of a second more)."""

    def __missing__(self, day: str) -> int:
        ordinal = self[day] = date.fromisoformat(day).toordinal()
        return ordinal


def read_visit_days(where: str, params: Sequence[object]) -> dict[int, list[int]]:
    """Each customer's distinct non-voided visit days as sorted date ordinals, for the bills ``where`` picks.

    What the churn rule and the usual gap need. One row per customer with their visit times
    joined by SQLite (a million bills as a million Python rows took 1.2 s of each report),
    read from the index on (customer, visited_at, voided_at) without touching the table.
    """
    cursor = database_proxy.execute_sql(
        'SELECT "customer_id", group_concat("visited_at") FROM "service_record" '
        f'WHERE "voided_at" IS NULL AND {where} GROUP BY "customer_id"',
        params,
    )
    ordinals = _DayOrdinals()
    # a stored time starts with its day (YYYY-MM-DD); group_concat's order is not promised, and
    # a day with two bills comes twice: a set, then sorted
    return {int(cid): sorted({ordinals[stamp[:10]] for stamp in text.split(",")}) for cid, text in cursor}


def _day_start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def segment_of(customer_id: int, today: date | None = None) -> CustomerSegment:
    """One customer's segment: lifecycle and churn from their own visits now, grade and RFM from the shop's."""
    day = today or clock.today()
    settings = segment_settings()
    visits = load_histories([customer_id]).get(customer_id, [])
    shared = shop_scores(day, settings).get(customer_id)
    return CustomerSegment(
        customer_id=customer_id,
        lifecycle=lifecycle(visits, day, settings),
        grade=shared.grade if shared is not None else "",
        recency=shared.recency if shared is not None else 0,
        frequency=shared.frequency if shared is not None else 0,
        monetary=shared.monetary if shared is not None else 0,
        churn_warning=churn_warning(visits, day, settings),
        usual_gap_days=usual_gap(visits),
        days_since_last_visit=(day - visits[-1].day).days if visits else None,
    )


def customer_satisfaction(customer_id: int) -> str | None:
    """The customer's satisfaction tier from their surveys and complaints."""
    overall = SurveyResponse.select(SurveyResponse.overall).where(SurveyResponse.customer == customer_id)
    scores = [int(row[0]) for row in cast(Iterable[tuple[int]], overall.tuples())]
    complaints = ComplaintTicket.select().where(
        (ComplaintTicket.customer == customer_id) & (ComplaintTicket.kind == "complaint")
    )
    unresolved = complaints.where(ComplaintTicket.status != "closed").count()
    return satisfaction_tier(scores, complaints.count(), unresolved)
