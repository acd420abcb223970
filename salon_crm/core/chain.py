"""Seals that make the audit log and the money rows tamper-evident (PRODUCT.md section 9).

Each audit entry carries a *seal*: a SHA-256 over its content and the previous
entry's seal, so the entries form one chain in id order. Each ledger row is
sealed the same way over the previous row *of the same customer*, so a balance
raised with a SQLite tool no longer fits its chain. The newest audit seal is also
kept as the shop setting :data:`HEAD_KEY`, so entries deleted from the end of the
log are noticed too.

What this protects against is someone editing the file with a SQLite tool after
the fact; someone who reads this code can recompute every seal (there is no
secret on a single offline PC). A backup kept elsewhere is the second line.

Erasure may blank personal values inside old entries' before/after copies: it
records, in its own sealed entry, the digest the purged entry had and the digest
it has now (:func:`purge_note`), and the walk accepts exactly that change.

The content of a row is canonical text: times in ISO form, money to the fen,
ids as numbers. Writing and checking both go through :func:`seal`, so they cannot
disagree.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from peewee import Database, Model

from salon_crm.core import stamps

GENESIS = "0" * 64
HEAD_KEY = "audit_chain_head"
PURGED_KEY = "purged_entries"  # in an erasure's audit entry: {entry id: [digest before, digest now]}
CENT = Decimal("0.01")

# the columns each seal covers, in order (the seal column itself and the id are not)
AUDIT_COLUMNS = ("at", "actor", "action", "table_name", "record_id", "before", "after")
LEDGER_COLUMNS = (
    "customer_id", "at", "kind", "principal_delta", "bonus_delta", "points_delta", "principal_after",
    "bonus_after", "points_after", "service_record_id", "ticket_id", "imported", "actor", "note",
)  # fmt: skip
MONEY_COLUMNS = frozenset({"principal_delta", "bonus_delta", "principal_after", "bonus_after"})


def _canonical(column: str, value: Any) -> Any:
    """One value as it reads back from the file, whatever Python type it was written with."""
    kind = type(value)
    if value is None or kind is str:
        return value
    if column in MONEY_COLUMNS:
        # SQLite keeps money as REAL: 68, 68.0 and Decimal("68.00") are one amount
        amount = value if kind is Decimal else Decimal(str(value))
        return format(amount.quantize(CENT), "f")
    if kind is int or kind is bool:
        return int(value)  # a bool is stored as 0 or 1
    if isinstance(value, Model):
        return _canonical(column, value.get_id())
    if isinstance(value, date | time):
        # as sqlite3 stores them: "2026-12-05 10:30:00", "2026-12-05", "10:30:00"
        return stamps.stored_text(value) if isinstance(value, datetime) else value.isoformat()
    return int(value) if isinstance(value, int) else str(value)


def digest(text: str | None) -> str:
    """The digest of one before/after copy (empty for none)."""
    return "" if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


# json.dumps with these options builds an encoder on every call; a check walks a million seals
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def seal(previous: str, columns: Sequence[str], values: dict[str, Any], *, digests: bool = False) -> str:
    """The seal of one row over ``previous``; with ``digests`` the values of before/after are digests already."""
    parts: list[Any] = [previous]
    get = values.get
    for column in columns:
        if column in ("before", "after"):
            parts.append(get(column) if digests else digest(get(column)))
        else:
            parts.append(_canonical(column, get(column)))
    return hashlib.sha256(_ENCODE(parts).encode("utf-8")).hexdigest()


def audit_seal(previous: str, values: dict[str, Any]) -> str:
    return seal(previous, AUDIT_COLUMNS, values)


def audit_seal_run(
    previous: str, shared: dict[str, Any], items: Sequence[tuple[str, str | None, str | None]]
) -> list[str]:
    """The seals of consecutive entries sharing ``at``, ``actor``, ``action`` and ``table_name`` (an import's).

    ``items`` are ``(record id, before, after)``. The same text :func:`seal` hashes, with the
    shared part encoded once: an import seals tens of thousands of entries.
    """
    encode = _ENCODE
    middle = encode([_canonical(column, shared[column]) for column in AUDIT_COLUMNS[:4]])[1:-1]
    seals: list[str] = []
    sha256 = hashlib.sha256
    for record_id, before, after in items:
        payload = f'["{previous}",{middle},{encode(record_id)},"{digest(before)}","{digest(after)}"]'
        previous = sha256(payload.encode("utf-8")).hexdigest()
        seals.append(previous)
    return seals


def ledger_seal(previous: str, values: dict[str, Any]) -> str:
    """``values`` may name the customer ``customer`` (as the models do) or ``customer_id``."""
    named = dict(values)
    for short in ("customer", "service_record", "ticket"):
        if short in named and f"{short}_id" not in named:
            named[f"{short}_id"] = named[short]
    return seal(previous, LEDGER_COLUMNS, named)


def seal_ledger_rows(rows: Iterable[dict[str, Any]], previous: dict[int, str] | None = None) -> None:
    """Add ``seal`` to ledger rows about to be inserted in this order (the demo, imports).

    ``previous`` gives each customer's last seal already in the file (none: a new chain).
    """
    last = dict(previous or {})
    for row in rows:
        customer: Any = row.get("customer_id", row.get("customer"))
        customer_id = int(customer.get_id() if isinstance(customer, Model) else customer)
        row["seal"] = last[customer_id] = ledger_seal(last.get(customer_id, GENESIS), row)


def purge_note(entry_id: int, old_before: str | None, old_after: str | None, new_before: str | None,
               new_after: str | None) -> list[str]:  # fmt: skip
    """What an erasure records about one entry whose copies it blanked: the digests then and now."""
    return [digest(old_before), digest(old_after), digest(new_before), digest(new_after)]


# --- the walk ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Break:
    """The first link that does not hold: ``kind`` is changed, missing, added or missing_at_end."""

    kind: str
    entry_id: int
    at: str
    previous_id: int | None = None
    previous_at: str = ""


def _rows(db: Database, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
    cursor = db.execute_sql(sql, params)
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def _purges(db: Database, after_id: int = 0) -> dict[int, list[str]]:
    """Every purge recorded by an erasure after ``after_id``: entry id -> [digests then, digests now].

    A purge only touches entries older than itself, so a walk from ``after_id`` needs no earlier one.
    """
    found: dict[int, list[str]] = {}
    sql = (
        'SELECT "after" FROM "audit_entry" WHERE "id" > ? AND "action" = \'anonymise\' AND "after" LIKE ? ORDER BY "id"'
    )
    for row in _rows(db, sql, (after_id, f'%"{PURGED_KEY}"%')):
        try:
            purged = json.loads(row["after"]).get(PURGED_KEY, {})
            for key, value in purged.items():
                note, earlier = [str(part) for part in value], found.get(int(key))
                if earlier is not None and earlier[2:] == note[:2]:
                    note = earlier[:2] + note[2:]  # purged twice: the seal still covers the first copies
                found[int(key)] = note
        except (ValueError, TypeError, AttributeError):
            continue  # an unreadable entry fails its own seal below
    return found


def _audit_content(row: dict[str, Any], purges: dict[int, list[str]]) -> dict[str, Any]:
    """The values the seal was made over: the copies' digests, or those from before a recorded purge."""
    before, after = digest(row["before"]), digest(row["after"])
    purge = purges.get(int(row["id"]))
    if purge is not None and len(purge) == 4 and [before, after] == purge[2:]:
        before, after = purge[0], purge[1]  # blanked by an erasure, exactly as it recorded
    return {**row, "before": before, "after": after}


def audit_break(db: Database, *, tail: int | None = None) -> Break | None:
    """Walk the audit log in id order; the first broken link, or None when the chain holds.

    With ``tail`` only the newest ``tail`` entries are walked, from the seal of the
    one before them (the quick check at every start; ``salon-crm check`` walks all).
    """
    columns = ", ".join(f'"{name}"' for name in ("id", "seal", *AUDIT_COLUMNS))
    previous: dict[str, Any] | None = None
    running = GENESIS
    start = 0
    if tail is not None:
        newest = db.execute_sql('SELECT max("id") FROM "audit_entry"').fetchone()[0] or 0
        start = max(int(newest) - tail, 0)
        before = list(
            _rows(db, f'SELECT {columns} FROM "audit_entry" WHERE "id" <= ? ORDER BY "id" DESC LIMIT 1', (start,))
        )
        if before:
            previous, running = before[0], str(before[0]["seal"])
    purges = _purges(db, start)
    rows = _rows(db, f'SELECT {columns} FROM "audit_entry" WHERE "id" > ? ORDER BY "id"', (start,))
    pending: dict[str, Any] | None = None  # a row that failed, waiting for the next to say why
    for row in rows:
        content = _audit_content(row, purges)
        expected = seal(running, AUDIT_COLUMNS, content, digests=True)
        if pending is not None:
            # the row after a failed one tells an edit (it fits the failed row's seal) from an insert
            fits_failed = seal(pending["seal"], AUDIT_COLUMNS, content, digests=True) == row["seal"]
            kind = "changed" if fits_failed else "added"
            return _break(kind, pending, previous)
        if row["seal"] == expected:
            previous, running = row, row["seal"]
            continue
        if previous is not None and int(row["id"]) != int(previous["id"]) + 1:
            return _break("missing", row, previous)
        if previous is None and int(row["id"]) != 1:
            return _break("missing", row, None)
        pending = row
    return _end_break(_head(db), pending, previous, running)


def _end_break(
    head: tuple[int, str] | None, pending: dict[str, Any] | None, previous: dict[str, Any] | None, running: str
) -> Break | None:
    """What the end of the walk says: the last row failed, or entries after it are gone."""
    if pending is not None:
        # the app's own note of its newest entry tells an added last row from a changed one
        if head is not None and previous is not None and head == (int(previous["id"]), running):
            return _break("added", pending, previous)
        return _break("changed", pending, previous)
    last_id = int(previous["id"]) if previous is not None else 0
    if head is not None and (head[0] != last_id or head[1] != running):
        return Break("missing_at_end", head[0], "", last_id or None, str(previous["at"]) if previous else "")
    return None


def _break(kind: str, row: dict[str, Any], previous: dict[str, Any] | None) -> Break:
    return Break(
        kind,
        int(row["id"]),
        str(row["at"]),
        int(previous["id"]) if previous is not None else None,
        str(previous["at"]) if previous is not None else "",
    )


def _head(db: Database) -> tuple[int, str] | None:
    row = db.execute_sql('SELECT "value" FROM "shop_setting" WHERE "key" = ?', (HEAD_KEY,)).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(row[0])
        return int(value["id"]), str(value["seal"])
    except (ValueError, TypeError, KeyError):
        return (-1, "")


def head_value(entry_id: int, entry_seal: str) -> str:
    return json.dumps({"id": entry_id, "seal": entry_seal})


def ledger_breaks(db: Database, limit: int = 20, *, tail: int | None = None) -> list[Break]:
    """Each customer's ledger walked in id order; the first broken link of each (up to ``limit``).

    With ``tail`` only the newest ``tail`` rows are checked, each against the stored
    seal of its customer's row before it (SQL finds that row, so this stays quick).
    """
    columns = ", ".join(f'"{name}"' for name in ("id", "seal", *LEDGER_COLUMNS))
    if tail is not None:
        newest = f'SELECT "id", "customer_id" FROM "ledger_entry" ORDER BY "id" DESC LIMIT {int(tail):d}'
        sql = (
            f"SELECT * FROM (SELECT {columns}, "
            f'LAG("seal", 1, \'{GENESIS}\') OVER (PARTITION BY "customer_id" ORDER BY "id") AS "previous" '
            f'FROM "ledger_entry" WHERE "customer_id" IN (SELECT "customer_id" FROM ({newest}))) '
            f'WHERE "id" >= (SELECT min("id") FROM ({newest})) ORDER BY "id"'
        )
        return [
            Break("changed", int(row["id"]), str(row["at"]), int(row["customer_id"]))
            for row in _rows(db, sql)
            if row["seal"] != ledger_seal(row["previous"], row)
        ][:limit]
    rows = _rows(db, f'SELECT {columns} FROM "ledger_entry" ORDER BY "customer_id", "id"')
    found: list[Break] = []
    customer, running, broken = None, GENESIS, False
    for row in rows:
        if row["customer_id"] != customer:
            customer, running, broken = row["customer_id"], GENESIS, False
        if broken:
            continue  # one finding per customer: the rows after a broken one all fail with it
        if row["seal"] != ledger_seal(running, row):
            found.append(Break("changed", int(row["id"]), str(row["at"]), int(row["customer_id"])))
            broken = True
            if len(found) >= limit:
                break
        running = row["seal"]
    return found


RESEAL_BATCH = 10_000  # rows read and updated at a time: a file with a million entries upgrades in bounded memory


def _batches(db: Database, table: str, columns: Sequence[str]) -> Iterator[list[dict[str, Any]]]:
    """The table's rows in id order, ``RESEAL_BATCH`` at a time (each batch read whole before it is updated)."""
    names = ", ".join(f'"{name}"' for name in ("id", *columns))
    after = 0
    while True:
        sql = f'SELECT {names} FROM "{table}" WHERE "id" > ? ORDER BY "id" LIMIT {RESEAL_BATCH:d}'
        rows = list(_rows(db, sql, (after,)))
        if not rows:
            return
        yield rows
        after = int(rows[-1]["id"])


def reseal_everything(db: Database) -> None:
    """Seal every existing audit entry and ledger row (the upgrade to schema 3 does it once)."""
    connection = db.connection()
    running, last_id = GENESIS, 0
    for rows in _batches(db, "audit_entry", AUDIT_COLUMNS):
        updates = []
        for row in rows:
            running, last_id = audit_seal(running, row), int(row["id"])
            updates.append((running, last_id))
        connection.executemany('UPDATE "audit_entry" SET "seal" = ? WHERE "id" = ?', updates)
    if last_id:
        db.execute_sql(
            'INSERT INTO "shop_setting" ("key", "value") VALUES (?, ?) '
            'ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"',
            (HEAD_KEY, head_value(last_id, running)),
        )
    # in id order, each row sealed onto its own customer's previous row (one seal kept per customer)
    last: dict[int, str] = {}
    for rows in _batches(db, "ledger_entry", LEDGER_COLUMNS):
        ledger_updates = []
        for row in rows:
            customer_id = int(row["customer_id"])
            last[customer_id] = ledger_seal(last.get(customer_id, GENESIS), row)
            ledger_updates.append((last[customer_id], int(row["id"])))
        connection.executemany('UPDATE "ledger_entry" SET "seal" = ? WHERE "id" = ?', ledger_updates)
