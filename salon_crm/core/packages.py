"""Session packages (次卡/套餐): the shop's catalogue of them, selling one, using its sessions on bills.

A plan is what the shop sells ("10 sessions of wash or blow-dry for ¥300, valid 365
days"); it covers one or several services, one session each. A sale makes a
``ServicePackage`` for the customer with the plan's figures and services copied, so
a later change of the plan never changes what was sold. A bill line paid by a
session costs nothing that day (``core.billing``) and writes a ``PackageUse``;
voiding the bill gives the session back. The sessions left are the sessions sold
minus the uses still standing (``_sessions_left``, the one rule). An expired package
cannot be used.

Every change is also a row of the package's own ledger (``PackageEntry``: sale, use,
return, refund) with the count after it, so the file shows what happened when, and
the monthly report takes pre-paid income (the sales) and consumption (the uses at
the price per session) from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, cast

from peewee import JOIN, fn

from salon_crm.core import audit, clock, commission, loyalty
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, PackageEntryKind, PaymentMethod, SaleKind
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import (
    Customer,
    PackageEntry,
    PackageItem,
    PackagePlan,
    PackageUse,
    PlanItem,
    ServiceItem,
    ServicePackage,
    ServiceRecord,
    ServiceRecordLine,
    Staff,
    database_proxy,
)
from salon_crm.core.money import money_sum, to_money
from salon_crm.core.permissions import Action, guarded

NAME_MAX = 60
SESSIONS_MAX = 1000
VALID_DAYS_MAX = 3660
COVERS_MAX = 20
# a package is paid like a bill, but never "by package"
SALE_METHODS = tuple(method.value for method in PaymentMethod if method is not PaymentMethod.PACKAGE)


def price_per_session(price: Decimal, sessions: int) -> Decimal:
    """What one session of a package is worth: what the report values a used session at."""
    return (price / sessions).quantize(Decimal("0.01"), ROUND_HALF_UP)


@dataclass(frozen=True)
class PlanInput:
    """What the package form submits; ``valid_days`` None or 0 means it never expires."""

    name: str
    service_item_id: int
    sessions: int
    price: Decimal | int | str
    valid_days: int | None = None
    also_covers: tuple[int, ...] = ()  # further services a session may be used for

    @property
    def service_item_ids(self) -> tuple[int, ...]:
        # dict.fromkeys drops repeats and keeps the main service first, the order the cover rows are written in.
        return tuple(dict.fromkeys((self.service_item_id, *self.also_covers)))


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
    service_item_ids: tuple[int, ...] = ()
    service_names: str = ""  # every service covered, "洗剪吹 / 吹风造型"

    @property
    def unit_price(self) -> Decimal:
        return price_per_session(self.price, self.sessions)


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
    service_item_ids: tuple[int, ...] = ()

    def covers(self, service_item_id: int) -> bool:
        return service_item_id in (self.service_item_ids or (self.service_item_id,))

    @property
    def unit_price(self) -> Decimal:
        return price_per_session(self.price_paid, self.sessions_total)


@dataclass(frozen=True)
class EntryRow:
    """A line of a package's ledger, as the customer file lists it."""

    at: datetime
    kind: str
    sessions_delta: int
    sessions_after: int
    amount: Decimal
    record_id: int | None
    actor: str

    @property
    def sessions_before(self) -> int:
        return self.sessions_after - self.sessions_delta


