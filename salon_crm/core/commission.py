"""Stylist commission (提成): the owner's rules, what each bill line earns, and a month's statement.

A rule is for one service item or for a whole service category (the item's rule
wins). It pays a percentage of the line's net amount — one rate when the customer
asked for the stylist (指定: the line's stylist is the customer's preferred one) and
another when the stylist was next in turn (轮牌) — or a fixed amount per service;
a line paid by a package session earns ``package_percent`` of the session's list
value. What a line earned is written with the bill (``LineCommission``), so a
later change of the rules never changes a month already paid. Voided bills earn
nothing. Owner only: commission is pay.

Selling earns too (售卡提成): the staff member named as the seller of a card top-up or
a package is credited the shop's sale rate of the money taken (``SaleCredit``), fixed
at the sale like a line's commission.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import cast

from peewee import JOIN, fn

from salon_crm.core import audit
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, SaleKind, ServiceCategory
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import (
    CommissionRule,
    Customer,
    LineCommission,
    SaleCredit,
    ServiceItem,
    ServiceRecord,
    ServiceRecordLine,
    Staff,
    database_proxy,
)
from salon_crm.core.money import money_sum, to_money
from salon_crm.core.numbers import bounded_decimal
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.shop import get_setting, set_setting

FEN = Decimal("0.01")
HUNDRED = Decimal(100)
SALE_RATES_KEY = "sale_commission_percent"  # {"top_up": "2", "package": "5"}


@dataclass(frozen=True)
class RuleInput:
    """What the rule form submits: a category code or a service item id (one of them)."""

    category: str | None = None
    service_item_id: int | None = None
    requested_percent: Decimal | int | str = 0
    rotation_percent: Decimal | int | str = 0
    package_percent: Decimal | int | str = 0
    fixed_amount: Decimal | int | str | None = None


@dataclass(frozen=True)
class RuleRow:
    id: int
    category: str | None
    service_item_id: int | None
    service_name: str
    requested_percent: Decimal
    rotation_percent: Decimal
    package_percent: Decimal
    fixed_amount: Decimal | None
    active: bool


def _percent(value: Decimal | int | str, field: str) -> Decimal:
    return bounded_decimal(value, "commission_percent_invalid", Decimal(0), HUNDRED, 2, field=field)


def check_rule_input(data: RuleInput) -> dict[str, object]:
    """The rule's stored values, or ``ValidationError``; needs no database."""
    # Exactly one target, never both or neither: a line looks its rule up by item, then by category.
    if (data.category is None) == (data.service_item_id is None):
        raise ValidationError("commission_rule_target")
    if data.category is not None and data.category not in {c.value for c in ServiceCategory}:
        raise ValidationError("commission_rule_target")
    fixed = None
    # A blank field in the form means "no fixed amount", not zero: the percentages then apply.
    if data.fixed_amount is not None and str(data.fixed_amount).strip():
        fixed = to_money(data.fixed_amount, field="fixed_amount")
        if fixed < 0:
            raise ValidationError("price_negative", value=str(fixed))
    return {
        "category": data.category,
        "service_item": data.service_item_id,
        "requested_percent": _percent(data.requested_percent, "requested"),
        "rotation_percent": _percent(data.rotation_percent, "rotation"),
        "package_percent": _percent(data.package_percent, "package"),
        "fixed_amount": fixed,
    }


def _rule_row(rule: CommissionRule, names: dict[int, str]) -> RuleRow:
    item = rule.__data__.get("service_item")
    fixed = rule.fixed_amount
    return RuleRow(
        rule.id,
        rule.category,
        item,
        names.get(item, "") if item is not None else "",
        Decimal(str(rule.requested_percent)),
        Decimal(str(rule.rotation_percent)),
        Decimal(str(rule.package_percent)),
        None if fixed is None else money_sum(fixed),
        bool(rule.active),
    )


def list_rules() -> list[RuleRow]:
    """Every rule: categories first, then items."""
    names = dict(cast(Iterable[tuple[int, str]], ServiceItem.select(ServiceItem.id, ServiceItem.name).tuples()))
    rules = [_rule_row(rule, names) for rule in CommissionRule.select().order_by(CommissionRule.id)]
    # Sorted here, not in SQL: the item's name comes from the map above, not from a join.
    return sorted(rules, key=lambda row: (row.service_item_id is not None, row.category or row.service_name))


