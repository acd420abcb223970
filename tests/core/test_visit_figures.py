"""Issue 16: each customer's visit figures are kept by the data file itself (schema 9 triggers) through
every way a bill changes, the list reads them, and `check` finds them changed outside the app."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from salon_crm.core import customers, integrity, merging, service_records
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, CustomerStats, ServiceItem, database_proxy
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
