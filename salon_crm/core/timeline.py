"""One customer's timeline: visits, bookings, complaints, surveys, balance changes, care.

Each event is a frozen row of codes and values; the UI words them. A customer's
history is small (hundreds of rows at most), so each source is read whole and the
rows merged newest first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import cast

from peewee import JOIN

from salon_crm.core.models import (
    Appointment,
    AppointmentService,
    CareContact,
    ComplaintTicket,
    LedgerEntry,
    ServiceItem,
    ServiceRecord,
    ServiceRecordLine,
    Staff,
    SurveyResponse,
)
from salon_crm.core.money import money_sum


class EventKind(StrEnum):
    VISIT = "visit"
    APPOINTMENT = "appointment"
    TICKET = "ticket"
    SURVEY = "survey"
    LEDGER = "ledger"
    CARE = "care"


@dataclass(frozen=True)
class TimelineEvent:
    """One thing that happened with the customer.

    ``code`` is the event's own vocabulary: a payment method for a visit, a status
    for a booking or ticket, a ledger kind, a care kind, the overall score's
    channel for a survey. ``detail`` is free text (services, a note, a comment).
    """

    at: datetime
    kind: EventKind
    ref_id: int
    code: str
    detail: str = ""
    staff: str = ""
    amount: Decimal | None = None
    points: int | None = None
    score: int | None = None
    voided: bool = False
    note: str = ""
    balance: Decimal | None = None  # stored value after a ledger event
    part_of: int | None = None  # the visit (bill id) this event belongs to: its card spend, points, booking
    children: tuple[TimelineEvent, ...] = ()  # a visit's own events, shown under it when opened


def _names_by(rows: Iterable[tuple[int, str, str | None]]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    services: dict[int, list[str]] = defaultdict(list)
    staff: dict[int, list[str]] = defaultdict(list)
    for parent_id, service, stylist in rows:
        services[parent_id].append(service)
        # A stylist who did several lines of one visit is named once.
        if stylist and stylist not in staff[parent_id]:
            staff[parent_id].append(stylist)
    return services, staff


def _visits(customer_id: int) -> list[TimelineEvent]:
    # Voided visits stay, marked, with the reason as their note: a void keeps the bill
    # (core.service_records), and the history should show it happened.
    records = list(ServiceRecord.select().where(ServiceRecord.customer == customer_id))
    lines = (
        ServiceRecordLine.select(ServiceRecordLine.record, ServiceItem.name, Staff.name)
        .join(ServiceItem)
        .switch(ServiceRecordLine)
        .join(Staff, JOIN.LEFT_OUTER)
        .where(ServiceRecordLine.record.in_([record.id for record in records]))
        .order_by(ServiceRecordLine.id)
        .tuples()
    )
    services, staff = _names_by(cast(Iterable[tuple[int, str, str | None]], lines))
    return [
        TimelineEvent(
            at=record.visited_at,
            kind=EventKind.VISIT,
            ref_id=record.id,
            code=record.payment_method,
            detail=" + ".join(services[record.id]),
            staff=", ".join(staff[record.id]),
            amount=money_sum(record.total),
            voided=record.voided_at is not None,
            note=record.void_reason if record.voided_at is not None else record.notes,
        )
        for record in records
    ]


def _appointments(customer_id: int) -> list[TimelineEvent]:
    # a booking that became a visit belongs to that visit's line
    became = dict(
        cast(
            Iterable[tuple[int, int]],
            ServiceRecord.select(ServiceRecord.appointment, ServiceRecord.id)
            .where((ServiceRecord.customer == customer_id) & ServiceRecord.appointment.is_null(False))
            .tuples(),
        )
    )
    bookings = list(
        Appointment.select(Appointment, Staff)
        .join(Staff, on=Appointment.stylist == Staff.id)
        .where(Appointment.customer == customer_id)
    )
    lines = (
        AppointmentService.select(AppointmentService.appointment, ServiceItem.name)
        .join(ServiceItem)
        .where(AppointmentService.appointment.in_([booking.id for booking in bookings]))
        .order_by(AppointmentService.position)
        .tuples()
    )
    services, _ = _names_by((booking_id, name, None) for booking_id, name in cast(Iterable[tuple[int, str]], lines))
    return [
        TimelineEvent(
            at=booking.starts_at,
            kind=EventKind.APPOINTMENT,
            ref_id=booking.id,
            code=booking.status,
            detail=" + ".join(services[booking.id]),
            staff=booking.stylist.name,
            note=booking.cancel_reason or booking.note,
            part_of=became.get(booking.id),
        )
        for booking in bookings
    ]


def _tickets(customer_id: int) -> list[TimelineEvent]:
    query = ComplaintTicket.select().where(ComplaintTicket.customer == customer_id)
    return [
        TimelineEvent(
            at=ticket.received_at,
            kind=EventKind.TICKET,
            ref_id=ticket.id,
            code=ticket.status,
            detail=ticket.description.strip().splitlines()[0] if ticket.description.strip() else "",
            note=ticket.kind,
            # The ticket's kind (complaint, suggestion, consultation) rides in ``note`` for the UI to word.
        )
        for ticket in query
    ]


def _surveys(customer_id: int) -> list[TimelineEvent]:
    query = (
        SurveyResponse.select(SurveyResponse, Staff)
        .join(Staff, JOIN.LEFT_OUTER, on=SurveyResponse.stylist == Staff.id)
        .where(SurveyResponse.customer == customer_id)
    )
    return [
        TimelineEvent(
            at=survey.answered_at,
            kind=EventKind.SURVEY,
            ref_id=survey.id,
            code=survey.channel,
            detail=survey.comment,
            staff=survey.stylist.name if survey.stylist is not None else "",
            score=survey.overall,
            # ``points`` carries the 0-10 "would recommend" answer (NPS): a survey has no points of its own.
            points=survey.recommend,
        )
        for survey in query
    ]


def _ledger(customer_id: int) -> list[TimelineEvent]:
    query = LedgerEntry.select().where(LedgerEntry.customer == customer_id)
    return [
        TimelineEvent(
            at=entry.at,
            kind=EventKind.LEDGER,
            ref_id=entry.id,
            code=entry.kind,
            # Principal and bonus as one stored-value figure, as the customer knows their card.
            amount=money_sum(entry.principal_delta) + money_sum(entry.bonus_delta),
            points=int(entry.points_delta),
            note=entry.note,
            balance=money_sum(entry.principal_after) + money_sum(entry.bonus_after),
            # A bill's card spend and points name it, so they nest under that visit (_one_line_per_visit).
            part_of=entry.service_record_id,
        )
        for entry in query
    ]


def _care(customer_id: int) -> list[TimelineEvent]:
    query = CareContact.select().where(CareContact.customer == customer_id)
    return [
        TimelineEvent(
            at=contact.done_at,
            kind=EventKind.CARE,
            ref_id=contact.id,
            code=contact.kind,
            detail=contact.note,
            # Here ``staff`` is the login that recorded the contact: CareContact keeps no staff id.
            staff=contact.actor,
        )
        for contact in query
    ]


def customer_timeline(customer_id: int, kinds: Iterable[EventKind] | None = None) -> list[TimelineEvent]:
    """Every event of the customer (or only ``kinds``), newest first."""
    sources = {
        EventKind.VISIT: _visits,
        EventKind.APPOINTMENT: _appointments,
        EventKind.TICKET: _tickets,
        EventKind.SURVEY: _surveys,
        EventKind.LEDGER: _ledger,
        EventKind.CARE: _care,
    }
    wanted = set(kinds) if kinds is not None else set(sources)
    events = [event for kind, read in sources.items() if kind in wanted for event in read(customer_id)]
    order = list(sources)
    # newest first; at the same moment a visit before what it caused (its ledger rows)
    events.sort(key=lambda event: (event.at, -order.index(event.kind), event.ref_id), reverse=True)
    return _one_line_per_visit(events)


def _one_line_per_visit(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """A visit's card spend, points and the booking it came from go under the visit, not beside it;
    the visit's points are what its own rows earned (and a void took back)."""
    visits = {event.ref_id for event in events if event.kind is EventKind.VISIT}
    children: dict[int, list[TimelineEvent]] = defaultdict(list)
    top: list[TimelineEvent] = []
    for event in events:
        # Only visits in this list adopt children: with visits filtered out, their ledger rows and
        # bookings keep a line of their own.
        if event.kind is not EventKind.VISIT and event.part_of in visits:
            children[event.part_of].append(event)
        else:
            top.append(event)
    return [
        replace(
            event,
            children=tuple(reversed(children[event.ref_id])),  # in the order they happened
            points=sum(child.points or 0 for child in children[event.ref_id] if child.kind is EventKind.LEDGER),
        )
        if event.kind is EventKind.VISIT and children.get(event.ref_id)
        else event
        for event in top
    ]


def every_event(events: Iterable[TimelineEvent]) -> Iterable[TimelineEvent]:
    """The events and, after each visit, its own events: the timeline read whole."""
    for event in events:
        yield event
        yield from event.children
