"""Schema version 3: seals on the audit log and the ledger (``core.chain``), the audit action
"reveal", and the customers' consent to keeping health data.

SQLite cannot change a CHECK or add a column before the foreign keys of a table,
so both tables are rebuilt: the new table is made under a temporary name, the
rows copied, the old table dropped and the new one renamed, all in the step's one
transaction. Nothing references these two tables, so no foreign key is touched.
Then every existing row is sealed in its order (:func:`core.chain.reseal_everything`).

Allergy and skin notes already on file are kept: their consent is dated the day the
file was last changed (the shop held them before it asked), so nothing a stylist
relies on for safety disappears in an upgrade.

Frozen: never edit a released step; add a new one instead.
"""

AUDIT_COLUMNS = '"id", "at", "actor", "action", "table_name", "record_id", "before", "after"'
LEDGER_COLUMNS = (
    '"id", "customer_id", "at", "kind", "principal_delta", "bonus_delta", "points_delta", "principal_after", '
    '"bonus_after", "points_after", "service_record_id", "ticket_id", "imported", "actor", "note"'
)

STATEMENTS = [
    'CREATE TABLE "audit_entry_v3" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "actor" VARCHAR(40) NOT NULL, "action" VARCHAR(24) NOT NULL CHECK ("action" IN (\'create\', \'update\', \'delete\', \'anonymise\', \'import\', \'reveal\')), "table_name" VARCHAR(40) NOT NULL, "record_id" VARCHAR(40) NOT NULL, "before" TEXT, "after" TEXT, "seal" VARCHAR(64) NOT NULL)',
    f'INSERT INTO "audit_entry_v3" ({AUDIT_COLUMNS}, "seal") SELECT {AUDIT_COLUMNS}, \'\' FROM "audit_entry"',
    'DROP TABLE "audit_entry"',
    'ALTER TABLE "audit_entry_v3" RENAME TO "audit_entry"',
    'CREATE INDEX "audit_entry_at" ON "audit_entry" ("at")',
    'CREATE INDEX "audit_entry_table_name_record_id" ON "audit_entry" ("table_name", "record_id")',
    'CREATE TABLE "ledger_entry_v3" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "kind" VARCHAR(24) NOT NULL CHECK ("kind" IN (\'top_up\', \'spend\', \'refund\', \'points_earn\', \'points_redeem\', \'adjust\', \'compensation\', \'void\', \'import\')), "principal_delta" DECIMAL(12, 2) NOT NULL, "bonus_delta" DECIMAL(12, 2) NOT NULL, "points_delta" INTEGER NOT NULL, "principal_after" DECIMAL(12, 2) NOT NULL CHECK ("principal_after" >= 0), "bonus_after" DECIMAL(12, 2) NOT NULL CHECK ("bonus_after" >= 0), "points_after" INTEGER NOT NULL CHECK ("points_after" >= 0), "service_record_id" INTEGER, "ticket_id" INTEGER, "imported" INTEGER NOT NULL, "actor" VARCHAR(40) NOT NULL, "note" VARCHAR(200) NOT NULL, "seal" VARCHAR(64) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("service_record_id") REFERENCES "service_record" ("id") ON DELETE RESTRICT, FOREIGN KEY ("ticket_id") REFERENCES "complaint_ticket" ("id") ON DELETE RESTRICT)',
    f'INSERT INTO "ledger_entry_v3" ({LEDGER_COLUMNS}, "seal") SELECT {LEDGER_COLUMNS}, \'\' FROM "ledger_entry"',
    'DROP TABLE "ledger_entry"',
    'ALTER TABLE "ledger_entry_v3" RENAME TO "ledger_entry"',
    'CREATE INDEX "ledger_entry_service_record_id" ON "ledger_entry" ("service_record_id")',
    'CREATE INDEX "ledger_entry_ticket_id" ON "ledger_entry" ("ticket_id")',
    'CREATE INDEX "ledger_entry_customer_id_id" ON "ledger_entry" ("customer_id", "id")',
    'CREATE INDEX "ledger_entry_at" ON "ledger_entry" ("at")',
    'CREATE TABLE "health_consent" ("customer_id" INTEGER NOT NULL PRIMARY KEY, "given_on" DATE NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
    'INSERT INTO "health_consent" ("customer_id", "given_on") SELECT "id", date("updated_at") FROM "customer" '
    'WHERE trim("allergies") != \'\' OR trim("skin_type") != \'\'',
]
