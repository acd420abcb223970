"""Service records (消费记录): the bills of visits, which drive every statistic.

A record has one or more lines (a service item, its stylist, price and discount).
Saving one pays by stored value through the ledger and earns points, in the same
transaction, moves the customer up a membership level when their spending reached
one, and recomputes their automatic tags. Voiding keeps the record
(marked void, with a reason) and reverses its ledger effects; editing reverses them
and applies the new ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import cast

from peewee import JOIN, fn

from salon_crm.core import audit, billing, clock, commission, levels, loyalty, packages, tags
from salon_crm.core.billing import BillFigures, LineEntry
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import (
    Appointment,
    Customer,
    ServiceItem,
    ServiceRecord,
    ServiceRecordLine,
    Staff,
    database_proxy,
)
from salon_crm.core.money import FEN, money_sum
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.text_limits import bill_text


@dataclass(frozen=True)
class LineInput:
    """One line of a bill as the form submits it; ``unit_price`` None takes the catalogue's."""

    service_item_id: int
    stylist_id: int | None = None
    unit_price: Decimal | str | None = None
    quantity: int = 1
    discount: Decimal | str = Decimal(0)
    use_package: bool = False  # a session of the customer's package (次卡) pays for the line
    requested: bool | None = None  # the customer asked for this stylist (指定); None: core.commission decides


@dataclass(frozen=True)
class RecordInput:
    """A bill as the form submits it."""

    customer_id: int
    visited_at: datetime
    lines: tuple[LineInput, ...]
    payment_method: str
    discount: Decimal | str | None = None  # None: the member level's discount (see core.billing)
    products_used: str = ""
    notes: str = ""
    appointment_id: int | None = None


_LineRow = tuple[int, str, int | None, str | None, object, int, object, object]


@dataclass(frozen=True)
class RecordLine:
    service_item_id: int
    service_name: str
    stylist_id: int | None
    stylist_name: str
    unit_price: Decimal
    quantity: int
    discount: Decimal
    amount: Decimal


@dataclass(frozen=True)
class ServiceRecordView:
    """A stored bill with its lines."""

    id: int
    customer_id: int
    visited_at: datetime
    payment_method: str
    subtotal: Decimal
    discount: Decimal
    total: Decimal
    products_used: str
    notes: str
    voided_at: datetime | None
    void_reason: str
    appointment_id: int | None
    lines: tuple[RecordLine, ...]


@dataclass(frozen=True)
class CustomerFigures:
    """What a customer's records add up to (voided records left out)."""

    visits: int
    total_spent: Decimal
    last_visit: datetime | None
    average_ticket: Decimal


def _entry(line: LineInput) -> LineEntry:
    """A line as the bill rule takes it: the catalogue's price unless the desk typed one."""
    item = ServiceItem.get_or_none(ServiceItem.id == line.service_item_id)
    if item is None:
        raise ValidationError("service_item_not_found", item_id=line.service_item_id)
    if line.stylist_id is not None and not Staff.select().where(Staff.id == line.stylist_id).exists():
        raise ValidationError("stylist_not_found", staff_id=line.stylist_id)
    # The desk may type a one-off price; else today's catalogue price, stored on the line so a
    # later catalogue change leaves this bill as it was charged.
    price = Decimal(str(item.price)) if line.unit_price is None else line.unit_price
    return LineEntry(price, line.quantity, line.discount, item_name=item.name, package_session=line.use_package)


def _clean(data: RecordInput, now: datetime) -> tuple[dict[str, object], list[dict[str, object]], BillFigures]:
    # An anonymised file keeps its revenue history but takes no new bills (PRODUCT §1 "Delete").
    customer = Customer.get_or_none((Customer.id == data.customer_id) & Customer.anonymised_at.is_null())
    if customer is None:
        raise NotFoundError("customer_not_found", customer_id=data.customer_id)
    # One bill rule (core.billing) works out every figure, so the bill form's preview and this
    # save cannot disagree; the member level's discount comes in through ``terms``.
    figures = billing.bill_figures(
        [_entry(line) for line in data.lines],
        terms=levels.member_terms(data.customer_id),
        payment_method=data.payment_method,
        visited_at=data.visited_at,
        now=now,
        discount=data.discount,
    )
    lines: list[dict[str, object]] = [
        {
            "service_item": line.service_item_id, "stylist": line.stylist_id, "unit_price": figure.unit_price,
            "quantity": figure.quantity, "discount": figure.discount, "amount": figure.amount,
        }
        for line, figure in zip(data.lines, figures.lines, strict=True)
    ]  # fmt: skip
    record = {
        "customer": data.customer_id, "visited_at": data.visited_at.replace(microsecond=0),
        "payment_method": figures.payment_method, "subtotal": figures.subtotal, "discount": figures.discount,
        "total": figures.total, "products_used": bill_text("products_used", data.products_used),
        "notes": bill_text("notes", data.notes),
        "appointment": data.appointment_id,
    }  # fmt: skip
    return record, lines, figures


