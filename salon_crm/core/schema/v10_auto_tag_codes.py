"""Schema version 10: automatic tags are stored by their codes, worded in the reader's language.

Frozen: never edit a released step; add a new one instead. Until now an automatic
tag was stored under its Chinese name (常客), so the English window showed Chinese.
Each is renamed to its code (``regular``); where the shop already has a tag of that
name, the old automatic tag is dropped instead: its links are derived data, which the
next recomputation writes again under the code.
"""

from __future__ import annotations

from typing import Any

# the Chinese names the automatic tags were stored under, and their codes (frozen here)
RENAMES = (
    ("高消费", "high_spender"),
    ("常客", "regular"),
    ("新客", "new_customer"),
    ("染发客", "colour"),
    ("烫发客", "perm"),
    ("护肤客", "skin"),
    ("久未到店", "absent"),
    ("生日本月", "birthday_month"),
)


def apply(db: Any) -> None:
    for chinese, code in RENAMES:
        taken = db.execute_sql('SELECT 1 FROM "tag" WHERE "name" = ?', (code,)).fetchone()
        if taken:
            # links first: the foreign key cascades only where the connection enforces it
            old = '(SELECT "id" FROM "tag" WHERE "name" = ? AND "kind" = \'auto\')'
            db.execute_sql(f'DELETE FROM "customer_tag" WHERE "tag_id" IN {old}', (chinese,))
            db.execute_sql('DELETE FROM "tag" WHERE "name" = ? AND "kind" = \'auto\'', (chinese,))
        else:
            db.execute_sql('UPDATE "tag" SET "name" = ? WHERE "name" = ? AND "kind" = \'auto\'', (code, chinese))
