"""Staff schedules (排班): weekly shifts, single-day exceptions, time off, opening hours.

A stylist works on a day by the weekly pattern (``StaffShift``, 0 = Monday) unless
a ``ShiftException`` for that day gives other hours or a day off (empty times).
``TimeOff`` spans (leave, training) are taken out of whatever the shift says.
The appointment checks and the day view both read the schedule through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import cast

from salon_crm.core import audit, clock
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, StaffRole
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import ShiftException, Staff, StaffShift, TimeOff, database_proxy
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.rows import OpeningHours
from salon_crm.core.shop import get_shop_settings

NOTE_MAX = 200


@dataclass(frozen=True)
class WeeklyShift:
    """The regular hours of one weekday (0 = Monday)."""

    weekday: int
    start: time
    end: time


@dataclass(frozen=True)
class ShiftChange:
    """One day's other hours, or a day off when ``start`` and ``end`` are None."""

    id: int
    day: date
    start: time | None
    end: time | None
    note: str

    @property
    def day_off(self) -> bool:
        return self.start is None


@dataclass(frozen=True)
class Absence:
    """A span of time off."""

    id: int
    starts_at: datetime
    ends_at: datetime
    reason: str


@dataclass(frozen=True)
class StaffSchedule:
    """Everything the shift dialog edits for one member of staff."""

    staff_id: int
    staff_name: str
    weekly: tuple[WeeklyShift, ...]
    changes: tuple[ShiftChange, ...]
    absences: tuple[Absence, ...]


@dataclass(frozen=True)
class StaffDay:
    """One member of staff on one day: the shift (None: not working) and time off in it."""

    staff_id: int
    name: str
    role: str
    shift: tuple[time, time] | None
    note: str  # why the day differs from the week, if it does
    absences: tuple[Absence, ...]


@dataclass(frozen=True)
class DaySchedule:
    """The shop's hours on a day and who works (the day view's columns)."""

    day: date
    opening: OpeningHours
    staff: tuple[StaffDay, ...]


# --- reading ---------------------------------------------------------------------


def opening_hours(day: date) -> OpeningHours:
    """The shop's hours on ``day`` (closed when its times are None)."""
    return get_shop_settings().opening_hours[day.weekday()]


def _staff_of(row: StaffShift | ShiftException | TimeOff) -> int:
    """The staff id of a schedule row, without loading the staff member."""
    return int(row.__data__["staff"])


def _change_row(row: ShiftException) -> ShiftChange:
    return ShiftChange(row.id, row.day, row.start_time, row.end_time, row.note)


def _absence_row(row: TimeOff) -> Absence:
    return Absence(row.id, row.starts_at, row.ends_at, row.reason)


def shift_on(staff_id: int, day: date) -> tuple[tuple[time, time] | None, str]:
    """The hours ``staff_id`` works on ``day`` (None: not working) and the exception's note."""
    # A one-day change wins over the weekly pattern; its end is set whenever its start is.
    change = ShiftException.get_or_none((ShiftException.staff == staff_id) & (ShiftException.day == day))
    if change is not None:
        hours: tuple[time, time] | None = None
        if change.start_time is not None:
            hours = (change.start_time, cast(time, change.end_time))
        return hours, change.note
    regular = StaffShift.get_or_none((StaffShift.staff == staff_id) & (StaffShift.weekday == day.weekday()))
    return (None if regular is None else (regular.start_time, regular.end_time)), ""


def absences_between(staff_id: int, start: datetime, end: datetime) -> list[Absence]:
    """Time off of ``staff_id`` overlapping ``[start, end)``."""
    query = (
        TimeOff.select()
        # Strict bounds, as for bookings: time off ending at 12:00 leaves a 12:00 booking free.
        .where((TimeOff.staff == staff_id) & (TimeOff.starts_at < end) & (TimeOff.ends_at > start))
        .order_by(TimeOff.starts_at)
    )
    return [_absence_row(row) for row in query]


