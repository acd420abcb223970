"""Tags (标签): manual ones set at the desk, automatic ones computed from the records.

Automatic tags follow rules over the service records and the profile (a big
spender, a regular, a colour customer, long absent, birthday this month...).
They are recomputed for a customer after every write that can change them, and
for everyone once a day (absence and birthdays move with the calendar). They are
derived data, so recomputing them writes no audit entry; manual tags are audited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from peewee import JOIN, fn

from salon_crm.core import audit, clock, words
from salon_crm.core.context import Actor
from salon_crm.core.customers import is_listed
from salon_crm.core.enums import AuditAction, AutoTag, ServiceCategory, TagKind
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import (
    Customer,
    CustomerStats,
    CustomerTag,
    ServiceItem,
    ServiceRecord,
    ServiceRecordLine,
    Tag,
    database_proxy,
)
from salon_crm.core.money import to_money
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.shop import get_setting, set_setting

TAG_NAME_MAX = 30
RULES_KEY = "auto_tag_rules"


@dataclass(frozen=True)
class TagRules:
    """The thresholds of the automatic tags (a shop setting, JSON)."""

    high_spend: Decimal = Decimal(5000)  # spent in the last year
    regular_visits: int = 4  # visits in the last 180 days
    absent_days: int = 90
    new_days: int = 30
    category_days: int = 365


@dataclass(frozen=True)
class AutoRule:
    """One automatic tag: the code it is stored under (worded by ``core.words``) and its colour."""

    code: AutoTag
    color: str


AUTO_RULES = (
    AutoRule(AutoTag.HIGH_SPENDER, "#C0392B"),
    AutoRule(AutoTag.REGULAR, "#27AE60"),
    AutoRule(AutoTag.NEW_CUSTOMER, "#16A085"),
    AutoRule(AutoTag.COLOUR, "#8E44AD"),
    AutoRule(AutoTag.PERM, "#D35400"),
    AutoRule(AutoTag.SKIN, "#2980B9"),
    AutoRule(AutoTag.ABSENT, "#7F8C8D"),
    AutoRule(AutoTag.BIRTHDAY_MONTH, "#E67E22"),
)


@dataclass(frozen=True)
class TagRow:
    """A tag with how many listed customers carry it; an automatic tag's name is its ``AutoTag`` code."""

    id: int
    name: str
    kind: str
    color: str
    customers: int


@dataclass(frozen=True)
class CustomerTags:
    """A customer's tags, manual apart from automatic (``AutoTag`` codes, in the rules' order)."""

    manual: tuple[str, ...]
    automatic: tuple[str, ...]


# the range each threshold may take; outside it a rule would tag everyone or no one by a slip
TAG_RULE_RANGES = {
    "regular_visits": (1, 100),
    "absent_days": (7, 3650),
    "new_days": (1, 365),
    "category_days": (30, 3650),
}
HIGH_SPEND_MAX = Decimal(10_000_000)


def tag_rules() -> TagRules:
    """The shop's thresholds (the default for anything not set or not readable)."""
    stored = get_setting(RULES_KEY, {}) or {}
    values: dict[str, Any] = {}
    for field in fields(TagRules):
        if isinstance(stored, dict) and field.name in stored:
            try:
                values[field.name] = check_tag_rules(TagRules(**{field.name: stored[field.name]})).__dict__[field.name]
            except (ValidationError, TypeError, ValueError):
                continue  # a value written by hand into the file: the default serves until the owner saves
    return TagRules(**values)


