"""Schema migrations: ordered steps in code, the version in ``PRAGMA user_version``.

Each step runs in one transaction together with its version bump, so a file is
always at exactly one version. Before the first pending step of an existing file a
verified backup is taken (``db.ensure_schema`` calls ``core.backup``). A file
written by a newer app is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import Database

from salon_crm.core import chain, search_text
from salon_crm.core.errors import DataFileError
from salon_crm.core.schema import (
    v1_initial,
    v2_packages_and_care,
    v3_seals,
    v4_levels,
    v5_package_plans,
    v6_other_phones,
    v7_commission,
    v8_package_ledger,
    v9_customer_stats,
    v10_auto_tag_codes,
    v11_open_visits_index,
    v12_customer_rhythm,
    v13_customer_balance,
    v14_name_order,
)


@dataclass(frozen=True)
class Step:
    """One migration: brings a file from ``version - 1`` to ``version``."""

    version: int
    description: str
    apply: Callable[[Database], None]


def _run_statements(statements: list[str]) -> Callable[[Database], None]:
    def apply(db: Database) -> None:
        for statement in statements:
            db.execute_sql(statement)

    return apply


def _package_ledger_step(db: Database) -> None:
    _run_statements(v8_package_ledger.STATEMENTS)(db)
    v8_package_ledger.backfill(db)


def _name_order_step(db: Database) -> None:
    """Every listed customer's search text as the app writes it today (its sort key after the
    name), from the one rule, ``search_text``; their other phones read once for all."""
    others: dict[int, list[str]] = {}
    for customer_id, phone in db.execute_sql(v14_name_order.OTHER_PHONES).fetchall():
        others.setdefault(customer_id, []).append(phone)
    rows = db.execute_sql(v14_name_order.CANDIDATES).fetchall()
    texts = [
        (search_text.customer_search_text(name, phone, wechat, others.get(customer_id, ())), customer_id)
        for customer_id, name, phone, wechat in rows
    ]
    db.connection().executemany(v14_name_order.UPDATE, texts)


def _seal_step(db: Database) -> None:
    _run_statements(v3_seals.STATEMENTS)(db)
    chain.reseal_everything(db)


STEPS: list[Step] = [
    Step(1, "initial schema", _run_statements(v1_initial.STATEMENTS)),
    Step(
        2,
        "service packages, survey campaign, care contacts",
        _run_statements(v2_packages_and_care.STATEMENTS),
    ),
    Step(3, "seals on the audit log and the ledger", _seal_step),
    Step(4, "levels retired, reached by top-ups", _run_statements(v4_levels.STATEMENTS)),
    Step(5, "the packages the shop sells", _run_statements(v5_package_plans.STATEMENTS)),
    Step(6, "customers' other phone numbers", _run_statements(v6_other_phones.STATEMENTS)),
    Step(7, "commission rules and what each bill line earned", _run_statements(v7_commission.STATEMENTS)),
    Step(8, "plans of several services, each package's ledger, sale credits", _package_ledger_step),
    Step(9, "each customer's visit figures, kept by triggers", _run_statements(v9_customer_stats.STATEMENTS)),
    Step(10, "automatic tags stored by their codes", v10_auto_tag_codes.apply),
    Step(11, "the bills' indexes carry voided_at and total", _run_statements(v11_open_visits_index.STATEMENTS)),
    Step(12, "each customer's usual gap between visits, kept", _run_statements(v12_customer_rhythm.STATEMENTS)),
    Step(13, "each customer's card balance and points, kept", _run_statements(v13_customer_balance.STATEMENTS)),
    Step(14, "names sorted syllable by syllable, surnames by their own reading", _name_order_step),
]
CURRENT_VERSION = STEPS[-1].version


def check_supported(version: int) -> None:
    """Refuse a file whose schema is newer than this app knows."""
    if version > CURRENT_VERSION:
        raise DataFileError("data_file_newer", file_version=version, app_version=CURRENT_VERSION)


def current_version(db: Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def pending_steps(version: int) -> list[Step]:
    return [step for step in STEPS if step.version > version]


def upgrade(db: Database) -> list[int]:
    """Apply every pending step in order; returns the versions applied."""
    version = current_version(db)
    check_supported(version)
    applied = []
    for step in pending_steps(version):
        with db.atomic():
            step.apply(db)
            db.execute_sql(f"PRAGMA user_version = {step.version:d}")
        applied.append(step.version)
    return applied
