"""The audit log: every change leaves who, when, which record, before and after.

Services call :func:`record` inside the same transaction as their change, so a
change and its audit entry are written together or not at all.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from peewee import Model

from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction
from salon_crm.core.models import AuditEntry
from salon_crm.core.records import AuditRow


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # 68, 68.00 and 68.0 are one price
    if isinstance(value, datetime | date | time):
        return value.isoformat()
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


def record(
    actor: Actor,
    action: AuditAction,
    table_name: str,
    record_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Write one audit entry; call it inside the transaction of the change."""
    entry: AuditEntry = AuditEntry.create(
        actor=actor.username,
        action=action.value,
        table_name=table_name,
        record_id=str(record_id),
        before=json.dumps(before, ensure_ascii=False, sort_keys=True) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, sort_keys=True) if after is not None else None,
    )
    return entry


def record_many(actor: Actor, action: AuditAction, table_name: str, items: list[tuple[object, dict[str, Any]]]) -> None:
    """One entry per ``(record id, after)`` written in bulk (imports), as :func:`record` writes one."""
    rows = [
        {
            "actor": actor.username,
            "action": action.value,
            "table_name": table_name,
            "record_id": str(record_id),
            "before": None,
            "after": json.dumps(
                {name: _json_value(value) for name, value in after.items()}, ensure_ascii=False, sort_keys=True
            ),
        }
        for record_id, after in items
    ]
    for start in range(0, len(rows), 500):  # under SQLite's limit on variables per statement
        AuditEntry.insert_many(rows[start : start + 500]).execute()


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
