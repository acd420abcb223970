"""Reading customer files: the searchable, sortable, paged customer list.

Search, filters, sort and paging all happen in SQL so the list stays quick at a
busy shop's scale. Anonymised and merged customers are never listed.

The lifecycle segment is worked out in SQL from the first and last visit; the
contribution grade compares each customer with the whole shop, so it comes from
``segments.shop_scores`` and reaches SQL as a JSON list of ids.
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import reduce
from operator import and_, or_
from typing import Any, cast

from peewee import JOIN, SQL, Expression, Field, NodeList, Select, fn

from salon_crm.core import clock, segments, words
from salon_crm.core.enums import AutoTag, TagKind
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import (
    PINYIN_ORDER,
    Customer,
    CustomerBalance,
    CustomerStats,
    CustomerTag,
    LedgerEntry,
    MembershipLevel,
    Tag,
    database_proxy,
)
from salon_crm.core.money import money_sum
from salon_crm.core.rows import CustomerRow
from salon_crm.core.search_text import normalise_query

SORT_KEYS = (
    "name",
    "phone",
    "level",
    "last_visit",
    "visits",
    "total_spent",
    "balance",
    "points",
)
PAGE_SIZE = 200
LIFECYCLES = ("potential", "new", "active", "dormant", "lost")


@dataclass(frozen=True)
class CustomerFilter:
    """What the list is narrowed to, besides the search text; None means any."""

    tag_id: int | None = None
    level_id: int | None = None
    lifecycle: str | None = None
    grade: str | None = None
    stylist_id: int | None = None
    last_visit_from: date | None = None
    last_visit_to: date | None = None
    birth_month: int | None = None

    @property
    def is_empty(self) -> bool:
        return self == CustomerFilter()

    @property
    def reads_visit_figures(self) -> bool:
        """Whether narrowing needs the kept visit figures (``CustomerStats``)."""
        return self.lifecycle is not None or self.last_visit_from is not None or self.last_visit_to is not None


@dataclass(frozen=True)
class CustomerListRow(CustomerRow):
    """A line of the customer list with its segment and its tags split by kind."""

    lifecycle: str = "potential"
    grade: str = ""
    churn_warning: bool = False
    manual_tags: tuple[str, ...] = ()
    auto_tags: tuple[str, ...] = ()


_PHONE_LIKE = re.compile(r"[\d\s()+\-]+")
_NON_DIGIT = re.compile(r"\D+")


def _like(field: Field, term: str) -> Expression:
    """``field LIKE '%term%'`` with the wildcards in ``term`` taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return NodeList((field, SQL("LIKE"), f"%{escaped}%", SQL("ESCAPE '\\'")))  # type: ignore[return-value]


# A LIKE pattern past SQLite's 50,000-byte limit is "too complex", and thousands of ANDed
# words nest deeper than Python's recursion limit: a search this long is refused in words.
MAX_SEARCH_CHARACTERS, MAX_SEARCH_WORDS = 200, 10


def _search_clause(search: str) -> Expression | None:
    """Every word typed must match the name's pinyin keys, the phone or the WeChat id."""
    text = normalise_query(search[: MAX_SEARCH_CHARACTERS + 1])
    if not text:
        return None
    if len(search.strip()) > MAX_SEARCH_CHARACTERS or len(text.split()) > MAX_SEARCH_WORDS:
        raise ValidationError("search_too_long", max=MAX_SEARCH_CHARACTERS, words=MAX_SEARCH_WORDS)
    if _PHONE_LIKE.fullmatch(text) and any(ch.isdigit() for ch in text):
        # "138 0013-8000" is one phone number, not three words
        return _like(Customer.search_text, _NON_DIGIT.sub("", text))
    clauses = []
    for term in text.split():
        # a manual tag by its name; an automatic one (stored by code) by its word in either language
        named = (Tag.kind == TagKind.MANUAL.value) & _like(Tag.name, term)
        codes = words.codes_called(AutoTag, term)
        tag_match = named | ((Tag.kind == TagKind.AUTO.value) & Tag.name.in_(codes)) if codes else named
        tagged = CustomerTag.select(CustomerTag.customer).join(Tag).where(tag_match)
        # the name's own LIKE only where the search text was never written (a customer made
        # straight through the model); elsewhere the search text starts with the name
        unwritten = (Customer.search_text == "") & _like(Customer.name, term)
        options = [_like(Customer.search_text, term), unwritten, Customer.id.in_(tagged)]
        digits = _NON_DIGIT.sub("", term)
        if len(digits) >= 3 and digits != term:
            options.append(_like(Customer.search_text, digits))
        clauses.append(reduce(or_, options))
    return reduce(and_, clauses)


