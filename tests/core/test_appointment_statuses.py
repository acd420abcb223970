"""Statuses, completing a visit with its bill, recurring bookings, reminders, no-show counts."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from test_appointments import MONDAY, NOW, Salon, at, book, refused, salon

from salon_crm.core import appointments, audit, service_records
from salon_crm.core.appointments import BookingInput
from salon_crm.core.context import OWNER
from salon_crm.core.errors import ConflictError, SalonError, ValidationError
from salon_crm.core.models import Appointment, LedgerEntry, ServiceRecord
from salon_crm.core.service_records import LineInput, RecordInput

__all__ = ["salon"]  # the fixture, shared with the booking tests


def record_for(salon: Salon, view: appointments.AppointmentView, **changes: object) -> RecordInput:
    lines = tuple(LineInput(s.service_item_id, view.stylist_id) for s in view.services)
    values: dict[str, object] = {
        "customer_id": view.customer_id,
        "visited_at": view.starts_at,
        "lines": lines,
        "payment_method": "cash",
    }
    values.update(changes)
    return RecordInput(**values)  # type: ignore[arg-type]


def status_of(appointment_id: int) -> str:
    return str(Appointment.get_by_id(appointment_id).status)


def test_booked_then_arrived_then_completed_with_the_bill(salon: Salon) -> None:
    view = book(salon, at(10), salon.cut, salon.colour)
    appointments.mark_arrived(OWNER, view.id, now=at(9, 55))
    assert status_of(view.id) == "arrived"
    saved = appointments.complete_appointment(OWNER, view.id, record_for(salon, view), now=at(13))
    assert saved.appointment_id == view.id
    assert saved.total == Decimal("466.00")
    assert [line.service_name for line in saved.lines] == ["洗剪吹", "染发"]
    after = appointments.get_appointment(view.id)
    assert (after.status, after.record_id) == ("completed", saved.id)
    assert LedgerEntry.select().where(LedgerEntry.service_record == saved.id).count() == 1  # points earned
    actions = [entry.action for entry in audit.entries_for("appointment", view.id)]
    assert actions == ["create", "update", "update"]
    assert [entry.action for entry in audit.entries_for("service_record", saved.id)] == ["create"]


def test_a_booked_appointment_can_be_completed_directly(salon: Salon) -> None:
    view = book(salon, at(10))
    saved = appointments.complete_appointment(OWNER, view.id, record_for(salon, view), now=at(11))
    assert status_of(view.id) == "completed" and saved.appointment_id == view.id


def test_a_refused_bill_leaves_the_appointment_as_it_was(salon: Salon) -> None:
    view = book(salon, at(10))
    bad = record_for(salon, view, payment_method="stored_value")  # no balance
    with pytest.raises(ValidationError) as caught:
        appointments.complete_appointment(OWNER, view.id, bad, now=at(11))
    assert caught.value.code == "balance_insufficient"
    assert status_of(view.id) == "booked"
    assert ServiceRecord.select().count() == 0
    with pytest.raises(ValidationError) as caught:
        appointments.complete_appointment(OWNER, view.id, record_for(salon, view, customer_id=salon.zhao), now=at(11))
    assert caught.value.code == "record_customer_mismatch"
    assert ServiceRecord.select().count() == 0


def test_a_visit_is_not_completed_before_its_day(salon: Salon) -> None:
    view = book(salon, at(10, day=MONDAY + timedelta(days=1)))
    with pytest.raises(ConflictError) as caught:
        appointments.complete_appointment(OWNER, view.id, record_for(salon, view, visited_at=NOW), now=NOW)
    assert caught.value.code == "completion_before_day"
    assert ServiceRecord.select().count() == 0 and status_of(view.id) == "booked"


@pytest.mark.parametrize(
    ("first", "code"),
    [
        ("cancelled", "appointment_already_cancelled"),
        ("no_show", "appointment_already_no_show"),
        ("completed", "appointment_already_completed"),
    ],
)
def test_only_booked_or_arrived_appointments_complete(salon: Salon, first: str, code: str) -> None:
    view = book(salon, at(10))
    Appointment.update(status=first).where(Appointment.id == view.id).execute()
    with pytest.raises(ConflictError) as caught:
        appointments.complete_appointment(OWNER, view.id, record_for(salon, view), now=at(11))
    assert caught.value.code == code
    assert ServiceRecord.select().count() == 0


@pytest.mark.parametrize(
    ("first", "code"),
    [
        ("arrived", "appointment_already_arrived"),
        ("completed", "appointment_already_completed"),
        ("cancelled", "appointment_already_cancelled"),
        ("no_show", "appointment_already_no_show"),
    ],
)
def test_only_a_booked_appointment_changes_status(salon: Salon, first: str, code: str) -> None:
    view = book(salon, at(10))
    Appointment.update(status=first).where(Appointment.id == view.id).execute()
    calls = (
        lambda: appointments.mark_arrived(OWNER, view.id, now=at(10)),
        lambda: appointments.cancel_appointment(OWNER, view.id, "改天", now=at(10)),
        lambda: appointments.mark_no_show(OWNER, view.id, now=at(11)),
    )
    for call in calls:
        error: SalonError = refused(ConflictError, code, call)
        assert error.values == {"appointment_id": view.id}
    assert status_of(view.id) == first


def test_cancelling_needs_a_reason_and_keeps_it(salon: Salon) -> None:
    view = book(salon, at(10))
    refused(ValidationError, "cancel_needs_reason", lambda: appointments.cancel_appointment(OWNER, view.id, "  "))
    cancelled = appointments.cancel_appointment(OWNER, view.id, " 孩子 生病 ", now=NOW)
    assert (cancelled.status, cancelled.cancel_reason) == ("cancelled", "孩子 生病")


def test_arrival_on_the_day_and_no_show_after_the_start(salon: Salon) -> None:
    view = book(salon, at(10))
    refused(
        ConflictError,
        "arrival_not_today",
        lambda: appointments.mark_arrived(OWNER, view.id, now=NOW - timedelta(days=1)),
    )
    refused(ConflictError, "no_show_before_start", lambda: appointments.mark_no_show(OWNER, view.id, now=at(9, 59)))
    assert appointments.mark_no_show(OWNER, view.id, now=at(10)).status == "no_show"


def test_no_show_counts_per_customer(salon: Salon) -> None:
    for hour in (10, 12, 14):
        view = book(salon, at(hour))
        appointments.mark_no_show(OWNER, view.id, now=at(18))
    book(salon, at(16))
    assert appointments.no_show_count(salon.zhang) == 3
    assert appointments.no_show_count(salon.zhao) == 0
    assert appointments.no_show_counts([salon.zhang, salon.zhao]) == {salon.zhang: 3}


def test_tomorrows_reminders_list_the_booked_only(salon: Salon) -> None:
    tomorrow = MONDAY + timedelta(days=1)
    late = book(salon, at(15, day=tomorrow), stylist=salon.li)
    early = book(salon, at(10, day=tomorrow), customer=salon.zhao)
    gone = book(salon, at(12, day=tomorrow))
    appointments.cancel_appointment(OWNER, gone.id, "出差", now=NOW)
    book(salon, at(11))  # today
    rows = appointments.reminders_for(tomorrow)
    assert [(row.appointment_id, row.customer_name, row.phone) for row in rows] == [
        (early.id, "赵六", "13900139000"),
        (late.id, "张三", "13800138000"),
    ]
    assert rows[0].starts_at == at(10, day=tomorrow) and rows[1].stylist_name == "李强"


def test_the_shops_week_counts_bookings_per_stylist_and_day(salon: Salon) -> None:
    for hour in (10, 12, 14):
        book(salon, at(hour))
    missed = book(salon, at(16))
    appointments.mark_no_show(OWNER, missed.id, now=at(18))
    gone = book(salon, at(17))
    appointments.cancel_appointment(OWNER, gone.id, "出差", now=NOW)
    sunday = MONDAY + timedelta(days=6)
    book(salon, at(20, 15, day=sunday - timedelta(days=1)), stylist=salon.li)
    # made before the shop closed on Sundays: still counted, on the day it starts
    Appointment.create(customer=salon.zhao, stylist=salon.li, starts_at=at(23, 30, sunday), ends_at=at(23, 55, sunday))
    book(salon, at(10, day=MONDAY + timedelta(days=7)))  # the next week
    rows = appointments.week_counts(MONDAY)
    assert [row.stylist_name for row in rows] == ["王芳", "李强", "周婷"]  # the staff's order
    wang, li, nails = rows
    assert [day.day for day in wang.days] == [MONDAY + timedelta(days=n) for n in range(7)]
    assert [day.bookings for day in wang.days] == [3, 0, 0, 0, 0, 0, 0]  # no-shows and cancelled left out
    assert (wang.days[0].no_shows, wang.days[0].shift, wang.days[6].shift) == (1, (time(10), time(19)), None)
    assert [day.bookings for day in li.days] == [0, 0, 0, 0, 0, 1, 1]
    assert sum(day.bookings for day in nails.days) == 0 and nails.days[6].shift == (time(10), time(19))


def test_a_recurring_booking_lists_the_clashes_and_books_the_rest_when_asked(salon: Salon) -> None:
    data = BookingInput(at(10), (salon.cut,), salon.zhang, salon.wang)
    book(salon, at(10, day=MONDAY + timedelta(weeks=4)), customer=salon.zhao)  # the third date clashes
    plan = appointments.plan_recurring(data, 2, 4, now=NOW)
    assert [o.starts_at.date() for o in plan] == [MONDAY + timedelta(weeks=2 * n) for n in range(4)]
    assert [o.problem.code if o.problem else None for o in plan] == [None, None, "stylist_double_booked", None]
    before = Appointment.select().count()
    with pytest.raises(ConflictError) as caught:
        appointments.book_recurring(OWNER, data, 2, 4, now=NOW)
    assert caught.value.code == "recurring_clashes" and caught.value.values == {"count": 1, "total": 4}
    assert Appointment.select().count() == before
    result = appointments.book_recurring(OWNER, data, 2, 4, skip_clashes=True, now=NOW)
    assert len(result.booked) == 3 and [o.starts_at for o in result.skipped] == [plan[2].starts_at]
    assert {view.series for view in result.booked} == {result.series}


def test_a_recurring_walk_in_is_one_customer(salon: Salon) -> None:
    data = BookingInput(at(10), (salon.cut,), None, salon.wang, walk_in_name="钱七", walk_in_phone="13700000000")
    result = appointments.book_recurring(OWNER, data, 1, 3, now=NOW)
    assert len({view.customer_id for view in result.booked}) == 1


@pytest.mark.parametrize(
    ("weeks", "times", "code"), [(0, 3, "recurrence_weeks_invalid"), (1, 1, "recurrence_times_invalid")]
)
def test_a_recurrence_needs_sensible_numbers(salon: Salon, weeks: int, times: int, code: str) -> None:
    data = BookingInput(at(10), (salon.cut,), salon.zhang, salon.wang)
    refused(ValidationError, code, lambda: appointments.book_recurring(OWNER, data, weeks, times, now=NOW))


def test_the_bill_is_the_customers_visit(salon: Salon) -> None:
    view = book(salon, at(10))
    saved = appointments.complete_appointment(OWNER, view.id, record_for(salon, view), now=at(11))
    figures = service_records.customer_figures(salon.zhang)
    assert figures.visits == 1 and figures.last_visit == datetime.combine(MONDAY, at(10).time())
    assert service_records.get_service_record(saved.id).appointment_id == view.id
