"""The bill rule: a bill's figures counted by hand, and every refusal with its code."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from salon_crm.core import billing
from salon_crm.core.billing import LineEntry, MemberTerms
from salon_crm.core.errors import ValidationError

NOW = datetime(2028, 2, 29, 23, 55)  # a leap day, five minutes before midnight
GOLD = MemberTerms(Decimal("0.88"), Decimal("2"), "金卡")


def figures(lines: list[LineEntry], **changes: object) -> billing.BillFigures:
    arguments: dict[str, object] = {
        "terms": GOLD,
        "payment_method": "wechat_pay",
        "visited_at": NOW - timedelta(hours=1),
        "now": NOW,
    }
    arguments.update(changes)
    return billing.bill_figures(lines, **arguments)  # type: ignore[arg-type]


def test_a_members_bill_counted_by_hand() -> None:
    bill = figures([LineEntry("68", 2, "6", "洗剪吹"), LineEntry("380.5", 1, None, "染发")])
    # lines: 68 x 2 - 6 = 130.00 and 380.50; subtotal 510.50; gold pays 88%: 12% off = 61.26;
    # total 449.24; 2 points a yuan, rounded down: 898
    assert [line.amount for line in bill.lines] == [Decimal("130.00"), Decimal("380.50")]
    assert (bill.subtotal, bill.level_discount, bill.discount, bill.total) == (
        Decimal("510.50"),
        Decimal("61.26"),
        Decimal("61.26"),
        Decimal("449.24"),
    )
    assert (bill.points, bill.from_stored_value, bill.package_sessions) == (898, Decimal("0.00"), 0)


def test_a_discount_typed_by_the_desk_takes_the_levels_place() -> None:
    bill = figures([LineEntry("100")], discount="15")
    assert (bill.level_discount, bill.discount, bill.total, bill.points) == (
        Decimal("12.00"),
        Decimal("15.00"),
        Decimal("85.00"),
        170,
    )
    assert figures([LineEntry("100")], discount="").total == Decimal("100.00")  # blank: no discount


def test_the_level_discount_rounds_half_up_to_the_fen() -> None:
    # 0.05 x 12% = 0.006 -> 0.01 off
    assert figures([LineEntry("0.05")]).level_discount == Decimal("0.01")
    assert figures([LineEntry("0.05")], terms=billing.NO_LEVEL).level_discount == Decimal("0.00")


def test_stored_value_pays_the_total_and_must_cover_it() -> None:
    bill = figures([LineEntry("100")], payment_method="stored_value", stored_value=Decimal("88.00"))
    assert bill.from_stored_value == Decimal("88.00")
    with pytest.raises(ValidationError) as caught:
        figures([LineEntry("100")], payment_method="stored_value", stored_value=Decimal("87.99"))
    assert (caught.value.code, caught.value.values) == ("balance_insufficient", {"balance": "87.99", "amount": "88.00"})


def test_a_package_session_makes_its_line_free_and_only_sessions_pay_by_package() -> None:
    bill = figures([LineEntry("68", package_session=True)], payment_method="package")
    assert (bill.total, bill.points, bill.package_sessions) == (Decimal("0.00"), 0, 1)
    with pytest.raises(ValidationError) as caught:  # a package would take money and use no session
        figures([LineEntry("198")], payment_method="package")
    assert caught.value.code == "package_does_not_cover"


@pytest.mark.parametrize(
    ("lines", "changes", "code"),
    [
        ([], {}, "record_needs_a_line"),
        ([LineEntry(None)], {}, "price_required"),
        ([LineEntry(" ")], {}, "price_required"),
        ([LineEntry("-1")], {}, "price_negative"),
        ([LineEntry("abc")], {}, "money_invalid"),
        ([LineEntry("1e308")], {}, "money_too_large"),  # was decimal.InvalidOperation, a traceback
        ([LineEntry("9" * 100_000)], {}, "money_too_large"),
        ([LineEntry("NaN")], {}, "money_invalid"),
        ([LineEntry("10", 0)], {}, "quantity_invalid"),
        ([LineEntry("10", 100)], {}, "quantity_invalid"),
        ([LineEntry("10", 1, "10.01")], {}, "line_discount_invalid"),
        ([LineEntry("10")], {"discount": "-1"}, "record_discount_invalid"),
        ([LineEntry("10")], {"discount": "10.01"}, "record_discount_invalid"),
        ([LineEntry("10")], {"payment_method": "bitcoin"}, "payment_method_invalid"),
        ([LineEntry("10")], {"visited_at": NOW + timedelta(minutes=16)}, "visit_in_future"),
    ],
)
def test_what_is_refused(lines: list[LineEntry], changes: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        figures(lines, **changes)
    assert caught.value.code == code


def test_a_visit_up_to_the_grace_ahead_of_the_clock_is_fine_even_past_midnight() -> None:
    # 23:55 + 15 minutes is tomorrow 00:10: a bill for 00:10 is accepted, 00:11 is not
    assert figures([LineEntry("10")], visited_at=NOW + billing.FUTURE_GRACE).total == Decimal("8.80")
    with pytest.raises(ValidationError):
        figures([LineEntry("10")], visited_at=NOW + billing.FUTURE_GRACE + timedelta(minutes=1))
