"""Membership levels (会员等级): a customer moves up when their spending reaches a threshold.

The level reached is the highest whose ``upgrade_threshold`` the customer's total
spend (voided bills left out) has reached. Levels only go up on their own; the
desk may set any level by hand in the profile.
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
from salon_crm.core.enums import AuditAction
from salon_crm.core.models import Customer, MembershipLevel, ServiceRecord, database_proxy
from salon_crm.core.money import money_sum
from salon_crm.core.permissions import Action, guarded


def member_terms(customer_id: int) -> MemberTerms:
    """The discount and points rate of the customer's level (list price and 1 point a yuan without one)."""
    row = (
        MembershipLevel.select(MembershipLevel.price_rate, MembershipLevel.points_per_yuan, MembershipLevel.name)
        .join(Customer, on=Customer.level == MembershipLevel.id)
        .where(Customer.id == customer_id)
        .tuples()
        .first()
    )
    return NO_LEVEL if row is None else _terms(*row)


def _terms(rate: object, points: object, name: object) -> MemberTerms:
    # SQLite hands DecimalFields back as floats: str() keeps the figure typed in (0.88, not 0.8799...)
    return MemberTerms(Decimal(str(rate)), Decimal(str(points)), str(name))


@dataclass(frozen=True)
class LevelRule:
    """A level as the rules use it: its id, the spend that reaches it and what it gives on a bill."""

    id: int | None
    threshold: Decimal
    terms: MemberTerms


def level_rules() -> list[LevelRule]:
    """The shop's levels, lowest rank first."""
    query = MembershipLevel.select(
        MembershipLevel.id,
        MembershipLevel.upgrade_threshold,
        MembershipLevel.price_rate,
        MembershipLevel.points_per_yuan,
        MembershipLevel.name,
    ).order_by(MembershipLevel.rank)
    rows = cast(Iterable[tuple[int, object, object, object, object]], query.tuples())
    return [LevelRule(int(id_), money_sum(threshold), _terms(*rest)) for id_, threshold, *rest in rows]


def level_reached(thresholds: Iterable[tuple[int, Decimal]], spent: Decimal) -> int | None:
    """Of ``(level id, threshold)`` in rank order, the highest reached with ``spent`` (None below all)."""
    reached = None
    for level_id, threshold in thresholds:
        if threshold <= spent:
            reached = level_id
    return reached


def level_for_spend(spent: Decimal) -> int | None:
    """The id of the highest level reached with ``spent`` (None below every threshold)."""
    return level_reached(((rule.id, rule.threshold) for rule in level_rules() if rule.id is not None), spent)


@guarded(Action.BILL)
def upgrade_level(actor: Actor, customer_id: int, *, now: datetime | None = None) -> int | None:
    """Move the customer up to the level their spending reached; returns the new level's id, if any."""
    with database_proxy.atomic():
        current = Customer.select(Customer.level).where(Customer.id == customer_id).scalar()
        spent = money_sum(
            ServiceRecord.select(fn.SUM(ServiceRecord.total))
            .where((ServiceRecord.customer == customer_id) & ServiceRecord.voided_at.is_null())
            .scalar()
        )
        reached = level_for_spend(spent)
        if reached is None or reached == current:
            return None
        rows = MembershipLevel.select(MembershipLevel.id, MembershipLevel.rank).tuples()
        ranks = dict(cast(Iterable[tuple[int, int]], rows))
        if current is not None and ranks.get(int(current), 0) >= ranks[reached]:
            return None  # never down, and never below a level set by hand
        before = {"level": current}
        Customer.update(level=reached, updated_at=now or clock.now()).where(Customer.id == customer_id).execute()
        audit.record(actor, AuditAction.UPDATE, "customer", customer_id, before, {"level": reached})
        return reached
