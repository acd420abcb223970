"""Erasing a customer's personal data on request (PRODUCT.md section 1, "Delete").

The file stays, marked anonymised, so the shop's revenue history still adds up;
what identifies the person is cleared: name (replaced by ``#<id>``), phone,
WeChat, email, address, birthday, occupation, notes, beauty details, consent,
manual tags, and the free text of their care calls, surveys and bills. Only the
owner may do it; the audit entry names the fields cleared, never their values.
"""

from __future__ import annotations

from datetime import datetime

from salon_crm.core import audit, backup, clock
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, Gender, TagKind
from salon_crm.core.errors import NotFoundError
from salon_crm.core.models import (
    CareContact,
    Customer,
    CustomerTag,
    ServiceRecord,
    SurveyResponse,
    Tag,
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


def anonymised_name(customer_id: int) -> str:
    return f"#{customer_id}"


@guarded(Action.ERASE_CUSTOMERS)
def erase_personal_data(actor: Actor, customer_id: int, *, now: datetime | None = None) -> None:
    """Clear everything that identifies the customer; the bills stay, anonymous."""
    moment = (now or clock.now()).replace(microsecond=0)
    backup.back_up_open_file(None, backup.BEFORE_ERASURE)
    with database_proxy.atomic():
        customer = Customer.get_or_none((Customer.id == customer_id) & Customer.anonymised_at.is_null())
        if customer is None:
            raise NotFoundError("customer_not_found", customer_id=customer_id)
        Customer.update(name=anonymised_name(customer_id), anonymised_at=moment, updated_at=moment, **CLEARED).where(
            Customer.id == customer_id
        ).execute()
        manual = Tag.select(Tag.id).where(Tag.kind == TagKind.MANUAL.value)
        tags = CustomerTag.delete().where((CustomerTag.customer == customer_id) & CustomerTag.tag.in_(manual)).execute()
        care = CareContact.update(note="").where(CareContact.customer == customer_id).execute()
        surveys = SurveyResponse.update(comment="").where(SurveyResponse.customer == customer_id).execute()
        bills = ServiceRecord.update(notes="").where(ServiceRecord.customer == customer_id).execute()
        cleared = {
            "fields": ["name", *CLEARED],
            "manual_tags": tags,
            "care_notes": care,
            "survey_comments": surveys,
            "bill_notes": bills,
        }
        audit.record(
            actor, AuditAction.ANONYMISE, "customer", customer_id, cleared, {"anonymised_at": moment.isoformat()}
        )
