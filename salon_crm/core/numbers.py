"""A number typed into a form (a percentage, a rate): read exactly, within bounds, or refused."""

from __future__ import annotations

from decimal import Decimal

from salon_crm.core.errors import ValidationError


def bounded_decimal(
    value: Decimal | int | str, code: str, low: Decimal, high: Decimal, places: int, **values: object
) -> Decimal:
    """``value`` as a Decimal in [low, high] with at most ``places`` decimals ("12%" reads 12).

    Anything else is ``ValidationError(code, value=…, **values)``: NaN, infinity, a typo, too many decimals.
    """
    shown = str(value)[:20]  # a pasted novel is not echoed back whole
    try:
        number = Decimal(str(value).strip().rstrip("%").strip() or "0")
    except ArithmeticError:
        raise ValidationError(code, value=shown, **values) from None
    if not number.is_finite() or not low <= number <= high or number != round(number, places):
        raise ValidationError(code, value=shown, **values)
    return number
