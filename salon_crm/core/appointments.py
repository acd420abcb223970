"""Appointments (预约): booking, moving, statuses and completing a visit.

Every booking, move and resize goes through one check (:func:`check_slot`) that
refuses, with the reason, a span outside the shop's opening hours, outside the
stylist's shift or inside their time off, or overlapping another live booking of
the stylist or of the customer. Cancelled and no-show bookings block nothing; a
booking may end exactly when the next one starts.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import Any

from salon_crm.core import audit, clock, profiles, schedule, service_records
from salon_crm.core.appointment_rows import (
    LIVE,
    SERVICE_SEPARATOR,
    AppointmentBlock,
    AppointmentView,
    BookedService,
    Reminder,
    get_appointment,
    list_appointments,
    list_blocks,
    no_show_count,
    no_show_counts,
    reminders_for,
    service_names,
    week_counts,
)
from salon_crm.core.context import Actor
from salon_crm.core.enums import AppointmentStatus, AuditAction, SourceChannel
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import (
    Appointment,
    AppointmentService,
    Customer,
    ServiceItem,
    Staff,
    database_proxy,
)
from salon_crm.core.permissions import Action, guarded

__all__ = [
    "LIVE",
    "SERVICE_SEPARATOR",
    "AppointmentBlock",
    "AppointmentView",
    "BookedService",
    "BookingInput",
    "Occurrence",
    "RecurringResult",
    "Reminder",
    "book_appointment",
    "book_recurring",
    "cancel_appointment",
    "check_booking",
    "check_slot",
    "complete_appointment",
    "get_appointment",
    "list_appointments",
    "list_blocks",
    "mark_arrived",
    "mark_no_show",
    "move_appointment",
    "no_show_count",
    "no_show_counts",
    "plan_recurring",
    "reminders_for",
    "reschedule_appointment",
    "resize_appointment",
    "service_names",
    "week_counts",
]

S = AppointmentStatus
# Only these may still move or be completed: a completed, cancelled or no-show booking is history.
MOVABLE = (S.BOOKED.value, S.ARRIVED.value)
MIN_MINUTES = 5
NOTE_MAX = 500
REASON_MAX = 200
MAX_OCCURRENCES = 52
MAX_EVERY_WEEKS = 12


@dataclass(frozen=True)
class BookingInput:
    """What the booking dialog submits.

    ``customer_id`` None with ``walk_in_name`` makes a potential customer from the
    name and phone; ``stylist_id`` None books the first stylist free for the span.
    """

    starts_at: datetime
    service_item_ids: tuple[int, ...]
    customer_id: int | None = None
    stylist_id: int | None = None
    walk_in_name: str = ""
    walk_in_phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class Occurrence:
    """One date of a recurring booking, with why it cannot be booked (None: it can)."""

    starts_at: datetime
    ends_at: datetime
    problem: ConflictError | ValidationError | None


@dataclass(frozen=True)
class RecurringResult:
    """The bookings made and the occurrences left out because they clash."""

    series: str
    booked: tuple[AppointmentView, ...]
    skipped: tuple[Occurrence, ...]


def _fk(instance: Appointment, name: str) -> int:
    """A foreign key's id without loading the row it points to."""
    return int(instance.__data__[name])


def _minute(moment: datetime) -> datetime:
    # Bookings live on whole minutes, so "ends exactly when the next starts" compares equal and a
    # stray second cannot make two neighbours clash.
    return moment.replace(second=0, microsecond=0)


def _hm(value: time | datetime) -> str:
    return value.strftime("%H:%M")


# --- the checks ------------------------------------------------------------------