def check_plan_input(data: PlanInput) -> dict[str, object]:
    """The plan's stored values, or ``ValidationError``; needs no database."""
    # Runs of spaces fold to one, so two names that look the same are one name for the duplicate check.
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("package_name_required")
    if len(name) > NAME_MAX:
        raise ValidationError("package_name_too_long", max=NAME_MAX)
    # bool is an int in Python: a stray True must not pass as one session.
    if isinstance(data.sessions, bool) or not 1 <= int(data.sessions) <= SESSIONS_MAX:
        raise ValidationError("package_sessions_invalid", sessions=data.sessions, max=SESSIONS_MAX)
    price = to_money(data.price, field="price")
    if price < 0:
        raise ValidationError("price_negative", value=str(price))
    # 0 and None both mean "never expires" (PlanInput); only NULL is stored, so readers test one thing.
    days = data.valid_days or None
    if days is not None and not 1 <= days <= VALID_DAYS_MAX:
        raise ValidationError("package_days_invalid", days=days, max=VALID_DAYS_MAX)
    if len(data.service_item_ids) > COVERS_MAX:
        raise ValidationError("package_covers_too_many", max=COVERS_MAX)
    return {
        "name": name,
        "service_item": data.service_item_id,
        "sessions": int(data.sessions),
        "price": price,
        "valid_days": days,
    }


def _validated(data: PlanInput, plan_id: int | None) -> dict[str, object]:
    values = check_plan_input(data)
    for item_id in data.service_item_ids:
        if not ServiceItem.select().where(ServiceItem.id == item_id).exists():
            raise ValidationError("service_item_not_found", item_id=item_id)
    # Case-insensitive, so "Wash 10" and "wash 10" cannot both be on sale (Chinese has no case).
    same = PackagePlan.select().where(fn.LOWER(PackagePlan.name) == str(values["name"]).lower())
    if plan_id is not None:
        same = same.where(PackagePlan.id != plan_id)
    if same.exists():
        raise ConflictError("package_name_taken", name=values["name"])
    return values


_PlanTuple = tuple[int, str, int, str, int, object, int | None, object]


def _plan_row(values: _PlanTuple, covers: dict[int, list[tuple[int, str]]]) -> PlanRow:
    plan_id, name, item_id, service_name, sessions, price, days, active = values
    items = covers.get(plan_id) or [(item_id, service_name)]
    return PlanRow(
        plan_id, name, item_id, service_name, int(sessions), money_sum(price), days, bool(active),
        tuple(item for item, _name in items), " / ".join(item_name for _item, item_name in items),
    )  # fmt: skip


def _covered(
    model: type[PlanItem] | type[PackageItem], owner: Any, ids: Iterable[int]
) -> dict[int, list[tuple[int, str]]]:
    """The services each plan or package covers, in the order they were written (the main one first)."""
    query = (
        model.select(owner, model.service_item, ServiceItem.name)
        .join(ServiceItem)
        .where(owner.in_(list(ids)))
        .order_by(owner, model.id)
        .tuples()
    )
    covers: dict[int, list[tuple[int, str]]] = {}
    for key, item, name in cast(Iterable[tuple[int, int, str]], query):
        covers.setdefault(int(key), []).append((int(item), str(name)))
    return covers


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
    rows = list(cast(Iterable[_PlanTuple], query.order_by(PackagePlan.name).tuples()))
    covers = _covered(PlanItem, PlanItem.plan, [row[0] for row in rows])
    return [_plan_row(row, covers) for row in rows]


def _get_plan(plan_id: int) -> PlanRow:
    for row in list_plans():
        if row.id == plan_id:
            return row
    raise NotFoundError("package_plan_not_found", plan_id=plan_id)


def _write_plan_items(plan_id: int, data: PlanInput) -> None:
    # Only the plan's own rows: a sold package has its own PackageItem copies, so what was sold stays.
    PlanItem.delete().where(PlanItem.plan == plan_id).execute()
    PlanItem.insert_many([{"plan": plan_id, "service_item": item} for item in data.service_item_ids]).execute()


@guarded(Action.CHANGE_CATALOGUE)
def add_plan(actor: Actor, data: PlanInput) -> PlanRow:
    with database_proxy.atomic():
        plan = PackagePlan.create(**_validated(data, None))
        _write_plan_items(plan.id, data)
        after = {**audit.snapshot(plan), "covers": list(data.service_item_ids)}
        audit.record(actor, AuditAction.CREATE, "package_plan", plan.id, None, after)
        return _get_plan(plan.id)


