"""Many rows of one table in one ``executemany``: the writes of imports and of the audit log's bulk entries.

Plain SQL because building peewee's INSERT text took most of a large import's
time. Each value still goes through its field's ``db_value``, so a row is stored
exactly as peewee would store it. Inside the caller's transaction nobody else
writes, and SQLite gives each new row of an INTEGER PRIMARY KEY table the largest
id plus one, so the new ids are the next ones in order (checked after the insert).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from salon_crm.core.models import BaseModel, database_proxy


def insert_rows(model: type[BaseModel], rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (field name -> value, the same names in each) and return their new ids in order."""
    if not rows:
        return []
    names = list(rows[0])
    fields = [model._meta.fields[name] for name in names]
    values = [tuple(field.db_value(row[name]) for field, name in zip(fields, names, strict=True)) for row in rows]
    return insert_values(model, names, values)


def insert_values(model: type[BaseModel], names: Sequence[str], values: Sequence[tuple[Any, ...]]) -> list[int]:
    """:func:`insert_rows` for values already in their stored form (each field's ``db_value`` applied,
    or str, int, bool, None, date and datetime, which it leaves as they are); returns the new ids."""
    if not values:
        return []
    fields = [model._meta.fields[name] for name in names]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" for _ in fields)
    table = model._meta.table_name
    connection: sqlite3.Connection = database_proxy.connection()
    last = connection.execute(f'SELECT COALESCE(MAX("id"), 0) FROM "{table}"').fetchone()[0]
    connection.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', values)
    ids = list(range(last + 1, last + 1 + len(values)))
    written = connection.execute(f'SELECT COUNT(*), MAX("id") FROM "{table}" WHERE "id" > ?', (last,)).fetchone()
    if tuple(written) != (len(ids), ids[-1]):
        raise RuntimeError(f"{table} ids were not assigned in sequence")  # never seen; guards the assumption
    return ids
