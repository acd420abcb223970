"""Membership levels (会员等级): a customer moves up when their spending or top-ups reach a threshold.

The level reached is the highest active one whose ``upgrade_threshold`` the
customer has reached: by total spend (voided bills left out) or by total topped
up, as the level says. Levels only go up on their own; the desk may set any
level by hand in the profile. The owner keeps the list in Settings → Membership
levels: a level is never deleted once created (bills name it), only retired, and
its members keep it and its discount.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import cast

from peewee import fn

from salon_crm.core import audit, clock
from salon_crm.core.billing import NO_LEVEL, MemberTerms
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, LedgerKind, LevelBasis
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import Customer, LedgerEntry, MembershipLevel, ServiceRecord, database_proxy
from salon_crm.core.money import money_sum, to_money
from salon_crm.core.numbers import bounded_decimal
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.shop import get_setting

NAME_MAX = 30
HUNDRED = Decimal(100)
BASE_POINTS_KEY = "points_per_yuan"  # points a yuan earns a customer without a level (Settings → Rules)
POINTS_MAX = Decimal(100)


def base_points_per_yuan() -> Decimal:
    """Points a yuan earns without a level: 1 unless the owner set another (a damaged setting gives 1)."""
    try:
        return bounded_decimal(str(get_setting(BASE_POINTS_KEY, "1")), "points_rate_invalid", Decimal(0), POINTS_MAX, 3)
    except ValidationError:
        return NO_LEVEL.points_per_yuan


def _no_level() -> MemberTerms:
    return MemberTerms(NO_LEVEL.price_rate, base_points_per_yuan(), "")


def member_terms(customer_id: int) -> MemberTerms:
    """The discount and points rate of the customer's level (list price and 1 point a yuan without one)."""
    row = (
        MembershipLevel.select(MembershipLevel.price_rate, MembershipLevel.points_per_yuan, MembershipLevel.name)
        .join(Customer, on=Customer.level == MembershipLevel.id)
        .where(Customer.id == customer_id)
        .tuples()
        .first()
    )
    # No level: list price, but the shop's base points rate still applies.
    return _no_level() if row is None else _terms(*row)


def member_terms_of_level(level_id: int) -> MemberTerms:
    """What level ``level_id`` gives on a bill."""
    row = (
        MembershipLevel.select(MembershipLevel.price_rate, MembershipLevel.points_per_yuan, MembershipLevel.name)
        .where(MembershipLevel.id == level_id)
        .tuples()
        .first()
    )
    return _no_level() if row is None else _terms(*row)


def _terms(rate: object, points: object, name: object) -> MemberTerms:
    # SQLite hands DecimalFields back as floats: str() keeps the figure typed in (0.88, not 0.8799...)
    return MemberTerms(Decimal(str(rate)), Decimal(str(points)), str(name))


@dataclass(frozen=True)
class LevelRule:
    """A level as the rules use it: its id, the amount that reaches it and what it gives on a bill."""

    id: int | None
    threshold: Decimal
    terms: MemberTerms
    basis: str = LevelBasis.SPENT.value


def level_rules() -> list[LevelRule]:
    """The shop's active levels, lowest rank first."""
    query = (
        MembershipLevel.select(
            MembershipLevel.id,
            MembershipLevel.upgrade_threshold,
            MembershipLevel.threshold_basis,
            MembershipLevel.price_rate,
            MembershipLevel.points_per_yuan,
            MembershipLevel.name,
        )
        .where(MembershipLevel.active == True)  # noqa: E712 - peewee builds SQL from ==
        .order_by(MembershipLevel.rank)
    )
    rows = cast(Iterable[tuple[int, object, str, object, object, object]], query.tuples())
    return [
        LevelRule(int(id_), money_sum(threshold), _terms(*rest), str(basis)) for id_, threshold, basis, *rest in rows
    ]


def level_reached(thresholds: Iterable[tuple[int, Decimal]], spent: Decimal) -> int | None:
    """Of ``(level id, threshold)`` in rank order, the highest reached with ``spent`` (None below all)."""
    reached = None
    # Thresholds come in rank order and ranks follow thresholds (_rerank), so the last reached is the highest.
    for level_id, threshold in thresholds:
        if threshold <= spent:
            reached = level_id
    return reached


