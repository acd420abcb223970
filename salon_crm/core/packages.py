"""Session packages (次卡/套餐): the shop's catalogue of them, selling one, using its sessions on bills.

A plan is what the shop sells ("10 washes for ¥300, valid 365 days"); a sale
makes a ``ServicePackage`` for the customer with the plan's figures copied, so a
later change of the plan never changes what was sold. A bill line paid by a
session costs nothing that day (``core.billing``) and writes a ``PackageUse``;
voiding the bill gives the session back. The sessions left are the sessions sold
minus the uses still standing. An expired package cannot be used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import cast

from peewee import JOIN, fn

from salon_crm.core import audit, clock, loyalty
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, PaymentMethod
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import (
    Customer,
    PackagePlan,
    PackageUse,
    ServiceItem,
    ServicePackage,
    ServiceRecord,
    database_proxy,
)
from salon_crm.core.money import money_sum, to_money
from salon_crm.core.permissions import Action, guarded

NAME_MAX = 60
SESSIONS_MAX = 1000
VALID_DAYS_MAX = 3660
# a package is paid like a bill, but never "by package"
SALE_METHODS = tuple(method.value for method in PaymentMethod if method is not PaymentMethod.PACKAGE)


@dataclass(frozen=True)
class PlanInput:
    """What the package form submits; ``valid_days`` None or 0 means it never expires."""

    name: str
    service_item_id: int
    sessions: int
    price: Decimal | int | str
    valid_days: int | None = None


@dataclass(frozen=True)
class PlanRow:
    id: int
    name: str
    service_item_id: int
    service_name: str
    sessions: int
    price: Decimal
    valid_days: int | None
    active: bool

    @property
    def unit_price(self) -> Decimal:
        """What one session is worth: the price the report values a used session at."""
        return (self.price / self.sessions).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class PackageRow:
    """A package the customer holds."""

    id: int
    service_item_id: int
    service_name: str
    sessions_total: int
    sessions_left: int
    price_paid: Decimal
    bought_at: datetime
    expires_on: date | None


def check_plan_input(data: PlanInput) -> dict[str, object]:
    """The plan's stored values, or ``ValidationError``; needs no database."""
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("package_name_required")
    if len(name) > NAME_MAX:
        raise ValidationError("package_name_too_long", max=NAME_MAX)
    if isinstance(data.sessions, bool) or not 1 <= int(data.sessions) <= SESSIONS_MAX:
        raise ValidationError("package_sessions_invalid", sessions=data.sessions, max=SESSIONS_MAX)
    price = to_money(data.price, field="price")
    if price < 0:
        raise ValidationError("price_negative", value=str(price))
    days = data.valid_days or None
    if days is not None and not 1 <= days <= VALID_DAYS_MAX:
        raise ValidationError("package_days_invalid", days=days, max=VALID_DAYS_MAX)
    return {
        "name": name,
        "service_item": data.service_item_id,
        "sessions": int(data.sessions),
        "price": price,
        "valid_days": days,
    }


def _validated(data: PlanInput, plan_id: int | None) -> dict[str, object]:
    values = check_plan_input(data)
    if not ServiceItem.select().where(ServiceItem.id == data.service_item_id).exists():
        raise ValidationError("service_item_not_found", item_id=data.service_item_id)
    same = PackagePlan.select().where(fn.LOWER(PackagePlan.name) == str(values["name"]).lower())
    if plan_id is not None:
        same = same.where(PackagePlan.id != plan_id)
    if same.exists():
        raise ConflictError("package_name_taken", name=values["name"])
    return values


_PlanTuple = tuple[int, str, int, str, int, object, int | None, object]


def _plan_row(values: _PlanTuple) -> PlanRow:
    plan_id, name, item_id, service_name, sessions, price, days, active = values
    return PlanRow(plan_id, name, item_id, service_name, int(sessions), money_sum(price), days, bool(active))


def list_plans(*, include_retired: bool = True) -> list[PlanRow]:
    """The packages the shop sells, by name (retired ones too unless told otherwise)."""
    query = PackagePlan.select(
        PackagePlan.id,
        PackagePlan.name,
        PackagePlan.service_item,
        ServiceItem.name,
        PackagePlan.sessions,
        PackagePlan.price,
        PackagePlan.valid_days,
        PackagePlan.active,
    ).join(ServiceItem)
    if not include_retired:
        query = query.where(PackagePlan.active == True)  # noqa: E712 - peewee builds SQL from ==
    return [_plan_row(row) for row in cast(Iterable[_PlanTuple], query.order_by(PackagePlan.name).tuples())]


