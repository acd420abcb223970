"""Writing customer files: create and edit a profile, with duplicate detection.

The list and search live in ``customers``; this module validates what the profile
dialog (and later the Excel import) submits, keeps ``search_text`` up to date on
every write, and audits each change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from salon_crm.core import audit, clock, duplicates, tags
from salon_crm.core.birthdays import make_birthday
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, Gender, SourceChannel
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import Customer, HealthConsent, MembershipLevel, OtherPhone, Staff, database_proxy
from salon_crm.core.money import money_sum
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.phones import normalise_phone, phone_doubt
from salon_crm.core.search_text import customer_search_text

NAME_MAX = 40
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_TEXT_LIMITS = {"wechat": 64, "email": 120, "address": 200, "occupation": 60, "skin_type": 40, "hair_type": 40}
# Texts of several lines; a note of 100,000 characters once made the shop's export fail.
LONG_TEXT_LIMITS = {"notes": 2000, "allergies": 500, "preferences": 1000}
# NUL, ESC and the like are never typed on purpose: they come from broken files, and are dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\t\n\r]")


@dataclass(frozen=True)
class CustomerInput:
    """What the profile dialog submits (PRODUCT.md section 1)."""

    name: str
    gender: str = Gender.UNKNOWN.value
    birth_year: int | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    phone: str = ""
    wechat: str = ""
    email: str = ""
    address: str = ""
    occupation: str = ""
    source: str = SourceChannel.WALK_IN.value
    referrer_id: int | None = None
    preferred_stylist_id: int | None = None
    level_id: int | None = None
    notes: str = ""
    skin_type: str = ""
    hair_type: str = ""
    allergies: str = ""
    preferences: str = ""
    marketing_consent: bool = False
    marketing_consent_on: date | None = None
    # health data (allergies, skin type) is kept only with this consent (PIPL art. 28-29)
    health_consent: bool = False


@dataclass(frozen=True)
class CustomerProfile(CustomerInput):
    """A stored profile: the input fields plus identity and times."""

    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    other_phones: tuple[str, ...] = ()  # numbers kept from merged duplicates; search finds them


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing customer who looks like the one being saved."""

    customer_id: int
    name: str
    phone: str
    reason: str  # "phone" or "name_birthday"


HEALTH_FIELDS = ("allergies", "skin_type")
# the input fields stored as customer columns (the health consent is a row of its own)
_COLUMNS = {f.name: f.name.removesuffix("_id") for f in fields(CustomerInput) if f.name != "health_consent"}


def _profile(customer: Customer) -> CustomerProfile:
    values: dict[str, Any] = {name: customer.__data__.get(column) for name, column in _COLUMNS.items()}
    values["marketing_consent"] = bool(values["marketing_consent"])
    values["health_consent"] = HealthConsent.select().where(HealthConsent.customer == customer.id).exists()
    return CustomerProfile(
        **values,
        id=customer.id,
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        other_phones=other_phones_of(customer.id),
    )


def other_phones_of(customer_id: int) -> tuple[str, ...]:
    """The customer's other numbers, oldest first."""
    query = OtherPhone.select(OtherPhone.phone).where(OtherPhone.customer == customer_id).order_by(OtherPhone.id)
    return tuple(str(row[0]) for row in cast(Iterable[tuple[str]], query.tuples()))


def _exists(model: type[Customer] | type[Staff] | type[MembershipLevel], key: int | None) -> bool:
    return key is None or model.select().where(model.id == key).exists()


_GENDERS = frozenset(gender.value for gender in Gender)
_SOURCES = frozenset(source.value for source in SourceChannel)


def _check_codes_and_birthday(data: CustomerInput, today: date) -> None:
    if data.gender not in _GENDERS:
        raise ValidationError("gender_invalid", gender=data.gender)
    if data.source not in _SOURCES:
        raise ValidationError("source_invalid", source=data.source)
    if data.birth_month is None:
        if data.birth_year is not None or data.birth_day is not None:
            raise ValidationError("birthday_invalid", year=data.birth_year, month=None, day=data.birth_day)
    else:
        make_birthday(data.birth_year, data.birth_month, data.birth_day or 0, today=today)


