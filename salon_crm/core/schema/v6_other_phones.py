"""Schema version 6: a customer's other numbers (the mobile a merged duplicate had).

Frozen: never edit a released step; add a new one instead.
"""

STATEMENTS = [
    'CREATE TABLE "other_phone" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "phone" VARCHAR(32) NOT NULL, "note" VARCHAR(60) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "other_phone_customer_id" ON "other_phone" ("customer_id")',
]
