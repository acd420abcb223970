"""The demo shop is built through the app's rules and never writes the future.

Every bill is priced again with ``core.billing`` at the level the customer had reached
by then (``core.levels``) and must come out the same, points included; and whatever the
hour the demo is written at, nothing done (a visit, a payment, a survey) is later than it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from salon_crm.core import billing, levels, reports
from salon_crm.core.billing import LineEntry
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop, open_shop
from salon_crm.core.enums import LedgerKind
from salon_crm.core.models import (
    Appointment,
    CareContact,
    ComplaintTicket,
    Customer,
    CustomerTag,
    LedgerEntry,
    PackageUse,
    ServiceRecord,
    ServiceRecordLine,
    SurveyResponse,
    TicketEvent,
)
from salon_crm.demo import fill_demo_shop

FEN = Decimal("0.01")


def _money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(FEN)


@pytest.fixture
def written_at(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[datetime]:
    moment: datetime = request.param
    shop: Shop = open_shop(tmp_path / "data")
    fill_demo_shop(OWNER, seed=4, now=moment)
    yield moment
    shop.close()


MOMENTS = [
    datetime(2028, 2, 29, 0, 5),  # a leap day, just after midnight: nothing of today has happened
    datetime(2027, 1, 31, 7, 0),  # the last day of a month, before opening (CI used to fail here)
    datetime(2026, 12, 5, 9, 0),
    datetime(2026, 6, 30, 10, 30),  # half an hour into the day: the first customers are in the chairs
    datetime(2028, 2, 29, 13, 0),
    datetime(2026, 12, 31, 23, 55),  # the year's last minutes, the shop long closed
]


@pytest.mark.parametrize("written_at", MOMENTS, indirect=True, ids=lambda m: m.isoformat(timespec="minutes"))
def test_nothing_done_is_later_than_the_moment_it_is_written(written_at: datetime) -> None:
    now = written_at
    later = [
        *(f"bill {r.id}" for r in ServiceRecord.select().where(ServiceRecord.visited_at > now)),
        *(f"bill made {r.id}" for r in ServiceRecord.select().where(ServiceRecord.created_at > now)),
        *(f"void {r.id}" for r in ServiceRecord.select().where(ServiceRecord.voided_at > now)),
        *(f"ledger {e.id}" for e in LedgerEntry.select().where(LedgerEntry.at > now)),
        *(f"package use {u.id}" for u in PackageUse.select().where(PackageUse.used_at > now)),
        *(f"survey {s.id}" for s in SurveyResponse.select().where(SurveyResponse.answered_at > now)),
        *(f"care call {c.id}" for c in CareContact.select().where(CareContact.done_at > now)),
        *(f"ticket {t.id}" for t in ComplaintTicket.select().where(ComplaintTicket.received_at > now)),
        *(f"ticket step {e.id}" for e in TicketEvent.select().where(TicketEvent.at > now)),
        *(f"customer {c.id}" for c in Customer.select().where(Customer.created_at > now)),
        *(f"tag {t.id}" for t in CustomerTag.select().where(CustomerTag.created_at > now)),
    ]
    done = Appointment.select().where(Appointment.status.in_(["completed", "arrived", "no_show"]))
    later += [f"{a.status} booking {a.id}" for a in done if a.starts_at > now or a.updated_at > now]
    later += [f"completed booking {a.id}" for a in done if a.status == "completed" and a.ends_at > now]
    made = Appointment.select().where(Appointment.created_at > now)
    later += [f"booking made {a.id}" for a in made]
    assert later == []
    booked = Appointment.select().where(Appointment.status == "booked")
    assert all(a.starts_at >= now for a in booked)
    assert ServiceRecord.select().count() > 8000


@pytest.mark.parametrize("written_at", [datetime(2027, 1, 31, 16, 0)], indirect=True)
def test_every_bill_is_priced_by_the_apps_rule(written_at: datetime) -> None:
    rules = levels.level_rules()
    terms = {rule.id: rule.terms for rule in rules}
    lines = defaultdict(list)
    for line in ServiceRecordLine.select().order_by(ServiceRecordLine.id):
        lines[line.record_id].append(line)
    points = {
        e.service_record_id: e.points_delta
        for e in LedgerEntry.select().where(LedgerEntry.kind == LedgerKind.POINTS_EARN.value)
    }
    spent: dict[int, Decimal] = defaultdict(lambda: Decimal("0.00"))
    checked = 0
    for record in ServiceRecord.select().order_by(ServiceRecord.customer, ServiceRecord.visited_at):
        reached = levels.level_reached(((r.id, r.threshold) for r in rules), spent[record.customer_id])
        entries = [
            LineEntry(
                _money(line.unit_price),
                line.quantity,
                _money(line.discount),
                # a 次卡 session: the whole line is covered on a bill paid by package
                package_session=record.payment_method == "package" and _money(line.amount) == 0,
            )
            for line in lines[record.id]
        ]
        figures = billing.bill_figures(
            entries,
            terms=terms.get(reached, billing.NO_LEVEL),
            payment_method=record.payment_method,
            visited_at=record.visited_at,
            now=written_at,
        )
        stored = (_money(record.subtotal), _money(record.discount), _money(record.total))
        assert stored == (figures.subtotal, figures.discount, figures.total), record.id
        assert [_money(line.amount) for line in lines[record.id]] == [line.amount for line in figures.lines]
        assert points.get(record.id, 0) == figures.points, record.id
        if record.voided_at is None:
            spent[record.customer_id] += figures.total
        checked += 1
    assert checked > 8000
    for customer in Customer.select().where(Customer.level.is_null(False)):
        assert customer.level_id == levels.level_reached(((r.id, r.threshold) for r in rules), spent[customer.id])


@pytest.mark.parametrize("written_at", [datetime(2027, 1, 31, 16, 0)], indirect=True)
def test_about_half_the_visits_book_their_next_one_at_the_till(written_at: datetime) -> None:
    # the months wholly inside the three months the shop has taken bookings in the app
    for month in (reports.Month(2026, 11), reports.Month(2026, 12)):
        rate = reports.monthly_report(month).kpis.rebooking_rate
        assert rate is not None and 0.3 < rate < 0.6, (month, rate)
