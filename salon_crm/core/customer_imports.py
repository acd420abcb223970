"""Importing customer files: plan every row's outcome, then commit all or nothing.

The Excel side reads and cleans the cells into :class:`ImportRow` values; here each
row is validated as the profile dialog would, matched against the file's earlier
rows and the database by ``core.duplicates`` (the same phone is the same customer; the
same name and birthday only a possible one, imported with a warning), and given an outcome.
Nothing is written until :func:`commit_import`, which backs up the data file and
then writes everything in one transaction (or, on any error or cancel, nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from salon_crm.core import audit, backup, bulk, clock, collector, loyalty
from salon_crm.core.context import Actor
from salon_crm.core.duplicates import NAME_BIRTHDAY, PHONE, DuplicateIndex, Identity
from salon_crm.core.enums import AuditAction
from salon_crm.core.errors import SalonError, ValidationError
from salon_crm.core.models import Customer, HealthConsent, MembershipLevel, database_proxy
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.phones import phone_doubt
from salon_crm.core.profiles import CustomerInput, identity_of, other_phones_of, validated
from salon_crm.core.search_text import customer_search_text

SKIP, UPDATE = "skip", "update"
ZERO = Decimal("0.00")


class Outcome(StrEnum):
    """What committing will do with one row of the file."""

    NEW = "new"
    UPDATE = "update"
    EXISTING = "existing"  # already in the shop, left as it is (skip chosen)
    DUPLICATE_IN_FILE = "duplicate_in_file"
    SKIPPED = "skipped"  # a possible duplicate the user chose not to import (see decide)
    ERROR = "error"


@dataclass(frozen=True)
class ImportRow:
    """One data row of the sheet after cleaning; ``error_code`` set when a cell was unreadable.

    ``given`` names the fields the sheet filled, so an update leaves the others alone.
    """

    line: int  # the row number the spreadsheet shows
    original: tuple[str, ...]
    customer: CustomerInput | None = None
    given: frozenset[str] = frozenset()
    level_name: str = ""
    balance: Decimal | None = None
    bonus: Decimal | None = None
    points: int | None = None
    error_code: str = ""
    error_values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PlannedRow:
    """A row with its outcome: the customer it matches, or why it is rejected."""

    row: ImportRow
    outcome: Outcome
    customer: CustomerInput | None = None
    customer_id: int | None = None  # the existing customer (update, existing)
    match: str = ""  # "phone" or "name_birthday" for duplicates
    duplicate_of_line: int | None = None
    error_code: str = ""
    error_values: dict[str, Any] = field(default_factory=dict)
    warning_code: str = ""  # imported, but with a remark (an unknown level kept in the notes)
    warning_values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportPlan:
    """The preview: every row's outcome; :func:`commit_import` writes exactly this."""

    rows: tuple[PlannedRow, ...]
    on_duplicate: str

    def count(self, outcome: Outcome) -> int:
        return sum(1 for planned in self.rows if planned.outcome is outcome)

    @property
    def rejected(self) -> tuple[PlannedRow, ...]:
        return tuple(planned for planned in self.rows if planned.outcome is Outcome.ERROR)


@dataclass(frozen=True)
class ImportResult:
    """What a commit did."""

    read: int
    created: int
    updated: int
    skipped: int
    rejected: int
    backup: Path | None


class ImportCancelled(Exception):  # noqa: N818 - reads as what happened
    """The user cancelled the commit; the transaction was rolled back."""


def _levels() -> dict[str, int]:
    return {
        name.strip().lower(): key
        for key, name in MembershipLevel.select(MembershipLevel.id, MembershipLevel.name).tuples().execute()
    }


def _existing() -> DuplicateIndex[int]:
    """Listed customers, indexed for the duplicate rule, read once for the whole file."""
    index: DuplicateIndex[int] = DuplicateIndex()
    query = (
        Customer.select(
            Customer.id, Customer.phone, Customer.name, Customer.birth_year, Customer.birth_month, Customer.birth_day
        )
        .where(Customer.anonymised_at.is_null() & Customer.merged_into.is_null())
        .order_by(Customer.id)
        .tuples()
        .execute()
    )
    for key, phone, name, year, month, day in query:
        index.add(key, Identity(name, phone or "", year, month, day))
    return index


