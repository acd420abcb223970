"""Schema version 14: the customer list sorts names syllable by syllable, surnames by their own reading.

Frozen: never edit a released step; add a new one instead. The list sorts by what the
search text holds after the name (``models.PINYIN_ORDER``). That was the pinyin run
together, from a dictionary's first reading of the surname: 曾 (zeng as a surname) was
filed under C as "ceng", and "chenhongxia" (陈红霞) after "chengruoxi" (程若曦), splitting
the 陈 files around the 程 ones. The search text now starts with the name's sort key
(``search_text.pinyin_sort_key``: "chen hong xia", the surname's own reading first).
This step writes the search text of every listed customer again, with the one rule that
writes it for a new customer; the schema itself does not change, and search finds
everyone by the same words as before.
"""

from __future__ import annotations

# listed customers only: an erased customer's search text is blank, a merged one is not listed
CANDIDATES = (
    'SELECT "id", "name", "phone", "wechat" FROM "customer" '
    'WHERE "anonymised_at" IS NULL AND "merged_into_id" IS NULL'
)
OTHER_PHONES = 'SELECT "customer_id", "phone" FROM "other_phone" ORDER BY "id"'
UPDATE = 'UPDATE "customer" SET "search_text" = ? WHERE "id" = ?'
