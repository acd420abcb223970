"""The read-only lists: customers (search, sort, paging), appointments, tickets, surveys."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from salon_crm.core import appointments, customers, stats, surveys, tickets
from salon_crm.core.db import Shop
from salon_crm.core.models import (
    Appointment,
    AppointmentService,
    ComplaintTicket,
    Customer,
    CustomerTag,
    LedgerEntry,
    MembershipLevel,
    ServiceItem,
    ServiceRecord,
    Staff,
    SurveyResponse,
    Tag,
)
from salon_crm.core.search_text import customer_search_text

NOW = datetime(2024, 5, 20, 12, 0)


def add_customer(name: str, phone: str = "", **extra: object) -> Customer:
    return Customer.create(name=name, phone=phone, search_text=customer_search_text(name, phone), **extra)


def add_visit(customer: Customer, total: str, days_ago: int = 1, voided: bool = False) -> ServiceRecord:
    return ServiceRecord.create(
        customer=customer,
        visited_at=NOW - timedelta(days=days_ago),
        payment_method="cash",
        subtotal=Decimal(total),
        total=Decimal(total),
        voided_at=NOW if voided else None,
    )


def add_ledger(customer: Customer, principal: str, bonus: str, points: int) -> None:
    LedgerEntry.create(
        customer=customer,
        at=NOW,
        kind="adjust",
        principal_after=Decimal(principal),
        bonus_after=Decimal(bonus),
        points_after=points,
        actor="test",
    )


@pytest.fixture
def people(shop: Shop) -> dict[str, Customer]:
    gold = MembershipLevel.create(name="金卡", rank=2, price_rate=Decimal("0.9"), upgrade_threshold=0)
    zhang = add_customer("张三", "138 0013 8000", level=gold, allergies="染发剂 PPD")
    li = add_customer("李四", "13912345678")
    wang = add_customer("王五", "13700001111")
    add_customer("张三丰", "13600002222", anonymised_at=NOW)  # hidden
    add_visit(zhang, "100.50", days_ago=3)
    add_visit(zhang, "200", days_ago=1)
    add_visit(zhang, "999", voided=True)
    add_visit(li, "800", days_ago=10)
    add_ledger(zhang, "500", "100", 30)
    add_ledger(zhang, "420", "80", 40)  # the last row is the balance
    vip, regular = Tag.create(name="VIP"), Tag.create(name="regular", kind="auto")  # stored by its code
    CustomerTag.create(customer=zhang, tag=vip)
    CustomerTag.create(customer=zhang, tag=regular)
    return {"zhang": zhang, "li": li, "wang": wang}


def names(rows: list[customers.CustomerRow]) -> list[str]:
    return [row.name for row in rows]


def test_pinyin_initials_find_the_customer(people: dict[str, Customer]) -> None:
    assert names(customers.list_customers("zs")) == ["张三"]
    assert names(customers.list_customers("ZhangSan")) == ["张三"]
    assert customers.count_customers("zs") == 1


def test_phone_digits_find_the_customer(people: dict[str, Customer]) -> None:
    assert names(customers.list_customers("8000")) == ["张三"]
    assert names(customers.list_customers("138-0013")) == ["张三"]
    assert names(customers.list_customers("1391234")) == ["李四"]
    assert customers.list_customers("%") == []  # a wildcard is taken literally


def test_anonymised_customers_are_hidden(people: dict[str, Customer]) -> None:
    assert customers.count_customers() == 3
    assert "张三丰" not in names(customers.list_customers("zsf"))


def test_figures_skip_voided_visits_and_use_the_last_ledger_row(
    people: dict[str, Customer],
) -> None:
    (zhang,) = customers.list_customers("zs")
    assert zhang.visits == 2
    assert zhang.total_spent == Decimal("300.50")
    assert zhang.last_visit == NOW - timedelta(days=1)
    assert zhang.balance == Decimal("500.00")
    assert zhang.points == 40
    assert zhang.level == "金卡"
    assert zhang.tags == ("VIP", "regular") and zhang.auto_tags == ("regular",)
    assert zhang.allergies == "染发剂 PPD"
    (wang,) = customers.list_customers("ww")
    assert (wang.visits, wang.total_spent, wang.balance, wang.last_visit) == (
        0,
        Decimal("0.00"),
        Decimal("0.00"),
        None,
    )
    assert wang.tags == ()


def test_names_sort_by_pinyin(people: dict[str, Customer]) -> None:
    # by code point 张 (U+5F20) comes before 李 (U+674E); by pinyin li < wang < zhang
    assert names(customers.list_customers()) == ["李四", "王五", "张三"]
    assert names(customers.list_customers(descending=True)) == ["张三", "王五", "李四"]


def test_sorting_by_total_spent(people: dict[str, Customer]) -> None:
    rows = customers.list_customers(sort="total_spent", descending=True)
    assert names(rows) == ["李四", "张三", "王五"]
    assert names(customers.list_customers(sort="total_spent")) == ["王五", "张三", "李四"]
    with pytest.raises(ValueError):
        customers.list_customers(sort="shoe_size")


@pytest.mark.parametrize("sort", customers.SORT_KEYS)
def test_every_sort_key_runs(people: dict[str, Customer], sort: str) -> None:
    assert len(customers.list_customers(sort=sort, descending=True)) == 3


def test_paging(shop: Shop) -> None:
    for number in range(25):
        add_customer(f"客户{number:02d}", f"1380000{number:04d}")
    first = customers.list_customers(limit=10)
    second = customers.list_customers(offset=10, limit=10)
    rest = customers.list_customers(offset=20, limit=10)
    assert (len(first), len(second), len(rest)) == (10, 10, 5)
    assert names(first + second + rest) == sorted(f"客户{n:02d}" for n in range(25))
    assert customers.count_customers() == 25


def make_booking(customer: Customer, stylist: Staff, start: datetime) -> Appointment:
    booking = Appointment.create(
        customer=customer,
        stylist=stylist,
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )
    return booking


def test_appointments_in_a_span(people: dict[str, Customer]) -> None:
    stylist = Staff.create(name="王芳", role="stylist")
    cut = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45)
    wash = ServiceItem.create(name="护发", category="care", price=98, duration_minutes=30)
    booking = make_booking(people["zhang"], stylist, NOW + timedelta(days=1))
    for position, item in enumerate((cut, wash)):
        AppointmentService.create(
            appointment=booking,
            service_item=item,
            duration_minutes=30,
            price=item.price,
            position=position,
        )
    make_booking(people["li"], stylist, NOW - timedelta(days=2))  # before the span
    rows = appointments.list_appointments(NOW, NOW + timedelta(days=14))
    assert [(row.customer, row.stylist, row.services) for row in rows] == [("张三", "王芳", "洗剪吹、护发")]
    assert rows[0].status == "booked"


def test_tickets_open_and_urgent_first(people: dict[str, Customer]) -> None:
    def ticket(status: str, due_in_hours: float | None, text: str) -> None:
        due = NOW + timedelta(hours=due_in_hours) if due_in_hours is not None else None
        ComplaintTicket.create(
            customer=people["zhang"],
            kind="complaint",
            channel="phone",
            status=status,
            description=text,
            received_at=NOW - timedelta(days=3),
            resolution_due_at=due,
        )

    ticket("closed", -48, "已经处理\n细节")
    ticket("received", None, "刚收到")
    ticket("investigating", -2, "\n超时了\n第二行")
    ticket("classified", 24, "明天到期")
    rows = tickets.list_tickets(now=NOW)
    assert [row.description for row in rows] == ["超时了", "明天到期", "刚收到", "已经处理"]
    assert [row.overdue for row in rows] == [True, False, False, False]
    assert len(tickets.list_tickets(offset=1, limit=2, now=NOW)) == 2


def test_surveys_newest_first(people: dict[str, Customer]) -> None:
    for days_ago, overall in ((5, 3), (1, 5)):
        SurveyResponse.create(
            customer=people["li"],
            answered_at=NOW - timedelta(days=days_ago),
            channel="in_shop",
            overall=overall,
            stylist_skill=4,
            service_attitude=4,
            environment=4,
            waiting_time=4,
            value_for_money=4,
            recommend=9,
        )
    rows = surveys.list_surveys()
    assert [(row.overall, row.customer, row.stylist) for row in rows] == [
        (5, "李四", ""),
        (3, "李四", ""),
    ]


def test_shop_counts(people: dict[str, Customer]) -> None:
    counts = stats.shop_counts()
    assert (counts.customers, counts.visits, counts.tickets) == (3, 3, 0)
