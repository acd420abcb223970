"""The full check of a data file (``salon-crm check``): a frozen report of findings.

SQLite's own checks (integrity, foreign keys) read the file through a read-only
connection; the shop's rules (ledger sums equal balances) read it through the
models. A new check, such as the audit log's hash chain, is one more function
in :data:`SHOP_CHECKS`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from peewee import SqliteDatabase

from salon_crm.core import backup, chain, file_check, loyalty, migrations, packages, segments
from salon_crm.core.models import LedgerEntry, database_proxy

INTEGRITY, FOREIGN_KEYS, LEDGER, SCHEMA = "integrity", "foreign_keys", "ledger", "schema"
AUDIT_CHAIN, LEDGER_CHAIN = "audit_chain", "ledger_chain"
PACKAGES = "packages"
VISIT_FIGURES = "visit_figures"
MAX_DETAILS = 20


@dataclass(frozen=True)
class Finding:
    """One problem: which check found it, a code, and where (a table, a customer...)."""

    check: str
    code: str
    detail: str = ""


@dataclass(frozen=True)
class IntegrityReport:
    """Every check that ran and what each found; ``ok`` when nothing was found."""

    path: Path
    checks: tuple[str, ...]
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.findings


def ledger_findings() -> list[Finding]:
    """Each customer's balance after their last ledger row equals the sum of their deltas."""
    query = LedgerEntry.select(LedgerEntry.customer).distinct().order_by(LedgerEntry.customer).tuples()
    customers = [int(row[0]) for row in cast(Iterable[tuple[int]], query)]
    found = []
    for customer_id in customers:
        total, balance = loyalty.ledger_total(customer_id), loyalty.balance_of(customer_id)
        if total != balance:
            found.append(Finding(LEDGER, "ledger_sum_differs", f"customer #{customer_id}: {balance} != {total}"))
    return found + voided_bill_findings() + kept_balance_findings()


def kept_balance_findings() -> list[Finding]:
    """Each customer's kept card (``customer_balance``, schema 13: what the list sorts by) is what
    their newest ledger row says; no kept row and no ledger row both read as 0."""
    cursor = database_proxy.execute_sql(
        'SELECT c."id", ROUND(COALESCE(k."stored_value", 0), 2), COALESCE(k."points", 0), '
        'ROUND(COALESCE(l."principal_after" + l."bonus_after", 0), 2), COALESCE(l."points_after", 0) '
        'FROM "customer" c LEFT JOIN "customer_balance" k ON k."customer_id" = c."id" '
        'LEFT JOIN "ledger_entry" l ON l."id" = (SELECT MAX("id") FROM "ledger_entry" WHERE "customer_id" = c."id") '
        'WHERE ROUND(COALESCE(k."stored_value", 0), 2) != ROUND(COALESCE(l."principal_after" + l."bonus_after", 0), 2) '
        'OR COALESCE(k."points", 0) != COALESCE(l."points_after", 0) LIMIT ?',
        (MAX_DETAILS,),
    )
    return [
        Finding(LEDGER, "kept_balance_differs", f"customer #{cid}: kept {kept} / {points} != {value} / {real}")
        for cid, kept, points, value, real in cursor.fetchall()
    ]


def voided_bill_findings() -> list[Finding]:
    """A voided bill gives back all it took: its ledger rows net to nothing.

    Before session 6 a bill edited and then voided gave its first charge back twice (the
    card ended over what it held before the bill); this lists the bills that did, so the owner
    can correct the card by hand.
    """
    cursor = database_proxy.execute_sql(
        'SELECT r."id", r."customer_id", ROUND(SUM(l."principal_delta"), 2), ROUND(SUM(l."bonus_delta"), 2), '
        'SUM(l."points_delta") FROM "service_record" r JOIN "ledger_entry" l ON l."service_record_id" = r."id" '
        'WHERE r."voided_at" IS NOT NULL GROUP BY r."id" '
        'HAVING ROUND(SUM(l."principal_delta"), 2) != 0 OR ROUND(SUM(l."bonus_delta"), 2) != 0 '
        'OR SUM(l."points_delta") != 0 LIMIT ?',
        (MAX_DETAILS,),
    )
    return [
        Finding(
            LEDGER,
            "voided_bill_still_counts",
            f"bill #{bill} of customer #{customer}: card {principal:+.2f}, bonus {bonus:+.2f}, points {points:+d}",
        )
        for bill, customer, principal, bonus, points in cursor.fetchall()
    ]