def _check_opening(start: datetime, end: datetime) -> None:
    if end <= start:
        raise ValidationError("booking_end_before_start", start=_hm(start), end=_hm(end))
    if end - start < timedelta(minutes=MIN_MINUTES):
        raise ValidationError("booking_too_short", minutes=MIN_MINUTES)
    if end.date() != start.date() and end != datetime.combine(start.date() + timedelta(days=1), time.min):
        raise ValidationError("booking_spans_days")
    hours = schedule.opening_hours(start.date())
    if hours.opens is None or hours.closes is None:
        raise ConflictError("shop_closed", day=start.date().isoformat())
    opens = datetime.combine(start.date(), hours.opens)
    closes = datetime.combine(start.date(), hours.closes)
    if start < opens or end > closes:
        raise ConflictError("outside_opening_hours", opens=_hm(hours.opens), closes=_hm(hours.closes))


def _check_stylist(stylist: Staff, start: datetime, end: datetime, exclude_id: int | None) -> None:
    shift, _note = schedule.shift_on(stylist.id, start.date())
    if shift is None:
        raise ConflictError("stylist_not_working", stylist=stylist.name, day=start.date().isoformat())
    if start < datetime.combine(start.date(), shift[0]) or end > datetime.combine(start.date(), shift[1]):
        raise ConflictError("outside_shift", stylist=stylist.name, start=_hm(shift[0]), end=_hm(shift[1]))
    # The first absence found is reason enough to refuse; the message names it.
    for absence in schedule.absences_between(stylist.id, start, end):
        raise ConflictError(
            "stylist_time_off",
            stylist=stylist.name,
            start=absence.starts_at.strftime("%Y-%m-%d %H:%M"),
            end=absence.ends_at.strftime("%Y-%m-%d %H:%M"),
            reason=absence.reason,
        )
    clash = _overlapping(Appointment.stylist == stylist.id, start, end, exclude_id)
    if clash is not None:
        raise ConflictError(
            "stylist_double_booked",
            stylist=stylist.name,
            customer=clash.customer.name,
            start=_hm(clash.starts_at),
            end=_hm(clash.ends_at),
        )


def _overlapping(who: Any, start: datetime, end: datetime, exclude_id: int | None) -> Appointment | None:
    query = Appointment.select().where(
        # Strict < and >: a booking may end exactly when the next starts. LIVE leaves out cancelled and
        # no-show bookings, which block nothing (PRODUCT §4).
        who & Appointment.status.in_(LIVE) & (Appointment.starts_at < end) & (Appointment.ends_at > start)
    )
    if exclude_id is not None:
        query = query.where(Appointment.id != exclude_id)
    # The earliest clash, so the message does not depend on the order the rows were written in.
    clash: Appointment | None = query.order_by(Appointment.starts_at).first()
    return clash


def _check_customer(customer_id: int | None, start: datetime, end: datetime, exclude_id: int | None) -> None:
    # A walk-in not yet saved as a customer has no bookings to clash with.
    if customer_id is None:
        return
    clash = _overlapping(Appointment.customer == customer_id, start, end, exclude_id)
    if clash is not None:
        raise ConflictError(
            "customer_double_booked",
            customer=clash.customer.name,
            stylist=clash.stylist.name,
            start=_hm(clash.starts_at),
            end=_hm(clash.ends_at),
        )


def _stylist(stylist_id: int) -> Staff:
    stylist = Staff.get_or_none(Staff.id == stylist_id)
    if stylist is None:
        raise ValidationError("stylist_not_found", staff_id=stylist_id)
    if not stylist.active:
        raise ValidationError("stylist_inactive", stylist=stylist.name)
    return stylist


def check_slot(
    stylist_id: int,
    customer_id: int | None,
    starts_at: datetime,
    ends_at: datetime,
    *,
    exclude_id: int | None = None,
) -> None:
    """Raise ``ConflictError``/``ValidationError`` with the reason the span cannot be booked.

    In order: the shop's hours, the stylist's shift and time off, the stylist's
    other bookings, the customer's other bookings.
    """
    # The shop's hours first: a closed day says so before any stylist's rota is blamed.
    start, end = _minute(starts_at), _minute(ends_at)
    _check_opening(start, end)
    _check_stylist(_stylist(stylist_id), start, end, exclude_id)
    _check_customer(customer_id, start, end, exclude_id)