def _apply_ledger(actor: Actor, record_id: int, customer_id: int, figures: BillFigures, at: datetime) -> None:
    """The bill's card payment and points, as the bill rule worked them out."""
    if figures.from_stored_value > 0:
        loyalty.spend_stored_value(actor, customer_id, figures.from_stored_value, service_record_id=record_id, at=at)
    if figures.points > 0:
        loyalty.earn_points(actor, customer_id, figures.points, service_record_id=record_id, at=at)


def _record_commissions(record_id: int, data: RecordInput) -> None:
    """What each line earned its stylist, kept with the bill (core.commission)."""
    # Lines are written in the form's order (_write_lines), so ordering their ids by id pairs each
    # one with the input line it came from.
    query = ServiceRecordLine.select(ServiceRecordLine.id).where(ServiceRecordLine.record == record_id)
    line_ids = [int(row[0]) for row in cast(Iterable[tuple[int]], query.order_by(ServiceRecordLine.id).tuples())]
    by_package = {line_id for line_id, line in zip(line_ids, data.lines, strict=False) if line.use_package}
    requested = {
        line_id: line.requested
        for line_id, line in zip(line_ids, data.lines, strict=False)
        if line.requested is not None
    }
    commission.record_line_commissions(record_id, by_package, requested)


def _sessions(data: RecordInput) -> list[tuple[int, int]]:
    """The package sessions the bill's lines take: (service item, how many)."""
    return [(line.service_item_id, line.quantity) for line in data.lines if line.use_package]


def _write_lines(record_id: int, lines: list[dict[str, object]]) -> None:
    # Deleting the lines also deletes their LineCommission rows (ON DELETE CASCADE): every
    # caller records the commissions again right after.
    ServiceRecordLine.delete().where(ServiceRecordLine.record == record_id).execute()
    for line in lines:
        ServiceRecordLine.create(record=record_id, **line)


def _snapshot(record: ServiceRecord) -> dict[str, object]:
    query = ServiceRecordLine.select().where(ServiceRecordLine.record == record.id).order_by(ServiceRecordLine.id)
    lines = [audit.snapshot(line) for line in query]
    return {**audit.snapshot(record), "lines": lines}


@guarded(Action.BILL)
def add_service_record(actor: Actor, data: RecordInput, *, now: datetime | None = None) -> ServiceRecordView:
    """Save a bill; stored-value payment and points go through the ledger with it."""
    moment = now or clock.now()
    with database_proxy.atomic():
        values, lines, figures = _clean(data, moment)
        # Checked here for a typed message; the foreign key alone would end in an IntegrityError.
        if (
            data.appointment_id is not None
            and not Appointment.select().where(Appointment.id == data.appointment_id).exists()
        ):
            raise ValidationError("appointment_not_found", appointment_id=data.appointment_id)
        # Order matters: the record and its lines first (sessions and commissions point at them);
        # a package or card payment that falls short raises and the transaction undoes the whole
        # bill; the level and tags last, as they read the records just written.
        record = ServiceRecord.create(created_at=moment, **values)
        _write_lines(record.id, lines)
        packages.use_sessions(record.id, data.customer_id, _sessions(data), data.visited_at, actor=actor.username)
        _record_commissions(record.id, data)
        _apply_ledger(actor, record.id, record.customer_id, figures, moment)
        audit.record(actor, AuditAction.CREATE, "service_record", record.id, None, _snapshot(record))
        levels.upgrade_level(actor, record.customer_id, now=moment)
        tags.refresh_auto_tags([record.customer_id], today=moment.date())
        return get_service_record(record.id)


def _get_open(record_id: int) -> ServiceRecord:
    record = ServiceRecord.get_or_none(ServiceRecord.id == record_id)
    if record is None:
        raise NotFoundError("service_record_not_found", record_id=record_id)
    if record.voided_at is not None:
        raise ValidationError("service_record_voided", record_id=record_id)
    return record


@guarded(Action.CHANGE_PAST_BILLS)
def update_service_record(
    actor: Actor, record_id: int, data: RecordInput, *, now: datetime | None = None
) -> ServiceRecordView:
    """Change a bill: its old ledger effects are reversed and the new ones applied."""
    moment = now or clock.now()
    with database_proxy.atomic():
        record = _get_open(record_id)
        if data.customer_id != record.customer_id:
            raise ValidationError("record_customer_fixed", record_id=record_id)
        before = _snapshot(record)
        values, lines, figures = _clean(data, moment)
        # An edit never moves a bill to another appointment: the link stays the one it was made from.
        values["appointment"] = record.appointment_id
        # The old payment and points go back first, so the new payment can draw on a balance that
        # again holds what this bill once took.
        loyalty.reverse_record_entries(actor, record_id, at=moment, note="edit")
        ServiceRecord.update(**values).where(ServiceRecord.id == record_id).execute()
        _write_lines(record_id, lines)
        packages.release_sessions(record_id, at=moment, actor=actor.username)  # the edited lines take them again
        packages.use_sessions(record_id, data.customer_id, _sessions(data), data.visited_at, actor=actor.username)
        _record_commissions(record_id, data)
        record = ServiceRecord.get_by_id(record_id)
        _apply_ledger(actor, record_id, record.customer_id, figures, moment)
        audit.record(actor, AuditAction.UPDATE, "service_record", record_id, before, _snapshot(record))
        levels.upgrade_level(actor, record.customer_id, now=moment)
        tags.refresh_auto_tags([record.customer_id], today=moment.date())
        return get_service_record(record_id)


