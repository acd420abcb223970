"""Stored value (储值卡) and points (积分): an append-only ledger per customer.

Every change is one ``LedgerEntry`` carrying its deltas and the balances after it,
written in the same transaction as its cause (a visit, a complaint's compensation).
Principal (本金) and bonus (赠送金) are kept apart: a refund (退卡) returns unspent
principal only, and spending draws on them in the order the shop configured.
A change that would take any balance below zero is refused and writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from peewee import fn

from salon_crm.core import audit, bulk, chain, clock, commission, levels, permissions
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, LedgerKind, SaleKind
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import Customer, LedgerEntry, Staff, database_proxy
from salon_crm.core.money import money_sum, to_money
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.shop import get_setting

ZERO = Decimal("0.00")
SPEND_ORDER_KEY = "stored_value_spend_order"
TOP_UP_BONUS_KEY = "top_up_bonus"  # [[pay at least, bonus], ...]
PRINCIPAL_FIRST, BONUS_FIRST = "principal_first", "bonus_first"


@dataclass(frozen=True)
class Balance:
    """A customer's stored value, split into principal and bonus, and points."""

    principal: Decimal = ZERO
    bonus: Decimal = ZERO
    points: int = 0

    @property
    def stored_value(self) -> Decimal:
        return self.principal + self.bonus


@dataclass(frozen=True)
class LedgerRow:
    """One ledger entry as the customer file and the timeline show it."""

    id: int
    customer_id: int
    at: datetime
    kind: str
    principal_delta: Decimal
    bonus_delta: Decimal
    points_delta: int
    balance_after: Balance
    note: str
    imported: bool
    service_record_id: int | None
    ticket_id: int | None


def _row(entry: LedgerEntry) -> LedgerRow:
    after = Balance(money_sum(entry.principal_after), money_sum(entry.bonus_after), int(entry.points_after))
    return LedgerRow(
        id=entry.id,
        customer_id=entry.customer_id,
        at=entry.at,
        kind=entry.kind,
        principal_delta=money_sum(entry.principal_delta),
        bonus_delta=money_sum(entry.bonus_delta),
        points_delta=int(entry.points_delta),
        balance_after=after,
        note=entry.note,
        imported=bool(entry.imported),
        service_record_id=entry.service_record_id,
        ticket_id=entry.ticket_id,
    )


def _last_seal(customer_id: int) -> str:
    # By id, not by ``at``: a caller may pass an earlier ``at`` (an import's date), and the chain
    # follows the order the rows were written.
    last = (
        LedgerEntry.select(LedgerEntry.seal)
        .where(LedgerEntry.customer == customer_id)
        .order_by(LedgerEntry.id.desc())
        .limit(1)
        .scalar()
    )
    return str(last) if last else chain.GENESIS


def balance_of(customer_id: int) -> Balance:
    """The balances after the customer's latest ledger entry (zero without one)."""
    # The latest row's "after" columns, not a SUM over the ledger: one row per look-up, and
    # ledger_total() exists to prove the two agree.
    entry = LedgerEntry.select().where(LedgerEntry.customer == customer_id).order_by(LedgerEntry.id.desc()).first()
    if entry is None:
        return Balance()
    return _row(entry).balance_after


def ledger_total(customer_id: int) -> Balance:
    """The sum of every delta: always equal to :func:`balance_of` (tests check it)."""
    sums: tuple[object, object, int | None] = (
        LedgerEntry.select(
            fn.SUM(LedgerEntry.principal_delta), fn.SUM(LedgerEntry.bonus_delta), fn.SUM(LedgerEntry.points_delta)
        )
        .where(LedgerEntry.customer == customer_id)
        .scalar(as_tuple=True)
    )
    principal, bonus, points = sums
    return Balance(money_sum(principal), money_sum(bonus), int(points or 0))


def ledger_of(customer_id: int) -> list[LedgerRow]:
    """The customer's ledger, newest first."""
    query = LedgerEntry.select().where(LedgerEntry.customer == customer_id).order_by(LedgerEntry.id.desc())
    return [_row(entry) for entry in query]


