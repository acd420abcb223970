"""The monthly report's churn rate and at-risk list, against customers counted by hand.

At the month's end a customer is in the active base with a visit in the 365 days before it,
and flagged when away well beyond their own rhythm (the shop's churn rule); the at-risk
list shows the flagged by money spent up to the month's end, anonymised ones left out.
Rows are written straight into a fresh shop at fixed days: nothing depends on today.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from salon_crm.core import care, segments
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, ServiceRecord, database_proxy
from salon_crm.core.reports import Month, monthly_report
from salon_crm.core.shop import set_setting


def customer(name: str, phone: str, days: list[date], amount: int = 100, *, anonymised: bool = False) -> int:
    key = int(Customer.create(name=name, phone=phone, anonymised_at=datetime(2026, 11, 2) if anonymised else None).id)
    for day in days:
        visit(key, day, amount)
    return key


def visit(key: int, day: date, amount: int, *, void: bool = False) -> None:
    at = datetime.combine(day, datetime.min.time()).replace(hour=10)
    ServiceRecord.create(
        customer=key,
        visited_at=at,
        payment_method="cash",
        subtotal=amount,
        total=amount,
        voided_at=at if void else None,
    )


def test_churn_and_the_at_risk_list_at_each_months_end(shop: Shop) -> None:
    every_20 = [date(2026, 7, 1), date(2026, 7, 21), date(2026, 8, 10)]  # a 20-day rhythm, last seen 10 Aug
    every_60 = [date(2026, 1, 5) + timedelta(days=60 * n) for n in range(4)]  # a 60-day rhythm, last seen 4 Jul
    wang = customer("王芳", "13800000001", every_20)
    visit(wang, date(2026, 11, 15), 100, void=True)  # a voided bill is no visit
    customer("李娜", "13800000002", every_60, 200)
    customer("张伟", "13800000003", [date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 20)])  # seen lately
    customer("赵敏", "13800000004", [date(2026, 6, 1), date(2026, 6, 20)])  # two visits: no rhythm yet
    customer("匿名", "13800000005", every_20, anonymised=True)  # counted, never listed
    chen = customer("陈静", "13800000006", every_20)
    visit(chen, date(2026, 12, 3), 500)  # after November: not part of its figures
    customer("周杰", "13800000007", [date(2025, 9, 1), date(2025, 9, 20), date(2025, 10, 1)])  # gone a year

    report = monthly_report(Month(2026, 11))

    # six in the base at 30 November; 王芳, 李娜, 匿名 and 陈静 away beyond twice their usual gap
    assert report.kpis.churn_rate == pytest.approx(4 / 6)
    assert report.kpis.retention_rate == pytest.approx(2 / 6)
    listed = [(row.name, row.visits, row.spent, row.last_visit, row.usual_gap_days) for row in report.at_risk]
    assert listed == [
        ("李娜", 4, Decimal("800.00"), date(2026, 7, 4), 60.0),
        ("王芳", 3, Decimal("300.00"), date(2026, 8, 10), 20.0),
        ("陈静", 3, Decimal("300.00"), date(2026, 8, 10), 20.0),
    ]
    # at 31 October 李娜 was 119 days away, within twice her 60: not yet flagged
    assert report.previous.churn_rate == pytest.approx(3 / 6)


def test_the_churn_rule_is_the_shops_own(shop: Shop) -> None:
    """A shop that warns later (three times the usual gap) sees the report agree with its care list."""
    every_20 = [date(2026, 7, 1), date(2026, 7, 21), date(2026, 8, 10)]  # 112 days away at 30 November
    customer("王芳", "13800000001", every_20)
    customer("张伟", "13800000003", [date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 20)])
    assert monthly_report(Month(2026, 11)).kpis.churn_rate == pytest.approx(1 / 2)
    set_setting(OWNER, segments.SETTINGS_KEY, {"churn_factor": 6, "churn_min_days": 30})  # 112 <= 6 x 20: not flagged
    report = monthly_report(Month(2026, 11))
    assert report.kpis.churn_rate == 0 and report.at_risk == ()
    assert care.at_risk(date(2026, 11, 30)) == []  # the care list says the same


def test_the_at_risk_list_weighs_every_flagged_customer(shop: Shop) -> None:
    """The list shows the biggest spenders among all the flagged, the newest files too (it read the
    first 5,000 flagged by id only)."""
    days = [datetime(2026, 7, 1, 10), datetime(2026, 7, 21, 10), datetime(2026, 8, 10, 10)]
    with database_proxy.atomic():  # 5,201 files of three bills each, in batches (the defaults filled by peewee)
        for start in range(1, 5202, 500):
            keys = range(start, min(start + 500, 5202))
            Customer.insert_many([{"id": key, "name": f"客{key}", "phone": f"138{key:08d}"} for key in keys]).execute()
            ServiceRecord.insert_many(
                [
                    {"customer": key, "visited_at": at, "payment_method": "cash", "subtotal": spent, "total": spent}
                    for key in keys
                    for at, spent in ((at, 100 if key < 5201 else 5000) for at in days)
                ]
            ).execute()
    report = monthly_report(Month(2026, 11))
    assert report.kpis.churn_rate == pytest.approx(1.0)  # all 5,201 away beyond twice their 20 days
    assert (report.at_risk[0].name, report.at_risk[0].spent) == ("客5201", Decimal("15000.00"))