def _get_plan(plan_id: int) -> PlanRow:
    for row in list_plans():
        if row.id == plan_id:
            return row
    raise NotFoundError("package_plan_not_found", plan_id=plan_id)


@guarded(Action.CHANGE_CATALOGUE)
def add_plan(actor: Actor, data: PlanInput) -> PlanRow:
    with database_proxy.atomic():
        plan = PackagePlan.create(**_validated(data, None))
        audit.record(actor, AuditAction.CREATE, "package_plan", plan.id, None, audit.snapshot(plan))
        return _get_plan(plan.id)


@guarded(Action.CHANGE_CATALOGUE)
def update_plan(actor: Actor, plan_id: int, data: PlanInput) -> PlanRow:
    """Change a plan; packages already sold keep their own figures."""
    with database_proxy.atomic():
        plan = PackagePlan.get_or_none(PackagePlan.id == plan_id)
        if plan is None:
            raise NotFoundError("package_plan_not_found", plan_id=plan_id)
        before = audit.snapshot(plan)
        PackagePlan.update(**_validated(data, plan_id)).where(PackagePlan.id == plan_id).execute()
        after = audit.snapshot(PackagePlan.get_by_id(plan_id))
        if after != before:
            audit.record(
                actor, AuditAction.UPDATE, "package_plan", plan_id, before, audit.changed_fields(before, after)
            )
        return _get_plan(plan_id)


@guarded(Action.CHANGE_CATALOGUE)
def set_plan_active(actor: Actor, plan_id: int, active: bool) -> PlanRow:
    """Stop selling a plan (what was sold stays usable) or sell it again."""
    with database_proxy.atomic():
        plan = _get_plan(plan_id)
        if plan.active != active:
            PackagePlan.update(active=active).where(PackagePlan.id == plan_id).execute()
            audit.record(
                actor, AuditAction.UPDATE, "package_plan", plan_id, {"active": plan.active}, {"active": active}
            )
        return _get_plan(plan_id)


# --- a customer's packages ----------------------------------------------------------------------


def packages_of(customer_id: int) -> list[PackageRow]:
    """The customer's packages, newest first, each with the sessions left."""
    standing = (
        PackageUse.select(PackageUse.package, fn.COUNT(PackageUse.id))
        .join(ServiceRecord, JOIN.LEFT_OUTER, on=PackageUse.record == ServiceRecord.id)
        .where(PackageUse.record.is_null() | ServiceRecord.voided_at.is_null())  # a voided bill gave it back
        .group_by(PackageUse.package)
        .tuples()
    )
    used = {int(package): int(count) for package, count in cast(Iterable[tuple[int, int]], standing)}
    query = (
        ServicePackage.select(
            ServicePackage.id,
            ServicePackage.service_item,
            ServiceItem.name,
            ServicePackage.sessions_total,
            ServicePackage.price_paid,
            ServicePackage.bought_at,
            ServicePackage.expires_on,
        )
        .join(ServiceItem)
        .where(ServicePackage.customer == customer_id)
        .order_by(ServicePackage.bought_at.desc(), ServicePackage.id.desc())
        .tuples()
    )
    rows = cast(Iterable[tuple[int, int, str, int, object, datetime, date | None]], query)
    return [
        PackageRow(key, item, name, int(total), int(total) - used.get(key, 0), money_sum(paid), bought, expires)
        for key, item, name, total, paid, bought, expires in rows
    ]


def usable_package(customer_id: int, service_item_id: int, day: date) -> PackageRow | None:
    """The package a session of ``service_item_id`` comes from on ``day``: the one that expires first."""
    usable = [
        row
        for row in packages_of(customer_id)
        if row.service_item_id == service_item_id
        and row.sessions_left > 0
        and (row.expires_on is None or row.expires_on >= day)
    ]
    usable.sort(key=lambda row: (row.expires_on or date.max, row.id))
    return usable[0] if usable else None