def spend_order() -> str:
    """Which part of the stored value a spend draws on first (a shop setting)."""
    order = get_setting(SPEND_ORDER_KEY, PRINCIPAL_FIRST)
    return order if order in (PRINCIPAL_FIRST, BONUS_FIRST) else PRINCIPAL_FIRST


def _positive_money(value: Decimal | int | str, field: str) -> Decimal:
    amount = to_money(value, field=field)
    if amount <= 0:
        raise ValidationError("amount_not_positive", field=field, value=str(amount))
    return amount


def _positive_points(points: int) -> int:
    # bool is an int in Python: True must not slip through as one point.
    if isinstance(points, bool) or not isinstance(points, int) or points <= 0:
        raise ValidationError("points_not_positive", value=str(points))
    return points


@dataclass(frozen=True)
class _Change:
    kind: LedgerKind
    principal: Decimal = ZERO
    bonus: Decimal = ZERO
    points: int = 0
    note: str = ""
    service_record_id: int | None = None
    ticket_id: int | None = None
    imported: bool = False


def balance_after(before: Balance, principal: Decimal, bonus: Decimal, points: int) -> Balance:
    """The balances after a change, or ``ValidationError`` when any would go below zero (the ledger's rule)."""
    after = Balance(before.principal + principal, before.bonus + bonus, before.points + points)
    # Each part on its own, not their sum: a refund pays out principal only (PRODUCT §3), so
    # bonus must never stand in for spent principal.
    if after.principal < 0 or after.bonus < 0:
        raise ValidationError(
            "balance_insufficient", balance=str(before.stored_value), amount=str(-(principal + bonus))
        )
    if after.points < 0:
        raise ValidationError("points_insufficient", points=before.points, wanted=-points)
    return after


def _append(actor: Actor, customer_id: int, change: _Change, at: datetime | None) -> LedgerRow:
    """Write one entry after checking that no balance goes below zero."""
    # Read, check and write in one transaction: the balance checked is the one the new row builds on.
    with database_proxy.atomic():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFoundError("customer_not_found", customer_id=customer_id)
        before = balance_of(customer_id)
        after = balance_after(before, change.principal, change.bonus, change.points)
        values: dict[str, Any] = dict(
            customer=customer_id,
            at=at or clock.now(),
            kind=change.kind.value,
            principal_delta=change.principal,
            bonus_delta=change.bonus,
            points_delta=change.points,
            principal_after=after.principal,
            bonus_after=after.bonus,
            points_after=after.points,
            service_record=change.service_record_id,
            ticket=change.ticket_id,
            imported=change.imported,
            actor=actor.username,
            note=change.note.strip()[:200],
        )
        # sealed onto the customer's previous row: a balance edited in the file breaks the chain
        values["seal"] = chain.ledger_seal(_last_seal(customer_id), values)
        entry = LedgerEntry.create(**values)
        audit.record(actor, AuditAction.CREATE, "ledger_entry", entry.id, None, audit.snapshot(entry))
        return _row(entry)


@guarded(Action.TOP_UP)
def top_up(
    actor: Actor,
    customer_id: int,
    amount: Decimal | int | str,
    *,
    bonus: Decimal | int | str = 0,
    at: datetime | None = None,
    note: str = "",
    seller_id: int | None = None,
) -> LedgerRow:
    """Money paid onto the card (principal), with the shop's bonus on top (pay 1,000, get 200).

    ``seller_id``: the staff member who sold it, credited the shop's sale rate (core.commission).
    """
    paid = _positive_money(amount, "amount")
    # Above the shop's limit the owner must act (TOP_UP_OVER_LIMIT is owner-only); the service
    # checks it whatever the dialog already did.
    if paid > top_up_limit():
        permissions.require(actor, Action.TOP_UP_OVER_LIMIT)
    extra = to_money(bonus, field="bonus")
    if extra < 0:
        raise ValidationError("amount_not_positive", field="bonus", value=str(extra))
    with database_proxy.atomic():
        if seller_id is not None and not Staff.select().where(Staff.id == seller_id).exists():
            raise ValidationError("staff_not_found", staff_id=seller_id)
        row = _append(actor, customer_id, _Change(LedgerKind.TOP_UP, paid, extra, note=note), at)
        if seller_id is not None:
            # The seller's commission is on the money paid, not on the bonus the shop gives (PRODUCT §8).
            commission.credit_sale(SaleKind.TOP_UP, seller_id, customer_id, paid, at=row.at)
        levels.upgrade_level(actor, customer_id, now=at)  # a level may be reached by topping up
    return row


