"""What the service-record form (消费记录) needs to show, read in one go.

The form shows the customer (with any allergy), their level's discount and card
balance, the active catalogue and staff. Editing a bill also needs the bill, and
a balance that counts the bill's own stored-value payment as available again,
because saving the edit reverses that payment first.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from salon_crm.core import catalogue, clock, commission, levels, loyalty, packages, profiles, service_records, staff
from salon_crm.core.billing import MemberTerms
from salon_crm.core.enums import PaymentMethod
from salon_crm.core.models import LedgerEntry
from salon_crm.core.money import money_sum
from salon_crm.core.packages import SessionPool
from salon_crm.core.rows import ServiceItemRow, StaffMember
from salon_crm.core.service_records import LineInput, RecordInput, ServiceRecordView


@dataclass(frozen=True)
class RecordForm:
    """Everything the bill form shows besides what the user types."""

    customer_id: int
    customer_name: str
    phone: str
    allergies: str
    level_name: str
    terms: MemberTerms  # the member level's discount and points rate
    stored_value: Decimal  # what the card can pay for this bill
    preferred_stylist_id: int | None
    items: tuple[ServiceItemRow, ...]
    staff: tuple[StaffMember, ...]
    record: ServiceRecordView | None = None
    # the customer's packages usable today (次卡), in the order a bill draws on them: the form offers them first
    session_pools: tuple[SessionPool, ...] = ()


def _paid_from_card(record_id: int) -> Decimal:
    """Stored value a bill still holds (its spends less their reversals)."""
    rows = LedgerEntry.select(LedgerEntry.principal_delta, LedgerEntry.bonus_delta).where(
        LedgerEntry.service_record == record_id
    )
    held = sum((money_sum(row.principal_delta) + money_sum(row.bonus_delta) for row in rows), Decimal("0.00"))
    return -held if held < 0 else Decimal("0.00")


def session_pools(customer_id: int, record_id: int | None = None) -> tuple[SessionPool, ...]:
    """The packages the customer may use on a bill today (a bill being edited counts its own sessions)."""
    return packages.session_pools(customer_id, clock.today(), record_id)


def load_record_form(customer_id: int | None = None, *, record_id: int | None = None) -> RecordForm:
    """The form's data for a new bill of ``customer_id``, or for editing ``record_id``."""
    record = service_records.get_service_record(record_id) if record_id is not None else None
    if record is not None:
        customer_id = record.customer_id
    if customer_id is None:
        raise ValueError("a customer or a record is needed")
    profile = profiles.get_customer(customer_id)
    terms = levels.member_terms(customer_id)
    available = loyalty.balance_of(customer_id).stored_value
    if record is not None:
        available += _paid_from_card(record.id)
    used = {line.service_item_id for line in record.lines} if record is not None else set()
    used_staff = {line.stylist_id for line in record.lines} if record is not None else set()
    items = tuple(item for item in catalogue.list_service_items() if item.active or item.id in used)
    people = tuple(member for member in staff.list_staff() if member.active or member.id in used_staff)
    return RecordForm(
        customer_id=customer_id,
        customer_name=profile.name,
        phone=profile.phone,
        allergies=profile.allergies,
        level_name=terms.level_name,
        terms=terms,
        stored_value=available,
        preferred_stylist_id=profile.preferred_stylist_id,
        items=items,
        staff=people,
        record=record,
        session_pools=session_pools(customer_id, record.id if record else None),
    )


def input_of(record: ServiceRecordView) -> RecordInput:
    """A stored bill as the form's input, to edit it (the lines a session paid for marked so)."""
    by_package = packages.sessions_used_by(record.id)
    requested = commission.requested_lines(record.id)
    lines = []
    for index, line in enumerate(record.lines):
        taken = min(by_package.get(line.service_item_id, 0), line.quantity)
        use = taken == line.quantity and taken > 0
        if use:
            by_package[line.service_item_id] -= taken
        asked = requested[index] if index < len(requested) else None
        lines.append(
            LineInput(line.service_item_id, line.stylist_id, line.unit_price, line.quantity, line.discount, use, asked)
        )
    return RecordInput(
        customer_id=record.customer_id,
        visited_at=record.visited_at,
        lines=tuple(lines),
        payment_method=record.payment_method,
        discount=record.discount,
        products_used=record.products_used,
        notes=record.notes,
        appointment_id=record.appointment_id,
    )


# The methods the form offers: a package visit is recorded from the package itself.
PAYMENT_METHODS = tuple(method.value for method in PaymentMethod if method is not PaymentMethod.PACKAGE)