def _skilled(stylist: Staff, categories: set[str]) -> bool:
    skills = {skill for skill in stylist.skills.split(",") if skill}
    return categories <= skills


def _first_free(categories: set[str], customer_id: int | None, start: datetime, end: datetime) -> Staff:
    """The first active stylist, in display order, whose skills cover the services and who is free."""
    # The shop and the customer do not depend on the stylist, so they are checked once, up front.
    _check_opening(start, end)
    _check_customer(customer_id, start, end, None)
    # Display order, as the day view's columns (schedule.day_schedule), so the pick is predictable.
    for stylist in Staff.select().where(Staff.active == True).order_by(Staff.sort_order, Staff.id):  # noqa: E712
        if not _skilled(stylist, categories):
            continue
        try:
            _check_stylist(stylist, start, end, None)
        except ConflictError:
            continue
        return stylist
    raise ConflictError("no_stylist_free", start=_hm(start), end=_hm(end))


# --- booking ---------------------------------------------------------------------


def _services(item_ids: Sequence[int]) -> list[ServiceItem]:
    if not item_ids:
        raise ValidationError("booking_needs_a_service")
    found = {item.id: item for item in ServiceItem.select().where(ServiceItem.id.in_(list(item_ids)))}
    items = []
    for item_id in item_ids:
        item = found.get(item_id)
        if item is None:
            raise ValidationError("service_item_not_found", item_id=item_id)
        # A retired service may not be booked again; old bookings that hold it keep it.
        if not item.active:
            raise ValidationError("service_item_retired", item=item.name)
        items.append(item)
    return items


def _customer_for(actor: Actor, data: BookingInput, now: datetime) -> int:
    if data.customer_id is not None:
        if not Customer.select().where((Customer.id == data.customer_id) & Customer.anonymised_at.is_null()).exists():
            raise NotFoundError("customer_not_found", customer_id=data.customer_id)
        return data.customer_id
    if not data.walk_in_name.strip():
        raise ValidationError("booking_needs_a_customer")
    # PRODUCT §4: a booking may be a walk-in name + phone; they become a potential customer (潜在,
    # PRODUCT §2) so the booking has a file to hang on.
    walk_in = profiles.CustomerInput(
        name=data.walk_in_name, phone=data.walk_in_phone, source=SourceChannel.WALK_IN.value
    )
    return profiles.create_customer(actor, walk_in, now=now).id


def _snapshot(appointment: Appointment) -> dict[str, Any]:
    lines = (
        AppointmentService.select()
        .where(AppointmentService.appointment == appointment.id)
        .order_by(AppointmentService.position)
    )
    return {**audit.snapshot(appointment), "services": [audit.snapshot(line) for line in lines]}


def _validate_text(data: BookingInput) -> str:
    note = data.note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("note_too_long", max=NOTE_MAX)
    return note


def _span(data: BookingInput, items: list[ServiceItem], now: datetime) -> tuple[datetime, datetime]:
    start = _minute(data.starts_at)
    # By date, not time: the desk can still enter a booking for earlier today.
    if start.date() < now.date():
        raise ValidationError("booking_in_past", start=start.strftime("%Y-%m-%d %H:%M"))
    return start, start + timedelta(minutes=sum(item.duration_minutes for item in items))