@guarded(Action.CHANGE_CATALOGUE)
def update_plan(actor: Actor, plan_id: int, data: PlanInput) -> PlanRow:
    """Change a plan; packages already sold keep their own figures."""
    with database_proxy.atomic():
        plan = PackagePlan.get_or_none(PackagePlan.id == plan_id)
        if plan is None:
            raise NotFoundError("package_plan_not_found", plan_id=plan_id)
        before = {**audit.snapshot(plan), "covers": list(_get_plan(plan_id).service_item_ids)}
        PackagePlan.update(**_validated(data, plan_id)).where(PackagePlan.id == plan_id).execute()
        _write_plan_items(plan_id, data)
        after = {**audit.snapshot(PackagePlan.get_by_id(plan_id)), "covers": list(data.service_item_ids)}
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


def _sessions_left(package_ids: Iterable[int] | None) -> dict[int, int]:
    """Sessions sold minus the uses still standing (a voided bill's uses stand no more): the one rule.

    ``None`` counts every package of the shop (``salon-crm check``).
    """
    # LEFT OUTER: a refund writes uses with no bill (refund_package), and those must keep counting.
    standing = (
        PackageUse.select(PackageUse.package, fn.COUNT(PackageUse.id))
        .join(ServiceRecord, JOIN.LEFT_OUTER, on=PackageUse.record == ServiceRecord.id)
        .where(PackageUse.record.is_null() | ServiceRecord.voided_at.is_null())
        .group_by(PackageUse.package)
    )
    totals = ServicePackage.select(ServicePackage.id, ServicePackage.sessions_total)
    if package_ids is not None:
        ids = list(package_ids)
        standing = standing.where(PackageUse.package.in_(ids))
        totals = totals.where(ServicePackage.id.in_(ids))
    used = {int(package): int(count) for package, count in cast(Iterable[tuple[int, int]], standing.tuples())}
    pairs = cast(Iterable[tuple[int, int]], totals.tuples())
    return {int(key): int(total) - used.get(int(key), 0) for key, total in pairs}


def ledger_ends() -> list[tuple[int, int | None, int]]:
    """For ``salon-crm check``: each package, the count its ledger ends at (None: no row), the count left."""
    last = (
        PackageEntry.select(PackageEntry.package, fn.MAX(PackageEntry.id).alias("last"))
        .group_by(PackageEntry.package)
        .alias("last_entry")
    )
    query = (
        ServicePackage.select(ServicePackage.id, PackageEntry.sessions_after)
        .join(last, JOIN.LEFT_OUTER, on=(last.c.package_id == ServicePackage.id))
        .join(PackageEntry, JOIN.LEFT_OUTER, on=(PackageEntry.id == last.c.last))
        .order_by(ServicePackage.id)
        .tuples()
    )
    ends = list(cast(Iterable[tuple[int, int | None]], query))
    left = _sessions_left(None)
    return [(key, after, left[key]) for key, after in ends]


def packages_of(customer_id: int) -> list[PackageRow]:
    """The customer's packages, newest first, each with the sessions left."""
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
    rows = list(cast(Iterable[tuple[int, int, str, int, object, datetime, date | None]], query))
    ids = [row[0] for row in rows]
    left = _sessions_left(ids)
    covers = _covered(PackageItem, PackageItem.package, ids)
    result = []
    for key, item, name, total, paid, bought, expires in rows:
        items = covers.get(key) or [(item, name)]
        result.append(
            PackageRow(
                key,
                item,
                " / ".join(item_name for _id, item_name in items),
                int(total),
                left[key],
                money_sum(paid),
                bought,
                expires,
                tuple(item_id for item_id, _name in items),
            )
        )
    return result