def is_listed() -> Expression:
    """Customers the lists show: neither anonymised nor merged into another."""
    # IFNULL, not IS NULL: SQLite would otherwise take the index on merged_into (there to find
    # a customer's merged records) for "IS NULL", read every customer through it and sort them
    # all, where walking the list's own index stops at the page (a shop without ANALYZE
    # statistics, as every shop is, planned each page so: 20 -> 600 ms at 100,000 customers)
    return Customer.anonymised_at.is_null() & (fn.IFNULL(Customer.merged_into, 0) == 0)


def may_be_marketed_to() -> Expression:
    """Listed customers who agreed to marketing messages (营销同意): the only ones greeting and
    win-back lists may name (PIPL: marketing needs consent; a service follow-up does not)."""
    return is_listed() & (Customer.marketing_consent == True)  # noqa: E712 - peewee builds SQL from ==


def _figures() -> dict[str, object]:
    """The visit figures SQLite keeps per customer (``CustomerStats``: a row for everyone, joined inner),
    and the customer's newest ledger row (a correlated subquery: run only for the rows of the page)."""
    last_entry = LedgerEntry.alias("l")
    return {
        "first_visit": CustomerStats.first_visit,
        "last_visit": CustomerStats.last_visit,
        # the bare columns, not COALESCEd: an ORDER BY on them can walk their indexes
        "visits": CustomerStats.visits,
        "total_spent": CustomerStats.total_spent,
        "last_ledger_id": last_entry.select(fn.MAX(last_entry.id)).where(last_entry.customer == Customer.id),
    }


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def _lifecycle_clause(code: str, figures: dict[str, Any], today: date) -> Expression:
    settings = segments.segment_settings()
    first, last = figures["first_visit"], figures["last_visit"]
    new_since = _midnight(today - timedelta(days=settings.new_days))
    active_since = _midnight(today - timedelta(days=settings.active_days))
    dormant_since = _midnight(today - timedelta(days=settings.dormant_days))
    if code == "potential":
        return cast(Expression, last.is_null())
    if code == "new":
        return cast(Expression, first >= new_since)
    settled = first < new_since
    if code == "active":
        return cast(Expression, settled & (last >= active_since))
    if code == "dormant":
        return cast(Expression, settled & (last < active_since) & (last >= dormant_since))
    if code == "lost":
        return cast(Expression, settled & (last < dormant_since))
    raise ValueError(f"unknown lifecycle {code!r}")


def id_among(ids: Iterable[int], column: Field = Customer.id) -> Expression:
    """``column IN ids`` (a customer id) as one parameter however many ids: SQLite reads the list with
    json_each (an IN of 500 parameters per chunk cost peewee 4 ms a chunk to build)."""
    return column.in_(SQL("(SELECT value FROM json_each(?))", [json.dumps(sorted(ids))]))


def _grade_clause(grade: str, today: date) -> Expression:
    return id_among(cid for cid, score in segments.shop_scores(today).items() if score.grade == grade)


def _filter_clause(filters: CustomerFilter, figures: dict[str, Any], today: date) -> Expression | None:
    clauses: list[Expression] = []
    if filters.tag_id is not None:
        clauses.append(
            Customer.id.in_(CustomerTag.select(CustomerTag.customer).where(CustomerTag.tag == filters.tag_id))
        )
    if filters.level_id is not None:
        clauses.append(Customer.level == filters.level_id)
    if filters.stylist_id is not None:
        clauses.append(Customer.preferred_stylist == filters.stylist_id)
    if filters.birth_month is not None:
        clauses.append(Customer.birth_month == filters.birth_month)
    if filters.last_visit_from is not None:
        clauses.append(cast(Expression, figures["last_visit"] >= _midnight(filters.last_visit_from)))
    if filters.last_visit_to is not None:
        clauses.append(cast(Expression, figures["last_visit"] < _midnight(filters.last_visit_to + timedelta(days=1))))
    if filters.lifecycle is not None:
        clauses.append(_lifecycle_clause(filters.lifecycle, figures, today))
    if filters.grade is not None:
        clauses.append(_grade_clause(filters.grade, today))
    return reduce(and_, clauses) if clauses else None


def _pinyin() -> object:
    """The name's pinyin: ``search_text`` starts "name pinyin initials ...", so this
    sorts 安 (an) before 白 (bai), as a Chinese reader expects, not by code point.

    The list walks the index on this expression (``customer_pinyin``), which also holds the
    search text, the name and what "listed" reads: the first page comes without sorting
    100,000 names (25 -> 0.1 ms), and a search reads the index alone, in order, stopping at
    the page's last match (a common "z" 29 -> 0.6 ms; a rare name still reads it all, 18 ms).
    """
    return SQL(PINYIN_ORDER)


_VISIT_FIGURE_SORTS = ("last_visit", "visits", "total_spent")  # sorts by the kept visit figures