def top_up_bonus_tiers() -> tuple[tuple[Decimal, Decimal], ...]:
    """The shop's top-up bonus (充值赠送): (pay at least, bonus) pairs, lowest first; none by default."""
    stored = get_setting(TOP_UP_BONUS_KEY, []) or []
    tiers = []
    try:
        for pay, bonus in stored:
            tiers.append((to_money(str(pay), field="pay"), to_money(str(bonus), field="bonus")))
    except (ValidationError, TypeError, ValueError):
        return ()  # a damaged setting gives no bonus rather than a wrong one
    return tuple(sorted(tiers))


def bonus_for(amount: Decimal | int | str, tiers: Sequence[tuple[Decimal, Decimal]] | None = None) -> Decimal:
    """The bonus a top-up of ``amount`` earns: the highest tier it reaches (pay 1,000, get 200).

    ``tiers`` are the shop's (:func:`top_up_bonus_tiers`) unless given: a form reads them once.
    """
    paid = to_money(amount, field="amount")
    # The tiers come lowest first (top_up_bonus_tiers sorts them), so the last one reached is the highest.
    reached = [bonus for pay, bonus in (top_up_bonus_tiers() if tiers is None else tiers) if paid >= pay]
    return reached[-1] if reached else Decimal("0.00")


def top_up_limit() -> Decimal:
    """The largest top-up the front desk may take without the owner (a shop setting)."""
    value = get_setting(permissions.TOP_UP_LIMIT_KEY, None)
    try:
        return to_money(str(value), field="limit") if value is not None else permissions.DEFAULT_TOP_UP_LIMIT
    except ValidationError:
        return permissions.DEFAULT_TOP_UP_LIMIT  # a damaged setting must not open the till


def split_spend(balance: Balance, amount: Decimal, order: str) -> tuple[Decimal, Decimal]:
    """How much of ``amount`` comes from principal and from bonus, in the shop's order."""
    first, second = (balance.bonus, balance.principal) if order == BONUS_FIRST else (balance.principal, balance.bonus)
    from_first = min(first, amount)
    from_second = amount - from_first
    if from_second > second:
        raise ValidationError("balance_insufficient", balance=str(balance.stored_value), amount=str(amount))
    # Always (principal, bonus), whatever the order, as the ledger's columns take them.
    return (from_second, from_first) if order == BONUS_FIRST else (from_first, from_second)


@guarded(Action.BILL)
def spend_stored_value(
    actor: Actor,
    customer_id: int,
    amount: Decimal | int | str,
    *,
    service_record_id: int | None = None,
    at: datetime | None = None,
    note: str = "",
) -> LedgerRow:
    """Pay ``amount`` from the card; refused when the card does not cover it."""
    due = _positive_money(amount, "amount")
    with database_proxy.atomic():
        principal, bonus = split_spend(balance_of(customer_id), due, spend_order())
        change = _Change(LedgerKind.SPEND, -principal, -bonus, note=note, service_record_id=service_record_id)
        return _append(actor, customer_id, change, at)


@guarded(Action.REFUND_CARD)
def refund_stored_value(
    actor: Actor,
    customer_id: int,
    amount: Decimal | int | str | None = None,
    *,
    at: datetime | None = None,
    note: str = "",
) -> LedgerRow:
    """Return unspent principal (退卡). Refunding all of it closes the card: the bonus lapses."""
    with database_proxy.atomic():
        balance = balance_of(customer_id)
        wanted = balance.principal if amount is None else _positive_money(amount, "amount")
        # PRODUCT §3: only unspent principal goes back; the bonus was never the customer's money.
        if wanted <= 0 or wanted > balance.principal:
            raise ValidationError("refund_exceeds_principal", principal=str(balance.principal), amount=str(wanted))
        lapsed_bonus = balance.bonus if wanted == balance.principal else ZERO
        change = _Change(LedgerKind.REFUND, -wanted, -lapsed_bonus, note=note)
        return _append(actor, customer_id, change, at)


