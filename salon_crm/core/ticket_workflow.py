"""Moving a ticket through the complaint workflow: one step, one transaction.

Each step checks its data and the rules (``ticket_rules``), updates the ticket,
writes a ``TicketEvent`` with who, when, note and data, and an audit entry, all
together or not at all. A compensation's points or money reach the ledger in
the same transaction as the step that implements the solution.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from peewee import fn

from salon_crm.core import audit, clock, loyalty
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, CompensationKind, PaymentMethod, Severity, TicketCategory, TicketStatus
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import ComplaintTicket, ServiceRecord, Staff, TicketEvent, database_proxy
from salon_crm.core.money import money_sum, to_money
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.ticket_rules import Step, TicketState, refusal, target
from salon_crm.core.ticket_settings import get_ticket_settings
from salon_crm.core.tickets import TicketDetail, get_ticket

NOTE_MAX = 2000
AGREED_MAX = 60
C = CompensationKind
MONEY_KINDS = frozenset({C.REFUND.value, C.STORED_VALUE.value})
# The states in which a ticket's compensation has been carried out: only money that really went
# back counts against what a visit can still refund.
DONE = frozenset({TicketStatus.IMPLEMENTED.value, TicketStatus.FOLLOWED_UP.value, TicketStatus.CLOSED.value})


@dataclass(frozen=True)
class Compensation:
    """What the shop offers: its kind, an amount (refund, stored value, a voucher's worth) or points."""

    kind: str = C.NONE.value
    amount: Decimal | int | str = 0
    points: int = 0
    voucher: str = ""  # a free service: what the voucher is for


@dataclass(frozen=True)
class Classify:
    category: str
    severity: str
    assignee_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Escalate:
    note: str
    assignee_id: int | None = None


@dataclass(frozen=True)
class Investigate:
    note: str = ""


@dataclass(frozen=True)
class ProposeSolution:
    solution: str
    compensation: Compensation = Compensation()
    note: str = ""


@dataclass(frozen=True)
class AgreeSolution:
    agreed_by: str
    agreed_how: str
    note: str = ""


@dataclass(frozen=True)
class Implement:
    note: str = ""


@dataclass(frozen=True)
class FollowUp:
    score: int
    note: str


@dataclass(frozen=True)
class Close:
    note: str = ""


@dataclass(frozen=True)
class Answer:
    answer: str


@dataclass(frozen=True)
class Reopen:
    reason: str


StepData = (
    Classify | Escalate | Investigate | ProposeSolution | AgreeSolution | Implement | FollowUp | Close | Answer | Reopen
)
STEP_OF: dict[type[Any], Step] = {
    Classify: Step.CLASSIFY,
    Escalate: Step.ESCALATE,
    Investigate: Step.INVESTIGATE,
    ProposeSolution: Step.PROPOSE,
    AgreeSolution: Step.AGREE,
    Implement: Step.IMPLEMENT,
    FollowUp: Step.FOLLOW_UP,
    Close: Step.CLOSE,
    Answer: Step.ANSWER,
    Reopen: Step.REOPEN,
}


def _fk(instance: ComplaintTicket, name: str) -> Any:
    """A foreign key's stored id, without loading the row it points to."""
    return instance.__data__.get(name)


def _text(value: str, code: str, *, required: bool = True, limit: int = NOTE_MAX) -> str:
    text = value.strip()
    if required and not text:
        raise ValidationError(code)
    if len(text) > limit:
        raise ValidationError("ticket_text_too_long", max=limit)
    return text


def _staff(staff_id: int | None) -> int | None:
    if staff_id is not None and not Staff.select().where(Staff.id == staff_id).exists():
        raise ValidationError("ticket_staff_not_found", staff_id=staff_id)
    return staff_id


def check_classification(category: str, severity: str) -> None:
    if category not in {c.value for c in TicketCategory}:
        raise ValidationError("ticket_category_required")
    if severity not in {s.value for s in Severity}:
        raise ValidationError("ticket_severity_required")


def refunded_for(service_record_id: int, *, except_ticket: int | None = None) -> Decimal:
    """What has already been refunded for a visit by implemented tickets."""
    # The ticket being checked leaves itself out: its own offer is the amount under test, not a
    # refund already made.
    query = ComplaintTicket.select(fn.SUM(ComplaintTicket.compensation_amount)).where(
        (ComplaintTicket.service_record == service_record_id)
        & (ComplaintTicket.compensation_kind == C.REFUND.value)
        & ComplaintTicket.status.in_(list(DONE))
    )
    if except_ticket is not None:
        query = query.where(ComplaintTicket.id != except_ticket)
    return money_sum(query.scalar())


def check_compensation(ticket: ComplaintTicket, offer: Compensation) -> dict[str, Any]:
    """The offer as stored columns; refused when it lacks what its kind needs or exceeds what was paid."""
    kinds = {c.value for c in C}
    if offer.kind not in kinds:
        raise ValidationError("compensation_kind_invalid", kind=offer.kind)
    amount = to_money(offer.amount, field="amount")
    points = offer.points
    if isinstance(points, bool) or not isinstance(points, int) or points < 0 or amount < 0:
        raise ValidationError("compensation_negative")
    voucher = offer.voucher.strip()
    if offer.kind == C.POINTS.value and points == 0:
        raise ValidationError("compensation_points_required")
    if offer.kind in MONEY_KINDS and amount == 0:
        raise ValidationError("compensation_amount_required")
    if offer.kind == C.FREE_SERVICE.value and not voucher:
        raise ValidationError("compensation_voucher_required")
    if (offer.kind != C.POINTS.value and points) or (
        offer.kind in (C.NONE.value, C.APOLOGY.value, C.POINTS.value) and amount
    ):
        raise ValidationError("compensation_not_expected")
    if offer.kind == C.REFUND.value:
        _check_refund(ticket, amount)
    return {"compensation_kind": offer.kind, "compensation_amount": amount, "compensation_points": points}


def _check_refund(ticket: ComplaintTicket, amount: Decimal) -> None:
    record_id = _fk(ticket, "service_record")
    if record_id is None:
        raise ValidationError("refund_needs_service_record")
    record = ServiceRecord.get_by_id(record_id)
    # Across all its tickets, a visit can never give back more than was paid for it.
    left = money_sum(record.total) - refunded_for(record_id, except_ticket=ticket.id)
    if amount > left:
        raise ValidationError(
            "refund_exceeds_paid", paid=str(money_sum(record.total)), left=str(left), amount=str(amount)
        )


def _needs_escalation_for(offer: dict[str, Any]) -> bool:
    # Above the shop's thresholds the owner must have been told (上报, PRODUCT §5) before the offer.
    settings = get_ticket_settings()
    return bool(
        offer["compensation_amount"] > settings.escalation_amount
        or offer["compensation_points"] > settings.escalation_points
    )


Changes = tuple[dict[str, Any], str, dict[str, Any]]


def _classification(ticket: ComplaintTicket, step: Classify) -> Changes:
    """Category and severity, and the deadlines they set from the time it was received."""
    check_classification(step.category, step.severity)
    # The deadlines run from when the customer complained, not from when the desk classified it.
    deadline = get_ticket_settings().deadline(step.severity)
    values = {
        "category": step.category,
        "severity": step.severity,
        "response_due_at": ticket.received_at + deadline.response,
        "resolution_due_at": ticket.received_at + deadline.resolution,
    }
    if step.assignee_id is not None:
        values["assignee"] = _staff(step.assignee_id)
    note = _text(step.note, "", required=False)
    return values, note, {"category": step.category, "severity": step.severity, "assignee": step.assignee_id}


def _proposal(ticket: ComplaintTicket, step: ProposeSolution) -> Changes:
    solution = _text(step.solution, "ticket_solution_required")
    offer = check_compensation(ticket, step.compensation)
    if ticket.escalated_at is None and _needs_escalation_for(offer):
        settings = get_ticket_settings()
        raise ConflictError(
            "ticket_compensation_needs_escalation",
            amount=str(settings.escalation_amount),
            points=settings.escalation_points,
        )
    # The event data is JSON: the Decimal amount is stored as its text so it round-trips exactly.
    data = {**offer, "compensation_amount": str(offer["compensation_amount"]), "solution": solution}
    if step.compensation.voucher.strip():
        data["voucher"] = step.compensation.voucher.strip()
    return {"solution": solution, **offer}, _text(step.note, "", required=False), data


def _ending(ticket: ComplaintTicket, step: FollowUp | Answer | Reopen, now: datetime) -> Changes:
    """The steps at the end of the path: follow-up, a quick answer, reopening."""
    if isinstance(step, FollowUp):
        # bool is an int in Python: True must not pass as a score of 1.
        if isinstance(step.score, bool) or not isinstance(step.score, int) or not 1 <= step.score <= 5:
            raise ValidationError("followup_score_out_of_range", score=str(step.score))
        note = _text(step.note, "followup_note_required")
        return {"followup_score": step.score, "followup_note": note}, note, {"followup_score": step.score}
    if isinstance(step, Answer):
        answer = _text(step.answer, "ticket_answer_required")
        return {"closed_at": now, "solution": answer}, answer, {"solution": answer}
    reason = _text(step.reason, "ticket_reopen_reason_required")
    # A reopened ticket gets a fresh resolution deadline: the old one has passed, and it would show
    # overdue the moment it reopened.
    values: dict[str, Any] = {"closed_at": None}
    if ticket.severity is not None:
        values["resolution_due_at"] = now + get_ticket_settings().deadline(ticket.severity).resolution
    return values, reason, {}


def _changes(ticket: ComplaintTicket, step: StepData, now: datetime) -> Changes:
    """The columns ``step`` sets, its event note and its event data; raises when data is missing."""
    if isinstance(step, Classify):
        return _classification(ticket, step)
    if isinstance(step, ProposeSolution):
        return _proposal(ticket, step)
    if isinstance(step, FollowUp | Answer | Reopen):
        return _ending(ticket, step, now)
    if isinstance(step, Escalate):
        values: dict[str, Any] = {"escalated_at": now}
        if step.assignee_id is not None:
            values["assignee"] = _staff(step.assignee_id)
        return values, _text(step.note, "ticket_escalation_note_required"), {"assignee": step.assignee_id}
    if isinstance(step, AgreeSolution):
        agreed_by = _text(step.agreed_by, "ticket_agreed_by_required", limit=AGREED_MAX)
        agreed_how = _text(step.agreed_how, "ticket_agreed_how_required", limit=AGREED_MAX)
        data = {"agreed_by": agreed_by, "agreed_how": agreed_how}
        return data, _text(step.note, "", required=False), data
    # investigate, implement, close: a note only (closing stamps the time)
    return ({"closed_at": now} if isinstance(step, Close) else {}), _text(step.note, "", required=False), {}


def _book_compensation(actor: Actor, ticket: ComplaintTicket, now: datetime) -> dict[str, Any]:
    """Points and stored value onto the customer's ledger; a refund of a card payment back to principal."""
    kind, amount, points = ticket.compensation_kind, money_sum(ticket.compensation_amount), ticket.compensation_points
    note = f"#{ticket.id} {ticket.solution}"[:200]
    if kind == C.REFUND.value:
        # Checked again at this step: another ticket may have refunded the same visit since the proposal.
        _check_refund(ticket, amount)
        record = ServiceRecord.get_by_id(_fk(ticket, "service_record"))
        # A visit paid at the till is refunded at the till: the ledger holds only stored value and
        # points, so the event records the payback and nothing is booked.
        if record.payment_method != PaymentMethod.STORED_VALUE.value:
            return {"refund": "paid_back", "amount": str(amount)}
    booked: dict[str, Any] = {}
    if kind == C.POINTS.value:
        row = loyalty.compensate(actor, _fk(ticket, "customer"), ticket_id=ticket.id, points=points, note=note, at=now)
    elif kind == C.STORED_VALUE.value:
        # Stored-value compensation is bonus, not principal: the shop's gift, not money the customer
        # paid, so a card refund (退卡, PRODUCT §3) never pays it out in cash.
        row = loyalty.compensate(actor, _fk(ticket, "customer"), ticket_id=ticket.id, bonus=amount, note=note, at=now)
    elif kind == C.REFUND.value:
        row = loyalty.compensate(
            actor, _fk(ticket, "customer"), ticket_id=ticket.id, principal=amount, note=note, at=now
        )
    else:
        return booked
    return {"ledger_entry": row.id}


@guarded(Action.TICKETS)
def advance(actor: Actor, ticket_id: int, step: StepData, *, now: datetime | None = None) -> TicketDetail:
    """Take ``step`` on the ticket, or refuse with the reason and write nothing."""
    moment = now or clock.now()
    kind = STEP_OF[type(step)]
    with database_proxy.atomic():
        ticket = ComplaintTicket.get_or_none(ComplaintTicket.id == ticket_id)
        if ticket is None:
            raise NotFoundError("ticket_not_found", ticket_id=ticket_id)
        state = TicketState(ticket.status, ticket.kind, ticket.severity, ticket.escalated_at is not None)
        # The rules (ticket_rules) speak first, so a step not allowed now says so before any missing field.
        reason = refusal(kind, state)
        if reason is not None:
            raise ConflictError(reason, status=ticket.status, step=kind.value, severity=ticket.severity or "")
        values, note, data = _changes(ticket, step, moment)
        before = audit.snapshot(ticket)
        new_status = target(kind, state)
        if ticket.first_response_at is None:
            values["first_response_at"] = moment  # the first step after receiving answers the customer
        # Money and points move only when the solution is carried out, not when proposed or agreed
        # (PRODUCT §5: compensation goes through the ledger), in this same transaction.
        if kind is Step.IMPLEMENT:
            data |= _book_compensation(actor, ticket, moment)
        for name, value in values.items():
            setattr(ticket, name, value)
        ticket.status = new_status.value
        ticket.updated_at = moment
        ticket.save()
        event = TicketEvent.create(
            ticket=ticket.id,
            at=moment,
            actor=actor.username,
            from_status=state.status,
            to_status=new_status.value,
            note=note,
            data=json.dumps({k: v for k, v in data.items() if v is not None}, ensure_ascii=False, sort_keys=True),
        )
        after = audit.snapshot(ticket)
        changed = audit.changed_fields(before, after)
        audit.record(
            actor,
            AuditAction.UPDATE,
            "complaint_ticket",
            ticket.id,
            {key: before.get(key) for key in changed},
            changed | {"event": event.id, "step": kind.value},
        )
    return get_ticket(ticket_id)
