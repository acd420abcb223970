"""What the day and week views draw, read on the worker thread as plain values.

A grid is columns of one day each (a stylist's day, or a day of the week) over
one span of minutes; each column knows when its stylist cannot be booked (out of
shift, time off) and the bookings in it, already laid out in lanes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from salon_crm.core import appointments, schedule
from salon_crm.core.appointment_rows import AppointmentBlock
from salon_crm.core.enums import AppointmentStatus
from salon_crm.core.schedule import StaffDay

# A shop that has set no opening hours for the day is drawn 09:00-21:00, widened to its shifts.
DEFAULT_HOURS = (9 * 60, 21 * 60)
# The booking step: new bookings start on a quarter hour (when.next_quarter_hour) and the grid
# has one row per quarter.
SLOT_MINUTES = 15


@dataclass(frozen=True)
class PlacedBlock:
    """A booking and the lane it is drawn in (``lanes`` side by side in its column)."""

    block: AppointmentBlock
    lane: int
    lanes: int


@dataclass(frozen=True)
class Shade:
    """Minutes of the day a column's stylist cannot be booked, and why."""

    start: int
    end: int
    time_off: bool  # time off rather than outside the shift
    reason: str = ""


@dataclass(frozen=True)
class GridColumn:
    """One column: a day, and the stylist it books (None: keeps each booking's own)."""

    title: str
    subtitle: str
    day: date
    stylist_id: int | None
    shades: tuple[Shade, ...]
    blocks: tuple[PlacedBlock, ...]
    day_off: bool = False  # the column's stylist does not work that day


@dataclass(frozen=True)
class GridData:
    """Columns over the minutes ``first_minute``..``last_minute`` of their days."""

    first_day: date
    days: int
    first_minute: int
    last_minute: int
    columns: tuple[GridColumn, ...]
    closed: bool  # the shop is closed on the (only) day shown


def minutes(moment: time | datetime) -> int:
    return moment.hour * 60 + moment.minute


