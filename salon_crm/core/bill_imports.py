"""Importing past service records (消费记录) from another system's export.

Each row names the customer (by mobile, else by exact name when only one customer
has it), the day, the service item (by catalogue name), optionally the stylist (by
name), the amount paid and how. Imported records are history: they are marked
``imported`` and touch neither stored value nor points (the customer import brings
the balances). Planning writes nothing; the commit is one transaction after a backup.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from salon_crm.core import audit, backup, clock, packages
from salon_crm.core.context import Actor
from salon_crm.core.customer_imports import ImportCancelled
from salon_crm.core.enums import AuditAction, PaymentMethod
from salon_crm.core.errors import SalonError, ValidationError
from salon_crm.core.models import Customer, ServiceItem, ServiceRecord, ServiceRecordLine, Staff, database_proxy
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.text_limits import bill_text

PAYMENT_WORDS = {
    "现金": PaymentMethod.CASH, "cash": PaymentMethod.CASH, "刷卡": PaymentMethod.CARD, "银行卡": PaymentMethod.CARD,
    "card": PaymentMethod.CARD, "微信": PaymentMethod.WECHAT_PAY, "微信支付": PaymentMethod.WECHAT_PAY,
    "wechat": PaymentMethod.WECHAT_PAY, "wechat pay": PaymentMethod.WECHAT_PAY, "支付宝": PaymentMethod.ALIPAY,
    "alipay": PaymentMethod.ALIPAY, "储值": PaymentMethod.STORED_VALUE, "储值卡": PaymentMethod.STORED_VALUE,
    "会员卡": PaymentMethod.STORED_VALUE, "stored value": PaymentMethod.STORED_VALUE, "次卡": PaymentMethod.PACKAGE,
    "套餐": PaymentMethod.PACKAGE,
}  # fmt: skip


@dataclass(frozen=True)
class RecordRow:
    """One cleaned row of a service-record sheet (``error_code`` when a cell was unreadable)."""

    line: int
    original: tuple[str, ...]
    visited_at: datetime | None = None
    phone: str = ""
    name: str = ""
    service: str = ""
    stylist: str = ""
    amount: Decimal | None = None
    payment: str = ""
    notes: str = ""
    error_code: str = ""
    error_values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PlannedRecord:
    """A row with the customer, item and stylist it resolves to, or why it cannot be imported."""

    row: RecordRow
    ok: bool
    customer_id: int | None = None
    service_item_id: int | None = None
    stylist_id: int | None = None
    payment_method: str = PaymentMethod.CASH.value
    error_code: str = ""
    error_values: dict[str, Any] = field(default_factory=dict)


def payment_method(word: str) -> str:
    """The payment code for 现金/微信/支付宝/刷卡/储值… (empty is cash); ``ValidationError`` otherwise."""
    key = word.strip().lower()
    if not key:
        return PaymentMethod.CASH.value
    if key in {method.value for method in PaymentMethod}:
        return key
    found = PAYMENT_WORDS.get(key)
    if found is None:
        raise ValidationError("payment_method_invalid", method=word)
    return found.value


def plan_record_import(rows: Sequence[RecordRow], *, now: datetime | None = None) -> list[PlannedRecord]:
    """Resolve every row against the shop; nothing is written."""
    moment = now or clock.now()
    listed = Customer.anonymised_at.is_null() & Customer.merged_into.is_null()
    by_phone = {
        phone: key
        for key, phone in Customer.select(Customer.id, Customer.phone).where(listed).tuples().execute()
        if phone
    }
    by_name: dict[str, list[int]] = defaultdict(list)
    for key, name in Customer.select(Customer.id, Customer.name).where(listed).tuples().execute():
        by_name[name].append(key)
    items = {name: key for key, name in ServiceItem.select(ServiceItem.id, ServiceItem.name).tuples().execute()}
    staff = {name: key for key, name in Staff.select(Staff.id, Staff.name).tuples().execute()}
    planned: list[PlannedRecord] = []
    sessions = _Sessions()
    for row in rows:
        try:
            record = _resolve(row, moment, by_phone, by_name, items, staff)
            if record.payment_method == PaymentMethod.PACKAGE.value:
                sessions.take(record)  # a 次卡 row uses a session the customer holds, or is refused
            planned.append(record)
        except SalonError as error:
            planned.append(PlannedRecord(row, False, error_code=error.code, error_values=dict(error.values)))
    return planned


class _Sessions:
    """The package sessions the planned rows take, so two rows never count on the same one."""

    def __init__(self) -> None:
        self.taken: dict[int, int] = defaultdict(int)

    def take(self, record: PlannedRecord) -> None:
        assert record.customer_id is not None and record.service_item_id is not None and record.row.visited_at
        day = record.row.visited_at.date()
        usable = [
            package
            for package in packages.packages_of(record.customer_id)
            if package.service_item_id == record.service_item_id
            and package.sessions_left - self.taken[package.id] > 0
            and (package.expires_on is None or package.expires_on >= day)
        ]
        if not usable:
            raise ValidationError("no_package_for_item", item=record.row.service)
        # the one that expires first, as the bill form takes it
        chosen = min(usable, key=lambda package: (package.expires_on or date.max, package.id))
        self.taken[chosen.id] += 1


def _resolve(
    row: RecordRow,
    moment: datetime,
    by_phone: dict[str, int],
    by_name: dict[str, list[int]],
    items: dict[str, int],
    staff: dict[str, int],
) -> PlannedRecord:
    if row.error_code:
        raise ValidationError(row.error_code, **row.error_values)
    if row.visited_at is None:
        raise ValidationError("record_date_required")
    if row.visited_at > moment:
        raise ValidationError("visit_in_future", visited_at=row.visited_at.isoformat(timespec="minutes"))
    customer = by_phone.get(row.phone) if row.phone else None
    if customer is None:
        matches = by_name.get(row.name, [])
        if len(matches) != 1:
            raise ValidationError("record_customer_unknown", name=row.name, phone=row.phone, matches=len(matches))
        customer = matches[0]
    item = items.get(row.service)
    if item is None:
        raise ValidationError("service_item_unknown", item=row.service)
    stylist = None
    if row.stylist:
        stylist = staff.get(row.stylist)
        if stylist is None:
            raise ValidationError("stylist_unknown", name=row.stylist)
    if row.amount is None:
        raise ValidationError("money_invalid", field="amount", value="")
    # the bill form's rule for its notes: the row keeps the cleaned text the commit writes
    row = replace(row, notes=bill_text("notes", row.notes))
    return PlannedRecord(row, True, customer, item, stylist, payment_method(row.payment))


@guarded(Action.IMPORT_DATA)
def commit_record_import(
    actor: Actor,
    planned: Sequence[PlannedRecord],
    *,
    backup_dir: Path | None,
    now: datetime | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the resolvable rows as imported service records, all or nothing; returns how many."""
    moment = (now or clock.now()).replace(microsecond=0)
    if backup_dir is not None:
        backup.back_up_open_file(backup_dir, backup.BEFORE_IMPORT)
    good = [record for record in planned if record.ok]
    with database_proxy.atomic():
        for index, record in enumerate(good):
            if cancelled is not None and index % 500 == 0 and cancelled():
                raise ImportCancelled
            assert record.row.visited_at is not None and record.row.amount is not None
            by_package = record.payment_method == PaymentMethod.PACKAGE.value
            # a session paid in advance: the visit costs nothing that day, as core.billing has it
            paid = Decimal(0) if by_package else record.row.amount
            created = ServiceRecord.create(
                customer=record.customer_id, visited_at=record.row.visited_at.replace(microsecond=0),
                payment_method=record.payment_method, subtotal=paid, discount=0,
                total=paid, notes=record.row.notes, imported=True, created_at=moment,
            )  # fmt: skip
            ServiceRecordLine.create(
                record=created.id, service_item=record.service_item_id, stylist=record.stylist_id,
                unit_price=record.row.amount, quantity=1, discount=record.row.amount - paid, amount=paid,
            )  # fmt: skip
            if by_package:
                assert record.customer_id is not None and record.service_item_id is not None
                packages.use_sessions(
                    created.id, record.customer_id, [(record.service_item_id, 1)], record.row.visited_at,
                    actor=actor.username,
                )  # fmt: skip
            audit.record(actor, AuditAction.IMPORT, "service_record", created.id, None, audit.snapshot(created))
    return len(good)