def day_schedule(day: date, *, staff_ids: Iterable[int] = ()) -> DaySchedule:
    """Who works on ``day``: active staff with a shift (front desk left out), plus ``staff_ids``
    (those with bookings that day, so no booking is ever hidden)."""
    start = datetime.combine(day, time.min)
    end = start + timedelta(days=1)
    wanted = set(staff_ids)
    # A few set-based queries for the whole day rather than shift_on per person: week_counts asks
    # this for every day of a week.
    regular: dict[int, tuple[time, time]] = {
        _staff_of(row): (row.start_time, row.end_time)
        for row in StaffShift.select().where(StaffShift.weekday == day.weekday())
    }
    changes = {_staff_of(row): row for row in ShiftException.select().where(ShiftException.day == day)}
    absent: dict[int, list[Absence]] = {}
    for row in (
        TimeOff.select().where((TimeOff.starts_at < end) & (TimeOff.ends_at > start)).order_by(TimeOff.starts_at)
    ):
        absent.setdefault(_staff_of(row), []).append(_absence_row(row))
    people = []
    for member in Staff.select().order_by(Staff.sort_order, Staff.id):
        change = changes.get(member.id)
        shift: tuple[time, time] | None
        if change is not None:
            shift = None if change.start_time is None else (change.start_time, cast(time, change.end_time))
            note = change.note
        else:
            shift, note = regular.get(member.id), ""
        # Front-desk staff get no column of their own; ``wanted`` brings back anyone who still
        # holds bookings that day (inactive, off, or at the desk).
        working = member.active and shift is not None and member.role != StaffRole.FRONT_DESK.value
        if working or member.id in wanted:
            people.append(StaffDay(member.id, member.name, member.role, shift, note, tuple(absent.get(member.id, ()))))
    return DaySchedule(day, opening_hours(day), tuple(people))


def get_staff_schedule(staff_id: int, *, today: date | None = None) -> StaffSchedule:
    """The weekly pattern, and the exceptions and time off from ``today`` on."""
    member = Staff.get_or_none(Staff.id == staff_id)
    if member is None:
        raise NotFoundError("staff_not_found", staff_id=staff_id)
    first = today or clock.today()
    weekly = tuple(
        WeeklyShift(row.weekday, row.start_time, row.end_time)
        for row in StaffShift.select().where(StaffShift.staff == staff_id).order_by(StaffShift.weekday)
    )
    # Only from today: the dialog edits what is ahead, the past stays for the history.
    changes = tuple(
        _change_row(row)
        for row in ShiftException.select()
        .where((ShiftException.staff == staff_id) & (ShiftException.day >= first))
        .order_by(ShiftException.day)
    )
    absences = tuple(
        _absence_row(row)
        for row in TimeOff.select()
        # ends_at after today's start: a leave that began earlier but still runs is shown.
        .where((TimeOff.staff == staff_id) & (TimeOff.ends_at > datetime.combine(first, time.min)))
        .order_by(TimeOff.starts_at)
    )
    return StaffSchedule(staff_id, member.name, weekly, changes, absences)


# --- writing ---------------------------------------------------------------------


def _require_staff(staff_id: int) -> None:
    if not Staff.select().where(Staff.id == staff_id).exists():
        raise NotFoundError("staff_not_found", staff_id=staff_id)


def _check_hours(start: time, end: time) -> None:
    if end <= start:
        raise ValidationError("shift_end_before_start", start=start.strftime("%H:%M"), end=end.strftime("%H:%M"))


