"""Schema version 8: plans covering several services, each package's own ledger, and sale credits.

Frozen: never edit a released step; add a new one instead. The backfill reads and
writes with plain SQL (never the models, which move on) and gives every package
sold before this version its ledger: the sale, each bill's use, the return of a
voided bill's sessions, and a refund.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

STATEMENTS = [
    'CREATE TABLE "plan_item" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, "service_item_id" INTEGER NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "package_plan" ("id") ON DELETE CASCADE, FOREIGN KEY ("service_item_id") REFERENCES "service_item" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "plan_item_plan_id" ON "plan_item" ("plan_id")',
    'CREATE UNIQUE INDEX "plan_item_plan_id_service_item_id" ON "plan_item" ("plan_id", "service_item_id")',
    'CREATE INDEX "plan_item_service_item_id" ON "plan_item" ("service_item_id")',
    'CREATE TABLE "package_item" ("id" INTEGER NOT NULL PRIMARY KEY, "package_id" INTEGER NOT NULL, "service_item_id" INTEGER NOT NULL, FOREIGN KEY ("package_id") REFERENCES "service_package" ("id") ON DELETE CASCADE, FOREIGN KEY ("service_item_id") REFERENCES "service_item" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "package_item_package_id" ON "package_item" ("package_id")',
    'CREATE UNIQUE INDEX "package_item_package_id_service_item_id" ON "package_item" ("package_id", "service_item_id")',
    'CREATE INDEX "package_item_service_item_id" ON "package_item" ("service_item_id")',
    'CREATE TABLE "package_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "package_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "kind" VARCHAR(24) NOT NULL CHECK ("kind" IN (\'sale\', \'use\', \'return\', \'refund\')), "sessions_delta" INTEGER NOT NULL, "sessions_after" INTEGER NOT NULL CHECK ("sessions_after" >= 0), "amount" DECIMAL(12, 2) NOT NULL CHECK ("amount" >= 0), "payment_method" VARCHAR(24) CHECK ("payment_method" IN (\'cash\', \'card\', \'wechat_pay\', \'alipay\', \'stored_value\', \'package\')), "service_record_id" INTEGER, "seller_id" INTEGER, "actor" VARCHAR(40) NOT NULL, FOREIGN KEY ("package_id") REFERENCES "service_package" ("id") ON DELETE CASCADE, FOREIGN KEY ("service_record_id") REFERENCES "service_record" ("id") ON DELETE SET NULL, FOREIGN KEY ("seller_id") REFERENCES "staff" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "package_entry_at" ON "package_entry" ("at")',
    'CREATE INDEX "package_entry_package_id_id" ON "package_entry" ("package_id", "id")',
    'CREATE INDEX "package_entry_seller_id" ON "package_entry" ("seller_id")',
    'CREATE INDEX "package_entry_service_record_id" ON "package_entry" ("service_record_id")',
    'CREATE TABLE "sale_credit" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "kind" VARCHAR(24) NOT NULL CHECK ("kind" IN (\'top_up\', \'package\')), "staff_id" INTEGER NOT NULL, "base" DECIMAL(12, 2) NOT NULL CHECK ("base" >= 0), "percent" DECIMAL(5, 2) NOT NULL, "amount" DECIMAL(12, 2) NOT NULL CHECK ("amount" >= 0), "customer_id" INTEGER NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE RESTRICT, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "sale_credit_at" ON "sale_credit" ("at")',
    'CREATE INDEX "sale_credit_staff_id" ON "sale_credit" ("staff_id")',
    'INSERT INTO "plan_item" ("plan_id", "service_item_id") SELECT "id", "service_item_id" FROM "package_plan"',
    'INSERT INTO "package_item" ("package_id", "service_item_id") SELECT "id", "service_item_id" FROM "service_package"',
]
UPGRADE_ACTOR = "upgrade"
_CENT = Decimal("0.01")


def backfill(db: Any) -> None:
    """Write the ledger of every package sold before version 8, oldest event first."""
    packages = db.execute_sql(
        'SELECT "id", "sessions_total", "price_paid", "bought_at" FROM "service_package" ORDER BY "id"'
    ).fetchall()
    for package_id, total, paid, bought_at in packages:
        price = Decimal(str(paid or 0)).quantize(_CENT)
        events: list[tuple[str, str, int, Decimal, int | None]] = [(str(bought_at), "sale", int(total), price, None)]
        uses = db.execute_sql(
            'SELECT u."record_id", MIN(u."used_at"), COUNT(*), r."voided_at" FROM "package_use" u '
            'LEFT JOIN "service_record" r ON r."id" = u."record_id" WHERE u."package_id" = ? '
            'GROUP BY u."record_id" ORDER BY MIN(u."used_at"), MIN(u."id")',
            (package_id,),
        ).fetchall()
        for record_id, used_at, count, voided_at in uses:
            if record_id is None:  # sessions written off by a refund, paid back at their unit value
                value = (price * int(count) / int(total)).quantize(_CENT, ROUND_HALF_UP)
                events.append((str(used_at), "refund", -int(count), value, None))
                continue
            events.append((str(used_at), "use", -int(count), Decimal("0.00"), int(record_id)))
            if voided_at is not None:
                events.append((str(voided_at), "return", int(count), Decimal("0.00"), int(record_id)))
        events[1:] = sorted(events[1:], key=lambda event: event[0])  # the sale first, then in time
        left = 0
        for at, kind, delta, amount, record_id in events:
            left = max(0, left + delta)
            db.execute_sql(
                'INSERT INTO "package_entry" ("package_id", "at", "kind", "sessions_delta", "sessions_after", '
                '"amount", "payment_method", "service_record_id", "seller_id", "actor") '
                "VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?)",
                (package_id, at, kind, delta, left, str(amount), record_id, UPGRADE_ACTOR),
            )
