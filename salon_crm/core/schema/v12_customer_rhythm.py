"""Schema version 12: each customer's usual gap between visits, kept until a bill moves it.

Frozen: never edit a released step; add a new one instead. The at-risk list (流失预警)
compares each customer's time away with their own rhythm, the median gap between their
visit days; working that out for everyone last seen in the list's range read 350,000
visit days of a busy shop every time the list was opened (0.37 s at 100,000 customers
and a million bills). The gap is now kept per customer in ``customer_rhythm``, written
by the rule itself in Python (``segments.kept_usual_gaps``) when it is first needed.
SQLite cannot work out a median inside a trigger without a second copy of the rule, so
the triggers only forget: any bill written, edited, voided, moved by a merge or deleted
deletes its customer's row, and the next reader works it out again. The table starts
empty; the first opening of the at-risk list fills it.
"""

STATEMENTS = [
    'CREATE TABLE "customer_rhythm" ("customer_id" INTEGER NOT NULL PRIMARY KEY, "usual_gap" REAL, '
    'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
    'CREATE TRIGGER "service_record_rhythm_insert" AFTER INSERT ON "service_record" WHEN NEW."voided_at" IS NULL '
    'BEGIN DELETE FROM "customer_rhythm" WHERE "customer_id" = NEW."customer_id"; END',
    'CREATE TRIGGER "service_record_rhythm_update" AFTER UPDATE OF "customer_id", "visited_at", "voided_at" '
    'ON "service_record" BEGIN DELETE FROM "customer_rhythm" WHERE "customer_id" = OLD."customer_id"; '
    'DELETE FROM "customer_rhythm" WHERE "customer_id" = NEW."customer_id"; END',
    'CREATE TRIGGER "service_record_rhythm_delete" AFTER DELETE ON "service_record" '
    'BEGIN DELETE FROM "customer_rhythm" WHERE "customer_id" = OLD."customer_id"; END',
]
