"""Erasing a customer's personal data on request (PRODUCT.md section 1, "Delete").

The file stays, marked anonymised, so the shop's revenue history still adds up;
what identifies the person is cleared: name (replaced by ``#<id>``), phone,
WeChat, email, address, birthday, occupation, notes, beauty details, consent,
manual tags, and the free text of their care calls, surveys, bills, bookings and
complaints (the steps' notes included), for the file and for any duplicate merged
into it. Only the owner may do it, after a backup; the audit entry names the
fields cleared and how many rows, never their values.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from salon_crm.core import audit, backup, chain, clock, privacy
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, Gender, TagKind
from salon_crm.core.errors import NotFoundError
from salon_crm.core.models import (
    Appointment,
    AuditEntry,
    CareContact,
    ComplaintTicket,
    Customer,
    CustomerTag,
    HealthConsent,
    OtherPhone,
    ServiceRecord,
    SurveyResponse,
    Tag,
    TicketEvent,
    database_proxy,
)
from salon_crm.core.permissions import Action, guarded

CLEARED = {
    "gender": Gender.UNKNOWN.value,
    "birth_year": None,
    "birth_month": None,
    "birth_day": None,
    "phone": "",
    "wechat": "",
    "email": "",
    "address": "",
    "occupation": "",
    "referrer": None,
    "notes": "",
    "skin_type": "",
    "hair_type": "",
    "allergies": "",
    "preferences": "",
    "marketing_consent": False,
    "marketing_consent_on": None,
    "search_text": "",
}


ERASED_TEXT = "—"  # a complaint must have a description: the erased one is a dash


def anonymised_name(customer_id: int) -> str:
    return f"#{customer_id}"


def _clear(customer_id: int, moment: datetime) -> dict[str, int]:
    """Clear one file and every free text about the person; how many rows of each kind."""
    Customer.update(name=anonymised_name(customer_id), anonymised_at=moment, updated_at=moment, **CLEARED).where(
        Customer.id == customer_id
    ).execute()
    manual = Tag.select(Tag.id).where(Tag.kind == TagKind.MANUAL.value)
    tickets = ComplaintTicket.select(ComplaintTicket.id).where(ComplaintTicket.customer == customer_id)
    return {
        "manual_tags": CustomerTag.delete()
        .where((CustomerTag.customer == customer_id) & CustomerTag.tag.in_(manual))
        .execute(),
        "care_notes": CareContact.update(note="").where(CareContact.customer == customer_id).execute(),
        "health_consent": HealthConsent.delete().where(HealthConsent.customer == customer_id).execute(),
        "other_phones": OtherPhone.delete().where(OtherPhone.customer == customer_id).execute(),
        "survey_comments": SurveyResponse.update(comment="").where(SurveyResponse.customer == customer_id).execute(),
        "bill_notes": ServiceRecord.update(notes="").where(ServiceRecord.customer == customer_id).execute(),
        "appointment_notes": Appointment.update(note="", cancel_reason="")
        .where(Appointment.customer == customer_id)
        .execute(),
        # a complaint's story names the person and what happened to them; its figures stay
        "ticket_texts": ComplaintTicket.update(
            description=ERASED_TEXT, solution="", agreed_by="", agreed_how="", followup_note=""
        )
        .where(ComplaintTicket.customer == customer_id)
        .execute(),
        "ticket_step_notes": TicketEvent.update(note="", data="{}").where(TicketEvent.ticket.in_(tickets)).execute(),
    }


# the keys of an audit copy that can say who someone is or what happened to them
PERSONAL_KEYS = frozenset(CLEARED) | {
    "name", "note", "notes", "description", "solution", "agreed_by", "agreed_how", "followup_note",
    "comment", "cancel_reason", "void_reason", "products_used", "data", "other_phones",
}  # fmt: skip


def _blank_copy(text: str | None) -> str | None:
    """The copy with every personal value set to null (an unreadable copy becomes null)."""
    if text is None:
        return None
    try:
        values = json.loads(text)
    except ValueError:
        return None
    if not isinstance(values, dict):
        return None
    blanked: dict[str, Any] = {key: (None if key in PERSONAL_KEYS else value) for key, value in values.items()}
    return json.dumps(blanked, ensure_ascii=False, sort_keys=True)


def _purge_audit_copies(people: list[int]) -> dict[str, list[str]]:
    """Blank personal values in old audit entries about ``people``; what the chain needs to stay verifiable."""
    pairs = [pair for person in people for pair in privacy.audit_subjects(person)]
    purged: dict[str, list[str]] = {}
    query = AuditEntry.select(AuditEntry.id, AuditEntry.before, AuditEntry.after).where(privacy.audit_clause(pairs))
    for entry in query.order_by(AuditEntry.id):
        before, after = _blank_copy(entry.before), _blank_copy(entry.after)
        if (before, after) == (entry.before, entry.after):
            continue
        # an entry purged by an earlier erasure keeps the digests its seal was made over
        AuditEntry.update(before=before, after=after).where(AuditEntry.id == entry.id).execute()
        purged[str(entry.id)] = chain.purge_note(entry.id, entry.before, entry.after, before, after)
    return purged


@guarded(Action.ERASE_CUSTOMERS)
def erase_personal_data(actor: Actor, customer_id: int, *, now: datetime | None = None) -> None:
    """Clear everything that identifies the customer; the bills stay, anonymous."""
    moment = (now or clock.now()).replace(microsecond=0)
    backup.back_up_open_file(None, backup.BEFORE_ERASURE)
    with database_proxy.atomic():
        customer = Customer.get_or_none((Customer.id == customer_id) & Customer.anonymised_at.is_null())
        if customer is None:
            raise NotFoundError("customer_not_found", customer_id=customer_id)
        # the duplicates merged into this file are the same person: they go too
        merged = [int(c.id) for c in Customer.select(Customer.id).where(Customer.merged_into == customer_id)]
        counts: dict[str, int] = {}
        for person in [customer_id, *merged]:
            for key, value in _clear(person, moment).items():
                counts[key] = counts.get(key, 0) + value
        purged = _purge_audit_copies([customer_id, *merged])
        cleared = {"fields": ["name", *CLEARED], "merged_files": len(merged), "audit_copies": len(purged), **counts}
        # the purge is itself sealed: the check accepts exactly these blanked copies
        after = {"anonymised_at": moment.isoformat(), chain.PURGED_KEY: purged}
        audit.record(actor, AuditAction.ANONYMISE, "customer", customer_id, cleared, after)