def _check_links(data: CustomerInput, customer_id: int | None) -> None:
    if data.referrer_id is not None and (data.referrer_id == customer_id or not _exists(Customer, data.referrer_id)):
        raise ValidationError("referrer_invalid", referrer_id=data.referrer_id)
    if not _exists(Staff, data.preferred_stylist_id):
        raise ValidationError("stylist_not_found", staff_id=data.preferred_stylist_id)
    if not _exists(MembershipLevel, data.level_id):
        raise ValidationError("level_not_found", level_id=data.level_id)


def clean_input(data: CustomerInput, *, today: date) -> CustomerInput:
    """``data`` trimmed, phone normalised and consent dated, or ``ValidationError``.

    Needs no database, so the profile dialog runs it on every keystroke.
    """
    name = " ".join(_one_line(data.name).split())
    if not name:
        raise ValidationError("customer_name_required")
    if len(name) > NAME_MAX:
        raise ValidationError("customer_name_too_long", max=NAME_MAX)
    _check_codes_and_birthday(data, today)
    phone = normalise_phone(_one_line(data.phone))
    texts = {key: _one_line(getattr(data, key)).strip() for key in _TEXT_LIMITS}
    texts |= {key: _without_control(getattr(data, key)).strip() for key in LONG_TEXT_LIMITS}
    for key, limit in (_TEXT_LIMITS | LONG_TEXT_LIMITS).items():
        if len(texts[key]) > limit:
            raise ValidationError("text_too_long", field=key, max=limit, length=len(texts[key]))
    email = texts["email"]
    if email and not EMAIL.fullmatch(email):
        raise ValidationError("email_invalid", email=email[:60])
    if not data.health_consent and any(texts[key] for key in HEALTH_FIELDS):
        raise ValidationError("health_consent_needed")
    consent_on = (data.marketing_consent_on or today) if data.marketing_consent else None
    if consent_on is not None and consent_on > today:
        raise ValidationError("consent_date_in_future", date=consent_on.isoformat())
    return CustomerInput(
        **{
            **{name: getattr(data, name) for name in _INPUT_FIELDS},  # asdict's deep copies took most of a check
            **texts,
            "name": name,
            "phone": phone,
            "email": email,
            "marketing_consent_on": consent_on,
        }
    )


_INPUT_FIELDS = tuple(CustomerInput.__dataclass_fields__)


def _one_line(text: str) -> str:
    """``text`` without control characters; tabs and line breaks become spaces."""
    if text.isprintable():  # nearly every value: no control character, tab or line break to replace
        return text
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", text))


def _without_control(text: str) -> str:
    """``text`` without control characters, its lines kept."""
    return text if text.isprintable() else _CONTROL.sub("", text)


def validated(data: CustomerInput, *, today: date, customer_id: int | None = None) -> CustomerInput:
    """:func:`clean_input`, and the referrer, stylist and level must exist."""
    clean = clean_input(data, today=today)
    _check_links(clean, customer_id)
    return clean


def identity_of(data: CustomerInput) -> duplicates.Identity:
    return duplicates.Identity(data.name, data.phone, data.birth_year, data.birth_month, data.birth_day)


def find_duplicates(data: CustomerInput, *, exclude_id: int | None = None) -> list[DuplicateMatch]:
    """Listed customers that :func:`core.duplicates.duplicate_reason` pairs with ``data``."""
    matches: dict[int, DuplicateMatch] = {}
    listed = Customer.anonymised_at.is_null() & Customer.merged_into.is_null()
    if exclude_id is not None:
        listed &= Customer.id != exclude_id
    candidates = Customer.phone == data.phone if data.phone else None
    if data.birth_month is not None:
        same_birthday = (
            (Customer.name == data.name)
            & (Customer.birth_month == data.birth_month)
            & (Customer.birth_day == data.birth_day)
        )
        candidates = same_birthday if candidates is None else candidates | same_birthday
    if candidates is None:
        return []
    wanted = identity_of(data)
    for row in Customer.select().where(listed & candidates).order_by(Customer.id):
        reason = duplicates.duplicate_reason(
            wanted, duplicates.Identity(row.name, row.phone, row.birth_year, row.birth_month, row.birth_day)
        )
        if reason:
            matches[row.id] = DuplicateMatch(row.id, row.name, row.phone, reason)
    return sorted(matches.values(), key=lambda match: match.customer_id)


def _store(customer: Customer, clean: CustomerInput, now: datetime) -> None:
    for name in _COLUMNS:
        setattr(customer, name, getattr(clean, name))
    others = other_phones_of(customer.id) if customer.id else ()
    customer.search_text = customer_search_text(clean.name, clean.phone, clean.wechat, others)
    customer.updated_at = now
    customer.save()
    if clean.health_consent:
        HealthConsent.insert(customer=customer.id, given_on=now.date()).on_conflict_ignore().execute()
    else:
        HealthConsent.delete().where(HealthConsent.customer == customer.id).execute()


