"""Schema version 5: the packages the shop sells (次卡 catalogue).

Frozen: never edit a released step; add a new one instead.
"""

STATEMENTS = [
    'CREATE TABLE "package_plan" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(60) NOT NULL CHECK (length(trim("name")) > 0), "service_item_id" INTEGER NOT NULL, "sessions" INTEGER NOT NULL CHECK ("sessions" BETWEEN 1 AND 1000), "price" DECIMAL(12, 2) NOT NULL CHECK ("price" >= 0), "valid_days" INTEGER CHECK ("valid_days" BETWEEN 1 AND 3660), "active" INTEGER NOT NULL, FOREIGN KEY ("service_item_id") REFERENCES "service_item" ("id") ON DELETE RESTRICT)',
    'CREATE UNIQUE INDEX "package_plan_name" ON "package_plan" ("name")',
    'CREATE INDEX "package_plan_service_item_id" ON "package_plan" ("service_item_id")',
]