def level_reached_by(rules: Iterable[LevelRule], spent: Decimal, topped_up: Decimal) -> int | None:
    """Of ``rules`` in rank order, the highest reached, each by the amount its basis counts."""
    amounts = {LevelBasis.SPENT.value: spent, LevelBasis.TOP_UP.value: topped_up}
    reached = None
    for rule in rules:
        # An unknown basis counts by spend, the default; the demo's no-level rule (id None) is never a target.
        if rule.id is not None and rule.threshold <= amounts.get(rule.basis, spent):
            reached = rule.id
    return reached


def level_for_spend(spent: Decimal) -> int | None:
    """The id of the highest level reached with ``spent`` (None below every threshold)."""
    return level_reached(((rule.id, rule.threshold) for rule in level_rules() if rule.id is not None), spent)


@guarded(Action.BILL)
def upgrade_level(actor: Actor, customer_id: int, *, now: datetime | None = None) -> int | None:
    """Move the customer up to the level their spending reached; returns the new level's id, if any."""
    with database_proxy.atomic():
        # Read and written in one transaction, inside the bill's or the top-up's own.
        current = Customer.select(Customer.level).where(Customer.id == customer_id).scalar()
        spent = money_sum(
            ServiceRecord.select(fn.SUM(ServiceRecord.total))
            .where((ServiceRecord.customer == customer_id) & ServiceRecord.voided_at.is_null())
            .scalar()
        )
        # TOP_UP rows, principal only: the shop's bonus does not buy a level, and a later refund does not
        # take one away (levels never go down).
        topped_up = money_sum(
            LedgerEntry.select(fn.SUM(LedgerEntry.principal_delta))
            .where((LedgerEntry.customer == customer_id) & (LedgerEntry.kind == LedgerKind.TOP_UP.value))
            .scalar()
        )
        reached = level_reached_by(level_rules(), spent, topped_up)
        # Nothing to change means no audit entry: this runs after every bill.
        if reached is None or reached == current:
            return None
        rows = MembershipLevel.select(MembershipLevel.id, MembershipLevel.rank).tuples()
        ranks = dict(cast(Iterable[tuple[int, int]], rows))
        if current is not None and ranks.get(int(current), 0) >= ranks[reached]:
            return None  # never down, and never below a level set by hand
        before = {"level": current}
        Customer.update(level=reached, updated_at=now or clock.now()).where(Customer.id == customer_id).execute()
        # Audited as the acting user's change: the person saving the bill or top-up moved the level.
        audit.record(actor, AuditAction.UPDATE, "customer", customer_id, before, {"level": reached})
        return reached


# --- the owner's list of levels (Settings → Membership levels) ------------------------------------


@dataclass(frozen=True)
class LevelInput:
    """What the level form submits: 12 in ``discount_percent`` is 12% off the bill (八八折)."""

    name: str
    discount_percent: Decimal | int | str = 0
    points_per_yuan: Decimal | int | str = 1
    threshold: Decimal | int | str = 0
    basis: str = LevelBasis.SPENT.value


@dataclass(frozen=True)
class LevelRow:
    """A level as the settings list shows it."""

    id: int
    name: str
    discount_percent: Decimal
    points_per_yuan: Decimal
    threshold: Decimal
    basis: str
    active: bool
    members: int


def _number(value: Decimal | int | str, code: str, low: Decimal, high: Decimal, places: int) -> Decimal:
    return bounded_decimal(value, code, low, high, places)


def check_level_input(data: LevelInput) -> dict[str, object]:
    """The level's stored values, or ``ValidationError``; needs no database (the form runs it as typed)."""
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("level_name_required")
    if len(name) > NAME_MAX:
        raise ValidationError("level_name_too_long", max=NAME_MAX)
    # a discount below 100%: a level that makes bills free is a typing slip
    discount = _number(data.discount_percent, "level_discount_invalid", Decimal(0), Decimal("99.9"), 1)
    points = _number(data.points_per_yuan, "level_points_invalid", Decimal(0), Decimal(100), 3)
    if data.basis not in {basis.value for basis in LevelBasis}:
        raise ValidationError("level_basis_invalid", basis=data.basis[:20])
    return {
        "name": name,
        # Stored as the share paid (0.88 for 12% off), the figure core.billing multiplies by.
        "price_rate": (HUNDRED - discount) / HUNDRED,
        "points_per_yuan": points,
        "upgrade_threshold": to_money(data.threshold, field="threshold"),
        "threshold_basis": data.basis,
    }