def _with_level(row: ImportRow, levels: dict[str, int]) -> tuple[CustomerInput, str]:
    """The row's profile with its level; a level the shop does not have is kept in the notes
    (the owner sees a remark in the preview) rather than dropping the row or guessing a level."""
    assert row.customer is not None
    if not row.level_name:
        return row.customer, ""
    level_id = levels.get(row.level_name.strip().lower())
    if level_id is not None:
        return replace(row.customer, level_id=level_id), ""
    remark = f"会员等级：{row.level_name}"
    notes = f"{row.customer.notes}\n{remark}" if row.customer.notes else remark
    return replace(row.customer, notes=notes), "import_level_unknown"


def _error(row: ImportRow, error: SalonError) -> PlannedRow:
    return PlannedRow(row, Outcome.ERROR, error_code=error.code, error_values=dict(error.values))


def plan_import(rows: Sequence[ImportRow], *, on_duplicate: str = SKIP, today: date | None = None) -> ImportPlan:
    """Each row's outcome, with nothing written. Reads the database; run it off the UI thread."""
    if on_duplicate not in (SKIP, UPDATE):
        raise ValidationError("import_on_duplicate_invalid", value=on_duplicate)
    with collector.paused():
        return _plan(rows, on_duplicate, today or clock.today())


def _plan(rows: Sequence[ImportRow], on_duplicate: str, day: date) -> ImportPlan:
    levels = _levels()
    existing = _existing()
    seen: DuplicateIndex[int] = DuplicateIndex()
    planned: list[PlannedRow] = []
    for row in rows:
        if row.error_code or row.customer is None:
            planned.append(PlannedRow(row, Outcome.ERROR, error_code=row.error_code, error_values=row.error_values))
            continue
        data, warning = _with_level(row, levels)
        try:
            clean = validated(data, today=day)
        except SalonError as error:
            planned.append(_error(row, error))
            continue
        identity = identity_of(clean)
        earlier = seen.find(identity)
        if earlier is not None and earlier[1] == PHONE:
            planned.append(PlannedRow(row, Outcome.DUPLICATE_IN_FILE, clean, duplicate_of_line=earlier[0]))
            continue
        seen.add(row.line, identity)
        found = existing.find(identity)
        # A shared name and birthday is only a possible duplicate: imported, with a warning the user reads.
        remark: dict[str, Any] = {}
        if found is not None and found[1] == NAME_BIRTHDAY:
            remark = {"warning_code": "import_possible_duplicate", "warning_values": {"name": clean.name}}
        elif earlier is not None:
            remark = {"warning_code": "import_possible_duplicate_in_file", "warning_values": {"line": earlier[0]}}
        elif warning:
            remark = {"warning_code": warning, "warning_values": {"level": row.level_name}}
        elif doubt := phone_doubt(clean.phone):
            remark = {"warning_code": doubt, "warning_values": {"phone": clean.phone}}
        if found is None or found[1] != PHONE:
            match = found[1] if found is not None else ""
            planned.append(PlannedRow(row, Outcome.NEW, clean, match=match, **remark))
        else:
            outcome = Outcome.UPDATE if on_duplicate == UPDATE else Outcome.EXISTING
            planned.append(PlannedRow(row, outcome, clean, found[0], PHONE, **remark))
    return ImportPlan(tuple(planned), on_duplicate)


# Warnings that a row may be a customer already on file or earlier in the file: the user decides.
POSSIBLE_DUPLICATE = frozenset({"import_possible_duplicate", "import_possible_duplicate_in_file"})


def is_possible_duplicate(planned: PlannedRow) -> bool:
    """Whether ``planned`` is a row the user may skip or import anyway (imported unless they skip it)."""
    return planned.outcome in (Outcome.NEW, Outcome.SKIPPED) and planned.warning_code in POSSIBLE_DUPLICATE


