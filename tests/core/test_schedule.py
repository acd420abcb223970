"""Shifts, one-day changes and time off: editing them, and who works on a day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from salon_crm.core import audit, schedule
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import Appointment, Customer, Staff, StaffShift
from salon_crm.core.schedule import WeeklyShift

MONDAY = date(2030, 3, 4)


@pytest.fixture
def staff(shop: Shop) -> dict[str, int]:
    return {
        "wang": Staff.create(name="王芳", role="stylist", sort_order=1).id,
        "desk": Staff.create(name="孙佳怡", role="front_desk", sort_order=2).id,
        "gone": Staff.create(name="老周", role="stylist", sort_order=3, active=False).id,
    }


def test_the_weekly_pattern_is_replaced_and_audited(staff: dict[str, int]) -> None:
    wang = staff["wang"]
    schedule.set_weekly_shifts(OWNER, wang, [WeeklyShift(0, time(10), time(19)), WeeklyShift(2, time(12), time(21))])
    result = schedule.set_weekly_shifts(OWNER, wang, [WeeklyShift(1, time(9, 30), time(18))])
    assert result.weekly == (WeeklyShift(1, time(9, 30), time(18)),)
    assert StaffShift.select().where(StaffShift.staff == wang).count() == 1
    assert [entry.action for entry in audit.entries_for("staff_shift", wang)] == ["update", "update"]
    schedule.set_weekly_shifts(OWNER, wang, [WeeklyShift(1, time(9, 30), time(18))])  # unchanged: no entry
    assert len(audit.entries_for("staff_shift", wang)) == 2


@pytest.mark.parametrize(
    ("shifts", "code"),
    [
        ([WeeklyShift(0, time(19), time(10))], "shift_end_before_start"),
        ([WeeklyShift(0, time(10), time(10))], "shift_end_before_start"),
        ([WeeklyShift(7, time(10), time(19))], "weekday_invalid"),
        ([WeeklyShift(1, time(10), time(19)), WeeklyShift(1, time(12), time(21))], "weekday_invalid"),
    ],
)
def test_bad_shifts_are_refused_and_nothing_changes(
    staff: dict[str, int], shifts: list[WeeklyShift], code: str
) -> None:
    schedule.set_weekly_shifts(OWNER, staff["wang"], [WeeklyShift(0, time(10), time(19))])
    with pytest.raises(ValidationError) as caught:
        schedule.set_weekly_shifts(OWNER, staff["wang"], shifts)
    assert caught.value.code == code
    assert schedule.get_staff_schedule(staff["wang"]).weekly == (WeeklyShift(0, time(10), time(19)),)


def test_a_day_change_overrides_the_week(staff: dict[str, int]) -> None:
    wang = staff["wang"]
    schedule.set_weekly_shifts(OWNER, wang, [WeeklyShift(0, time(10), time(19))])
    assert schedule.shift_on(wang, MONDAY) == ((time(10), time(19)), "")
    change = schedule.set_shift_change(OWNER, wang, MONDAY, None, "调休")
    assert change.day_off and schedule.shift_on(wang, MONDAY) == (None, "调休")
    again = schedule.set_shift_change(OWNER, wang, MONDAY, (time(14), time(21)), "上午培训")
    assert again.id == change.id  # one change per day
    assert schedule.shift_on(wang, MONDAY) == ((time(14), time(21)), "上午培训")
    schedule.remove_shift_change(OWNER, change.id)
    assert schedule.shift_on(wang, MONDAY) == ((time(10), time(19)), "")
    assert [e.action for e in audit.entries_for("shift_exception", change.id)] == ["create", "update", "delete"]
    with pytest.raises(NotFoundError):
        schedule.remove_shift_change(OWNER, change.id)


def test_time_off_is_checked_listed_and_removed(staff: dict[str, int]) -> None:
    wang = staff["wang"]
    start = datetime.combine(MONDAY, time(13))
    with pytest.raises(ValidationError) as caught:
        schedule.add_time_off(OWNER, wang, start, start, "看牙医")
    assert caught.value.code == "time_off_end_before_start"
    absence = schedule.add_time_off(OWNER, wang, start, start + timedelta(hours=2), " 看牙医 ")
    assert absence.reason == "看牙医"
    assert schedule.absences_between(wang, start + timedelta(hours=2), start + timedelta(hours=3)) == []
    assert schedule.absences_between(wang, start - timedelta(hours=1), start + timedelta(minutes=1)) == [absence]
    listed = schedule.get_staff_schedule(wang, today=MONDAY)
    assert listed.absences == (absence,)
    assert schedule.get_staff_schedule(wang, today=MONDAY + timedelta(days=1)).absences == ()
    schedule.remove_time_off(OWNER, absence.id)
    assert schedule.get_staff_schedule(wang, today=MONDAY).absences == ()
    with pytest.raises(NotFoundError):
        schedule.add_time_off(OWNER, 999, start, start + timedelta(hours=1))


def test_the_day_shows_who_works_and_anyone_with_bookings(staff: dict[str, int]) -> None:
    for member in staff.values():
        schedule.set_weekly_shifts(OWNER, member, [WeeklyShift(0, time(10), time(19))])
    schedule.add_time_off(OWNER, staff["wang"], datetime(2030, 3, 1, 9), datetime(2030, 3, 4, 12), "年假")
    day = schedule.day_schedule(MONDAY)
    assert [person.name for person in day.staff] == ["王芳"]  # not the desk, not the leaver
    assert day.staff[0].shift == (time(10), time(19))
    assert [a.reason for a in day.staff[0].absences] == ["年假"]
    assert day.opening.opens == time(9)  # the default hours
    customer = Customer.create(name="张三")
    start = datetime.combine(MONDAY, time(11))
    Appointment.create(customer=customer, stylist=staff["gone"], starts_at=start, ends_at=start + timedelta(hours=1))
    with_bookings = schedule.day_schedule(MONDAY, staff_ids=[staff["gone"]])
    assert [person.name for person in with_bookings.staff] == ["王芳", "老周"]