@guarded(Action.CHANGE_STAFF)
def set_weekly_shifts(actor: Actor, staff_id: int, shifts: Iterable[WeeklyShift]) -> StaffSchedule:
    """Replace the weekly pattern of ``staff_id`` (a weekday missing is a rest day)."""
    # Checked before the transaction: a bad row refuses the whole pattern, nothing changed.
    wanted = sorted(shifts, key=lambda shift: shift.weekday)
    seen: set[int] = set()
    for shift in wanted:
        if not 0 <= shift.weekday <= 6 or shift.weekday in seen:
            raise ValidationError("weekday_invalid", weekday=shift.weekday)
        seen.add(shift.weekday)
        _check_hours(shift.start, shift.end)
    with database_proxy.atomic():
        _require_staff(staff_id)
        old = StaffShift.select().where(StaffShift.staff == staff_id).order_by(StaffShift.weekday)
        before = [audit.snapshot(row) for row in old]
        # Replaced whole: a weekday missing from ``shifts`` becomes a rest day. Bookings already made
        # are not checked against the new hours.
        StaffShift.delete().where(StaffShift.staff == staff_id).execute()
        rows = [
            StaffShift.create(staff=staff_id, weekday=shift.weekday, start_time=shift.start, end_time=shift.end)
            for shift in wanted
        ]
        after = [audit.snapshot(row) for row in rows]
        # Rows are made anew with new ids, so compare without them: saving an unchanged pattern
        # writes no audit entry.
        strip = [{k: v for k, v in row.items() if k != "id"} for row in before]
        if strip != [{k: v for k, v in row.items() if k != "id"} for row in after]:
            audit.record(actor, AuditAction.UPDATE, "staff_shift", staff_id, {"shifts": before}, {"shifts": after})
    return get_staff_schedule(staff_id)


@guarded(Action.CHANGE_STAFF)
def set_shift_change(
    actor: Actor, staff_id: int, day: date, hours: tuple[time, time] | None, note: str = ""
) -> ShiftChange:
    """Set one day's hours (``hours`` None: a day off), replacing any earlier change that day."""
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("note_too_long", max=NOTE_MAX)
    if hours is not None:
        _check_hours(*hours)
    start, end = hours if hours is not None else (None, None)
    with database_proxy.atomic():
        _require_staff(staff_id)
        # One row per person and day (a unique index): update it rather than add a second.
        row = ShiftException.get_or_none((ShiftException.staff == staff_id) & (ShiftException.day == day))
        before = None if row is None else audit.snapshot(row)
        if row is None:
            row = ShiftException(staff=staff_id, day=day)
        row.start_time, row.end_time, row.note = start, end, note
        row.save()
        action = AuditAction.CREATE if before is None else AuditAction.UPDATE
        audit.record(actor, action, "shift_exception", row.id, before, audit.snapshot(row))
        return _change_row(row)


@guarded(Action.CHANGE_STAFF)
def remove_shift_change(actor: Actor, change_id: int) -> None:
    with database_proxy.atomic():
        row = ShiftException.get_or_none(ShiftException.id == change_id)
        if row is None:
            raise NotFoundError("shift_change_not_found", change_id=change_id)
        before = audit.snapshot(row)
        row.delete_instance()
        audit.record(actor, AuditAction.DELETE, "shift_exception", change_id, before, None)


@guarded(Action.CHANGE_STAFF)
def add_time_off(actor: Actor, staff_id: int, starts_at: datetime, ends_at: datetime, reason: str = "") -> Absence:
    reason = reason.strip()
    if ends_at <= starts_at:
        raise ValidationError(
            "time_off_end_before_start",
            start=starts_at.strftime("%Y-%m-%d %H:%M"),
            end=ends_at.strftime("%Y-%m-%d %H:%M"),
        )
    if len(reason) > NOTE_MAX:
        raise ValidationError("note_too_long", max=NOTE_MAX)
    with database_proxy.atomic():
        _require_staff(staff_id)
        row = TimeOff.create(
            staff=staff_id,
            # Whole minutes, as bookings are, so back-to-back edges compare equal.
            starts_at=starts_at.replace(second=0, microsecond=0),
            ends_at=ends_at.replace(second=0, microsecond=0),
            reason=reason,
        )
        audit.record(actor, AuditAction.CREATE, "time_off", row.id, None, audit.snapshot(row))
        return _absence_row(row)


@guarded(Action.CHANGE_STAFF)
def remove_time_off(actor: Actor, absence_id: int) -> None:
    with database_proxy.atomic():
        row = TimeOff.get_or_none(TimeOff.id == absence_id)
        if row is None:
            raise NotFoundError("time_off_not_found", absence_id=absence_id)
        before = audit.snapshot(row)
        row.delete_instance()
        audit.record(actor, AuditAction.DELETE, "time_off", absence_id, before, None)