def decide(plan: ImportPlan, lines: Iterable[int], *, skip: bool) -> ImportPlan:
    """``plan`` with the possible duplicates on the sheet's rows ``lines`` skipped, or imported anyway.

    Only possible duplicates can be decided on: another row named raises
    ``ValidationError("import_row_not_flagged")``. Nothing is written; :func:`commit_import`
    writes the plan it is given.
    """
    wanted = set(lines)
    rows = list(plan.rows)
    for index, planned in enumerate(rows):
        if planned.row.line in wanted:
            if not is_possible_duplicate(planned):
                raise ValidationError("import_row_not_flagged", line=planned.row.line)
            rows[index] = replace(planned, outcome=Outcome.SKIPPED if skip else Outcome.NEW)
            wanted.discard(planned.row.line)
    if wanted:
        raise ValidationError("import_row_not_flagged", line=min(wanted))
    return replace(plan, rows=tuple(rows))


_PROFILE_FIELDS = tuple(name for name in CustomerInput.__dataclass_fields__ if name != "health_consent")


def _note_health_consent(customer_ids: list[int], at: datetime) -> None:
    """Consent to keep health data for the imported files that bring allergy or skin notes."""
    day = HealthConsent.given_on.db_value(at.date())
    # one executemany: peewee building the INSERT's text for each chunk cost more than SQLite writing it
    database_proxy.connection().executemany(
        'INSERT OR IGNORE INTO "health_consent" ("customer_id", "given_on") VALUES (?, ?)',
        [(key, day) for key in customer_ids],
    )


def _store(customer: Customer, data: CustomerInput) -> None:
    for name in _PROFILE_FIELDS:
        setattr(customer, name, getattr(data, name))
    others = other_phones_of(customer.id) if customer.id else ()  # a merged duplicate's number still finds them
    customer.search_text = customer_search_text(data.name, data.phone, data.wechat, others)


def _merged(customer: Customer, planned: PlannedRow) -> CustomerInput:
    """The existing profile with the fields the sheet gave replaced by the sheet's values."""
    assert planned.customer is not None
    current = {name: customer.__data__.get(name.removesuffix("_id")) for name in _PROFILE_FIELDS}
    given = planned.row.given
    for name in _PROFILE_FIELDS:
        if name in given or (name == "level_id" and "level" in given):
            current[name] = getattr(planned.customer, name)
    if "birthday" in given:
        for name in ("birth_year", "birth_month", "birth_day"):
            current[name] = getattr(planned.customer, name)
    current["marketing_consent"] = bool(current["marketing_consent"])
    current["health_consent"] = planned.customer.health_consent or (
        HealthConsent.select().where(HealthConsent.customer == customer.id).exists()
    )
    return CustomerInput(**current)


def _write_balances(actor: Actor, customer_id: int, row: ImportRow, at: datetime) -> None:
    if row.balance is None and row.bonus is None and row.points is None:
        return
    current = loyalty.balance_of(customer_id)
    loyalty.import_opening_balance(
        actor,
        customer_id,
        principal=current.principal if row.balance is None else row.balance,
        bonus=current.bonus if row.bonus is None else row.bonus,
        points=current.points if row.points is None else row.points,
        at=at,
    )


CHUNK = 500  # customers per INSERT: large enough to be quick, small enough to cancel promptly


def _create_chunk(actor: Actor, chunk: list[PlannedRow], moment: datetime) -> None:
    """New customers in one INSERT, their audit entries and opening balances in bulk."""
    rows = [_new_row(planned, moment) for planned in chunk]
    ids = bulk.insert_values(Customer, _NEW_FIELDS, rows)
    # the entry of each holds the stored row, as audit.snapshot of the saved customer would
    audit.record_many(
        actor,
        AuditAction.IMPORT,
        "customer",
        [(key, {"id": key, **dict(zip(_NEW_KEYS, row, strict=True))}) for key, row in zip(ids, rows, strict=True)],
    )
    _note_health_consent(
        [key for key, planned in zip(ids, chunk, strict=True) if planned.customer and planned.customer.health_consent],
        moment,
    )
    balances = [
        (key, planned.row.balance or ZERO, planned.row.bonus or ZERO, planned.row.points or 0)
        for key, planned in zip(ids, chunk, strict=True)
    ]
    loyalty.import_opening_balances(actor, balances, at=moment)


# A new customer's columns as field names (for the INSERT) and as the audit snapshot names them
# (foreign keys by column, "level_id"); the profile's fields, then what the import sets itself.
_NEW_FIELDS = (
    *(Customer._meta.combined[name].name for name in _PROFILE_FIELDS),
    "search_text", "created_at", "updated_at", "anonymised_at", "merged_into",
)  # fmt: skip
_NEW_KEYS = tuple(Customer._meta.fields[name].column_name for name in _NEW_FIELDS)