def _same_target(values: dict[str, object], rule_id: int | None) -> bool:
    # Only active rules count: the owner replaces a rule by retiring it and adding another, and the
    # lines it paid keep pointing at the retired one.
    same = CommissionRule.select().where(CommissionRule.active == True)  # noqa: E712 - peewee builds SQL from ==
    if values["service_item"] is not None:
        same = same.where(CommissionRule.service_item == values["service_item"])
    else:
        same = same.where(CommissionRule.category == values["category"])
    if rule_id is not None:
        same = same.where(CommissionRule.id != rule_id)
    return bool(same.exists())


@guarded(Action.CHANGE_SETTINGS)
def save_rule(actor: Actor, data: RuleInput, rule_id: int | None = None) -> RuleRow:
    """Add a rule (``rule_id`` None) or change one; one active rule per item or category."""
    with database_proxy.atomic():
        values = check_rule_input(data)
        if values["service_item"] is not None and not ServiceItem.get_or_none(ServiceItem.id == values["service_item"]):
            raise ValidationError("service_item_not_found", item_id=values["service_item"])
        if _same_target(values, rule_id):
            raise ValidationError("commission_rule_twice")
        if rule_id is None:
            rule = CommissionRule.create(**values)
            audit.record(actor, AuditAction.CREATE, "commission_rule", rule.id, None, audit.snapshot(rule))
        else:
            existing = CommissionRule.get_or_none(CommissionRule.id == rule_id)
            if existing is None:
                raise NotFoundError("commission_rule_not_found", rule_id=rule_id)
            before = audit.snapshot(existing)
            CommissionRule.update(**values).where(CommissionRule.id == rule_id).execute()
            rule = CommissionRule.get_by_id(rule_id)
            audit.record(actor, AuditAction.UPDATE, "commission_rule", rule_id, before, audit.snapshot(rule))
        return next(row for row in list_rules() if row.id == rule.id)


@guarded(Action.CHANGE_SETTINGS)
def retire_rule(actor: Actor, rule_id: int) -> None:
    """Stop a rule for bills to come (the lines it paid keep their figures)."""
    with database_proxy.atomic():
        # Retired, never deleted: each bill line keeps the rule it was paid under (PRODUCT §8).
        if not CommissionRule.update(active=False).where(CommissionRule.id == rule_id).execute():
            raise NotFoundError("commission_rule_not_found", rule_id=rule_id)
        audit.record(actor, AuditAction.UPDATE, "commission_rule", rule_id, {"active": True}, {"active": False})


# --- what a line earns ------------------------------------------------------------------------


def line_commission(rule: RuleRow | None, net: Decimal, list_value: Decimal, quantity: int, *,
                    requested: bool, by_package: bool) -> tuple[Decimal, Decimal]:  # fmt: skip
    """(base, amount) of one line under ``rule``: the rule of one place, used by bills and tests."""
    if rule is None:
        return (net, Decimal("0.00"))
    # A fixed amount is per service done, however it was paid, so it wins over every rate.
    if rule.fixed_amount is not None:
        return (net, (rule.fixed_amount * quantity).quantize(FEN))
    if by_package:
        # A session's line is charged nothing, so the rate applies to the service's list value instead.
        base = list_value
        rate = rule.package_percent
    else:
        base = net
        rate = rule.requested_percent if requested else rule.rotation_percent
    return (base, (base * rate / HUNDRED).quantize(FEN, rounding=ROUND_HALF_UP))


def _active_rules() -> tuple[dict[int, RuleRow], dict[str, RuleRow]]:
    by_item: dict[int, RuleRow] = {}
    by_category: dict[str, RuleRow] = {}
    for rule in list_rules():
        if not rule.active:
            continue
        if rule.service_item_id is not None:
            by_item[rule.service_item_id] = rule
        elif rule.category is not None:
            by_category[rule.category] = rule
    return by_item, by_category


def requested_by_default(stylist_id: int | None, preferred_stylist_id: int | None) -> bool:
    """A line counts as requested (指定) when its stylist is the customer's preferred one, unless the bill says."""
    return stylist_id is not None and stylist_id == preferred_stylist_id


def requested_lines(record_id: int) -> list[bool]:
    """Whether each line of a stored bill was requested, in line order (for editing it)."""
    preferred = (
        Customer.select(Customer.preferred_stylist)
        .join(ServiceRecord, on=ServiceRecord.customer == Customer.id)
        .where(ServiceRecord.id == record_id)
        .scalar()
    )
    # LEFT OUTER: a line may have no LineCommission row (record_line_commissions skips a shop
    # without rules, and lines without a stylist), so it falls back to the default.
    query = (
        ServiceRecordLine.select(ServiceRecordLine.stylist, LineCommission.requested)
        .join(LineCommission, JOIN.LEFT_OUTER)
        .where(ServiceRecordLine.record == record_id)
        .order_by(ServiceRecordLine.id)
        .tuples()
    )
    return [
        bool(kept) if kept is not None else requested_by_default(stylist, preferred)
        for stylist, kept in cast(Iterable[tuple[int | None, int | None]], query)
    ]


