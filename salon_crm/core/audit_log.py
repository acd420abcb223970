"""Reading the audit log (操作日志): who changed which record when, filtered; the owner only.

Writing it is ``core.audit``'s job, inside every change's transaction; this module
only reads, newest first, in pages, for the owner's viewer and its export.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from salon_crm.core.context import Actor
from salon_crm.core.models import AuditEntry
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.rows import AuditRow

PAGE = 500


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer narrows the log to; None means any."""

    actor: str | None = None
    table_name: str | None = None
    first_day: date | None = None
    last_day: date | None = None


def _where(chosen: AuditFilter) -> Any:
    clause: Any = AuditEntry.id > 0
    if chosen.actor:
        clause = clause & (AuditEntry.actor == chosen.actor)
    if chosen.table_name:
        clause = clause & (AuditEntry.table_name == chosen.table_name)
    if chosen.first_day is not None:
        clause = clause & (AuditEntry.at >= datetime.combine(chosen.first_day, time()))
    if chosen.last_day is not None:
        next_day = datetime.combine(chosen.last_day + timedelta(days=1), time())
        clause = clause & (AuditEntry.at < next_day)
    return clause


@guarded(Action.SEE_AUDIT_LOG)
def list_audit_entries(actor: Actor, chosen: AuditFilter, *, offset: int = 0, limit: int = PAGE) -> list[AuditRow]:
    """A page of the log, newest first."""
    query = AuditEntry.select().where(_where(chosen)).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    return [AuditRow(e.id, e.at, e.actor, e.action, e.table_name, e.record_id, e.before, e.after) for e in query]


@guarded(Action.SEE_AUDIT_LOG)
def audit_choices(actor: Actor) -> tuple[list[str], list[str]]:
    """The users and the record types that appear in the log, for the viewer's filters."""
    actors = AuditEntry.select(AuditEntry.actor).distinct().order_by(AuditEntry.actor).tuples()
    tables = AuditEntry.select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name).tuples()
    return (
        [str(name) for (name,) in cast(Iterable[tuple[str]], actors)],
        [str(name) for (name,) in cast(Iterable[tuple[str]], tables)],
    )