def usable_package(customer_id: int, service_item_id: int, day: date) -> PackageRow | None:
    """The package a session of ``service_item_id`` comes from on ``day``: the one that expires first."""
    usable = [
        row
        for row in packages_of(customer_id)
        if row.covers(service_item_id) and row.sessions_left > 0 and (row.expires_on is None or row.expires_on >= day)
    ]
    # Soonest expiry first, so the customer does not lose sessions to a date; never-expiring last,
    # then the older package.
    usable.sort(key=lambda row: (row.expires_on or date.max, row.id))
    return usable[0] if usable else None


def _write_entry(
    package_id: int,
    kind: PackageEntryKind,
    delta: int,
    *,
    at: datetime,
    actor: str,
    amount: Decimal = Decimal("0.00"),
    method: str | None = None,
    record_id: int | None = None,
    seller_id: int | None = None,
) -> None:
    """A line of the package's ledger; called after the change, so the count after is the rule's."""
    # The count after comes from _sessions_left, not from adding up deltas, so the ledger cannot
    # drift from what the customer file shows.
    PackageEntry.create(
        package=package_id, at=at, kind=kind.value, sessions_delta=delta,
        sessions_after=_sessions_left([package_id])[package_id], amount=amount, payment_method=method,
        service_record=record_id, seller=seller_id, actor=actor,
    )  # fmt: skip


def package_entries(package_id: int) -> list[EntryRow]:
    """The package's ledger, oldest first."""
    query = (
        PackageEntry.select(
            PackageEntry.at,
            PackageEntry.kind,
            PackageEntry.sessions_delta,
            PackageEntry.sessions_after,
            PackageEntry.amount,
            PackageEntry.service_record,
            PackageEntry.actor,
        )
        .where(PackageEntry.package == package_id)
        .order_by(PackageEntry.id)
        .tuples()
    )
    rows = cast(Iterable[tuple[datetime, str, int, int, object, int | None, str]], query)
    return [
        EntryRow(at, kind, int(delta), int(after), money_sum(amount), record, who)
        for at, kind, delta, after, amount, record, who in rows
    ]


@guarded(Action.BILL)
def sell_package(
    actor: Actor,
    customer_id: int,
    plan_id: int,
    payment_method: str,
    *,
    now: datetime | None = None,
    seller_id: int | None = None,
) -> PackageRow:
    """Sell a plan to a customer, paid at once (stored value through the ledger).

    ``seller_id`` is the staff member who sold it: credited with the shop's sale
    commission (``core.commission``).
    """
    moment = (now or clock.now()).replace(microsecond=0)
    with database_proxy.atomic():
        # An anonymised file keeps its history but takes no new sale (PRODUCT §1 "Delete").
        if not Customer.select().where((Customer.id == customer_id) & Customer.anonymised_at.is_null()).exists():
            raise NotFoundError("customer_not_found", customer_id=customer_id)
        plan = _get_plan(plan_id)
        if not plan.active:
            raise ValidationError("package_plan_retired", name=plan.name)
        if payment_method not in SALE_METHODS:
            raise ValidationError("payment_method_invalid", method=payment_method)
        if seller_id is not None and not Staff.select().where(Staff.id == seller_id).exists():
            raise ValidationError("staff_not_found", staff_id=seller_id)
        expires = moment.date() + timedelta(days=plan.valid_days) if plan.valid_days else None
        package = ServicePackage.create(
            customer=customer_id,
            service_item=plan.service_item_id,
            sessions_total=plan.sessions,
            price_paid=plan.price,
            bought_at=moment,
            expires_on=expires,
            # The plan's name is kept with the package: the plan may be renamed or retired later.
            note=plan.name,
        )
        items = plan.service_item_ids or (plan.service_item_id,)
        PackageItem.insert_many([{"package": package.id, "service_item": item} for item in items]).execute()
        # A free package (price 0) draws nothing: spend_stored_value refuses an amount that is not positive.
        if payment_method == PaymentMethod.STORED_VALUE.value and plan.price > 0:
            loyalty.spend_stored_value(actor, customer_id, plan.price, at=moment, note=plan.name)
        _write_entry(
            package.id, PackageEntryKind.SALE, plan.sessions, at=moment, actor=actor.username,
            amount=plan.price, method=payment_method, seller_id=seller_id,
        )  # fmt: skip
        # The seller's sale commission (售卡提成, PRODUCT §8) is on the price the customer paid.
        if seller_id is not None:
            commission.credit_sale(SaleKind.PACKAGE, seller_id, customer_id, plan.price, at=moment)
        after = {
            **audit.snapshot(package),
            "payment_method": payment_method,
            "sessions_left": plan.sessions,
            "covers": list(items),
            "seller": seller_id,
        }
        audit.record(actor, AuditAction.CREATE, "service_package", package.id, None, after)
        return next(row for row in packages_of(customer_id) if row.id == package.id)


