"""Schema version 7: commission rules (提成) and what each bill line earned.

Frozen: never edit a released step; add a new one instead.
"""

STATEMENTS = [
    'CREATE TABLE "commission_rule" ("id" INTEGER NOT NULL PRIMARY KEY, "category" VARCHAR(24), "service_item_id" INTEGER, "requested_percent" DECIMAL(5, 2) NOT NULL, "rotation_percent" DECIMAL(5, 2) NOT NULL, "package_percent" DECIMAL(5, 2) NOT NULL, "fixed_amount" DECIMAL(12, 2) CHECK ("fixed_amount" >= 0), "active" INTEGER NOT NULL, FOREIGN KEY ("service_item_id") REFERENCES "service_item" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "commission_rule_service_item_id" ON "commission_rule" ("service_item_id")',
    'CREATE TABLE "line_commission" ("line_id" INTEGER NOT NULL PRIMARY KEY, "rule_id" INTEGER, "requested" INTEGER NOT NULL, "base" DECIMAL(12, 2) NOT NULL CHECK ("base" >= 0), "amount" DECIMAL(12, 2) NOT NULL CHECK ("amount" >= 0), FOREIGN KEY ("line_id") REFERENCES "service_record_line" ("id") ON DELETE CASCADE, FOREIGN KEY ("rule_id") REFERENCES "commission_rule" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "line_commission_rule_id" ON "line_commission" ("rule_id")',
]
