"""Receiving feedback (接收投诉): a ticket for a known customer or a new potential one.

The complaint is kept in the customer's own words. When the desk already knows the
category and severity, the ticket is classified in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from salon_crm.core import audit, clock, profiles
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, TicketChannel, TicketKind, TicketStatus
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import Appointment, ComplaintTicket, Customer, ServiceRecord, TicketEvent, database_proxy
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.ticket_workflow import NOTE_MAX, Classify, _staff, advance, check_classification
from salon_crm.core.tickets import TicketDetail, get_ticket

DESCRIPTION_MAX = 4000
CLOCK_SLACK = timedelta(minutes=5)  # a PC clock a little behind the desk's watch


@dataclass(frozen=True)
class TicketInput:
    """What the intake dialog submits (PRODUCT.md section 5)."""

    kind: str
    channel: str
    description: str
    customer_id: int | None = None
    new_customer_name: str = ""  # an unknown person: becomes a potential customer
    new_customer_phone: str = ""
    received_at: datetime | None = None  # None: now
    received_by_id: int | None = None
    service_record_id: int | None = None
    appointment_id: int | None = None
    category: str | None = None
    severity: str | None = None
    assignee_id: int | None = None


def _check(data: TicketInput, now: datetime) -> datetime:
    """Raise for the first thing wrong with ``data``; returns when it was received."""
    if data.kind not in {k.value for k in TicketKind}:
        raise ValidationError("ticket_kind_invalid", kind=data.kind)
    if data.channel not in {c.value for c in TicketChannel}:
        raise ValidationError("ticket_channel_invalid", channel=data.channel)
    if data.customer_id is None and not data.new_customer_name.strip():
        raise ValidationError("ticket_customer_required")
    description = data.description.strip()
    if not description:
        raise ValidationError("ticket_description_required")
    if len(description) > DESCRIPTION_MAX:
        raise ValidationError("ticket_text_too_long", max=DESCRIPTION_MAX)
    received = data.received_at or now
    if received > now + CLOCK_SLACK:
        raise ValidationError("ticket_received_in_future", received_at=received.isoformat())
    if (data.category is None) != (data.severity is None):
        raise ValidationError("ticket_classification_incomplete")
    if data.category is not None and data.severity is not None:
        check_classification(data.category, data.severity)
    _staff(data.received_by_id)
    _staff(data.assignee_id)
    return received


def _check_links(data: TicketInput, customer_id: int) -> None:
    """A related visit or booking must be this customer's."""
    if data.service_record_id is not None:
        record = ServiceRecord.get_or_none(ServiceRecord.id == data.service_record_id)
        if record is None or record.customer_id != customer_id:
            raise ValidationError("ticket_record_not_customers", record_id=data.service_record_id)
    if data.appointment_id is not None:
        booking = Appointment.get_or_none(Appointment.id == data.appointment_id)
        if booking is None or booking.__data__["customer"] != customer_id:
            raise ValidationError("ticket_appointment_not_customers", appointment_id=data.appointment_id)


def _customer(actor: Actor, data: TicketInput, now: datetime) -> int:
    if data.customer_id is not None:
        if not Customer.select().where((Customer.id == data.customer_id) & Customer.anonymised_at.is_null()).exists():
            raise NotFoundError("customer_not_found", customer_id=data.customer_id)
        return data.customer_id
    person = profiles.CustomerInput(name=data.new_customer_name.strip(), phone=data.new_customer_phone.strip())
    return profiles.create_customer(actor, person, now=now).id


@guarded(Action.TICKETS)
def create_ticket(actor: Actor, data: TicketInput, *, now: datetime | None = None) -> TicketDetail:
    """Record feedback; refused with the reason, writing nothing, when something is missing."""
    moment = now or clock.now()
    received = _check(data, moment)
    with database_proxy.atomic():
        if data.customer_id is not None:
            _check_links(data, data.customer_id)
        customer_id = _customer(actor, data, moment)
        if data.customer_id is None:
            _check_links(data, customer_id)
        ticket = ComplaintTicket.create(
            customer=customer_id,
            kind=data.kind,
            channel=data.channel,
            description=data.description.strip(),
            received_at=received,
            received_by=data.received_by_id,
            assignee=data.assignee_id,
            service_record=data.service_record_id,
            appointment=data.appointment_id,
            created_at=moment,
            updated_at=moment,
        )
        TicketEvent.create(
            ticket=ticket.id,
            at=received,
            actor=actor.username,
            from_status=None,
            to_status=TicketStatus.RECEIVED.value,
            note=data.description.strip()[:NOTE_MAX],
            data=json.dumps({"kind": data.kind, "channel": data.channel}, sort_keys=True),
        )
        audit.record(actor, AuditAction.CREATE, "complaint_ticket", ticket.id, None, audit.snapshot(ticket))
        if data.category is not None and data.severity is not None:
            advance(actor, ticket.id, Classify(data.category, data.severity, data.assignee_id), now=moment)
    return get_ticket(ticket.id)
