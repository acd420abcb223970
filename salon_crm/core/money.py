"""Money: exact decimals to the fen, parsed from what people type."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from salon_crm.core.errors import ValidationError

FEN = Decimal("0.01")
MAX_AMOUNT = Decimal("10000000.00")  # ¥10,000,000: no salon bill, balance or price comes near


def to_money(value: Decimal | int | str, *, field: str = "amount") -> Decimal:
    """``value`` as a Decimal with two places; refuses floats, junk and sub-fen digits.

    Accepts what a till clerk types: "68", "68.5", "¥1,200.50", "500元".
    """
    if isinstance(value, float):
        raise TypeError("money must never be a float")
    if isinstance(value, Decimal):
        amount = value  # already a number: the bill rule sees many of these
    else:
        text = str(value).strip().replace(",", "").replace("，", "").lstrip("¥￥").removesuffix("元").strip()
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError("money_invalid", field=field, value=str(value)) from None
    if not amount.is_finite():
        raise ValidationError("money_invalid", field=field, value=str(value))
    # the size first: quantizing 1e308 to the fen raises InvalidOperation instead of a message
    if abs(amount) > MAX_AMOUNT:
        raise ValidationError("money_too_large", field=field, value=str(value)[:40])
    if amount != amount.quantize(FEN):
        raise ValidationError("money_too_precise", field=field, value=str(value)[:40])
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def money_sum(value: object) -> Decimal:
    """A SQL ``SUM`` of a money column (SQLite hands back a float) as exact money."""
    if value is None:
        return Decimal("0.00")
    return Decimal(str(value)).quantize(FEN, rounding=ROUND_HALF_UP)