def _snapshot(customer: Customer, clean: CustomerInput) -> dict[str, Any]:
    """The audit copy of a file: its columns and whether health data may be kept."""
    return {**audit.snapshot(customer), "health_consent": clean.health_consent}


@guarded(Action.EDIT_CUSTOMERS)
def create_customer(
    actor: Actor, data: CustomerInput, *, now: datetime | None = None, allow_duplicate: bool = False
) -> CustomerProfile:
    """Save a new customer file. A likely duplicate raises ``ConflictError`` with the matches, and a
    doubtful phone (12345) ``ConflictError("customer_phone_doubtful")``, unless ``allow_duplicate``
    (the user saw the warning and chose to save anyway)."""
    moment = now or clock.now()
    with database_proxy.atomic():
        clean = validated(data, today=moment.date())
        duplicates = [] if allow_duplicate else find_duplicates(clean)
        if duplicates:
            raise ConflictError("customer_duplicate", matches=duplicates)
        _confirm_phone(clean.phone, "", allow_duplicate)
        customer = Customer(created_at=moment)
        _store(customer, clean, moment)
        audit.record(actor, AuditAction.CREATE, "customer", customer.id, None, _snapshot(customer, clean))
        tags.refresh_auto_tags([customer.id], today=moment.date())
        return _profile(customer)


@guarded(Action.EDIT_CUSTOMERS)
def update_customer(
    actor: Actor, customer_id: int, data: CustomerInput, *, now: datetime | None = None, allow_duplicate: bool = False
) -> CustomerProfile:
    """Save changes to a customer file; unchanged input writes nothing."""
    moment = now or clock.now()
    with database_proxy.atomic():
        customer = _get(customer_id)
        clean = validated(data, today=moment.date(), customer_id=customer_id)
        duplicates = [] if allow_duplicate else find_duplicates(clean, exclude_id=customer_id)
        if duplicates:
            raise ConflictError("customer_duplicate", matches=duplicates)
        _confirm_phone(clean.phone, customer.phone, allow_duplicate)
        current = _profile(customer)
        before = _snapshot(customer, current)
        if CustomerInput(**{f.name: getattr(current, f.name) for f in fields(CustomerInput)}) == clean:
            return current
        _store(customer, clean, moment)
        audit.record(actor, AuditAction.UPDATE, "customer", customer.id, before, _snapshot(customer, clean))
        tags.refresh_auto_tags([customer.id], today=moment.date())
        return _profile(customer)


def _confirm_phone(phone: str, stored: str, confirmed: bool) -> None:
    """A new phone nobody is likely to answer (12345) is saved only once the user confirms it."""
    if not confirmed and phone != stored and phone_doubt(phone):
        raise ConflictError("customer_phone_doubtful", phone=phone, matches=[])


@guarded(Action.REVEAL_PHONE)
def reveal_phone(actor: Actor, customer_id: int) -> str:
    """The customer's whole phone number for someone who sees it masked; the look is an audit entry.

    The entry names the field, never the number, so the log itself is no phone book.
    """
    with database_proxy.atomic():
        phone = str(_get(customer_id).phone)
        audit.record(actor, AuditAction.REVEAL, "customer", customer_id, None, {"field": "phone"})
    return phone


def _get(customer_id: int) -> Customer:
    customer = Customer.get_or_none((Customer.id == customer_id) & Customer.anonymised_at.is_null())
    if customer is None:
        raise NotFoundError("customer_not_found", customer_id=customer_id)
    return customer


def get_customer(customer_id: int) -> CustomerProfile:
    """One customer's profile (not an anonymised one)."""
    return _profile(_get(customer_id))


@dataclass(frozen=True)
class LevelChoice:
    """A membership level as a form offers it."""

    id: int
    name: str
    rank: int
    price_rate: Decimal
    upgrade_threshold: Decimal


def list_levels() -> list[LevelChoice]:
    """The shop's membership levels, lowest first."""
    return [
        LevelChoice(
            level.id, level.name, level.rank, Decimal(str(level.price_rate)), money_sum(level.upgrade_threshold)
        )
        for level in MembershipLevel.select().order_by(MembershipLevel.rank)
    ]
