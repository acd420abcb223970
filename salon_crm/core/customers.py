"""Reading customer files: the searchable, sortable, paged customer list.

Search, sort and paging all happen in SQL so the list stays quick at a busy
shop's scale. Anonymised and merged customers are never listed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import reduce
from operator import and_, or_
from typing import Any, cast

from peewee import JOIN, SQL, Expression, Field, NodeList, fn

from salon_crm.core.models import (
    Customer,
    CustomerTag,
    LedgerEntry,
    MembershipLevel,
    ServiceRecord,
    Tag,
)
from salon_crm.core.money import money_sum
from salon_crm.core.records import CustomerRow
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

_PHONE_LIKE = re.compile(r"[\d\s()+\-]+")
_NON_DIGIT = re.compile(r"\D+")


def _like(field: Field, term: str) -> Expression:
    """``field LIKE '%term%'`` with the wildcards in ``term`` taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return NodeList((field, SQL("LIKE"), f"%{escaped}%", SQL("ESCAPE '\\'")))  # type: ignore[return-value]


def _search_clause(search: str) -> Expression | None:
    """Every word typed must match the name's pinyin keys, the phone or the WeChat id."""
    text = normalise_query(search)
    if not text:
        return None
    if _PHONE_LIKE.fullmatch(text) and any(ch.isdigit() for ch in text):
        # "138 0013-8000" is one phone number, not three words
        return _like(Customer.search_text, _NON_DIGIT.sub("", text))
    clauses = []
    for term in text.split():
        options = [_like(Customer.search_text, term), _like(Customer.name, term)]
        digits = _NON_DIGIT.sub("", term)
        if len(digits) >= 3 and digits != term:
            options.append(_like(Customer.search_text, digits))
        clauses.append(reduce(or_, options))
    return reduce(and_, clauses)


def is_listed() -> Expression:
    """Customers the lists show: neither anonymised nor merged into another."""
    return Customer.anonymised_at.is_null() & Customer.merged_into.is_null()


def _figures() -> dict[str, object]:
    """Correlated subqueries: SQLite runs them only for the rows of the page."""
    record = ServiceRecord.alias("r")
    counted = (record.customer == Customer.id) & record.voided_at.is_null()
    last_entry = LedgerEntry.alias("l")
    last_id = last_entry.select(fn.MAX(last_entry.id)).where(last_entry.customer == Customer.id)
    return {
        "last_visit": record.select(fn.MAX(record.visited_at)).where(counted),
        "visits": record.select(fn.COUNT(record.id)).where(counted),
        "total_spent": record.select(fn.COALESCE(fn.SUM(record.total), 0)).where(counted),
        "last_ledger_id": last_id,
    }


def _pinyin() -> object:
    """The name's pinyin: ``search_text`` starts "name pinyin initials ...", so this
    sorts 安 (an) before 白 (bai), as a Chinese reader expects, not by code point."""
    return fn.substr(Customer.search_text, fn.instr(Customer.search_text, " ") + 1)


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
        "balance": SQL('"balance"'),
        "points": SQL('"points"'),
    }[sort]
    tie = Customer.id.desc() if descending else Customer.id.asc()
    return [key.desc() if descending else key.asc(), tie]  # type: ignore[attr-defined]


def list_customers(
    search: str = "",
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[CustomerRow]:
    """One page of the customer list matching ``search``, sorted by ``sort``."""
    figures = _figures()
    ledger = LedgerEntry.alias("last")
    query = (
        Customer.select(
            Customer.id,
            Customer.name,
            Customer.phone,
            Customer.allergies,
            MembershipLevel.name.alias("level"),
            figures["last_visit"].alias("last_visit"),  # type: ignore[attr-defined]
            figures["visits"].alias("visits"),  # type: ignore[attr-defined]
            figures["total_spent"].alias("total_spent"),  # type: ignore[attr-defined]
            fn.COALESCE(ledger.principal_after + ledger.bonus_after, 0).alias("balance"),
            fn.COALESCE(ledger.points_after, 0).alias("points"),
        )
        .join(MembershipLevel, JOIN.LEFT_OUTER, on=Customer.level == MembershipLevel.id)
        .switch(Customer)
        .join(ledger, JOIN.LEFT_OUTER, on=ledger.id == figures["last_ledger_id"])
        .where(is_listed())
        .order_by(*_order(sort, descending))
        .offset(offset)
        .limit(limit)
    )
    clause = _search_clause(search)
    if clause is not None:
        query = query.where(clause)
    rows = cast(list[dict[str, Any]], list(query.dicts()))
    tags = _tags_of([row["id"] for row in rows])
    return [
        CustomerRow(
            id=row["id"],
            name=row["name"],
            phone=row["phone"],
            level=row["level"] or "",
            last_visit=ServiceRecord.visited_at.python_value(row["last_visit"]),
            visits=int(row["visits"]),
            total_spent=money_sum(row["total_spent"]),
            balance=money_sum(row["balance"]),
            points=int(row["points"]),
            tags=tags.get(row["id"], ()),
            allergies=row["allergies"].strip(),
        )
        for row in rows
    ]


def _tags_of(customer_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The tag names of a page of customers, in one query."""
    if not customer_ids:
        return {}
    query = (
        CustomerTag.select(CustomerTag.customer, Tag.name)
        .join(Tag)
        .where(CustomerTag.customer.in_(customer_ids))
        .order_by(Tag.kind.desc(), Tag.name)  # manual tags before automatic ones
        .tuples()
    )
    tags: dict[int, list[str]] = defaultdict(list)
    for customer_id, name in cast(list[tuple[int, str]], list(query)):
        tags[customer_id].append(name)
    return {key: tuple(names) for key, names in tags.items()}


def count_customers(search: str = "") -> int:
    """How many listed customers match ``search``."""
    query = Customer.select().where(is_listed())
    clause = _search_clause(search)
    if clause is not None:
        query = query.where(clause)
    return int(query.count())