def _create(
    actor: Actor, data: BookingInput, items: list[ServiceItem], now: datetime, series: str | None = None
) -> AppointmentView:
    note = _validate_text(data)
    start, end = _span(data, items, now)
    categories = {item.category for item in items}
    if data.stylist_id is None:
        stylist_id = _first_free(categories, data.customer_id, start, end).id
    else:
        stylist_id = data.stylist_id
        check_slot(stylist_id, data.customer_id, start, end)
    customer_id = _customer_for(actor, data, now)
    appointment = Appointment.create(
        customer=customer_id, stylist=stylist_id, starts_at=start, ends_at=end, note=note,
        series=series, created_at=now, updated_at=now,
    )  # fmt: skip
    # Duration and price are copied: a later catalogue change leaves what was booked as it was.
    for position, item in enumerate(items):
        AppointmentService.create(
            appointment=appointment, service_item=item.id, duration_minutes=item.duration_minutes,
            price=item.price, position=position,
        )  # fmt: skip
    audit.record(actor, AuditAction.CREATE, "appointment", appointment.id, None, _snapshot(appointment))
    return get_appointment(appointment.id)


def check_booking(data: BookingInput, *, now: datetime | None = None) -> tuple[int, str]:
    """The stylist (id, name) ``data`` would be booked with, or the refusal; writes nothing.

    The booking form runs it as the user types, so a clash shows before OK.
    """
    items = _services(data.service_item_ids)
    _validate_text(data)
    # The same checks as the save path, so what the form shows and what OK does cannot differ.
    start, end = _span(data, items, now or clock.now())
    if data.stylist_id is None:
        stylist = _first_free({item.category for item in items}, data.customer_id, start, end)
    else:
        check_slot(data.stylist_id, data.customer_id, start, end)
        stylist = _stylist(data.stylist_id)
    return stylist.id, stylist.name


@guarded(Action.BOOK)
def book_appointment(actor: Actor, data: BookingInput, *, now: datetime | None = None) -> AppointmentView:
    """Book a customer (or a walk-in, who becomes a potential customer) for services.

    The span is the sum of the services' durations from ``starts_at``. Refused with
    the reason, writing nothing, when it clashes (see :func:`check_slot`).
    """
    moment = now or clock.now()
    with database_proxy.atomic():
        return _create(actor, data, _services(data.service_item_ids), moment)


# --- moving ----------------------------------------------------------------------


def _get(appointment_id: int) -> Appointment:
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        raise NotFoundError("appointment_not_found", appointment_id=appointment_id)
    return appointment


def _reschedule(
    actor: Actor, appointment_id: int, start: datetime, end: datetime, stylist_id: int | None, now: datetime
) -> AppointmentView:
    with database_proxy.atomic():
        appointment = _get(appointment_id)
        if appointment.status not in MOVABLE:
            raise ConflictError("appointment_not_movable", status=appointment.status)
        stylist = _fk(appointment, "stylist") if stylist_id is None else stylist_id
        start, end = _minute(start), _minute(end)
        if start.date() < now.date():
            raise ValidationError("booking_in_past", start=start.strftime("%Y-%m-%d %H:%M"))
        # exclude_id: the booking must not clash with its own old span.
        check_slot(stylist, _fk(appointment, "customer"), start, end, exclude_id=appointment_id)
        before = _snapshot(appointment)
        Appointment.update(starts_at=start, ends_at=end, stylist=stylist, updated_at=now).where(
            Appointment.id == appointment_id
        ).execute()
        appointment = _get(appointment_id)
        audit.record(actor, AuditAction.UPDATE, "appointment", appointment_id, before, _snapshot(appointment))
        return get_appointment(appointment_id)


@guarded(Action.BOOK)
def move_appointment(
    actor: Actor,
    appointment_id: int,
    starts_at: datetime,
    *,
    stylist_id: int | None = None,
    now: datetime | None = None,
) -> AppointmentView:
    """Move a booking to another time (and stylist), keeping its length; same checks as booking."""
    appointment = _get(appointment_id)
    length = appointment.ends_at - appointment.starts_at
    return _reschedule(actor, appointment_id, starts_at, starts_at + length, stylist_id, now or clock.now())