@guarded(Action.CHANGE_PAST_BILLS)
def void_service_record(actor: Actor, record_id: int, reason: str, *, now: datetime | None = None) -> ServiceRecordView:
    """Mark a bill void (it stays in history) and reverse its ledger effects."""
    if not reason.strip():
        raise ValidationError("void_needs_reason")
    moment = now or clock.now()
    with database_proxy.atomic():
        record = _get_open(record_id)
        before = _snapshot(record)
        # Refused, with nothing changed, if the bill's points were already redeemed (core.loyalty).
        loyalty.reverse_record_entries(actor, record_id, at=moment, note=reason.strip())
        record.voided_at = moment
        record.void_reason = reason.strip()[:200]
        # No upgrade_level here: levels never go down (core.levels), so a void leaves the level alone.
        record.save()
        packages.note_void(record_id, at=moment, actor=actor.username)  # its sessions stand no more
        audit.record(actor, AuditAction.UPDATE, "service_record", record_id, before, _snapshot(record))
        tags.refresh_auto_tags([record.customer_id], today=moment.date())
        return get_service_record(record_id)


def get_service_record(record_id: int) -> ServiceRecordView:
    record = ServiceRecord.get_or_none(ServiceRecord.id == record_id)
    if record is None:
        raise NotFoundError("service_record_not_found", record_id=record_id)
    query = (
        ServiceRecordLine.select(
            ServiceRecordLine.service_item,
            ServiceItem.name,
            ServiceRecordLine.stylist,
            Staff.name,
            ServiceRecordLine.unit_price,
            ServiceRecordLine.quantity,
            ServiceRecordLine.discount,
            ServiceRecordLine.amount,
        )
        .join(ServiceItem)
        .switch(ServiceRecordLine)
        .join(Staff, join_type=JOIN.LEFT_OUTER)
        .where(ServiceRecordLine.record == record_id)
        .order_by(ServiceRecordLine.id)
        .tuples()
    )
    lines = tuple(
        RecordLine(
            item_id, item_name, stylist_id, stylist_name or "", money_sum(price), qty, money_sum(off), money_sum(amount)
        )
        for item_id, item_name, stylist_id, stylist_name, price, qty, off, amount in cast(Iterable[_LineRow], query)
    )
    return ServiceRecordView(
        record.id, record.customer_id, record.visited_at, record.payment_method, money_sum(record.subtotal),
        money_sum(record.discount), money_sum(record.total), record.products_used, record.notes,
        record.voided_at, record.void_reason, record.appointment_id, lines,
    )  # fmt: skip


def customer_figures(customer_id: int) -> CustomerFigures:
    """Visits, money spent, last visit and average ticket, from non-voided records."""
    visits, spent, last = (
        ServiceRecord.select(fn.COUNT(ServiceRecord.id), fn.SUM(ServiceRecord.total), fn.MAX(ServiceRecord.visited_at))
        .where((ServiceRecord.customer == customer_id) & ServiceRecord.voided_at.is_null())
        .scalar(as_tuple=True)
    )
    total = money_sum(spent)
    average = (total / visits).quantize(FEN, rounding=ROUND_HALF_UP) if visits else Decimal("0.00")
    # SQLite hands MAX() of a datetime column back as text: peewee applies no field type to it.
    last_visit = datetime.fromisoformat(last) if isinstance(last, str) else last
    return CustomerFigures(int(visits), total, last_visit, average)


USUAL_SERVICES_DAYS = 730  # two years: a customer's habits, not the one perm of 2019


def usual_services(customer_id: int, limit: int = 3, *, today: date | None = None) -> tuple[int, ...]:
    """The services the customer has most often (their bills of the last two years), most often first;
    between equals, the more recent. A booking form offers these first."""
    since = datetime.combine((today or clock.today()) - timedelta(days=USUAL_SERVICES_DAYS), datetime.min.time())
    query = (
        ServiceRecordLine.select(ServiceRecordLine.service_item)
        .join(ServiceRecord, on=ServiceRecordLine.record == ServiceRecord.id)
        .where(
            (ServiceRecord.customer == customer_id)
            & ServiceRecord.voided_at.is_null()
            & (ServiceRecord.visited_at >= since)
        )
        .group_by(ServiceRecordLine.service_item)
        .order_by(fn.COUNT(ServiceRecordLine.id).desc(), fn.MAX(ServiceRecord.visited_at).desc())
        .limit(limit)
        .tuples()
    )
    return tuple(int(item) for (item,) in cast(Iterable[tuple[int]], query))
