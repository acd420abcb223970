"""The audit log: every change leaves who, when, which record, before and after.

Services call :func:`record` inside the same transaction as their change, so a
change and its audit entry are written together or not at all. Every entry is
sealed onto the one before it (``core.chain``), and the newest seal is noted in
the shop settings, so an entry edited, deleted or added with a SQLite tool shows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from peewee import Model

from salon_crm.core import bulk, chain, clock, stamps
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction
from salon_crm.core.models import AuditEntry, ShopSetting
from salon_crm.core.rows import AuditRow

_PLAIN = frozenset({str, int, float, bool, type(None)})  # JSON already: most values, checked first


def _json_value(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # 68, 68.00 and 68.0 are one price
    if isinstance(value, datetime | date | time):
        return stamps.iso_text(value) if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, Model):
        return value.get_id()
    return value


def snapshot(instance: Model) -> dict[str, Any]:
    """The stored columns of ``instance`` as JSON-safe values (foreign keys as ids)."""
    values: dict[str, Any] = {}
    for name, field in instance._meta.fields.items():
        raw = instance.__data__.get(name)
        values[field.column_name if name != field.column_name else name] = _json_value(raw)
    return values


def _last_seal() -> str:
    last = AuditEntry.select(AuditEntry.seal).order_by(AuditEntry.id.desc()).limit(1).scalar()
    return str(last) if last else chain.GENESIS


def _note_head(entry_id: int, seal: str) -> None:
    """Keep the newest seal where the check finds it: entries cut off the end show too."""
    value = chain.head_value(entry_id, seal)
    ShopSetting.insert(key=chain.HEAD_KEY, value=value).on_conflict(
        conflict_target=[ShopSetting.key], update={ShopSetting.value: value}
    ).execute()


_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # json.dumps with these makes one a call


def _dumps(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    plain = _PLAIN
    return _ENCODE({name: value if type(value) in plain else _json_value(value) for name, value in values.items()})


def record(
    actor: Actor,
    action: AuditAction,
    table_name: str,
    record_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Write one audit entry; call it inside the transaction of the change."""
    values: dict[str, Any] = {
        "at": clock.now(),
        "actor": actor.username,
        "action": action.value,
        "table_name": table_name,
        "record_id": str(record_id),
        "before": _dumps(before),
        "after": _dumps(after),
    }
    values["seal"] = chain.audit_seal(_last_seal(), values)
    entry: AuditEntry = AuditEntry.create(**values)
    _note_head(int(entry.id), values["seal"])
    return entry


def record_many(
    actor: Actor, action: AuditAction, table_name: str, items: Sequence[tuple[object, dict[str, Any]]]
) -> None:
    """One entry per ``(record id, after)`` written in bulk (imports), as :func:`record` writes one."""
    if not items:
        return
    shared: dict[str, Any] = {"at": clock.now(), "actor": actor.username, "action": action.value}
    shared["table_name"] = table_name
    entries = [(str(record_id), None, _dumps(after)) for record_id, after in items]
    seals = chain.audit_seal_run(_last_seal(), shared, entries)
    # the shared values stored as peewee stores them; the others are text or None already
    at, who, what, table = (AuditEntry._meta.fields[name].db_value(shared[name]) for name in shared)
    values = [
        (at, who, what, table, record_id, before, after, seal)
        for (record_id, before, after), seal in zip(entries, seals, strict=True)
    ]
    names = ("at", "actor", "action", "table_name", "record_id", "before", "after", "seal")
    ids = bulk.insert_values(AuditEntry, names, values)
    _note_head(ids[-1], seals[-1])


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Only the keys whose value differs, to keep an update's entry readable."""
    return {key: after[key] for key in after if before.get(key) != after[key]}


def entries_for(table_name: str, record_id: object) -> list[AuditRow]:
    """The audit trail of one record, oldest first."""
    query = (
        AuditEntry.select()
        .where((AuditEntry.table_name == table_name) & (AuditEntry.record_id == str(record_id)))
        .order_by(AuditEntry.id)
    )
    return [AuditRow(e.id, e.at, e.actor, e.action, e.table_name, e.record_id, e.before, e.after) for e in query]
