"""Schema version 4: membership levels can be retired, and reached by total top-ups as well as by spend.

Both columns are added with ALTER TABLE (the table has no foreign keys, so the
stored CREATE statement ends exactly as a fresh one does).

Frozen: never edit a released step; add a new one instead.
"""

STATEMENTS = [
    'ALTER TABLE "membership_level" ADD COLUMN "active" INTEGER NOT NULL DEFAULT 1',
    'ALTER TABLE "membership_level" ADD COLUMN "threshold_basis" VARCHAR(24) NOT NULL DEFAULT \'spent\' '
    "CHECK (\"threshold_basis\" IN ('spent', 'top_up'))",
]