def _validated(data: LevelInput, level_id: int | None) -> dict[str, object]:
    values = check_level_input(data)
    # Case-insensitive, so "Gold" and "gold" cannot be two levels (Chinese has no case).
    same = MembershipLevel.select().where(fn.LOWER(MembershipLevel.name) == str(values["name"]).lower())
    if level_id is not None:
        same = same.where(MembershipLevel.id != level_id)
    if same.exists():
        raise ConflictError("level_name_taken", name=values["name"])
    return values


def _level_row(level: MembershipLevel) -> LevelRow:
    rate = Decimal(str(level.price_rate))
    # One count per level: the list is a handful of levels, not worth a grouped query.
    members = Customer.select().where(Customer.level == level.id).count()
    return LevelRow(
        level.id,
        level.name,
        # normalize() gives 1E+1 for 10; adding 0 turns it back into plain digits for the list.
        ((Decimal(1) - rate) * HUNDRED).normalize() + 0,
        Decimal(str(level.points_per_yuan)),
        money_sum(level.upgrade_threshold),
        level.threshold_basis,
        bool(level.active),
        members,
    )


def list_level_rows() -> list[LevelRow]:
    """Every level, retired ones too, lowest rank first."""
    return [_level_row(level) for level in MembershipLevel.select().order_by(MembershipLevel.rank)]


def _rerank() -> None:
    """Ranks follow the thresholds (then the order made), so a higher threshold is a higher level."""
    levels = list(MembershipLevel.select().order_by(MembershipLevel.upgrade_threshold, MembershipLevel.id))
    for level in levels:  # out of the way first: ranks are unique
        MembershipLevel.update(rank=-level.id).where(MembershipLevel.id == level.id).execute()
    for rank, level in enumerate(levels, start=1):
        MembershipLevel.update(rank=rank).where(MembershipLevel.id == level.id).execute()


def _get_level(level_id: int) -> MembershipLevel:
    level = MembershipLevel.get_or_none(MembershipLevel.id == level_id)
    if level is None:
        raise NotFoundError("level_not_found", level_id=level_id)
    return level


@guarded(Action.CHANGE_CATALOGUE)
def add_level(actor: Actor, data: LevelInput) -> LevelRow:
    """A new level; its rank follows from its threshold."""
    with database_proxy.atomic():
        values = _validated(data, None)
        # Parked above every rank (ranks are unique), then _rerank puts it where its threshold says.
        highest = MembershipLevel.select(fn.MAX(MembershipLevel.rank)).scalar() or 0
        level = MembershipLevel.create(rank=int(highest) + 1, **values)
        _rerank()
        level = _get_level(level.id)
        audit.record(actor, AuditAction.CREATE, "membership_level", level.id, None, audit.snapshot(level))
        return _level_row(level)


@guarded(Action.CHANGE_CATALOGUE)
def update_level(actor: Actor, level_id: int, data: LevelInput) -> LevelRow:
    """Change a level; its members' next bills use the new discount (bills made keep theirs)."""
    with database_proxy.atomic():
        level = _get_level(level_id)
        before = audit.snapshot(level)
        MembershipLevel.update(**_validated(data, level_id)).where(MembershipLevel.id == level_id).execute()
        _rerank()
        level = _get_level(level_id)
        after = audit.snapshot(level)
        if after != before:
            audit.record(
                actor, AuditAction.UPDATE, "membership_level", level_id, before, audit.changed_fields(before, after)
            )
        return _level_row(level)


@guarded(Action.CHANGE_CATALOGUE)
def set_level_active(actor: Actor, level_id: int, active: bool) -> LevelRow:
    """Retire a level (nobody reaches it any more; its members keep it) or bring it back."""
    with database_proxy.atomic():
        level = _get_level(level_id)
        if bool(level.active) != active:
            # Retired levels drop out of level_rules(), so nobody reaches them; members keep theirs.
            MembershipLevel.update(active=active).where(MembershipLevel.id == level_id).execute()
            audit.record(
                actor, AuditAction.UPDATE, "membership_level", level_id, {"active": not active}, {"active": active}
            )
        return _level_row(_get_level(level_id))
