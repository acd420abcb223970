"""Schema version 11: indexes that hold what the busy paths read (bills, the customer search).

Frozen: never edit a released step; add a new one instead. Every rule that reads
visits (the churn warning, the usual gap, grades and RFM, the monthly report, the
satisfaction tab's visits per month) asks for the bills not voided; with ``voided_at``
outside the indexes SQLite looked up each row in the table to check it (1.2 s of every
report at a million bills). With it in the index by time, a range of months is counted
from the index alone, with the customer and the money too (a month's revenue, visits and
customers 60 -> 15 ms each, three months a report); with ``voided_at`` and ``total`` in
the index by customer, each customer's visits and money are read without touching the
table (grades' figures 0.96 -> 0.21 s). The customers' pinyin index holds the search
text, the name and the "listed" columns: a search walks it in the list's order without
touching the table and stops at the page's last match (a keystroke 20-30 ms -> 0.2-18 ms).
The bookings get an index by when they were made: the report's rebooking reads one
month of them, not all 200,000; so do the customers' first visits (a month's new
customers) and the complaints' closing times (a month's closed complaints).

Every customer gets a row of kept figures when they are written (0 visits until a first
bill), so the list sorted by total spent or last visit walks that table's index and stops
at the page (was: every customer joined, then sorted: 57 -> 8.5 ms at 100,000).

A shop keeps no ANALYZE statistics, so SQLite plans every file as it plans a small one:
``tests/core/test_query_plans.py`` holds the busy paths to these indexes. The new indexes replace the old ones, so a bill costs no extra index write.
"""

STATEMENTS = [
    'DROP INDEX IF EXISTS "service_record_customer_id_visited_at"',
    'CREATE INDEX "service_record_customer_id_visited_at_voided_at_total" '
    'ON "service_record" ("customer_id", "visited_at", "voided_at", "total")',
    'DROP INDEX IF EXISTS "service_record_visited_at"',
    'CREATE INDEX "service_record_visited_at_voided_at_customer_id_total" '
    'ON "service_record" ("visited_at", "voided_at", "customer_id", "total")',
    'DROP INDEX IF EXISTS "customer_pinyin"',
    'CREATE INDEX "customer_pinyin" ON "customer" (substr("search_text", instr("search_text", \' \') + 1), '
    '"id", "search_text", "name", "anonymised_at", "merged_into_id")',
    'CREATE INDEX "appointment_created_at" ON "appointment" ("created_at")',
    'CREATE INDEX "customer_stats_first_visit" ON "customer_stats" ("first_visit")',
    'CREATE INDEX "complaint_ticket_closed_at" ON "complaint_ticket" ("closed_at")',
    # every customer has a row of figures (a new one: 0 visits), so sorting by them is a walk of their index
    'CREATE TRIGGER "customer_stats_row" AFTER INSERT ON "customer" BEGIN '
    'INSERT OR IGNORE INTO "customer_stats" ("customer_id", "visits", "total_spent") VALUES (NEW."id", 0, 0); END',
    'INSERT OR IGNORE INTO "customer_stats" ("customer_id", "visits", "total_spent") SELECT "id", 0, 0 FROM "customer"',
]
