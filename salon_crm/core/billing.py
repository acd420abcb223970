"""The bill rule (结账规则): every figure of a bill, worked out in one pure function.

The bill form, saving a bill, completing an appointment and the demo shop all
call :func:`bill_figures`, so a price, a member discount or a point is counted
the same way wherever it appears. It reads no database and no clock: the
caller hands it the lines as typed, the customer's membership terms and the
moment it is now. Invalid input raises the same ``ValidationError`` (with the
same code) that the form shows as the user types and the service refuses.

Order of the figures: each line is price x quantity less its own discount
(a line a 次卡 session covers costs nothing); the lines add up to the
subtotal; the bill discount is the member level's unless the desk typed one;
the total is what is paid, by one payment method, and earns points.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from salon_crm.core.enums import PaymentMethod
from salon_crm.core.errors import ValidationError
from salon_crm.core.money import FEN, to_money

ZERO = Decimal("0.00")
MAX_QUANTITY = 99
# A bill may be entered a little ahead of the clock (a PC clock behind the desk's watch),
# never for later in the day.
FUTURE_GRACE = timedelta(minutes=15)
PAYMENT_METHODS = frozenset(method.value for method in PaymentMethod)


@dataclass(frozen=True)
class MemberTerms:
    """What a customer's membership level (会员等级) gives: the share of the price paid, points per yuan."""

    price_rate: Decimal = Decimal(1)
    points_per_yuan: Decimal = Decimal(1)
    level_name: str = ""


NO_LEVEL = MemberTerms()


@dataclass(frozen=True)
class LineEntry:
    """One line as entered: ``unit_price`` None or blank is refused (the caller fills the list price)."""

    unit_price: Decimal | str | None
    quantity: int = 1
    discount: Decimal | str | None = None
    item_name: str = ""
    package_session: bool = False  # a prepaid 次卡 session pays for this line


@dataclass(frozen=True)
class LineFigures:
    """A line's price before and after its discount."""

    unit_price: Decimal
    quantity: int
    gross: Decimal
    discount: Decimal
    amount: Decimal
    package_session: bool


@dataclass(frozen=True)
class BillFigures:
    """Every figure of one bill; ``discount`` is the bill discount applied (the level's or the desk's)."""

    lines: tuple[LineFigures, ...]
    subtotal: Decimal
    level_discount: Decimal
    discount: Decimal
    total: Decimal
    points: int
    from_stored_value: Decimal
    package_sessions: int
    payment_method: str


def _money(value: Decimal | str | None, field: str) -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        return ZERO
    return to_money(value, field=field)


def line_figures(entry: LineEntry) -> LineFigures:
    """One line's figures; ``ValidationError`` for a missing or negative price, a bad quantity or discount."""
    if entry.unit_price is None or (isinstance(entry.unit_price, str) and not entry.unit_price.strip()):
        raise ValidationError("price_required")
    price = to_money(entry.unit_price, field="unit_price")
    if price < 0:
        raise ValidationError("price_negative", value=str(price))
    if isinstance(entry.quantity, bool) or not 1 <= entry.quantity <= MAX_QUANTITY:
        raise ValidationError("quantity_invalid", quantity=entry.quantity)
    gross = (price * entry.quantity).quantize(FEN)
    if entry.package_session:
        # the session was paid for when the package was sold: the line is free today
        return LineFigures(price, entry.quantity, gross, gross, ZERO, True)
    off = _money(entry.discount, "discount")
    if off < 0 or off > gross:
        raise ValidationError("line_discount_invalid", item=entry.item_name, gross=str(gross), discount=str(off))
    return LineFigures(price, entry.quantity, gross, off, gross - off, False)


def level_discount(subtotal: Decimal, terms: MemberTerms) -> Decimal:
    """What the member level takes off ``subtotal``, to the fen, half up."""
    return (subtotal * (1 - terms.price_rate)).quantize(FEN, rounding=ROUND_HALF_UP)


def points_for(total: Decimal, terms: MemberTerms) -> int:
    """Points earned for ``total`` paid: whole points, rounded down."""
    return max(0, int((total * terms.points_per_yuan).to_integral_value(rounding=ROUND_DOWN)))


def bill_figures(
    lines: Sequence[LineEntry],
    *,
    terms: MemberTerms,
    payment_method: str,
    visited_at: datetime,
    now: datetime,
    discount: Decimal | str | None = None,
    stored_value: Decimal | None = None,
) -> BillFigures:
    """The figures of a bill, or ``ValidationError`` for the first thing wrong with it.

    ``discount`` None applies the member level's discount; a value (blank is
    zero) is the desk's own bill discount in its place. ``stored_value`` is what
    the customer's card can pay (None: not checked here, the ledger refuses).
    """
    if not lines:
        raise ValidationError("record_needs_a_line")
    figures = tuple(line_figures(line) for line in lines)
    if payment_method not in PAYMENT_METHODS:
        raise ValidationError("payment_method_invalid", method=payment_method)
    if visited_at > now + FUTURE_GRACE:
        raise ValidationError("visit_in_future", visited_at=visited_at.isoformat(timespec="minutes"))
    subtotal = sum((line.amount for line in figures), ZERO)
    by_level = level_discount(subtotal, terms)
    off = by_level if discount is None else _money(discount, "discount")
    if off < 0 or off > subtotal:
        raise ValidationError("record_discount_invalid", subtotal=str(subtotal), discount=str(off))
    total = subtotal - off
    sessions = sum(line.quantity for line in figures if line.package_session)
    if payment_method == PaymentMethod.PACKAGE.value and (total > 0 or not sessions):
        # "paid by package" with money left to pay would take the money and use no session
        raise ValidationError("package_does_not_cover", total=str(total))
    if total == 0 and sessions:
        payment_method = PaymentMethod.PACKAGE.value  # nothing left to pay: the sessions paid for the visit
    from_card = total if payment_method == PaymentMethod.STORED_VALUE.value else ZERO
    if stored_value is not None and from_card > stored_value:
        raise ValidationError("balance_insufficient", balance=str(stored_value), amount=str(from_card))
    return BillFigures(
        lines=figures,
        subtotal=subtotal,
        level_discount=by_level,
        discount=off,
        total=total,
        points=points_for(total, terms),
        from_stored_value=from_card,
        package_sessions=sessions,
        payment_method=payment_method,
    )