def _order(sort: str, descending: bool) -> list[object]:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    key: object = {
        "name": _pinyin(),
        "phone": Customer.phone,
        "level": MembershipLevel.rank,
        "last_visit": SQL('"last_visit"'),
        "visits": SQL('"visits"'),
        "total_spent": SQL('"total_spent"'),
        # no kept row: no card yet, 0
        "balance": fn.COALESCE(CustomerBalance.stored_value, 0),
        "points": fn.COALESCE(CustomerBalance.points, 0),
    }[sort]
    # ties by id; for the kept figures the id as their table holds it (the same number), so the
    # whole order is that table's index (figure, then its rowid) and SQLite walks it, no sort
    same_id = CustomerStats.customer if sort in _VISIT_FIGURE_SORTS else Customer.id
    tie = same_id.desc() if descending else same_id.asc()
    return [key.desc() if descending else key.asc(), tie]  # type: ignore[attr-defined]


def _page_ids(
    search: str, sort: str, descending: bool, offset: int, limit: int, filters: CustomerFilter, day: date
) -> list[int]:
    """The ids of one page, in order: only what sorting and filtering need.

    The page's other figures (the card's balance from the newest ledger row, the level's
    name) are read for these ids alone; joined here they were worked out for every
    customer before the sort.
    """
    figures = _figures()
    query = Customer.select(Customer.id)
    # The visit figures are joined only when the order or a filter reads them: every customer
    # has a row, so leaving it out changes no page, and a sort by balance that looked each
    # one up spent 80 of its 110 ms at 100,000 customers there.
    if sort in _VISIT_FIGURE_SORTS or filters.reads_visit_figures:
        query = Customer.select(
            Customer.id,
            figures["last_visit"].alias("last_visit"),  # type: ignore[attr-defined]
            figures["visits"].alias("visits"),  # type: ignore[attr-defined]
            figures["total_spent"].alias("total_spent"),  # type: ignore[attr-defined]
        ).join(CustomerStats, on=CustomerStats.customer == Customer.id)
    if sort == "level":
        query = query.switch(Customer).join(MembershipLevel, JOIN.LEFT_OUTER, on=Customer.level == MembershipLevel.id)
    if sort in ("balance", "points"):  # the kept cards (schema 13): a narrow table, no ledger row read per customer
        query = query.switch(Customer).join(
            CustomerBalance, JOIN.LEFT_OUTER, on=CustomerBalance.customer == Customer.id
        )
    query = query.where(is_listed()).order_by(*_order(sort, descending)).offset(offset).limit(limit)
    for clause in (_search_clause(search), _filter_clause(filters, figures, day)):
        if clause is not None:
            query = query.where(clause)
    return [int(row[0]) for row in database_proxy.execute(query)]  # the cursor's rows: no peewee row per id


def list_customers(
    search: str = "",
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    filters: CustomerFilter | None = None,
    today: date | None = None,
    with_grades: bool = False,
) -> list[CustomerListRow]:
    """One page of the customer list matching ``search`` and ``filters``, sorted by ``sort``.

    ``with_grades`` adds each row's churn warning and contribution grade; grades
    compare the whole shop, so they show once :func:`segments.shop_scores` has
    worked them out (the tab does so in the background).
    """
    day = today or clock.today()
    ids = _page_ids(search, sort, descending, offset, limit, filters or CustomerFilter(), day)
    # the cursor's own rows, in the columns' order of _page_rows: peewee's conversion of every value
    # of 200 rows was a third of a keystroke; times are parsed by fromisoformat, money by money_sum
    by_id = {row[0]: row for row in _read_with_ids(_page_rows, ids)}
    rows = [by_id[key] for key in ids if key in by_id]
    page = [row[0] for row in rows]
    tags = _tags_of(page)
    settings = segments.segment_settings()  # read once a page: the churn rule and the lifecycles share it
    classified = _classified(page, day, settings) if with_grades else {}
    listed = []
    for key, name, phone, allergies, level, first_text, last_text, visits, spent, balance, points in rows:
        manual, auto = tags.get(key, ((), ()))
        first, last = _stored_time(first_text), _stored_time(last_text)
        grade, churn = classified.get(key, ("", False))
        listed.append(
            CustomerListRow(
                id=key,
                name=name,
                phone=phone,
                level=level or "",
                last_visit=last,
                visits=int(visits),
                total_spent=money_sum(spent),
                balance=money_sum(balance),
                points=int(points),
                tags=manual + auto,
                allergies=allergies.strip(),
                lifecycle=_lifecycle_of(first, last, day, settings),
                grade=grade,
                churn_warning=churn,
                manual_tags=manual,
                auto_tags=auto,
            )
        )
    return listed