@guarded(Action.BOOK)
def reschedule_appointment(
    actor: Actor,
    appointment_id: int,
    starts_at: datetime,
    ends_at: datetime,
    *,
    stylist_id: int | None = None,
    now: datetime | None = None,
) -> AppointmentView:
    """Give a booking a new span (and stylist) at once; same checks as booking."""
    return _reschedule(actor, appointment_id, starts_at, ends_at, stylist_id, now or clock.now())


@guarded(Action.BOOK)
def resize_appointment(
    actor: Actor, appointment_id: int, ends_at: datetime, *, now: datetime | None = None
) -> AppointmentView:
    """Change when a booking ends; same checks as booking."""
    appointment = _get(appointment_id)
    return _reschedule(actor, appointment_id, appointment.starts_at, ends_at, None, now or clock.now())


# --- statuses --------------------------------------------------------------------

_REFUSALS = {
    S.ARRIVED.value: "appointment_already_arrived",
    S.COMPLETED.value: "appointment_already_completed",
    S.CANCELLED.value: "appointment_already_cancelled",
    S.NO_SHOW.value: "appointment_already_no_show",
}


def _refuse_unless_booked(appointment: Appointment) -> None:
    if appointment.status != S.BOOKED.value:
        raise ConflictError(_REFUSALS[appointment.status], appointment_id=appointment.id)


def _set_status(
    actor: Actor, appointment: Appointment, status: AppointmentStatus, now: datetime, reason: str = ""
) -> AppointmentView:
    before = _snapshot(appointment)
    appointment.status = status.value
    appointment.cancel_reason = reason
    appointment.updated_at = now
    appointment.save()
    audit.record(actor, AuditAction.UPDATE, "appointment", appointment.id, before, _snapshot(appointment))
    return get_appointment(appointment.id)


@guarded(Action.BOOK)
def mark_arrived(actor: Actor, appointment_id: int, *, now: datetime | None = None) -> AppointmentView:
    """booked → arrived, on the day of the booking."""
    moment = now or clock.now()
    with database_proxy.atomic():
        appointment = _get(appointment_id)
        _refuse_unless_booked(appointment)
        # An arrival is a fact of today: it cannot be marked ahead or after the day.
        if appointment.starts_at.date() != moment.date():
            raise ConflictError("arrival_not_today", day=appointment.starts_at.date().isoformat())
        return _set_status(actor, appointment, S.ARRIVED, moment)