def record_line_commissions(record_id: int, by_package: set[int], requested: dict[int, bool] | None = None) -> None:
    """Work out and keep what each line of a just-saved bill earned.

    ``by_package`` are line ids a session paid; ``requested`` the lines the bill marks as
    requested or not (指定), the others follow :func:`requested_by_default`. The flag is
    kept even when no rule pays the line, so an edit shows it as it was.
    """
    by_item, by_category = _active_rules()
    marked = requested or {}
    if not by_item and not by_category and not marked:
        return  # nothing to pay and nothing to remember: the common case of a shop without rules
    record = ServiceRecord.get_by_id(record_id)
    preferred = Customer.select(Customer.preferred_stylist).where(Customer.id == record.__data__["customer"]).scalar()
    lines = (
        ServiceRecordLine.select(
            ServiceRecordLine.id,
            ServiceRecordLine.service_item,
            ServiceRecordLine.stylist,
            ServiceRecordLine.quantity,
            ServiceRecordLine.amount,
            ServiceItem.category,
            ServiceItem.price,
        )
        .join(ServiceItem)
        .where(ServiceRecordLine.record == record_id)
        .tuples()
    )
    for line_id, item, stylist, quantity, amount, category, price in cast(
        Iterable[tuple[int, int, int | None, int, object, str, object]], lines
    ):
        if stylist is None:
            continue  # nobody to pay
        # The item's own rule wins over its category's.
        rule = by_item.get(item) or by_category.get(category)
        is_requested = marked.get(line_id, requested_by_default(stylist, preferred))
        # The catalogue price when the bill is saved: the line itself is 0 when a session paid it.
        list_value = (Decimal(str(price)) * quantity).quantize(FEN)
        base, earned = line_commission(
            rule, money_sum(amount), list_value, int(quantity), requested=is_requested, by_package=line_id in by_package
        )
        # The base and amount are stored with the line, so a later change of the rules never changes
        # a month already paid.
        LineCommission.insert(
            line=line_id, rule=rule.id if rule else None, requested=is_requested, base=base, amount=earned
        ).on_conflict_replace().execute()


# --- the statement --------------------------------------------------------------------------


def totals_by_stylist(start: datetime, end: datetime) -> dict[int, Decimal]:
    """Each stylist's commission from bills visited in [start, end) (voided left out), by staff id.

    For the monthly report, whose exports are the owner's already; the statement below checks its caller.
    """
    query = (
        LineCommission.select(ServiceRecordLine.stylist, fn.SUM(LineCommission.amount))
        .join(ServiceRecordLine)
        .join(ServiceRecord)
        .where(
            # By visit date, so a month's commission is the work done in it, whenever the bill was typed.
            (ServiceRecord.visited_at >= start) & (ServiceRecord.visited_at < end) & ServiceRecord.voided_at.is_null()
        )
        .group_by(ServiceRecordLine.stylist)
        .tuples()
    )
    totals = {int(staff): money_sum(total) for staff, total in cast(Iterable[tuple[int, object]], query) if staff}
    for staff, amount in _sale_credits(start, end).items():
        totals[staff] = totals.get(staff, Decimal("0.00")) + amount
    return totals


def _sale_credits(start: datetime, end: datetime) -> dict[int, Decimal]:
    query = (
        SaleCredit.select(SaleCredit.staff, fn.SUM(SaleCredit.amount))
        .where((SaleCredit.at >= start) & (SaleCredit.at < end))
        .group_by(SaleCredit.staff)
        .tuples()
    )
    return {int(staff): money_sum(total) for staff, total in cast(Iterable[tuple[int, object]], query)}


@dataclass(frozen=True)
class StatementLine:
    visited_at: datetime
    customer: str
    service: str
    requested: bool
    base: Decimal
    amount: Decimal
    sale: str = ""  # a SaleKind code for a sale credit (the window words it); "" for a bill line


@dataclass(frozen=True)
class StylistStatement:
    stylist: str
    lines: tuple[StatementLine, ...]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def base(self) -> Decimal:
        return sum((line.base for line in self.lines), Decimal("0.00"))


