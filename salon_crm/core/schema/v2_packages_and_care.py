"""Schema version 2: prepaid service packages, survey campaign requests and care contacts.

Frozen: never edit a released step; add a new one instead.
"""

STATEMENTS = [
    'CREATE TABLE "service_package" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "service_item_id" INTEGER NOT NULL, "sessions_total" INTEGER NOT NULL CHECK ("sessions_total" > 0), "price_paid" DECIMAL(12, 2) NOT NULL CHECK ("price_paid" >= 0), "bought_at" DATETIME NOT NULL, "expires_on" DATE, "note" VARCHAR(200) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("service_item_id") REFERENCES "service_item" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "service_package_customer_id" ON "service_package" ("customer_id")',
    'CREATE INDEX "service_package_service_item_id" ON "service_package" ("service_item_id")',
    'CREATE TABLE "package_use" ("id" INTEGER NOT NULL PRIMARY KEY, "package_id" INTEGER NOT NULL, "record_id" INTEGER, "used_at" DATETIME NOT NULL, FOREIGN KEY ("package_id") REFERENCES "service_package" ("id") ON DELETE CASCADE, FOREIGN KEY ("record_id") REFERENCES "service_record" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "package_use_package_id" ON "package_use" ("package_id")',
    'CREATE INDEX "package_use_record_id" ON "package_use" ("record_id")',
    'CREATE TABLE "survey_request" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "quarter" VARCHAR(7) NOT NULL CHECK ("quarter" GLOB \'[0-9][0-9][0-9][0-9]-Q[1-4]\'), "status" VARCHAR(24) NOT NULL CHECK ("status" IN (\'asked\', \'answered\', \'declined\')), "at" DATETIME NOT NULL, "response_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("response_id") REFERENCES "survey_response" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "survey_request_customer_id" ON "survey_request" ("customer_id")',
    'CREATE INDEX "survey_request_response_id" ON "survey_request" ("response_id")',
    'CREATE UNIQUE INDEX "survey_request_quarter_customer_id" ON "survey_request" ("quarter", "customer_id")',
    'CREATE TABLE "care_contact" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(24) NOT NULL CHECK ("kind" IN (\'follow_up\', \'birthday\', \'win_back\', \'holiday\', \'reminder\')), "done_at" DATETIME NOT NULL, "service_record_id" INTEGER, "actor" VARCHAR(40) NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("service_record_id") REFERENCES "service_record" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "care_contact_service_record_id" ON "care_contact" ("service_record_id")',
    'CREATE INDEX "care_contact_customer_id_done_at" ON "care_contact" ("customer_id", "done_at")',
    'CREATE INDEX "care_contact_kind_done_at" ON "care_contact" ("kind", "done_at")',
]
