"""The demo shop: promised contents, consistency of money and bookings, determinism."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from salon_crm.core import chain, integrity
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop, open_shop
from salon_crm.core.enums import (
    AppointmentStatus,
    CompensationKind,
    LedgerKind,
    TicketKind,
    TicketStatus,
)
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import (
    ALL_MODELS,
    Appointment,
    AuditEntry,
    ComplaintTicket,
    Customer,
    LedgerEntry,
    MembershipLevel,
    ServiceItem,
    ServiceRecord,
    ServiceRecordLine,
    ShiftException,
    ShopSetting,
    Staff,
    StaffShift,
    SurveyResponse,
    TicketEvent,
    TimeOff,
    database_proxy,
)
from salon_crm.demo import DemoSummary, fill_demo_shop, shop_is_empty

TODAY = date(2026, 11, 23)
NOW = datetime.combine(TODAY, time(12, 0))


def _money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Shop, DemoSummary]]:
    shop = open_shop(tmp_path_factory.mktemp("demo"))
    calls: list[tuple[int, int]] = []
    summary = fill_demo_shop(OWNER, seed=1, now=NOW, progress=lambda d, t: calls.append((d, t)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    yield shop, summary
    shop.close()


@pytest.fixture
def summary(demo_shop: tuple[Shop, DemoSummary]) -> DemoSummary:
    """The filled shop, bound again: other tests open shops of their own."""
    database_proxy.initialize(demo_shop[0].db)
    return demo_shop[1]


# the audit entry's seal covers its wall-clock time, and so does the note of the newest seal
SALTED_OR_TIMED = {("audit_entry", "at"), ("audit_entry", "seal"), ("user", "password_hash")}


def _dump(db: SqliteDatabase) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table; the audit entry's wall-clock time and the logins' salted hashes left out."""
    dump = {}
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = [c.name for c in db.get_columns(table) if (table, c.name) not in SALTED_OR_TIMED]
        select = ", ".join(f'"{c}"' for c in columns)
        rows = db.execute_sql(f'SELECT {select} FROM "{table}" ORDER BY rowid')
        dump[table] = [row for row in rows if row[0] != chain.HEAD_KEY]
    return dump


def test_promised_counts(summary: DemoSummary) -> None:
    assert (summary.staff, summary.service_items, summary.customers) == (8, 30, 600)
    assert Staff.select().where(Staff.active == True).count() == 8  # noqa: E712
    assert ServiceItem.select().count() == 30
    assert Customer.select().count() == 600
    assert summary.service_records == ServiceRecord.select().count()
    assert 8000 <= summary.service_records <= 12000
    assert summary.tickets == ComplaintTicket.select().count()
    assert 35 <= summary.tickets <= 45
    assert summary.ledger_entries == LedgerEntry.select().count()
    assert [lv.name for lv in MembershipLevel.select().order_by(MembershipLevel.rank)] == [
        "普通会员",
        "银卡",
        "金卡",
        "钻石卡",
    ]
    audit = AuditEntry.get()
    assert (audit.action, audit.table_name, audit.record_id) == ("import", "shop", "demo")
    assert '"seed": 1' in audit.after


def test_settings_and_staff(summary: DemoSummary) -> None:
    settings = {row.key: row.value for row in ShopSetting.select()}
    assert settings["shop_name"] == '"丽人美发美容"'
    assert '"0": ["09:30", "21:00"]' in settings["opening_hours"]
    roles = Counter(s.role for s in Staff.select())
    assert roles == {"owner": 1, "stylist": 4, "beautician": 1, "nail_technician": 1, "front_desk": 1}
    for staff in Staff.select().where(Staff.role.in_(["owner", "stylist"])):
        assert StaffShift.select().where(StaffShift.staff == staff).count() == 6
    assert ShiftException.select().count() >= 2
    assert TimeOff.select().count() >= 2


def test_records_span_two_years_and_add_up(summary: DemoSummary) -> None:
    first = ServiceRecord.select().order_by(ServiceRecord.visited_at).first()
    last = ServiceRecord.select().order_by(ServiceRecord.visited_at.desc()).first()
    assert first.visited_at.date() < TODAY - timedelta(days=720)
    assert last.visited_at.date() == TODAY and last.visited_at < NOW
    lines = defaultdict(list)
    for line in ServiceRecordLine.select():
        lines[line.record_id].append(line)
        assert _money(line.amount) == _money(line.unit_price) * line.quantity - _money(line.discount)
    for record in ServiceRecord.select():
        assert 1 <= len(lines[record.id]) <= 3
        subtotal, discount = _money(record.subtotal), _money(record.discount)
        assert subtotal == sum(_money(line.amount) for line in lines[record.id])
        assert _money(record.total) == subtotal - discount
        assert time(9, 30) <= record.visited_at.time() < time(21, 0)
    assert ServiceRecord.select().where(ServiceRecord.voided_at.is_null(False)).count() > 0