def audit_chain_findings(tail: int | None = None) -> list[Finding]:
    """The audit log's chain of seals: the first entry changed, missing or added, with its time."""
    broken = chain.audit_break(database_proxy.obj, tail=tail)
    if broken is None:
        return []
    detail = f"#{broken.entry_id} {broken.at}".strip()
    if broken.previous_id is not None:
        detail += f" (after #{broken.previous_id} {broken.previous_at})"
    return [Finding(AUDIT_CHAIN, f"audit_entry_{broken.kind}", detail)]


def _ledger_seal_findings(tail: int | None = None) -> list[Finding]:
    return [
        Finding(LEDGER_CHAIN, "ledger_entry_changed", f"customer #{b.previous_id}: row #{b.entry_id} {b.at}")
        for b in chain.ledger_breaks(database_proxy.obj, MAX_DETAILS, tail=tail)
    ]


def recent_seal_findings(tail: int = 2000) -> list[Finding]:
    """The quick check at every start: the newest ``tail`` audit entries and the ledgers of the newest money rows.

    About 40 ms with 100,000 audit entries and the demo ledger, so it runs at every start;
    ``salon-crm check`` walks everything (1.2 s for the same file).
    """
    return audit_chain_findings(tail) + _ledger_seal_findings(tail // 4)


def ledger_chain_findings() -> list[Finding]:
    """Each customer's money rows sealed in order, and every row the audit log saw written still there."""
    found = _ledger_seal_findings()
    # ledger rows are never deleted by the app: one its audit log saw written must still be there
    cursor = database_proxy.obj.execute_sql(
        'SELECT a."record_id" FROM "audit_entry" a '
        'LEFT JOIN "ledger_entry" l ON l."id" = CAST(a."record_id" AS INTEGER) '
        'WHERE a."table_name" = \'ledger_entry\' AND a."action" = \'create\' AND l."id" IS NULL LIMIT ?',
        (MAX_DETAILS,),
    )
    found.extend(Finding(LEDGER_CHAIN, "ledger_entry_missing", f"row #{row[0]}") for row in cursor.fetchall())
    return found


def package_findings() -> list[Finding]:
    """Each package's ledger ends at the sessions its uses leave (``core.packages``' one rule)."""
    found = []
    for package_id, written, left in packages.ledger_ends():
        if written != left:
            detail = f"package #{package_id}: {written} != {left}"
            found.append(Finding(PACKAGES, "package_ledger_differs", detail))
    return found[:MAX_DETAILS]


def visit_figure_findings() -> list[Finding]:
    """Each customer's kept visit figures (``customer_stats``) equal what their bills add up to."""
    cursor = database_proxy.execute_sql(
        'SELECT c."id", COALESCE(s."visits", 0), COALESCE(b."visits", 0), s."last_visit", b."last_visit", '
        'ROUND(COALESCE(s."total_spent", 0), 2), ROUND(COALESCE(b."total", 0), 2) FROM "customer" c '
        'LEFT JOIN "customer_stats" s ON s."customer_id" = c."id" '
        'LEFT JOIN (SELECT "customer_id", COUNT(*) AS "visits", MAX("visited_at") AS "last_visit", '
        'SUM("total") AS "total" FROM "service_record" WHERE "voided_at" IS NULL GROUP BY "customer_id") b '
        'ON b."customer_id" = c."id" '
        # no row at all is a finding too: the list joins the rows inner (schema 11), so it would hide the customer
        'WHERE s."customer_id" IS NULL OR COALESCE(s."visits", 0) != COALESCE(b."visits", 0) '
        'OR s."last_visit" IS NOT b."last_visit" '
        'OR ROUND(COALESCE(s."total_spent", 0), 2) != ROUND(COALESCE(b."total", 0), 2) LIMIT ?',
        (MAX_DETAILS,),
    )
    return [
        Finding(
            VISIT_FIGURES,
            "visit_figures_differ",
            f"customer #{cid}: {kept} visits ¥{spent} != {counted} visits ¥{total}",
        )
        for cid, kept, counted, _last, _counted_last, spent, total in cursor.fetchall()
    ] + _usual_gap_findings()


def _usual_gap_findings() -> list[Finding]:
    """Each kept usual gap (``customer_rhythm``, schema 12) equals the churn rule's median worked
    out again from the customer's bills: a row the triggers failed to forget would hide a
    customer from the at-risk list, or put one there who came back."""
    kept = dict(database_proxy.execute_sql('SELECT "customer_id", "usual_gap" FROM "customer_rhythm"').fetchall())
    days = segments.read_visit_days('"customer_id" IN (SELECT "customer_id" FROM "customer_rhythm")', ())
    found = []
    for cid, gap in sorted(kept.items()):
        # medians of whole days are whole or halves: exact as floats, compared as they are
        worked_out = segments.usual_gap_of_ordinals(days.get(cid, ()))
        if gap != worked_out:
            found.append(Finding(VISIT_FIGURES, "usual_gap_differs", f"customer #{cid}: {gap} != {worked_out} days"))
    return found[:MAX_DETAILS]


# checks of the shop's own rules, run against the file the models are bound to
SHOP_CHECKS: list[tuple[str, Callable[[], list[Finding]]]] = [
    (LEDGER, ledger_findings),
    (AUDIT_CHAIN, audit_chain_findings),
    (LEDGER_CHAIN, ledger_chain_findings),
    (PACKAGES, package_findings),
    (VISIT_FIGURES, visit_figure_findings),
]


def _sqlite_findings(conn: sqlite3.Connection) -> list[Finding]:
    problems = backup.integrity_problems(conn, limit=MAX_DETAILS)
    found = [Finding(INTEGRITY, "integrity_failed", line) for line in problems]
    if found:
        return found  # foreign keys of a damaged file say nothing more
    violations = conn.execute("PRAGMA foreign_key_check").fetchall()
    for table, rowid, parent, _index in violations[:MAX_DETAILS]:
        found.append(Finding(FOREIGN_KEYS, "foreign_key_broken", f"{table} row {rowid} -> {parent}"))
    if len(violations) > MAX_DETAILS:
        found.append(Finding(FOREIGN_KEYS, "foreign_key_broken", f"… {len(violations) - MAX_DETAILS} more"))
    return found


def check_file(db_path: Path) -> IntegrityReport:
    """Run every check on ``db_path`` without writing to it.

    Raises ``sqlite3.DatabaseError`` only when the file cannot be opened at all
    (the caller says the file cannot be read); a damaged one gives findings.
    """
    conn = file_check.read_only(db_path)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        findings = _sqlite_findings(conn)
    finally:
        conn.close()
    checks = [INTEGRITY, FOREIGN_KEYS]
    if any(finding.check == INTEGRITY for finding in findings):
        return IntegrityReport(db_path, tuple(checks), tuple(findings))
    if version != migrations.CURRENT_VERSION:
        detail = f"schema {version}, this version checks {migrations.CURRENT_VERSION}: open the shop to upgrade it"
        findings.append(Finding(SCHEMA, "schema_not_current", detail))
        return IntegrityReport(db_path, tuple(checks), tuple(findings))
    previous = database_proxy.obj
    db = SqliteDatabase(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    database_proxy.initialize(db)
    try:
        for name, check in SHOP_CHECKS:
            checks.append(name)
            findings.extend(check())
    finally:
        db.close()
        database_proxy.initialize(previous)
    return IntegrityReport(db_path, tuple(checks), tuple(findings))
