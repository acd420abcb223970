"""Issue 16: each customer's visit figures are kept by the data file itself (schema 9 triggers) through
every way a bill changes, the list reads them, and `check` finds them changed outside the app."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from salon_crm.core import bill_imports, care, customers, integrity, loyalty, merging, segments, service_records
from salon_crm.core.bill_imports import RecordRow
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import (
    Customer,
    CustomerBalance,
    CustomerRhythm,
    CustomerStats,
    ServiceItem,
    database_proxy,
)
from salon_crm.core.schema import v13_customer_balance
from salon_crm.core.service_records import LineInput, RecordInput

DAY = datetime(2026, 3, 2, 10, 0)


def figures(customer_id: int) -> tuple[int, Decimal, datetime | None, datetime | None]:
    row = CustomerStats.get_or_none(CustomerStats.customer == customer_id)
    if row is None:
        return (0, Decimal("0.00"), None, None)
    return (row.visits, Decimal(str(row.total_spent)).quantize(Decimal("0.01")), row.first_visit, row.last_visit)


def test_the_figures_follow_every_change_of_a_bill(shop: Shop) -> None:
    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    zhang, zhang_again = Customer.create(name="张三").id, Customer.create(name="张三 (2)").id

    def bill(customer: int, day: int, price: str = "68") -> int:
        at = DAY + timedelta(days=day)
        data = RecordInput(customer, at, (LineInput(item, unit_price=price),), "cash")
        return service_records.add_service_record(OWNER, data, now=at).id

    first, second = bill(zhang, 0), bill(zhang, 10, "100")
    assert figures(zhang) == (2, Decimal("168.00"), DAY, DAY + timedelta(days=10))
    edited = RecordInput(zhang, DAY + timedelta(days=12), (LineInput(item, unit_price="80"),), "cash")
    service_records.update_service_record(OWNER, second, edited, now=DAY + timedelta(days=12))
    assert figures(zhang) == (2, Decimal("148.00"), DAY, DAY + timedelta(days=12))
    service_records.void_service_record(OWNER, first, "wrong customer", now=DAY + timedelta(days=13))
    assert figures(zhang) == (1, Decimal("80.00"), DAY + timedelta(days=12), DAY + timedelta(days=12))
    bill(zhang_again, 20)
    merging.merge_customers(OWNER, zhang, zhang_again)  # the duplicate's bill moves to the kept file
    assert figures(zhang) == (2, Decimal("148.00"), DAY + timedelta(days=12), DAY + timedelta(days=20))
    assert figures(zhang_again)[0] == 0
    [row] = customers.list_customers("张三")
    assert (row.visits, row.total_spent, row.last_visit) == (2, Decimal("148.00"), DAY + timedelta(days=20))
    assert integrity.visit_figure_findings() == []


def test_check_finds_figures_changed_outside_the_app(shop: Shop) -> None:
    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    customer = Customer.create(name="李四").id
    data = RecordInput(customer, DAY, (LineInput(item),), "cash")
    service_records.add_service_record(OWNER, data, now=DAY)
    database_proxy.execute_sql("UPDATE customer_stats SET total_spent = 10068")
    [finding] = integrity.visit_figure_findings()
    assert finding.code == "visit_figures_differ"
    assert f"customer #{customer}" in finding.detail


def test_every_customer_has_a_row_and_check_finds_one_missing(shop: Shop) -> None:
    """A new customer has figures before a first bill (0 visits), so the list sorted by total spent
    shows them; a row deleted outside the app is found, as the list would hide that customer."""
    never = Customer.create(name="王五").id
    assert figures(never) == (0, Decimal("0.00"), None, None)
    assert CustomerStats.get_or_none(CustomerStats.customer == never) is not None
    assert [row.id for row in customers.list_customers(sort="total_spent")] == [never]
    assert integrity.visit_figure_findings() == []
    database_proxy.execute_sql('DELETE FROM "customer_stats" WHERE "customer_id" = ?', (never,))
    [finding] = integrity.visit_figure_findings()
    assert finding.code == "visit_figures_differ" and f"#{never}" in finding.detail


def kept_gap(customer_id: int) -> tuple[bool, float | None]:
    """Whether a usual gap is kept for the customer (schema 12), and which."""
    row = CustomerRhythm.get_or_none(CustomerRhythm.customer == customer_id)
    return (False, None) if row is None else (True, row.usual_gap)


def test_the_kept_usual_gap_is_forgotten_by_every_change_of_a_bill(shop: Shop) -> None:
    """The at-risk list keeps each customer's rhythm; any bill that moves a visit day makes it
    work the rhythm out again, so the list follows the bills through every way they change."""
    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    consent = {"marketing_consent": True, "marketing_consent_on": DAY.date()}
    zhang = Customer.create(name="张三", phone="13800138000", **consent).id
    zhang_again = Customer.create(name="张三 (2)", **consent).id
    today = (DAY + timedelta(days=80)).date()

    def bill(customer: int, day: int) -> int:
        at = DAY + timedelta(days=day)
        return service_records.add_service_record(OWNER, RecordInput(customer, at, (LineInput(item),), "cash")).id

    def listed_gap() -> float | str | None:
        gaps = {row.customer_id: row.usual_gap_days for row in care.at_risk(today)}
        return gaps.get(zhang, "not listed")

    first, second, third = bill(zhang, 0), bill(zhang, 10), bill(zhang, 20)
    assert kept_gap(zhang) == (False, None)
    assert listed_gap() == 10.0  # every 10 days, 60 days away
    assert kept_gap(zhang) == (True, 10.0)
    assert listed_gap() == 10.0  # read as kept

    moved = RecordInput(zhang, DAY + timedelta(days=40), (LineInput(item),), "cash")
    service_records.update_service_record(OWNER, third, moved)  # days 0, 10, 40: gap 20, 40 days away
    assert kept_gap(zhang) == (False, None)
    assert listed_gap() == "not listed"
    assert kept_gap(zhang) == (True, 20.0)

    service_records.void_service_record(OWNER, second, "wrong customer")  # two visit days: no rhythm
    assert kept_gap(zhang) == (False, None)
    assert listed_gap() == "not listed"  # two bills: not even a candidate, nothing worked out
    assert segments.kept_usual_gaps([zhang]) == {zhang: None}
    assert kept_gap(zhang) == (True, None)

    bill(zhang_again, 45)
    merging.merge_customers(OWNER, zhang, zhang_again)  # the duplicate's bill moves: days 0, 40, 45
    assert kept_gap(zhang) == (False, None)
    assert listed_gap() == "not listed"
    assert kept_gap(zhang) == (True, 22.5)

    row = RecordRow(line=2, original=(), visited_at=DAY + timedelta(days=46), phone="13800138000", service="洗剪吹",
                    amount=Decimal(68), payment="现金")  # fmt: skip
    planned = bill_imports.plan_record_import([row])
    assert bill_imports.commit_record_import(OWNER, planned, backup_dir=None) == 1
    assert kept_gap(zhang) == (False, None)
    assert listed_gap() == 5.0  # days 0, 40, 45, 46: every 5 days, 34 days away
    assert kept_gap(zhang) == (True, 5.0)
    assert first and integrity.visit_figure_findings() == []


def test_check_finds_a_kept_usual_gap_the_bills_disagree_with(shop: Shop) -> None:
    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    customer = Customer.create(name="李四").id
    for day in (0, 10, 20):
        at = DAY + timedelta(days=day)
        service_records.add_service_record(OWNER, RecordInput(customer, at, (LineInput(item),), "cash"))
    assert segments.kept_usual_gaps([customer]) == {customer: 10.0}
    assert integrity.visit_figure_findings() == []
    database_proxy.execute_sql('UPDATE "customer_rhythm" SET "usual_gap" = 3')  # as if a trigger had missed a bill
    [finding] = integrity.visit_figure_findings()
    assert finding.code == "usual_gap_differs"
    assert f"customer #{customer}" in finding.detail and "3.0 != 10.0" in finding.detail


def kept_card(customer_id: int) -> tuple[Decimal, int] | None:
    row = CustomerBalance.get_or_none(CustomerBalance.customer == customer_id)
    return None if row is None else (Decimal(str(row.stored_value)).quantize(Decimal("0.01")), row.points)


def test_the_kept_card_follows_the_ledger_and_orders_the_list(shop: Shop) -> None:
    """Schema 13: the list sorted by balance or points reads a kept copy of each customer's card;
    it follows every ledger row (a top-up, a card bill, its void), and check finds it changed."""
    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    zhang, li, wang = (Customer.create(name=name).id for name in ("张三", "李四", "王五"))
    assert kept_card(wang) is None  # no card yet: no row, and the list reads it as 0
    loyalty.top_up(OWNER, zhang, "500", bonus="100")
    loyalty.top_up(OWNER, li, "200")
    assert kept_card(zhang) == (Decimal("600.00"), 0)
    bill = service_records.add_service_record(
        OWNER, RecordInput(zhang, DAY, (LineInput(item, unit_price="100"),), "stored_value"), now=DAY
    )
    spent, points = kept_card(zhang) or (Decimal(0), 0)
    assert spent == Decimal("500.00") and points > 0
    by_balance = customers.list_customers(sort="balance", descending=True)
    assert [(row.id, row.balance) for row in by_balance] == [(zhang, Decimal("500")), (li, Decimal("200")), (wang, 0)]
    assert [row.id for row in customers.list_customers(sort="balance")] == [wang, li, zhang]
    # li has a card at 0 points, wang none: a tie at 0, broken by id as every sort's
    assert [row.id for row in customers.list_customers(sort="points", descending=True)] == [zhang, wang, li]
    service_records.void_service_record(OWNER, bill.id, "wrong customer", now=DAY + timedelta(hours=1))
    assert kept_card(zhang) == (Decimal("600.00"), 0)
    assert integrity.ledger_findings() == []
    database_proxy.execute_sql('UPDATE "customer_balance" SET "stored_value" = 9999 WHERE "customer_id" = ?', (li,))
    database_proxy.execute_sql('INSERT INTO "customer_balance" VALUES (?, 0, 7)', (wang,))  # a card never had
    assert [(f.code, f.detail.split(":")[0]) for f in integrity.ledger_findings()] == [
        ("kept_balance_differs", f"customer #{li}"),
        ("kept_balance_differs", f"customer #{wang}"),
    ]


def test_the_upgrade_fills_each_customers_card_from_their_newest_ledger_row(shop: Shop) -> None:
    zhang, li = (Customer.create(name=name).id for name in ("张三", "李四"))
    Customer.create(name="王五")
    for amount in ("100", "250", "40"):
        loyalty.top_up(OWNER, zhang, amount)
    loyalty.top_up(OWNER, li, "80", bonus="20")
    kept = list(CustomerBalance.select().order_by(CustomerBalance.customer).tuples())
    database_proxy.execute_sql('DELETE FROM "customer_balance"')  # as a schema 12 file has none
    database_proxy.execute_sql(v13_customer_balance.STATEMENTS[-1])  # the step's backfill
    assert list(CustomerBalance.select().order_by(CustomerBalance.customer).tuples()) == kept
    assert [(cid, Decimal(str(value))) for cid, value, _ in kept] == [(zhang, Decimal(390)), (li, Decimal(100))]
    assert integrity.ledger_findings() == []