@guarded(Action.BILL)
def earn_points(
    actor: Actor,
    customer_id: int,
    points: int,
    *,
    service_record_id: int | None = None,
    at: datetime | None = None,
    note: str = "",
) -> LedgerRow:
    # The bill rule (core.billing.points_for, the level's points per yuan) works out how many;
    # this only books them.
    change = _Change(
        LedgerKind.POINTS_EARN, points=_positive_points(points), note=note, service_record_id=service_record_id
    )
    return _append(actor, customer_id, change, at)


@guarded(Action.REDEEM_POINTS)
def redeem_points(
    actor: Actor, customer_id: int, points: int, *, at: datetime | None = None, note: str = ""
) -> LedgerRow:
    # _append refuses a redeem beyond the points held, so points never go negative.
    change = _Change(LedgerKind.POINTS_REDEEM, points=-_positive_points(points), note=note)
    return _append(actor, customer_id, change, at)


@guarded(Action.ADJUST_BALANCES)
def adjust(
    actor: Actor,
    customer_id: int,
    *,
    note: str,
    principal: Decimal | int | str = 0,
    bonus: Decimal | int | str = 0,
    points: int = 0,
    at: datetime | None = None,
) -> LedgerRow:
    """A correction by hand; it must say why."""
    if not note.strip():
        raise ValidationError("adjustment_needs_note")
    change = _Change(
        LedgerKind.ADJUST, to_money(principal, field="principal"), to_money(bonus, field="bonus"), points, note
    )
    if change.principal == 0 and change.bonus == 0 and change.points == 0:
        raise ValidationError("adjustment_empty")
    return _append(actor, customer_id, change, at)


@guarded(Action.TICKETS)
def compensate(
    actor: Actor,
    customer_id: int,
    *,
    ticket_id: int,
    note: str,
    points: int = 0,
    bonus: Decimal | int | str = 0,
    principal: Decimal | int | str = 0,
    at: datetime | None = None,
) -> LedgerRow:
    """A complaint's compensation (补偿) credited to the customer, linked to its ticket."""
    change = _Change(
        LedgerKind.COMPENSATION,
        to_money(principal, field="principal"),
        to_money(bonus, field="bonus"),
        points,
        note,
        ticket_id=ticket_id,
    )
    # Compensation only gives; taking money or points back is a correction (adjust), which
    # needs its own permission and a note.
    if change.principal < 0 or change.bonus < 0 or change.points < 0:
        raise ValidationError("compensation_negative")
    if change.principal == 0 and change.bonus == 0 and change.points == 0:
        raise ValidationError("adjustment_empty")
    return _append(actor, customer_id, change, at)


@guarded(Action.CHANGE_PAST_BILLS)
def reverse_record_entries(actor: Actor, service_record_id: int, *, at: datetime | None = None, note: str = "") -> int:
    """Undo every ledger effect of a visit (its spend, its points) with VOID entries.

    Refused, writing nothing, if the customer has since used what would be taken
    back (points already redeemed). Returns how many entries were reversed.
    """
    with database_proxy.atomic():
        of_the_bill = LedgerEntry.service_record == service_record_id
        # Only what is still in force: an edit reversed the bill's earlier entries (VOID rows) and
        # wrote new ones after them, so the entries before the last reversal are undone already.
        # Reversing every non-VOID entry gave an edited-then-voided bill's first charge back twice.
        undone_up_to = (
            LedgerEntry.select(fn.MAX(LedgerEntry.id))
            .where(of_the_bill & (LedgerEntry.kind == LedgerKind.VOID.value))
            .scalar()
        ) or 0
        entries = list(
            LedgerEntry.select()
            .where(of_the_bill & (LedgerEntry.kind != LedgerKind.VOID.value) & (LedgerEntry.id > undone_up_to))
            .order_by(LedgerEntry.id)
        )
        in_force = [(money_sum(e.principal_delta), money_sum(e.bonus_delta), int(e.points_delta)) for e in entries]
        for entry, (principal, bonus, points) in zip(entries, undoing(in_force), strict=True):
            change = _Change(LedgerKind.VOID, principal, bonus, points, note=note, service_record_id=service_record_id)
            _append(actor, entry.customer_id, change, at)
        return len(entries)


