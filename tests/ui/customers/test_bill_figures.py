"""The bill form and saving agree: for any lines, discounts, level and payment, the figures the
form shows are the figures core stores, and what the form refuses core refuses with the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from salon_crm.core import loyalty, service_records
from salon_crm.core.clock import FixedClock
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import Customer, LedgerEntry, MembershipLevel, ServiceItem, database_proxy
from salon_crm.ui.customers.record_dialog import LineColumn, ServiceRecordDialog

# Late in the last day of a month: "within 15 minutes of now" crosses midnight and the month.
NOW = datetime(2027, 1, 31, 23, 50)
LEVELS = (None, ("银卡", "0.95", "1"), ("金卡", "0.88", "1.5"), ("钻石", "0.666", "2"))


@dataclass(frozen=True)
class Line:
    price: str
    quantity: int
    discount: str


@dataclass(frozen=True)
class Bill:
    customer: int  # which of the customers (one per level)
    lines: tuple[Line, ...]
    payment: str
    discount: str | None  # None: the level's, left to the form
    minutes_ago: int  # negative: ahead of the clock


price = st.decimals(min_value=0, max_value=2000, places=2).map(str)
typed = price | price | price | st.sampled_from(["", "-5", "1e3", "abc"])  # now and then a slip
discount = st.decimals(0, 30, places=2).map(str) | st.just("") | st.decimals(0, 300, places=2).map(str)
lines = st.builds(Line, typed, st.integers(1, 12), discount)
bills = st.builds(
    Bill,
    st.integers(0, len(LEVELS) - 1),
    st.lists(lines, min_size=1, max_size=4).map(tuple),
    st.sampled_from(["cash", "wechat_pay", "stored_value", "card"]),
    st.none() | st.decimals(0, 500, places=2).map(str),
    st.integers(-40, 30) | st.integers(30, 3 * 24 * 60),
)


@pytest.fixture
def counter(
    filled_shop: Shop, shop_clock: FixedClock, qtbot: QtBot, settle: Callable[[], None]
) -> Iterator[list[ServiceRecordDialog]]:
    """One open bill form per level, on customers with ¥1,500 on their card."""
    shop_clock.set(NOW)
    item = ServiceItem.get(ServiceItem.name == "洗剪吹")
    dialogs = []
    for rank, level in enumerate(LEVELS, start=1):
        level_id = None
        if level is not None:
            name, rate, points = level
            level_id = MembershipLevel.create(
                name=name, rank=rank, price_rate=Decimal(rate), points_per_yuan=Decimal(points), upgrade_threshold=0
            ).id
        customer = Customer.create(name=f"客人{rank}", level=level_id, search_text="")
        loyalty.top_up(OWNER, customer.id, 1500)
        dialog = ServiceRecordDialog.create(None, customer.id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
    settle()
    assert item.id == dialogs[0].lines[0].item.currentData()
    yield dialogs


def enter(dialog: ServiceRecordDialog, bill: Bill) -> None:
    # as when the desk has typed in the bill's discount field (textEdited), or never did
    dialog._discount_by_hand = bill.discount is not None
    while dialog.lines:
        dialog.table.setCurrentCell(0, LineColumn.ITEM)
        dialog.remove_current_line()
    for line in bill.lines:
        dialog.add_line()
        widgets = dialog.lines[-1]
        widgets.price.setText(line.price)
        widgets.quantity.setValue(line.quantity)
        widgets.discount.setText(line.discount)
    dialog.payment_combo.setCurrentIndex(dialog.payment_combo.findData(bill.payment))
    if bill.discount is not None:
        dialog.discount_edit.setText(bill.discount)
    dialog.visited_edit.setDateTime(NOW - timedelta(minutes=bill.minutes_ago))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bill=bills)
@example(bill=Bill(0, (), "cash", None, 0))  # no line at all
@example(bill=Bill(2, (Line("100", 1, ""),), "cash", "100.01", 0))  # a bill discount above the subtotal
def test_the_form_shows_what_core_saves(counter: list[ServiceRecordDialog], bill: Bill) -> None:
    dialog = counter[bill.customer]
    enter(dialog, bill)
    shown_problem = dialog.problem()
    try:
        figures = dialog.figures()
    except ValidationError as refused:
        form_code: str | None = refused.code
    else:
        form_code = None
    event(form_code or "saved")
    assert bool(shown_problem) == (form_code is not None)
    assert dialog.ok_button.isEnabled() == (form_code is None)

    ledger_before = LedgerEntry.select().count()
    with database_proxy.atomic() as transaction:  # every example starts from the same shop
        try:
            saved = service_records.add_service_record(OWNER, dialog.record_input())
        except ValidationError as refused:
            assert refused.code == form_code
            assert LedgerEntry.select().count() == ledger_before
        else:
            assert form_code is None
            assert [line.amount for line in saved.lines] == [line.amount for line in figures.lines]
            assert (saved.subtotal, saved.discount, saved.total) == (figures.subtotal, figures.discount, figures.total)
            assert f"total ¥{figures.total:,.2f}" in dialog.totals_label.text()
            balance = loyalty.balance_of(dialog.data.customer_id) if dialog.data else None
            assert balance is not None
            assert balance.points == figures.points
            assert balance.stored_value == Decimal("1500.00") - figures.from_stored_value
        transaction.rollback()
