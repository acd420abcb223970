"""Possible duplicates already on file: pairs of customer files the duplicate rule says may be one person.

The rule is ``core.duplicates`` (same phone, or same name and full birthday, the year
when both files have one), the one the profile form and the import use. Owner only,
as merging is: the list puts two people's details side by side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations, islice
from typing import cast

from salon_crm.core.context import Actor
from salon_crm.core.customers import is_listed
from salon_crm.core.duplicates import PHONE, Identity, duplicate_reason
from salon_crm.core.models import Customer
from salon_crm.core.permissions import Action, guarded

MAX_PAIRS = 1000  # a walk through the list, not a report: a file shared by hundreds stops here


@dataclass(frozen=True)
class PairSide:
    """One file of a pair, as the window shows it."""

    id: int
    name: str
    phone: str
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    created_at: datetime


@dataclass(frozen=True)
class DuplicatePair:
    """Two files the rule pairs, the older first (the one kept by default), and why."""

    first: PairSide
    second: PairSide
    reason: str  # duplicates.PHONE or duplicates.NAME_BIRTHDAY


def _identity(side: PairSide) -> Identity:
    return Identity(side.name, side.phone, side.birth_year, side.birth_month, side.birth_day)


@guarded(Action.MERGE_CUSTOMERS)
def possible_duplicates(actor: Actor, *, limit: int = MAX_PAIRS) -> list[DuplicatePair]:
    """Pairs of listed files that may be one person: same phone first, then same name and birthday.

    At most ``limit`` pairs; each pair once, even when the two files share both.
    """
    rows = (
        Customer.select(
            Customer.id, Customer.name, Customer.phone, Customer.birth_year, Customer.birth_month,
            Customer.birth_day, Customer.created_at,
        )
        .where(is_listed())
        .order_by(Customer.id)
        .tuples()
    )  # fmt: skip
    by_phone: defaultdict[str, list[PairSide]] = defaultdict(list)
    by_birthday: defaultdict[tuple[str, int, int], list[PairSide]] = defaultdict(list)
    for row in cast(Iterable[tuple[int, str, str, int | None, int | None, int | None, datetime]], rows):
        side = PairSide(*row)
        if side.phone:
            by_phone[side.phone].append(side)
        if side.birth_month is not None:
            by_birthday[(side.name, side.birth_month, side.birth_day or 0)].append(side)
    pairs = list(islice(_pairs((by_phone.values(), by_birthday.values())), limit))
    pairs.sort(key=lambda pair: (pair.reason != PHONE, pair.first.id, pair.second.id))
    return pairs


def _pairs(groupings: Iterable[Iterable[list[PairSide]]]) -> Iterator[DuplicatePair]:
    seen: set[tuple[int, int]] = set()
    for groups in groupings:
        for group in groups:
            for first, second in combinations(group, 2):
                reason = duplicate_reason(_identity(first), _identity(second))
                if reason and (first.id, second.id) not in seen:
                    seen.add((first.id, second.id))
                    yield DuplicatePair(first, second, reason)