@guarded(Action.BILL)
def sell_package(
    actor: Actor, customer_id: int, plan_id: int, payment_method: str, *, now: datetime | None = None
) -> PackageRow:
    """Sell a plan to a customer, paid at once (stored value through the ledger)."""
    moment = (now or clock.now()).replace(microsecond=0)
    with database_proxy.atomic():
        if not Customer.select().where((Customer.id == customer_id) & Customer.anonymised_at.is_null()).exists():
            raise NotFoundError("customer_not_found", customer_id=customer_id)
        plan = _get_plan(plan_id)
        if not plan.active:
            raise ValidationError("package_plan_retired", name=plan.name)
        if payment_method not in SALE_METHODS:
            raise ValidationError("payment_method_invalid", method=payment_method)
        expires = moment.date() + timedelta(days=plan.valid_days) if plan.valid_days else None
        package = ServicePackage.create(
            customer=customer_id,
            service_item=plan.service_item_id,
            sessions_total=plan.sessions,
            price_paid=plan.price,
            bought_at=moment,
            expires_on=expires,
            note=plan.name,
        )
        if payment_method == PaymentMethod.STORED_VALUE.value and plan.price > 0:
            loyalty.spend_stored_value(actor, customer_id, plan.price, at=moment, note=plan.name)
        after = {**audit.snapshot(package), "payment_method": payment_method, "sessions_left": plan.sessions}
        audit.record(actor, AuditAction.CREATE, "service_package", package.id, None, after)
        return next(row for row in packages_of(customer_id) if row.id == package.id)


def use_sessions(record_id: int, customer_id: int, uses: list[tuple[int, int]], at: datetime) -> None:
    """Write the sessions a new bill's lines take: ``(service item, quantity)``; called by the bill service.

    Refuses (nothing written by the caller's transaction) when a line has no usable package.
    """
    for service_item_id, quantity in uses:
        for _ in range(quantity):
            package = usable_package(customer_id, service_item_id, at.date())
            if package is None:
                item = ServiceItem.get_or_none(ServiceItem.id == service_item_id)
                raise ValidationError("no_package_for_item", item=item.name if item else str(service_item_id))
            PackageUse.create(package=package.id, record=record_id, used_at=at)


def release_sessions(record_id: int) -> int:
    """The sessions a bill took, given back (its lines changed); how many."""
    return int(PackageUse.delete().where(PackageUse.record == record_id).execute())


def sessions_usable(customer_id: int, day: date, record_id: int | None = None) -> dict[int, int]:
    """Sessions the customer can use on ``day``, by service item (a bill being edited counts its own back)."""
    usable: dict[int, int] = {}
    for row in packages_of(customer_id):
        if row.sessions_left > 0 and (row.expires_on is None or row.expires_on >= day):
            usable[row.service_item_id] = usable.get(row.service_item_id, 0) + row.sessions_left
    for item, count in sessions_used_by(record_id).items() if record_id is not None else ():
        usable[item] = usable.get(item, 0) + count
    return usable


def sessions_used_by(record_id: int) -> dict[int, int]:
    """The sessions a bill took, by service item."""
    query = (
        PackageUse.select(ServicePackage.service_item, fn.COUNT(PackageUse.id))
        .join(ServicePackage)
        .where(PackageUse.record == record_id)
        .group_by(ServicePackage.service_item)
        .tuples()
    )
    return {int(item): int(count) for item, count in cast(Iterable[tuple[int, int]], query)}


def refund_value(row: PackageRow) -> Decimal:
    """What the unused sessions of a package are worth back: the price paid per session, times those left."""
    if row.sessions_total <= 0 or row.sessions_left <= 0:
        return Decimal("0.00")
    return (row.price_paid * row.sessions_left / row.sessions_total).quantize(Decimal("0.01"))


@guarded(Action.REFUND_CARD)
def refund_package(actor: Actor, package_id: int, *, now: datetime | None = None) -> Decimal:
    """Give back the unused sessions at their unit value (paid out by the till); the package ends.

    The sessions refunded are written as uses without a bill, so the package shows none left.
    Returns the amount to pay back.
    """
    moment = (now or clock.now()).replace(microsecond=0)
    with database_proxy.atomic():
        package = ServicePackage.get_or_none(ServicePackage.id == package_id)
        if package is None:
            raise NotFoundError("package_not_found", package_id=package_id)
        customer_id = int(package.__data__["customer"])
        row = next(one for one in packages_of(customer_id) if one.id == package_id)
        if row.sessions_left <= 0:
            raise ValidationError("package_nothing_to_refund", name=row.service_name)
        amount = refund_value(row)
        PackageUse.insert_many(
            [{"package": package_id, "record": None, "used_at": moment}] * row.sessions_left
        ).execute()
        before = {"sessions_left": row.sessions_left}
        after = {"sessions_left": 0, "refunded_sessions": row.sessions_left, "refund": str(amount)}
        audit.record(actor, AuditAction.UPDATE, "service_package", package_id, before, after)
        return amount