def use_sessions(record_id: int, customer_id: int, uses: list[tuple[int, int]], at: datetime, *, actor: str) -> None:
    """Write the sessions a bill's lines take: ``(service item, quantity)``; called by the bill service.

    Refuses (nothing written by the caller's transaction) when a line has no usable package.
    One ledger line per package the bill drew on.
    """
    taken: dict[int, int] = {}
    for service_item_id, quantity in uses:
        # One session at a time: a line of quantity 3 may finish one package and go on to the next.
        for _ in range(quantity):
            package = usable_package(customer_id, service_item_id, at.date())
            if package is None:
                item = ServiceItem.get_or_none(ServiceItem.id == service_item_id)
                raise ValidationError("no_package_for_item", item=item.name if item else str(service_item_id))
            PackageUse.create(package=package.id, record=record_id, used_at=at)
            taken[package.id] = taken.get(package.id, 0) + 1
    for package_id, count in taken.items():
        _write_entry(package_id, PackageEntryKind.USE, -count, at=at, actor=actor, record_id=record_id)


def _standing_by_package(record_id: int) -> dict[int, int]:
    query = (
        PackageUse.select(PackageUse.package, fn.COUNT(PackageUse.id))
        .where(PackageUse.record == record_id)
        .group_by(PackageUse.package)
        .tuples()
    )
    return {int(package): int(count) for package, count in cast(Iterable[tuple[int, int]], query)}


def release_sessions(record_id: int, *, at: datetime, actor: str) -> int:
    """The sessions a bill took, given back (its lines changed); how many."""
    given = _standing_by_package(record_id)
    # An edit deletes the uses, as the bill service takes them again right after; a void keeps them
    # (note_void) and _sessions_left stops counting them through the bill's voided_at.
    PackageUse.delete().where(PackageUse.record == record_id).execute()
    for package_id, count in given.items():
        _write_entry(package_id, PackageEntryKind.RETURN, count, at=at, actor=actor, record_id=record_id)
    return sum(given.values())


def note_void(record_id: int, *, at: datetime, actor: str) -> None:
    """A voided bill's sessions stand no more (its uses stay, for the history): the ledger says so.

    Called by the void service after it marked the bill void.
    """
    for package_id, count in _standing_by_package(record_id).items():
        _write_entry(package_id, PackageEntryKind.RETURN, count, at=at, actor=actor, record_id=record_id)


@dataclass(frozen=True)
class SessionPool:
    """The sessions left on one package and the services they may pay for (a plan of several shares them)."""

    package_id: int
    left: int
    items: frozenset[int]


