"""Schema version 14: a customer whose surname a dictionary reads otherwise sorts under the surname's reading.

Frozen: never edit a released step; add a new one instead. The customer list sorts by
the first pinyin reading stored in ``search_text``; for 曾 that was a dictionary's first
reading, ceng, so 曾 files were listed under C. ``search_text.SURNAME_READINGS`` now puts
the surname's reading first; this step writes the search text again for the customers
whose name starts with one of the characters below (the surnames of that table when this
step was written). The schema itself does not change; search finds them by every
reading, before and after.
"""

from __future__ import annotations

SURNAMES = "曾单解仇朴区查盖翟覃召缪种折繁员"

# listed customers only: an erased customer's search text is blank, a merged one is not listed
CANDIDATES = (
    'SELECT "id", "name", "phone", "wechat" FROM "customer" WHERE "anonymised_at" IS NULL AND "merged_into_id" IS NULL'
)
OTHER_PHONES = 'SELECT "phone" FROM "other_phone" WHERE "customer_id" = ? ORDER BY "id"'