def _new_row(planned: PlannedRow, moment: datetime) -> tuple[Any, ...]:
    """A new customer's stored values in the order of ``_NEW_FIELDS``, without building a model.

    A profile that passed ``validated`` holds only str, int, bool, date and None, which
    peewee stores unchanged, so the values go to SQLite as they are.
    """
    data = planned.customer
    assert data is not None
    search = customer_search_text(data.name, data.phone, data.wechat)
    return (*(getattr(data, name) for name in _PROFILE_FIELDS), search, moment, moment, None, None)


def _update_one(actor: Actor, planned: PlannedRow, moment: datetime) -> None:
    customer = Customer.get_by_id(planned.customer_id)
    before = audit.snapshot(customer)
    merged = _merged(customer, planned)
    _store(customer, merged)
    customer.updated_at = moment
    customer.save()
    if merged.health_consent:
        _note_health_consent([customer.id], moment)
    audit.record(actor, AuditAction.IMPORT, "customer", customer.id, before, audit.snapshot(customer))
    _write_balances(actor, customer.id, planned.row, moment)


@guarded(Action.IMPORT_DATA)
def commit_import(
    actor: Actor,
    plan: ImportPlan,
    *,
    backup_dir: Path | None,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan's new and updated customers in one transaction, after a backup.

    Raises ``ImportCancelled`` (nothing written) when ``cancelled()`` turns true.
    """
    moment = (now or clock.now()).replace(microsecond=0)
    copy = backup.back_up_open_file(backup_dir, backup.BEFORE_IMPORT) if backup_dir is not None else None
    new = [planned for planned in plan.rows if planned.outcome is Outcome.NEW]
    updates = [planned for planned in plan.rows if planned.outcome is Outcome.UPDATE]
    total = len(new) + len(updates)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise ImportCancelled
        done += count
        if progress is not None:
            progress(done, total)

    # The plan holds a few objects per row; with a hundred thousand rows the cyclic
    # garbage collector rescanning them on every batch doubled the commit's time.
    with collector.paused(), database_proxy.atomic():
        step(0)
        for start in range(0, len(new), CHUNK):
            chunk = new[start : start + CHUNK]
            _create_chunk(actor, chunk, moment)
            step(len(chunk))
        for index, planned in enumerate(updates):
            _update_one(actor, planned, moment)
            if index % 100 == 99:
                step(100)
        step(len(updates) % 100)
    created, updated = len(new), len(updates)
    skipped = plan.count(Outcome.EXISTING) + plan.count(Outcome.DUPLICATE_IN_FILE) + plan.count(Outcome.SKIPPED)
    return ImportResult(len(plan.rows), created, updated, skipped, plan.count(Outcome.ERROR), copy)


@dataclass(frozen=True)
class ProfileRow:
    """A customer's profile and balances as exported for re-import."""

    id: int
    name: str
    phone: str
    gender: str
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    wechat: str
    email: str
    address: str
    occupation: str
    level: str
    skin_type: str
    hair_type: str
    allergies: str
    preferences: str
    notes: str
    principal: Decimal
    bonus: Decimal
    points: int


def export_profiles() -> list[ProfileRow]:
    """Every listed customer with profile and balances, in id order (the export's rows)."""
    level_names = dict(MembershipLevel.select(MembershipLevel.id, MembershipLevel.name).tuples().execute())
    query = (
        Customer.select().where(Customer.anonymised_at.is_null() & Customer.merged_into.is_null()).order_by(Customer.id)
    )
    rows: list[ProfileRow] = []
    for customer in query:
        balance = loyalty.balance_of(customer.id)
        rows.append(
            ProfileRow(
                customer.id,
                customer.name,
                customer.phone,
                customer.gender,
                customer.birth_year,
                customer.birth_month,
                customer.birth_day,
                customer.wechat,
                customer.email,
                customer.address,
                customer.occupation,
                level_names.get(customer.__data__.get("level"), ""),
                customer.skin_type,
                customer.hair_type,
                customer.allergies,
                customer.preferences,
                customer.notes,
                balance.principal,
                balance.bonus,
                balance.points,
            )
        )
    return rows