def test_customers(summary: DemoSummary) -> None:
    customers = list(Customer.select())
    phones = [c.phone for c in customers]
    assert len(set(phones)) == 600
    assert all(len(p) == 11 and p[:2] in {"13", "15", "17", "18", "19"} for p in phones)
    surnames = Counter(c.name[0] for c in customers)
    assert all(surnames[s] >= 2 for s in "曾单仇")
    assert sum(c.gender == "female" for c in customers) > 400
    assert any(c.birth_month and c.birth_year is None for c in customers)
    assert 15 <= sum(bool(c.allergies) for c in customers) <= 50
    first_visit = dict(
        ServiceRecord.select(ServiceRecord.customer, ServiceRecord.visited_at)
        .order_by(ServiceRecord.visited_at.desc())
        .tuples()
    )  # the last value per customer wins: the earliest visit
    assert 30 <= 600 - len(first_visit) <= 60  # potential customers
    for c in customers:
        if c.id in first_visit:
            assert c.created_at < first_visit[c.id]
        if c.referrer_id is not None:
            assert c.source == "referral" and c.referrer_id < c.id
        assert (c.marketing_consent_on is not None) == bool(c.marketing_consent)
    assert 0.5 <= sum(c.marketing_consent for c in customers) / 600 <= 0.7


def test_appointments_cover_every_status_without_overlap(summary: DemoSummary) -> None:
    statuses = Counter(a.status for a in Appointment.select())
    assert set(statuses) == {s.value for s in AppointmentStatus}
    booked = Appointment.select().where(Appointment.status == "booked")
    assert all(a.starts_at >= NOW for a in booked)
    assert max(a.starts_at for a in booked).date() <= TODAY + timedelta(days=14)
    shifts = {(s.staff_id, s.weekday): (s.start_time, s.end_time) for s in StaffShift.select()}
    for change in ShiftException.select():
        shifts[(change.staff_id, change.day)] = (change.start_time, change.end_time)
    away = list(TimeOff.select())
    by_stylist = defaultdict(list)
    for a in Appointment.select().where(Appointment.status != "cancelled"):
        by_stylist[(a.stylist_id, a.starts_at.date())].append((a.starts_at, a.ends_at))
        day = a.starts_at.date()
        start, end = shifts.get((a.stylist_id, day), shifts.get((a.stylist_id, day.weekday()), (None, None)))
        assert start is not None and start <= a.starts_at.time() and a.ends_at.time() <= end
        assert not any(t.staff_id == a.stylist_id and t.starts_at < a.ends_at and a.starts_at < t.ends_at for t in away)
    for spans in by_stylist.values():
        spans.sort()
        assert all(prev[1] <= nxt[0] for prev, nxt in pairwise(spans))
    linked = ServiceRecord.select().where(ServiceRecord.appointment.is_null(False))
    assert all(r.appointment.status == "completed" for r in linked)
    recent = ServiceRecord.select().where(ServiceRecord.visited_at >= NOW - timedelta(days=90))
    assert linked.count() / recent.count() > 0.7


def test_tickets_in_every_status(summary: DemoSummary) -> None:
    tickets = list(ComplaintTicket.select())
    assert {t.status for t in tickets} == {s.value for s in TicketStatus}
    assert {t.kind for t in tickets} == {k.value for k in TicketKind}
    overdue = [t for t in tickets if t.status != "closed" and t.resolution_due_at and t.resolution_due_at < NOW]
    assert 2 <= len(overdue) <= 6
    order = list(TicketStatus)
    for t in tickets:
        events = list(TicketEvent.select().where(TicketEvent.ticket == t).order_by(TicketEvent.at, TicketEvent.id))
        assert events[0].from_status is None and events[0].to_status == "received"
        assert events[-1].to_status == t.status
        assert all(a.to_status == b.from_status for a, b in pairwise(events))
        assert all(e.at <= NOW for e in events)
        if t.status == "received":
            assert t.category is None and t.severity is None
            continue
        assert t.category and t.severity and t.first_response_at and t.resolution_due_at
        escalated = order.index(TicketStatus(t.status)) >= order.index(TicketStatus.ESCALATED)
        if t.severity in ("high", "critical") and escalated:
            assert t.escalated_at is not None
        if t.status in ("followed_up", "closed"):
            assert 1 <= t.followup_score <= 5
        assert (t.closed_at is not None) == (t.status == "closed")
        paid_out = t.compensation_kind in (CompensationKind.POINTS, CompensationKind.STORED_VALUE)
        done = order.index(TicketStatus(t.status)) >= order.index(TicketStatus.IMPLEMENTED)
        entries = LedgerEntry.select().where(LedgerEntry.ticket == t)
        assert entries.count() == (1 if paid_out and done else 0)
        for entry in entries:
            assert entry.kind == LedgerKind.COMPENSATION
            assert entry.points_delta == t.compensation_points