@guarded(Action.BOOK)
def cancel_appointment(
    actor: Actor, appointment_id: int, reason: str, *, now: datetime | None = None
) -> AppointmentView:
    """booked → cancelled, with the reason the customer gave."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("cancel_needs_reason")
    if len(reason) > REASON_MAX:
        raise ValidationError("note_too_long", max=REASON_MAX)
    moment = now or clock.now()
    with database_proxy.atomic():
        appointment = _get(appointment_id)
        _refuse_unless_booked(appointment)
        return _set_status(actor, appointment, S.CANCELLED, moment, reason)


@guarded(Action.BOOK)
def mark_no_show(actor: Actor, appointment_id: int, *, now: datetime | None = None) -> AppointmentView:
    """booked → no-show, once the booked time has begun."""
    moment = now or clock.now()
    with database_proxy.atomic():
        appointment = _get(appointment_id)
        _refuse_unless_booked(appointment)
        # A no-show (爽约) counts against the customer (PRODUCT §4), so not before the time has come.
        if moment < appointment.starts_at:
            raise ConflictError("no_show_before_start", start=appointment.starts_at.strftime("%Y-%m-%d %H:%M"))
        return _set_status(actor, appointment, S.NO_SHOW, moment)


@guarded(Action.BOOK)
def complete_appointment(
    actor: Actor, appointment_id: int, record: service_records.RecordInput, *, now: datetime | None = None
) -> service_records.ServiceRecordView:
    """Complete a booked or arrived appointment and save its bill, in one transaction."""
    moment = now or clock.now()
    with database_proxy.atomic():
        appointment = _get(appointment_id)
        # Booked counts too: the desk may finish a visit it never marked arrived.
        if appointment.status not in MOVABLE:
            raise ConflictError(_REFUSALS[appointment.status], appointment_id=appointment_id)
        if appointment.starts_at.date() > moment.date():
            raise ConflictError("completion_before_day", day=appointment.starts_at.date().isoformat())
        # The bill belongs to the booked customer: a different one would put this visit in another file.
        if record.customer_id != _fk(appointment, "customer"):
            raise ValidationError("record_customer_mismatch", appointment_id=appointment_id)
        # PRODUCT §4: completing creates the service record. If the bill is refused (a card short,
        # no package session) the transaction undoes all and the booking stays open.
        saved = service_records.add_service_record(actor, replace(record, appointment_id=appointment_id), now=moment)
        _set_status(actor, appointment, S.COMPLETED, moment)
        return saved


# --- recurring -------------------------------------------------------------------


def _occurrence_starts(data: BookingInput, every_weeks: int, times: int) -> list[datetime]:
    if not 1 <= every_weeks <= MAX_EVERY_WEEKS:
        raise ValidationError("recurrence_weeks_invalid", low=1, high=MAX_EVERY_WEEKS)
    if not 2 <= times <= MAX_OCCURRENCES:
        raise ValidationError("recurrence_times_invalid", low=2, high=MAX_OCCURRENCES)
    # Whole weeks keep the weekday and the time of day.
    return [_minute(data.starts_at) + timedelta(weeks=every_weeks * n) for n in range(times)]


def plan_recurring(
    data: BookingInput, every_weeks: int, times: int, *, now: datetime | None = None
) -> list[Occurrence]:
    """Each date of ``data`` repeated every ``every_weeks`` weeks, ``times`` in all, with its clash."""
    moment = now or clock.now()
    items = _services(data.service_item_ids)
    length = timedelta(minutes=sum(item.duration_minutes for item in items))
    categories = {item.category for item in items}
    plan = []
    for start in _occurrence_starts(data, every_weeks, times):
        problem: ConflictError | ValidationError | None = None
        try:
            _span(replace(data, starts_at=start), items, moment)
            if data.stylist_id is None:
                _first_free(categories, data.customer_id, start, start + length)
            else:
                check_slot(data.stylist_id, data.customer_id, start, start + length)
        except (ConflictError, ValidationError) as error:
            problem = error
        plan.append(Occurrence(start, start + length, problem))
    return plan


@guarded(Action.BOOK)
def book_recurring(
    actor: Actor,
    data: BookingInput,
    every_weeks: int,
    times: int,
    *,
    skip_clashes: bool = False,
    now: datetime | None = None,
) -> RecurringResult:
    """Book the series; when an occurrence clashes nothing is written unless ``skip_clashes``,
    and then the others are booked and the clashing ones returned."""
    moment = now or clock.now()
    with database_proxy.atomic():
        # Planned inside the transaction, so the checks and the writes see the same bookings.
        plan = plan_recurring(data, every_weeks, times, now=moment)
        skipped = tuple(occurrence for occurrence in plan if occurrence.problem is not None)
        if skipped and not skip_clashes:
            raise ConflictError("recurring_clashes", count=len(skipped), total=len(plan))
        free = [occurrence for occurrence in plan if occurrence.problem is None]
        if not free:
            raise ConflictError("recurring_all_clash", total=len(plan))
        series = str(uuid.uuid4())
        items = _services(data.service_item_ids)
        booked = []
        customer_id = data.customer_id
        for occurrence in free:
            one = replace(data, starts_at=occurrence.starts_at, customer_id=customer_id)
            view = _create(actor, one, items, moment, series)
            customer_id = view.customer_id  # a walk-in is made once, on the first date
            booked.append(view)
        return RecurringResult(series, tuple(booked), skipped)
