"""Merging two files of one person (PRODUCT.md section 1, "Duplicates").

Every record of the merged file moves to the kept one: bills, bookings, tickets,
surveys, packages, care calls, referrals and manual tags. The ledger is a running
balance per customer, so its rows stay where they were written: the merged file's
balance is closed there and opened on the kept file by two adjustments. The
merged file remains (``merged_into`` set, hidden from lists) and the audit log
keeps a full snapshot of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import datetime
from typing import cast

from salon_crm.core import audit, backup, clock, loyalty, profiles, tags
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, TagKind
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import (
    Appointment,
    CareContact,
    ComplaintTicket,
    Customer,
    CustomerTag,
    OtherPhone,
    ServicePackage,
    ServiceRecord,
    SurveyRequest,
    SurveyResponse,
    Tag,
    database_proxy,
)
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.profiles import CustomerInput, CustomerProfile
from salon_crm.core.search_text import customer_search_text

FIELDS = tuple(field.name for field in fields(CustomerInput))
_MOVED = (Appointment, ComplaintTicket, SurveyResponse, ServicePackage, CareContact, ServiceRecord)


def _listed(customer_id: int) -> Customer:
    customer = Customer.get_or_none(
        (Customer.id == customer_id) & Customer.anonymised_at.is_null() & Customer.merged_into.is_null()
    )
    if customer is None:
        raise NotFoundError("customer_not_found", customer_id=customer_id)
    return customer


def _move_balance(actor: Actor, keep_id: int, merge_id: int, moment: datetime) -> None:
    balance = loyalty.balance_of(merge_id)
    if balance.principal == 0 and balance.bonus == 0 and balance.points == 0:
        return
    loyalty.adjust(
        actor, merge_id, note=f"merged into #{keep_id}", principal=-balance.principal,
        bonus=-balance.bonus, points=-balance.points, at=moment,
    )  # fmt: skip
    loyalty.adjust(
        actor, keep_id, note=f"merged from #{merge_id}", principal=balance.principal,
        bonus=balance.bonus, points=balance.points, at=moment,
    )  # fmt: skip


def _move_tags(keep_id: int, merge_id: int) -> None:
    kept = CustomerTag.select(CustomerTag.tag).where(CustomerTag.customer == keep_id).tuples()
    have = {int(row[0]) for row in cast(Iterable[tuple[int]], kept)}
    manual = Tag.select(Tag.id).where(Tag.kind == TagKind.MANUAL.value)
    links = (
        CustomerTag.select(CustomerTag.tag, CustomerTag.created_at)
        .where((CustomerTag.customer == merge_id) & CustomerTag.tag.in_(manual))
        .tuples()
    )
    for tag_id, created_at in cast(Iterable[tuple[int, datetime]], links):
        if tag_id not in have:
            CustomerTag.create(customer=keep_id, tag=tag_id, created_at=created_at)
    CustomerTag.delete().where(CustomerTag.customer == merge_id).execute()


def _keep_other_phones(
    actor: Actor, keep_id: int, merge_id: int, phones: tuple[str, str], kept: CustomerProfile
) -> CustomerProfile:
    """Both files' mobiles stay: the one not kept as the mobile becomes another number search finds."""
    known = {kept.phone, *kept.other_phones}
    added = []
    for phone in phones:
        if phone and phone not in known:
            OtherPhone.create(customer=keep_id, phone=phone, note=f"#{merge_id}")
            known.add(phone)
            added.append(phone)
    if not added:
        return kept
    others = profiles.other_phones_of(keep_id)
    Customer.update(search_text=customer_search_text(kept.name, kept.phone, kept.wechat, others)).where(
        Customer.id == keep_id
    ).execute()
    audit.record(actor, AuditAction.UPDATE, "customer", keep_id, None, {"other_phones": list(others)})
    return profiles.get_customer(keep_id)


@guarded(Action.MERGE_CUSTOMERS)
def merge_customers(
    actor: Actor, keep_id: int, merge_id: int, *, take: Iterable[str] = (), now: datetime | None = None
) -> CustomerProfile:
    """Fold ``merge_id`` into ``keep_id``; the profile fields named in ``take`` come from ``merge_id``."""
    if keep_id == merge_id:
        raise ValidationError("merge_same_customer")
    chosen = list(take)
    unknown = [name for name in chosen if name not in FIELDS]
    if unknown:
        raise ValidationError("merge_field_invalid", field=unknown[0])
    moment = (now or clock.now()).replace(microsecond=0)
    backup.back_up_open_file(None, backup.BEFORE_MERGE)
    with database_proxy.atomic():
        _listed(keep_id)
        merged = _listed(merge_id)
        before = audit.snapshot(merged)
        kept_profile, merged_profile = profiles.get_customer(keep_id), profiles.get_customer(merge_id)
        _move_balance(actor, keep_id, merge_id, moment)
        for model in _MOVED:
            model.update(customer=keep_id).where(model.customer == merge_id).execute()
        quarters = SurveyRequest.select(SurveyRequest.quarter).where(SurveyRequest.customer == keep_id)
        SurveyRequest.update(customer=keep_id).where(
            (SurveyRequest.customer == merge_id) & SurveyRequest.quarter.not_in(quarters)
        ).execute()
        Customer.update(referrer=keep_id).where(Customer.referrer == merge_id).execute()
        _move_tags(keep_id, merge_id)
        Customer.update(merged_into=keep_id, updated_at=moment).where(Customer.id == merge_id).execute()
        audit.record(actor, AuditAction.UPDATE, "customer", merge_id, before, {"merged_into": keep_id})
        values = {name: getattr(merged_profile, name) for name in chosen}
        if any(name in chosen for name in profiles.HEALTH_FIELDS):  # their notes come with their consent
            values["health_consent"] = merged_profile.health_consent or kept_profile.health_consent
        if values.get("referrer_id") == keep_id:
            values["referrer_id"] = None
        data = CustomerInput(**{name: getattr(kept_profile, name) for name in FIELDS})
        result = profiles.update_customer(actor, keep_id, replace(data, **values), now=moment, allow_duplicate=True)
        result = _keep_other_phones(actor, keep_id, merge_id, (kept_profile.phone, merged_profile.phone), result)
        tags.refresh_auto_tags([keep_id], today=moment.date())
        return result