def test_surveys_about_a_third_of_visits(summary: DemoSummary) -> None:
    visits = ServiceRecord.select().where(ServiceRecord.voided_at.is_null()).count()
    assert 0.25 <= SurveyResponse.select().count() / visits <= 0.40
    first_stylist = {}
    for line in ServiceRecordLine.select().order_by(ServiceRecordLine.id):
        first_stylist.setdefault(line.record_id, line.stylist_id)
    visited = dict(ServiceRecord.select(ServiceRecord.id, ServiceRecord.visited_at).tuples())
    by_stylist = defaultdict(list)
    for survey in SurveyResponse.select():
        assert survey.stylist_id == first_stylist[survey.service_record_id]
        assert visited[survey.service_record_id] < survey.answered_at <= NOW
        by_stylist[survey.stylist_id].append(survey.overall)
    means = [sum(s) / len(s) for s in by_stylist.values()]
    assert max(means) - min(means) > 0.2  # the per-stylist chart shows a difference


def test_ledger_balances_run_and_never_go_negative(summary: DemoSummary) -> None:
    balances: dict[int, tuple[Decimal, Decimal, int]] = {}
    for e in LedgerEntry.select().order_by(LedgerEntry.id):
        principal, bonus, points = balances.get(e.customer_id, (Decimal(0), Decimal(0), 0))
        principal += _money(e.principal_delta)
        bonus += _money(e.bonus_delta)
        points += e.points_delta
        assert (principal, bonus, points) == (_money(e.principal_after), _money(e.bonus_after), e.points_after)
        assert principal >= 0 and bonus >= 0 and points >= 0
        balances[e.customer_id] = (principal, bonus, points)
    kinds = Counter(e.kind for e in LedgerEntry.select())
    top_ups = LedgerEntry.select(LedgerEntry.customer).where(LedgerEntry.kind == "top_up").distinct()
    assert 100 <= top_ups.count() <= 130
    assert kinds["spend"] > 0 and kinds["points_earn"] > 0 and kinds["points_redeem"] > 0
    spends = {
        e.service_record_id: -(_money(e.principal_delta) + _money(e.bonus_delta))
        for e in LedgerEntry.select().where(LedgerEntry.kind == "spend")
    }
    paid = ServiceRecord.select().where(ServiceRecord.payment_method == "stored_value")
    assert spends == {record.id: _money(record.total) for record in paid}
    # voided bills are undone as the app undoes them (loyalty.undoing): one VOID per entry, and
    # `salon-crm check` finds nothing left over
    voided = ServiceRecord.select(ServiceRecord.id).where(ServiceRecord.voided_at.is_null(False))
    of_voided = Counter(e.kind for e in LedgerEntry.select().where(LedgerEntry.service_record.in_(voided)))
    assert of_voided["void"] > 0
    assert of_voided["void"] == of_voided["spend"] + of_voided["points_earn"]
    assert integrity.ledger_findings() == []


def test_refuses_a_shop_that_is_not_empty(summary: DemoSummary) -> None:
    before = {model: model.select().count() for model in ALL_MODELS}
    assert not shop_is_empty()
    with pytest.raises(ValidationError) as raised:
        fill_demo_shop(OWNER, seed=2, now=NOW)
    assert raised.value.code == "demo_shop_not_empty"
    assert {model: model.select().count() for model in ALL_MODELS} == before


def test_refuses_a_shop_with_only_staff(shop: Shop) -> None:
    assert shop_is_empty()
    Staff.create(name="王丽华", role="owner")
    with pytest.raises(ValidationError):
        fill_demo_shop(OWNER, now=NOW)
    assert [m.select().count() for m in ALL_MODELS if m is not Staff] == [0] * (len(ALL_MODELS) - 1)


@pytest.mark.slow
def test_same_seed_same_rows_other_seed_other_rows(demo_shop: tuple[Shop, DemoSummary], tmp_path: Path) -> None:
    first = _dump(demo_shop[0].db)
    dumps = []
    for seed in (1, 2):
        shop = open_shop(tmp_path / str(seed))
        try:
            fill_demo_shop(OWNER, seed=seed, now=NOW)
            dumps.append(_dump(shop.db))
        finally:
            shop.close()
    assert dumps[0] == first
    assert dumps[1]["customer"] != first["customer"]
    assert dumps[1]["service_record"] != first["service_record"]