def _span_minutes(day: date, start: datetime, end: datetime) -> tuple[int, int]:
    """``[start, end)`` clipped to ``day``, as minutes from its midnight."""
    midnight = datetime.combine(day, time.min)
    # Clipped, so time off that began yesterday or runs past midnight shades only this day's part.
    first = max(0, int((start - midnight).total_seconds() // 60))
    last = min(24 * 60, int((end - midnight).total_seconds() // 60))
    return first, last


def lay_out(blocks: list[AppointmentBlock]) -> tuple[PlacedBlock, ...]:
    """Side-by-side lanes for overlapping bookings (the grid's callers leave cancelled ones out: ``_shown``)."""
    group: list[tuple[AppointmentBlock, int]] = []
    group_end: datetime | None = None
    result: list[PlacedBlock] = []

    def close_group() -> None:
        lanes = 1 + max((lane for _b, lane in group), default=0)
        result.extend(PlacedBlock(block, lane, lanes) for block, lane in group)

    for block in sorted(blocks, key=lambda b: (b.starts_at, b.ends_at, b.id)):
        # A booking starting after every booking of the group has ended begins a new group: lanes are
        # counted per group, so one early overlap does not make the whole day's blocks narrow.
        if group_end is not None and block.starts_at >= group_end:
            close_group()
            group, group_end = [], None
        busy = {lane for other, lane in group if other.ends_at > block.starts_at}
        # The lowest free lane: a booking moves right only as far as it must.
        lane = next(n for n in range(len(group) + 1) if n not in busy)
        group.append((block, lane))
        group_end = block.ends_at if group_end is None else max(group_end, block.ends_at)
    close_group()
    return tuple(result)


def _shades(person: StaffDay, day: date, first: int, last: int) -> tuple[Shade, ...]:
    shades = []
    # No shift that day: the whole column is shaded, with the reason (a note on the day) if any.
    if person.shift is None:
        shades.append(Shade(first, last, False, person.note))
    else:
        start, end = minutes(person.shift[0]), minutes(person.shift[1])
        if start > first:
            shades.append(Shade(first, start, False))
        if end < last:
            shades.append(Shade(end, last, False))
    for absence in person.absences:
        begin, finish = _span_minutes(day, absence.starts_at, absence.ends_at)
        # An absence that does not reach into this day (or zero minutes of it) draws nothing.
        if finish > begin:
            shades.append(Shade(begin, finish, True, absence.reason))
    return tuple(shades)


def _bounds(opening: tuple[int, int] | None, blocks: list[AppointmentBlock], days: list[StaffDay]) -> tuple[int, int]:
    """The opening hours, widened to any shift or booking outside them, on a whole slot."""
    first, last = opening or DEFAULT_HOURS
    for person in days:
        # Shifts widen the hours only when the shop has set none: set opening hours are the frame,
        # which only a booking outside them may widen (below).
        if person.shift is not None and opening is None:
            first, last = min(first, minutes(person.shift[0])), max(last, minutes(person.shift[1]))
    for block in blocks:
        first = min(first, minutes(block.starts_at))
        # A booking is never cut off: one outside the hours widens the grid to show it, one that runs
        # past midnight to the day's end.
        last = max(last, minutes(block.ends_at) if block.ends_at.date() == block.starts_at.date() else 24 * 60)
    # Out to whole slots, so each row of the grid is a full quarter hour.
    return first - first % SLOT_MINUTES, min(24 * 60, last + (-last) % SLOT_MINUTES)


def _shown(blocks: list[AppointmentBlock]) -> list[AppointmentBlock]:
    """Cancelled bookings stay in the list, not on the grid: they no longer hold the time."""
    return [block for block in blocks if block.status != AppointmentStatus.CANCELLED.value]


def load_day(day: date, only_stylist: int | None = None) -> GridData:
    """One column per stylist working on ``day`` (and any with bookings that day), or only ``only_stylist``'s."""
    start = datetime.combine(day, time.min)
    blocks = _shown(appointments.list_blocks(start, start + timedelta(days=1)))
    # Staff with bookings that day get a column even without a shift, so no booking is hidden.
    plan = schedule.day_schedule(day, staff_ids={block.stylist_id for block in blocks})
    hours = plan.opening
    opening = (minutes(hours.opens), minutes(hours.closes)) if hours.opens and hours.closes else None
    first, last = _bounds(opening, blocks, list(plan.staff))
    columns = []
    for person in plan.staff:
        if only_stylist is not None and person.staff_id != only_stylist:
            continue
        mine = [block for block in blocks if block.stylist_id == person.staff_id]
        subtitle = "" if person.shift is None else f"{person.shift[0]:%H:%M}–{person.shift[1]:%H:%M}"
        columns.append(
            GridColumn(person.name, subtitle, day, person.staff_id, _shades(person, day, first, last), lay_out(mine))
        )
    return GridData(day, 1, first, last, tuple(columns), opening is None)


def load_week(first_day: date, stylist_id: int) -> GridData:
    """One stylist's week: seven day columns from ``first_day`` (the shop's week is counted, not drawn)."""
    start = datetime.combine(first_day, time.min)
    blocks = _shown(appointments.list_blocks(start, start + timedelta(days=7), stylist_id=stylist_id))
    # The stylist is asked for on every day, so a day off still yields their (shaded) column.
    plans = [schedule.day_schedule(first_day + timedelta(days=n), staff_ids={stylist_id}) for n in range(7)]
    first, last = 24 * 60, 0
    for plan in plans:
        hours = plan.opening
        if hours.opens and hours.closes:
            first, last = min(first, minutes(hours.opens)), max(last, minutes(hours.closes))
    # The week is framed by the earliest opening and the latest closing of its days, so the seven
    # columns share one time scale.
    opening = (first, last) if last > first else None
    people = {plan.day: next((p for p in plan.staff if p.staff_id == stylist_id), None) for plan in plans}
    first, last = _bounds(opening, blocks, [person for person in people.values() if person is not None])
    columns = []
    for plan in plans:
        mine = [block for block in blocks if block.starts_at.date() == plan.day]
        person = people[plan.day]
        if person is None:  # no such stylist (any more): the days stay empty and shaded
            columns.append(GridColumn("", "", plan.day, stylist_id, (Shade(first, last, False),), (), True))
            continue
        subtitle = "" if person.shift is None else f"{person.shift[0]:%H:%M}–{person.shift[1]:%H:%M}"
        shades = _shades(person, plan.day, first, last)
        # an empty title: the header names the day (the stylist is in the box above)
        columns.append(GridColumn("", subtitle, plan.day, stylist_id, shades, lay_out(mine), person.shift is None))
    # ``closed`` is for the single day of a day view; a week has no one answer, its days off are shaded.
    return GridData(first_day, 7, first, last, tuple(columns), False)
