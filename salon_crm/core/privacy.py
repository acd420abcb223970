"""What the shop holds about one person (个人信息查阅): every row of every table, for their request.

PIPL (art. 45) and the GDPR give a customer the right to a copy of their personal
data. :func:`customer_dossier` gathers every stored row that is theirs or about
them, column by column as stored (nothing summarised away), including the audit
entries about those rows; ``excel.dossier`` writes it to one workbook. Owner only:
it is the whole of someone's personal data in one file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from peewee import Model

from salon_crm.core.context import Actor
from salon_crm.core.errors import NotFoundError
from salon_crm.core.models import (
    Appointment,
    AppointmentService,
    AuditEntry,
    CareContact,
    ComplaintTicket,
    Customer,
    CustomerTag,
    LedgerEntry,
    OtherPhone,
    PackageEntry,
    PackageItem,
    PackageUse,
    SaleCredit,
    ServicePackage,
    ServiceRecord,
    ServiceRecordLine,
    SurveyRequest,
    SurveyResponse,
    Tag,
    TicketEvent,
)
from salon_crm.core.permissions import Action, guarded

CHUNK = 500  # ids per IN (...), under SQLite's variable limit


@dataclass(frozen=True)
class Section:
    """One table's rows about the customer: a sheet of the workbook."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def _section(model: type[Model], where: object, order: Sequence[object] = ()) -> tuple[Section, list[int]]:
    fields = model._meta.sorted_fields
    columns = tuple(field.column_name for field in fields)
    # by the first column, not the primary key: a tag link's key is two columns
    query = model.select().where(where).order_by(*(order or (fields[0],))).tuples()
    rows: tuple[tuple[object, ...], ...] = tuple(tuple(row) for row in cast(Iterable[Sequence[object]], query))
    ids = [int(cast(int, row[0])) for row in rows] if columns and columns[0] == "id" else []
    return Section(model._meta.table_name, columns, rows), ids


def _in(field: object, ids: Sequence[object]) -> object:
    """``field IN ids``, in chunks OR-ed together so a long history stays under the variable limit."""
    clause: object = None
    for start in range(0, max(len(ids), 1), CHUNK):
        part = field.in_(ids[start : start + CHUNK])  # type: ignore[attr-defined]
        clause = part if clause is None else clause | part
    return clause


def _ids(model: type[Model], where: object) -> list[int]:
    return [
        int(row[0]) for row in cast(Iterable[tuple[int]], model.select(model._meta.primary_key).where(where).tuples())
    ]


def audit_subjects(customer_id: int) -> list[tuple[str, list[int]]]:
    """The rows whose audit entries are about the person: (table, ids), their file first.

    One list for the copy of their data and for erasure, so both reach the same entries.
    """
    return [
        ("customer", [customer_id]),
        ("service_record", _ids(ServiceRecord, ServiceRecord.customer == customer_id)),
        ("appointment", _ids(Appointment, Appointment.customer == customer_id)),
        ("complaint_ticket", _ids(ComplaintTicket, ComplaintTicket.customer == customer_id)),
        ("ledger_entry", _ids(LedgerEntry, LedgerEntry.customer == customer_id)),
        ("survey_response", _ids(SurveyResponse, SurveyResponse.customer == customer_id)),
        ("care_contact", _ids(CareContact, CareContact.customer == customer_id)),
    ]


def audit_clause(pairs: Iterable[tuple[str, list[int]]]) -> object:
    """The audit entries about any of ``pairs`` (nothing when every list is empty)."""
    clause: object = AuditEntry.id < 0
    for table, ids in pairs:
        if ids:
            clause = clause | ((AuditEntry.table_name == table) & _in(AuditEntry.record_id, [str(i) for i in ids]))
    return clause


def _audit(pairs: Iterable[tuple[str, list[int]]]) -> Section:
    section, _ids = _section(AuditEntry, audit_clause(pairs), (AuditEntry.id,))
    return section


@guarded(Action.EXPORT_PERSONAL_DATA)
def customer_dossier(actor: Actor, customer_id: int) -> tuple[Section, ...]:
    """Every stored row about ``customer_id``: profile, tags, bills and their lines, bookings,
    packages, complaints and their steps, surveys, ledger, care calls, and their audit entries."""
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise NotFoundError("customer_not_found", customer_id=customer_id)
    profile, _ = _section(Customer, Customer.id == customer_id)
    tags, _ = _section(CustomerTag, CustomerTag.customer == customer_id)
    phones, _ = _section(OtherPhone, OtherPhone.customer == customer_id)
    tag_names, _ = _section(
        Tag, Tag.id.in_(CustomerTag.select(CustomerTag.tag).where(CustomerTag.customer == customer_id))
    )
    bills, bill_ids = _section(ServiceRecord, ServiceRecord.customer == customer_id, (ServiceRecord.visited_at,))
    lines, _ = _section(ServiceRecordLine, _in(ServiceRecordLine.record, bill_ids))
    bookings, booking_ids = _section(Appointment, Appointment.customer == customer_id, (Appointment.starts_at,))
    booked, _ = _section(AppointmentService, _in(AppointmentService.appointment, booking_ids))
    packages, package_ids = _section(ServicePackage, ServicePackage.customer == customer_id)
    uses, _ = _section(PackageUse, _in(PackageUse.package, package_ids))
    covered, _ = _section(PackageItem, _in(PackageItem.package, package_ids))
    package_ledger, _ = _section(PackageEntry, _in(PackageEntry.package, package_ids))
    sold_to, _ = _section(SaleCredit, SaleCredit.customer == customer_id)  # what a seller earned on their purchases
    tickets, ticket_ids = _section(ComplaintTicket, ComplaintTicket.customer == customer_id)
    steps, _ = _section(TicketEvent, _in(TicketEvent.ticket, ticket_ids))
    surveys, _ = _section(SurveyResponse, SurveyResponse.customer == customer_id)
    asked, _ = _section(SurveyRequest, SurveyRequest.customer == customer_id)
    ledger, _ = _section(LedgerEntry, LedgerEntry.customer == customer_id)
    care, _ = _section(CareContact, CareContact.customer == customer_id)
    audit = _audit(audit_subjects(customer_id))
    return (profile, phones, tags, tag_names, bills, lines, bookings, booked, packages, uses, covered,
            package_ledger, tickets, steps, surveys, asked, ledger, sold_to, care, audit)  # fmt: skip
