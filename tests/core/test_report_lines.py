"""The monthly report's revenue by service and by stylist, against a month counted by hand.

A line's revenue is its share of what the bill took (its amount less its part of the
bill's discount); voided bills and other months count for nothing. Rows are written
straight into a fresh shop at fixed moments, so nothing depends on the hour the tests run.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, ServiceItem, ServiceRecord, ServiceRecordLine, Staff
from salon_crm.core.reports import Month, ServiceRow, monthly_report


def test_revenue_by_service_and_by_stylist_shares_each_bills_discount(shop: Shop) -> None:
    zhang = Customer.create(name="张三", phone="13800138000").id
    li = Customer.create(name="李四", phone="13912345678").id
    wang = Staff.create(name="王芳", role="stylist").id
    chen = Staff.create(name="陈明", role="stylist").id
    cut = ServiceItem.create(name="洗剪吹", category="cut", price=100, duration_minutes=45).id
    colour = ServiceItem.create(name="染发", category="colour", price=300, duration_minutes=120).id

    def bill(customer: int, at: datetime, lines: list[tuple[int, int, int]], total: int, *, void: bool = False) -> None:
        subtotal = sum(amount for _, _, amount in lines)
        record = ServiceRecord.create(
            customer=customer,
            visited_at=at,
            payment_method="cash",
            subtotal=subtotal,
            discount=subtotal - total,
            total=total,
            voided_at=at if void else None,
        )
        for item, stylist, amount in lines:
            ServiceRecordLine.create(
                record=record, service_item=item, stylist=stylist, unit_price=amount, amount=amount
            )

    bill(zhang, datetime(2026, 11, 3, 10), [(cut, wang, 100), (colour, chen, 300)], 360)  # 10 % off: 90 + 270
    bill(li, datetime(2026, 11, 9, 15), [(cut, wang, 100)], 100)
    bill(li, datetime(2026, 11, 20, 11), [(cut, chen, 0)], 0)  # a package session: a service, no revenue
    bill(zhang, datetime(2026, 11, 25, 10), [(colour, chen, 300)], 300, void=True)
    bill(zhang, datetime(2026, 10, 30, 10), [(colour, wang, 300)], 300)  # the month before

    report = monthly_report(Month(2026, 11))

    assert report.services == (
        ServiceRow("染发", "colour", 1, Decimal("270.00")),
        ServiceRow("洗剪吹", "cut", 3, Decimal("190.00")),
    )
    stylists = [(row.name, row.revenue, row.visits, row.average_ticket) for row in report.stylists]
    assert stylists == [
        ("陈明", Decimal("270.00"), 2, Decimal("135.00")),
        ("王芳", Decimal("190.00"), 2, Decimal("95.00")),
    ]
    assert [row.rebooking_rate for row in report.stylists] == [0.0, 0.0]  # no booking made on a visit's day
    assert (report.kpis.revenue, report.kpis.visits) == (Decimal("460.00"), 3)