def undoing(in_force: Sequence[tuple[Decimal, Decimal, int]]) -> list[tuple[Decimal, Decimal, int]]:
    """The VOID changes (principal, bonus, points) that undo a bill's ledger entries still in force:
    one per entry, each its entry negated, so the card's history shows what each one gave back.
    The demo shop voids its bills through this too."""
    return [(-principal, -bonus, -points) for principal, bonus, points in in_force]


@guarded(Action.IMPORT_DATA)
def import_opening_balance(
    actor: Actor,
    customer_id: int,
    *,
    principal: Decimal | int | str = 0,
    bonus: Decimal | int | str = 0,
    points: int = 0,
    at: datetime | None = None,
) -> LedgerRow | None:
    """Bring the customer's balances to what an imported sheet says (an IMPORT row marked imported).

    The deltas are the difference from the current balances, so a re-import that
    updates an existing customer lands on the sheet's figures. Nothing is written
    when they already match.
    """
    # Refused, not clipped: an opening balance below zero would make the ledger's rule a lie from row one.
    target = Balance(to_money(principal, field="balance"), to_money(bonus, field="bonus"), points)
    if target.principal < 0 or target.bonus < 0 or target.points < 0:
        raise ValidationError("amount_not_positive", field="balance", value=str(target.stored_value))
    # The delta is taken against the current balance, so a re-import lands on the sheet's figures.
    current = balance_of(customer_id)
    change = _Change(
        LedgerKind.IMPORT,
        target.principal - current.principal,
        target.bonus - current.bonus,
        target.points - current.points,
        note="import",
        imported=True,
    )
    if change.principal == 0 and change.bonus == 0 and change.points == 0:
        return None
    return _append(actor, customer_id, change, at)


@guarded(Action.IMPORT_DATA)
def import_opening_balances(
    actor: Actor, balances: Sequence[tuple[int, Decimal, Decimal, int]], *, at: datetime
) -> int:
    """Opening balances of customers created by an import, in bulk: (customer_id, principal, bonus, points).

    Only for customers without any ledger entry yet (refused otherwise), so each
    IMPORT row's balance after is its own delta. Zero balances write nothing.
    Returns how many entries were written.
    """
    wanted = [item for item in balances if item[1] or item[2] or item[3]]
    if not wanted:
        return 0
    for _customer_id, principal, bonus, points in wanted:
        if principal < 0 or bonus < 0 or points < 0:
            raise ValidationError("amount_not_positive", field="balance", value=str(principal + bonus))
    ids = [item[0] for item in wanted]
    with database_proxy.atomic():
        # 500 ids per query stays under the 999-parameter limit of older SQLite builds.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            # plain SQL: peewee spelling out an IN of 500 ids cost more than the lookup
            marks = ", ".join("?" * len(chunk))
            sql = f'SELECT 1 FROM "ledger_entry" WHERE "customer_id" IN ({marks}) LIMIT 1'
            if database_proxy.execute_sql(sql, chunk).fetchone() is not None:
                raise ValidationError("ledger_not_empty")
        # Safe only because no customer here has a row yet: each IMPORT row's "after" is its delta.
        rows = [
            {
                "customer": customer_id, "at": at, "kind": LedgerKind.IMPORT.value, "principal_delta": principal,
                "bonus_delta": bonus, "points_delta": points, "principal_after": principal, "bonus_after": bonus,
                "points_after": points, "imported": True, "actor": actor.username, "note": "import",
            }
            for customer_id, principal, bonus, points in wanted
        ]  # fmt: skip
        chain.seal_ledger_rows(rows)  # each is its customer's first row: a new chain
        created = bulk.insert_rows(LedgerEntry, rows)
        entries = [(entry_id, {**row, "id": entry_id}) for entry_id, row in zip(created, rows, strict=True)]
        audit.record_many(actor, AuditAction.CREATE, "ledger_entry", entries)
    return len(rows)