def _page_rows(ids: list[int]) -> Select:
    """The columns a row of the list shows, for the customers ``ids``."""
    figures = _figures()
    ledger = LedgerEntry.alias("last")
    return (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.phone,
            Customer.allergies,
            MembershipLevel.name.alias("level"),
            figures["first_visit"].alias("first_visit"),  # type: ignore[attr-defined]
            figures["last_visit"].alias("last_visit"),  # type: ignore[attr-defined]
            figures["visits"].alias("visits"),  # type: ignore[attr-defined]
            figures["total_spent"].alias("total_spent"),  # type: ignore[attr-defined]
            fn.COALESCE(ledger.principal_after + ledger.bonus_after, 0).alias("balance"),
            fn.COALESCE(ledger.points_after, 0).alias("points"),
        )
        .join(MembershipLevel, JOIN.LEFT_OUTER, on=Customer.level == MembershipLevel.id)
        .switch(Customer)
        .join(CustomerStats, JOIN.LEFT_OUTER, on=CustomerStats.customer == Customer.id)
        .switch(Customer)
        .join(ledger, JOIN.LEFT_OUTER, on=ledger.id == figures["last_ledger_id"])
        .where(id_among(ids))
    )


@functools.cache
def _sql_of_ids(build: Callable[[list[int]], Select]) -> tuple[str, tuple[object, ...], int]:
    """The SQL text and parameters of a query over a list of ids (``id_among``), built once, and
    where the ids go: peewee building the page's row and tag queries anew cost a millisecond of
    every keystroke. Its other parameters are constants of the query."""
    sql, params = build([]).sql()
    [slot] = [number for number, value in enumerate(params) if value == "[]"]  # exactly one list of ids
    return str(sql), tuple(params), slot


def _read_with_ids(build: Callable[[list[int]], Select], ids: Iterable[int]) -> Any:
    """Run the query ``build`` makes for ``ids`` from its text built once; the cursor's own rows."""
    sql, params, slot = _sql_of_ids(build)
    values = list(params)
    values[slot] = json.dumps(sorted(ids))
    return database_proxy.execute_sql(sql, values)


def _stored_time(text: str | None) -> datetime | None:
    """A time as the data file stores it ("2026-03-02 10:00:00"), read straight from the cursor."""
    return None if text is None else datetime.fromisoformat(text)


def _classified(customer_ids: list[int], day: date, settings: segments.SegmentSettings) -> dict[int, tuple[str, bool]]:
    """Grade and churn warning of a page of customers (no grades while the shop's are not worked out)."""
    scores = segments.cached_scores(day, settings) or {}
    warned = segments.churn_warnings(customer_ids, day, settings)
    return {cid: (scores[cid].grade if cid in scores else "", cid in warned) for cid in customer_ids}


def _lifecycle_of(
    first: datetime | None, last: datetime | None, today: date, settings: segments.SegmentSettings
) -> str:
    if first is None or last is None:
        return "potential"
    visits = [segments.Visit(first.date(), Decimal(0)), segments.Visit(last.date(), Decimal(0))]
    return segments.lifecycle(visits, today, settings)


def _tags_query(customer_ids: list[int]) -> Select:
    return (
        CustomerTag.select(CustomerTag.customer, Tag.name, Tag.kind)
        .join(Tag)
        .where(id_among(customer_ids, CustomerTag.customer))
        .order_by(Tag.kind.desc(), Tag.name)  # manual tags before automatic ones
    )


def _tags_of(customer_ids: list[int]) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The manual and the automatic tag names of a page of customers, in one query."""
    if not customer_ids:
        return {}
    cursor = _read_with_ids(_tags_query, customer_ids)
    manual: dict[int, list[str]] = defaultdict(list)
    auto: dict[int, list[str]] = defaultdict(list)
    for customer_id, name, kind in cursor:
        (auto if kind == TagKind.AUTO.value else manual)[customer_id].append(name)
    return {key: (tuple(manual[key]), tuple(auto[key])) for key in set(manual) | set(auto)}


def count_customers(search: str = "", *, filters: CustomerFilter | None = None, today: date | None = None) -> int:
    """How many listed customers match ``search`` and ``filters``."""
    chosen = filters or CustomerFilter()
    query = Customer.select().where(is_listed())
    if chosen.lifecycle is not None or chosen.last_visit_from is not None or chosen.last_visit_to is not None:
        # only these read the kept visit figures: a plain count stays a count of one table
        query = query.join(CustomerStats, JOIN.LEFT_OUTER, on=CustomerStats.customer == Customer.id)
    for clause in (
        _search_clause(search),
        _filter_clause(chosen, _figures(), today or clock.today()),
    ):
        if clause is not None:
            query = query.where(clause)
    return int(query.count())