def session_pools(customer_id: int, day: date, record_id: int | None = None) -> tuple[SessionPool, ...]:
    """The customer's usable packages on ``day`` in the order ``use_sessions`` draws on them (soonest
    expiry first); a bill being edited gives its own sessions back to the packages they came from."""
    # The edit service releases this bill's sessions before it takes them again, so the preview must
    # count them as available too, or an unchanged bill would look short of sessions.
    own = _standing_by_package(record_id) if record_id is not None else {}
    rows = [
        row
        for row in packages_of(customer_id)
        if row.sessions_left + own.get(row.id, 0) > 0 and (row.expires_on is None or row.expires_on >= day)
    ]
    # The same order as usable_package, so the form's preview takes the sessions use_sessions will.
    rows.sort(key=lambda row: (row.expires_on or date.max, row.id))
    return tuple(
        SessionPool(
            row.id, row.sessions_left + own.get(row.id, 0), frozenset(row.service_item_ids or (row.service_item_id,))
        )
        for row in rows
    )


def pools_after(pools: tuple[SessionPool, ...], uses: Iterable[tuple[int, int]]) -> tuple[SessionPool, ...] | None:
    """``pools`` once ``uses`` (service item, quantity) took their sessions one by one, each from the
    first pool covering it — as ``use_sessions`` will; None when a session finds no pool left."""
    left = [pool.left for pool in pools]
    for item, quantity in uses:
        for _ in range(quantity):
            index = next((i for i, pool in enumerate(pools) if left[i] > 0 and item in pool.items), None)
            if index is None:
                return None
            left[index] -= 1
    return tuple(replace(pool, left=count) for pool, count in zip(pools, left, strict=True))


def sessions_for(pools: tuple[SessionPool, ...], item: int) -> int:
    """The sessions ``pools`` hold for ``item``: what one more line of it could take."""
    return sum(pool.left for pool in pools if item in pool.items)


def sessions_used_by(record_id: int) -> dict[int, int]:
    """The sessions a bill took, by the service of the bill lines they paid for.

    A use names its package, not its line: each line whose service a package the bill
    drew on covers takes from that package's uses, lines charged nothing first.
    """

    remaining = _standing_by_package(record_id)
    covers = {
        key: {item for item, _name in items}
        for key, items in _covered(PackageItem, PackageItem.package, remaining).items()
    }
    lines = (
        ServiceRecordLine.select(ServiceRecordLine.service_item, ServiceRecordLine.quantity)
        .where(ServiceRecordLine.record == record_id)
        # A line paid by a session costs nothing (core.billing), so lines at 0 most likely hold the uses;
        # False sorts before True.
        .order_by(ServiceRecordLine.amount != 0, ServiceRecordLine.id)
        .tuples()
    )
    used: dict[int, int] = {}
    for item, quantity in cast(Iterable[tuple[int, int]], lines):
        wanted = int(quantity)
        for package_id in sorted(remaining):
            if wanted and remaining[package_id] and int(item) in covers.get(package_id, ()):
                count = min(wanted, remaining[package_id])
                remaining[package_id] -= count
                wanted -= count
                used[int(item)] = used.get(int(item), 0) + count
    return used


def refund_value(row: PackageRow) -> Decimal:
    """What the unused sessions of a package are worth back: the price paid per session, times those left."""
    if row.sessions_total <= 0 or row.sessions_left <= 0:
        return Decimal("0.00")
    # Price x left / total, not the rounded unit price x left: refunding every session gives back
    # exactly what was paid.
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
        # No stored-value entry: the amount is paid out at the till, whatever paid for the package.
        amount = refund_value(row)
        # Uses without a bill, so _sessions_left (the one rule) reads 0 left with no special case.
        PackageUse.insert_many(
            [{"package": package_id, "record": None, "used_at": moment}] * row.sessions_left
        ).execute()
        _write_entry(
            package_id, PackageEntryKind.REFUND, -row.sessions_left, at=moment, actor=actor.username, amount=amount
        )
        before = {"sessions_left": row.sessions_left}
        after = {"sessions_left": 0, "refunded_sessions": row.sessions_left, "refund": str(amount)}
        audit.record(actor, AuditAction.UPDATE, "service_package", package_id, before, after)
        return amount