# Owner only (SEE_COMMISSION): commission is pay, not for the desk or other stylists.
@guarded(Action.SEE_COMMISSION)
def month_statement(actor: Actor, start: datetime, end: datetime) -> list[StylistStatement]:
    """Each stylist's commission from bills visited in [start, end), voided bills left out, by name."""
    query = (
        LineCommission.select(
            Staff.name,
            ServiceRecord.visited_at,
            Customer.name,
            ServiceItem.name,
            LineCommission.requested,
            LineCommission.base,
            LineCommission.amount,
        )
        .join(ServiceRecordLine)
        .join(ServiceRecord)
        .join(Customer)
        .switch(ServiceRecordLine)
        .join(ServiceItem)
        .switch(ServiceRecordLine)
        .join(Staff)
        .where(
            (ServiceRecord.visited_at >= start)
            & (ServiceRecord.visited_at < end)
            & ServiceRecord.voided_at.is_null()
            & LineCommission.rule.is_null(False)  # a line no rule covered earns nothing: not a statement line
        )
        .order_by(Staff.name, ServiceRecord.visited_at)
        .tuples()
    )
    grouped: dict[str, list[StatementLine]] = {}
    rows = cast(Iterable[tuple[str, datetime, str, str, int, object, object]], query)
    for stylist, visited, customer, service, requested, base, amount in rows:
        grouped.setdefault(stylist, []).append(
            StatementLine(visited, customer, service, bool(requested), money_sum(base), money_sum(amount))
        )
    sales = (
        SaleCredit.select(Staff.name, SaleCredit.at, Customer.name, SaleCredit.kind, SaleCredit.base, SaleCredit.amount)
        .join(Staff)
        .switch(SaleCredit)
        .join(Customer, on=SaleCredit.customer == Customer.id)
        .where((SaleCredit.at >= start) & (SaleCredit.at < end))
        .tuples()
    )
    for stylist, at, customer, kind, base, amount in cast(
        Iterable[tuple[str, datetime, str, str, object, object]], sales
    ):
        grouped.setdefault(stylist, []).append(
            StatementLine(at, customer, "", False, money_sum(base), money_sum(amount), sale=kind)
        )
    return [
        StylistStatement(name, tuple(sorted(lines, key=lambda line: line.visited_at)))
        for name, lines in sorted(grouped.items())
    ]


# --- sale commission (售卡提成) -------------------------------------------------------------------


@dataclass(frozen=True)
class SaleRates:
    """The percentage of the money taken a seller earns, per kind of sale."""

    top_up_percent: Decimal = Decimal("0")
    package_percent: Decimal = Decimal("0")

    def percent(self, kind: SaleKind) -> Decimal:
        return self.top_up_percent if kind is SaleKind.TOP_UP else self.package_percent


def sale_rates() -> SaleRates:
    """The shop's sale rates; none until the owner sets them (a damaged setting pays nothing)."""
    stored = get_setting(SALE_RATES_KEY, {}) or {}
    try:
        return SaleRates(_percent(stored.get("top_up", 0), "top_up"), _percent(stored.get("package", 0), "package"))
    # AttributeError: a setting damaged into something other than a mapping.
    except (ValidationError, AttributeError):
        return SaleRates()


def check_sale_rates(top_up_percent: Decimal | int | str, package_percent: Decimal | int | str) -> SaleRates:
    """The rates as they would be saved, or ``ValidationError``; needs no database."""
    return SaleRates(_percent(top_up_percent, "top_up"), _percent(package_percent, "package"))


@guarded(Action.CHANGE_SETTINGS)
def save_sale_rates(
    actor: Actor, top_up_percent: Decimal | int | str, package_percent: Decimal | int | str
) -> SaleRates:
    """Set the sale rates (checked first: nothing is saved when one is wrong); audited by the setting."""
    rates = check_sale_rates(top_up_percent, package_percent)
    set_setting(actor, SALE_RATES_KEY, {"top_up": str(rates.top_up_percent), "package": str(rates.package_percent)})
    return rates


def credit_sale(kind: SaleKind, staff_id: int, customer_id: int, base: Decimal, *, at: datetime) -> Decimal:
    """Credit the seller of a top-up or a package with the rate of today; called in the sale's transaction."""
    # The rate of today is copied into the row, so changing the rates later leaves past months as paid.
    percent = sale_rates().percent(kind)
    amount = (base * percent / HUNDRED).quantize(FEN, ROUND_HALF_UP)
    SaleCredit.create(
        at=at, kind=kind.value, staff=staff_id, base=base, percent=percent, amount=amount, customer=customer_id
    )
    return amount