def check_tag_rules(rules: TagRules) -> TagRules:
    """The thresholds as they will be stored, or ``ValidationError`` naming the first wrong one."""
    spend = to_money(rules.high_spend, field="high_spend")
    if not Decimal(0) < spend <= HIGH_SPEND_MAX:
        raise ValidationError("tag_high_spend_invalid", value=str(spend), high=str(HIGH_SPEND_MAX))
    values: dict[str, Any] = {"high_spend": spend}
    for name, (low, high) in TAG_RULE_RANGES.items():
        value = getattr(rules, name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(f"tag_{name}_invalid", value=str(value)[:20], low=low, high=high)
        values[name] = value
    return TagRules(**values)


@guarded(Action.CHANGE_SETTINGS)
def save_tag_rules(actor: Actor, rules: TagRules) -> TagRules:
    """Check and store the thresholds (an audited shop setting); the tags follow at the next recomputation."""
    clean = check_tag_rules(rules)
    stored = {field.name: getattr(clean, field.name) for field in fields(TagRules)}
    stored["high_spend"] = str(clean.high_spend)
    set_setting(actor, RULES_KEY, stored)
    return clean


# --- rules --------------------------------------------------------------------------

Ids = set[int]


def _ids(query: Any) -> Ids:
    """The first column of ``query``'s rows: customer ids, read straight off the cursor.

    Peewee's row handling was most of a whole-shop recomputation (360,000 ids at start-up
    with 100,000 customers: 1.3 s, 0.8 s without it), on the worker the first search waits for.
    """
    sql, params = query.sql()
    return {int(row[0]) for row in database_proxy.execute_sql(sql, params)}


def _day(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def _records_since(start: date) -> Any:
    return ServiceRecord.voided_at.is_null() & (ServiceRecord.visited_at >= _day(start))


class _Scope:
    """The customers a recomputation covers: all, or a few (after a write)."""

    def __init__(self, customer_ids: set[int] | None) -> None:
        self.ids = customer_ids

    def records(self, where: Any) -> Any:
        return where if self.ids is None else where & ServiceRecord.customer.in_(sorted(self.ids))

    def customers(self, where: Any) -> Any:
        return where if self.ids is None else where & Customer.id.in_(sorted(self.ids))

    def stats(self, where: Any) -> Any:
        return where if self.ids is None else where & CustomerStats.customer.in_(sorted(self.ids))


def _could_be(where: Any) -> Any:
    """The customers whose kept figures (``CustomerStats``) pass ``where``: a subquery that narrows a rule."""
    return CustomerStats.select(CustomerStats.customer).where(where)


def _by_stats(scope: _Scope, where: Any) -> Ids:
    """Customers whose kept visit figures (``CustomerStats``, one row per customer with a bill) match:
    100,000 rows instead of grouping a million bills (1.5 s each for new and absent at that size)."""
    return _ids(CustomerStats.select(CustomerStats.customer).where(scope.stats(where)))


def _grouped(scope: _Scope, where: Any, having: Any) -> Ids:
    query = (
        ServiceRecord.select(ServiceRecord.customer)
        .where(scope.records(where))
        .group_by(ServiceRecord.customer)
        .having(having)
    )
    return _ids(query)


def _category(scope: _Scope, category: ServiceCategory, start: date) -> Ids:
    if scope.ids is None:
        # The whole shop: from the category's services to their lines, then each line's bill;
        # CROSS JOIN fixes that order. Left to itself SQLite walked every bill by customer
        # (for the DISTINCT) and looked up its lines: ~1 s a category at 1,000,000 bills.
        cursor = database_proxy.execute_sql(
            'SELECT DISTINCT r."customer_id" FROM "service_item" i '
            'CROSS JOIN "service_record_line" l ON l."service_item_id" = i."id" '
            'CROSS JOIN "service_record" r ON r."id" = l."record_id" '
            'WHERE i."category" = ? AND r."voided_at" IS NULL AND r."visited_at" >= ?',
            (category.value, _day(start).isoformat(sep=" ")),
        )
        return {int(row[0]) for row in cursor}
    # a few customers after a write: their own bills, by the index on the customer
    query = (
        ServiceRecord.select(ServiceRecord.customer)
        .distinct()
        .join(ServiceRecordLine, on=ServiceRecordLine.record == ServiceRecord.id)
        .join(ServiceItem, on=ServiceRecordLine.service_item == ServiceItem.id)
        .where(scope.records(_records_since(start) & (ServiceItem.category == category.value)))
    )
    return _ids(query)


def _rule_functions(rules: TagRules, today: date, scope: _Scope) -> dict[str, Callable[[], Ids]]:
    year_ago = today - timedelta(days=365)
    category_start = today - timedelta(days=rules.category_days)
    birthday = Customer.select(Customer.id).where(scope.customers(Customer.birth_month == today.month))
    return {
        # only customers whose kept lifetime figures could qualify are summed (a year's spend ≤ a lifetime's)
        "high_spender": lambda: _grouped(
            scope,
            _records_since(year_ago)
            & ServiceRecord.customer.in_(_could_be(CustomerStats.total_spent >= float(rules.high_spend))),
            fn.SUM(ServiceRecord.total) >= float(rules.high_spend),
        ),
        "regular": lambda: _grouped(  # and still coming: a regular who stopped is 久未到店
            scope,
            _records_since(today - timedelta(days=180))
            & ServiceRecord.customer.in_(
                _could_be(
                    (CustomerStats.visits >= rules.regular_visits)
                    & (CustomerStats.last_visit >= _day(today - timedelta(days=min(180, rules.absent_days))))
                )
            ),
            (fn.COUNT(ServiceRecord.id) >= rules.regular_visits)
            & (fn.MAX(ServiceRecord.visited_at) >= _day(today - timedelta(days=rules.absent_days))),
        ),
        "new_customer": lambda: _by_stats(
            scope, CustomerStats.first_visit >= _day(today - timedelta(days=rules.new_days))
        ),
        "colour": lambda: _category(scope, ServiceCategory.COLOUR, category_start),
        "perm": lambda: _category(scope, ServiceCategory.PERM, category_start),
        "skin": lambda: _category(scope, ServiceCategory.SKIN, category_start),
        "absent": lambda: _by_stats(scope, CustomerStats.last_visit < _day(today - timedelta(days=rules.absent_days))),
        "birthday_month": lambda: _ids(birthday),
    }


def _auto_tag(rule: AutoRule) -> Tag | None:
    """The rule's tag, made on first use; None when a manual tag already has its code as name."""
    tag = Tag.get_or_none(Tag.name == rule.code.value)
    if tag is None:
        created: Tag = Tag.create(name=rule.code.value, kind=TagKind.AUTO.value, color=rule.color)
        return created
    return tag if tag.kind == TagKind.AUTO.value else None


def refresh_auto_tags(customer_ids: Sequence[int] | None = None, *, today: date | None = None) -> int:
    """Recompute the automatic tags of ``customer_ids`` (everyone when None).

    Returns how many tag links were added or removed.
    """
    day = today or clock.today()
    rules = tag_rules()
    only = None if customer_ids is None else set(customer_ids)
    if only is not None and not only:
        return 0
    listed = _ids(Customer.select(Customer.id).where(is_listed())) if only is None else None
    changes = 0
    with database_proxy.atomic():
        functions = _rule_functions(rules, day, _Scope(only))
        for rule in AUTO_RULES:
            tag = _auto_tag(rule)
            if tag is None:
                continue
            target = functions[rule.code]()
            current_query = CustomerTag.select(CustomerTag.customer).where(CustomerTag.tag == tag.id)
            if only is not None:
                target &= only
                current_query = current_query.where(CustomerTag.customer.in_(list(only)))
            elif listed is not None:
                target &= listed
            current = _ids(current_query)
            gone, new = current - target, target - current
            if gone:
                CustomerTag.delete().where((CustomerTag.tag == tag.id) & CustomerTag.customer.in_(list(gone))).execute()
            if new:
                rows = [{"customer": cid, "tag": tag.id} for cid in sorted(new)]
                for start in range(0, len(rows), 400):
                    CustomerTag.insert_many(rows[start : start + 400]).execute()
            changes += len(gone) + len(new)
    return changes


# --- manual tags --------------------------------------------------------------------


def is_automatic_word(name: str) -> bool:
    """Whether ``name`` is an automatic tag's code or its word in either language."""
    folded = name.casefold()
    return any(
        folded in (rule.code.value, *(each.casefold() for each in words.WORDS[AutoTag][rule.code.value]))
        for rule in AUTO_RULES
    )


def _check_customer(customer_id: int) -> None:
    if not Customer.select().where((Customer.id == customer_id) & Customer.anonymised_at.is_null()).exists():
        raise NotFoundError("customer_not_found", customer_id=customer_id)


@guarded(Action.EDIT_CUSTOMERS)
def add_tag(actor: Actor, customer_id: int, name: str) -> CustomerTags:
    """Put the manual tag ``name`` on the customer (made if new); a no-op if already there."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("tag_name_required")
    if len(clean) > TAG_NAME_MAX:
        raise ValidationError("tag_name_too_long", max=TAG_NAME_MAX)
    if is_automatic_word(clean):  # a hand-set 常客 beside the computed one would read as the same tag
        raise ValidationError("tag_is_automatic", name=clean)
    with database_proxy.atomic():
        _check_customer(customer_id)
        tag = Tag.get_or_none(Tag.name == clean)
        if tag is not None and tag.kind == TagKind.AUTO.value:
            raise ValidationError("tag_is_automatic", name=clean)
        if tag is None:
            tag = Tag.create(name=clean, kind=TagKind.MANUAL.value)
            audit.record(actor, AuditAction.CREATE, "tag", tag.id, None, audit.snapshot(tag))
        linked = CustomerTag.select().where((CustomerTag.customer == customer_id) & (CustomerTag.tag == tag.id))
        if not linked.exists():
            CustomerTag.create(customer=customer_id, tag=tag.id)
            audit.record(actor, AuditAction.CREATE, "customer_tag", f"{customer_id}:{tag.id}", None, {"tag": clean})
        return tags_of(customer_id)


@guarded(Action.EDIT_CUSTOMERS)
def remove_tag(actor: Actor, customer_id: int, name: str) -> CustomerTags:
    """Take the manual tag ``name`` off the customer; automatic tags follow their rules."""
    with database_proxy.atomic():
        _check_customer(customer_id)
        tag = Tag.get_or_none(Tag.name == name)
        if tag is None:
            raise NotFoundError("tag_not_found", name=name)
        if tag.kind == TagKind.AUTO.value:
            raise ValidationError("tag_is_automatic", name=name)
        removed = (
            CustomerTag.delete().where((CustomerTag.customer == customer_id) & (CustomerTag.tag == tag.id)).execute()
        )
        if removed:
            audit.record(actor, AuditAction.DELETE, "customer_tag", f"{customer_id}:{tag.id}", {"tag": name}, None)
        return tags_of(customer_id)


def tags_of(customer_id: int) -> CustomerTags:
    query = (
        Tag.select(Tag.name, Tag.kind)
        .join(CustomerTag)
        .where(CustomerTag.customer == customer_id)
        .order_by(Tag.name)
        .tuples()
    )
    rows = cast(Iterable[tuple[str, str]], query)
    manual: list[str] = []
    automatic: list[str] = []
    for name, kind in rows:
        (automatic if kind == TagKind.AUTO.value else manual).append(name)
    order = {rule.code.value: index for index, rule in enumerate(AUTO_RULES)}
    automatic.sort(key=lambda code: order.get(code, len(order)))
    return CustomerTags(tuple(manual), tuple(automatic))


def list_tags() -> list[TagRow]:
    """Every tag, manual first, with its number of listed customers."""
    count = fn.COUNT(Customer.id)
    query = (
        Tag.select(Tag.id, Tag.name, Tag.kind, Tag.color, count.alias("n"))
        .join(CustomerTag, JOIN.LEFT_OUTER)
        .join(Customer, JOIN.LEFT_OUTER, on=(CustomerTag.customer == Customer.id) & is_listed())
        .group_by(Tag.id)
        .order_by(Tag.kind.desc(), Tag.name)
        .tuples()
    )
    return [TagRow(*row) for row in cast(Iterable[tuple[int, str, str, str, int]], query)]
