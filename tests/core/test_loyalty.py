"""Stored value and points: exact, never negative, and the balance is the ledger's sum."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salon_crm.core import billing, loyalty
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop, open_shop
from salon_crm.core.errors import NotFoundError, SalonError, ValidationError
from salon_crm.core.models import AuditEntry, Customer, LedgerEntry
from salon_crm.core.shop import set_setting


@pytest.fixture
def customer(shop: Shop) -> int:
    return int(Customer.create(name="张三", phone="13800138000").id)


def written() -> tuple[int, int]:
    return LedgerEntry.select().count(), AuditEntry.select().count()


def test_top_up_with_bonus_then_spend_principal_first(customer: int) -> None:
    loyalty.top_up(OWNER, customer, "1000", bonus="200")
    row = loyalty.spend_stored_value(OWNER, customer, Decimal("1100.50"))
    assert (row.principal_delta, row.bonus_delta) == (Decimal("-1000.00"), Decimal("-100.50"))
    assert loyalty.balance_of(customer) == loyalty.Balance(Decimal("0.00"), Decimal("99.50"), 0)


def test_the_shop_can_spend_bonus_first(customer: int) -> None:
    set_setting(OWNER, loyalty.SPEND_ORDER_KEY, loyalty.BONUS_FIRST)
    loyalty.top_up(OWNER, customer, 1000, bonus=200)
    loyalty.spend_stored_value(OWNER, customer, 300)
    assert loyalty.balance_of(customer) == loyalty.Balance(Decimal("900.00"), Decimal("0.00"), 0)


def test_a_refund_returns_principal_only_and_closes_the_card(customer: int) -> None:
    loyalty.top_up(OWNER, customer, 1000, bonus=200)
    loyalty.spend_stored_value(OWNER, customer, 400)
    with pytest.raises(ValidationError) as caught:
        loyalty.refund_stored_value(OWNER, customer, 700)
    assert caught.value.code == "refund_exceeds_principal"
    row = loyalty.refund_stored_value(OWNER, customer)
    assert row.principal_delta == Decimal("-600.00")
    assert loyalty.balance_of(customer) == loyalty.Balance()


def test_spending_more_than_the_card_holds_is_refused(customer: int) -> None:
    loyalty.top_up(OWNER, customer, 100, bonus=20)
    before = written()
    with pytest.raises(ValidationError) as caught:
        loyalty.spend_stored_value(OWNER, customer, "120.01")
    assert caught.value.code == "balance_insufficient"
    assert written() == before
    assert loyalty.balance_of(customer).stored_value == Decimal("120.00")


def test_points_earned_redeemed_and_never_negative(customer: int) -> None:
    loyalty.earn_points(OWNER, customer, billing.points_for(Decimal("268.90"), billing.NO_LEVEL))
    assert loyalty.balance_of(customer).points == 268
    loyalty.redeem_points(OWNER, customer, 200)
    before = written()
    with pytest.raises(ValidationError) as caught:
        loyalty.redeem_points(OWNER, customer, 69)
    assert caught.value.code == "points_insufficient"
    assert written() == before


@pytest.mark.parametrize("amount", ["0", "-5", "abc", "1.001", "NaN"])
def test_bad_amounts_change_nothing(customer: int, amount: str) -> None:
    with pytest.raises(ValidationError):
        loyalty.top_up(OWNER, customer, amount)
    assert written() == (0, 0)


def test_an_adjustment_must_say_why(customer: int) -> None:
    with pytest.raises(ValidationError):
        loyalty.adjust(OWNER, customer, note=" ", points=10)
    loyalty.adjust(OWNER, customer, note="开业赠送", points=10)
    assert loyalty.balance_of(customer).points == 10


def test_unknown_customer(shop: Shop) -> None:
    with pytest.raises(NotFoundError):
        loyalty.top_up(OWNER, 404, 100)


def test_every_change_is_audited(customer: int) -> None:
    loyalty.top_up(OWNER, customer, 500)
    loyalty.earn_points(OWNER, customer, 50)
    assert AuditEntry.select().where(AuditEntry.table_name == "ledger_entry").count() == 2


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("3000"), places=2)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("top_up"), amounts, st.decimals(min_value=0, max_value=500, places=2)),
        st.tuples(st.just("spend"), amounts, st.none()),
        st.tuples(st.just("refund"), st.one_of(st.none(), amounts), st.none()),
        st.tuples(st.just("earn"), st.integers(1, 5000), st.none()),
        st.tuples(st.just("redeem"), st.integers(1, 5000), st.none()),
    ),
    max_size=25,
)


@pytest.fixture(scope="module")
def module_shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    opened = open_shop(Path(tmp_path_factory.mktemp("loyalty")))
    yield opened
    opened.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations, order=st.sampled_from([loyalty.PRINCIPAL_FIRST, loyalty.BONUS_FIRST]))
def test_random_sequences_keep_the_ledger_consistent(module_shop: Shop, steps: list[tuple], order: str) -> None:
    set_setting(OWNER, loyalty.SPEND_ORDER_KEY, order)
    customer = int(Customer.create(name="李四").id)
    actions = {
        "top_up": lambda a, b: loyalty.top_up(OWNER, customer, a, bonus=b),
        "spend": lambda a, _: loyalty.spend_stored_value(OWNER, customer, a),
        "refund": lambda a, _: loyalty.refund_stored_value(OWNER, customer, a),
        "earn": lambda a, _: loyalty.earn_points(OWNER, customer, a),
        "redeem": lambda a, _: loyalty.redeem_points(OWNER, customer, a),
    }
    for name, first, second in steps:
        before = loyalty.balance_of(customer)
        try:
            actions[name](first, second)
        except SalonError:
            assert loyalty.balance_of(customer) == before  # a refusal changes nothing
        balance = loyalty.balance_of(customer)
        assert balance == loyalty.ledger_total(customer)
        assert balance.principal >= 0
        assert balance.bonus >= 0
        assert balance.points >= 0
