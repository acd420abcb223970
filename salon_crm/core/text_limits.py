"""Free text on a bill: control characters dropped, a stated maximum, one rule for the form and the import.

The limit on notes is the customer file's (``profiles.LONG_TEXT_LIMITS``): a bill's note of
100,000 characters from another system's export would block the shop's export as a
customer's note once did.
"""

from __future__ import annotations

import re

from salon_crm.core.errors import ValidationError
from salon_crm.core.profiles import LONG_TEXT_LIMITS

# NUL, ESC and the like come from broken files, never from typing: dropped (tab and line breaks kept).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
BILL_TEXT_LIMITS = {"notes": LONG_TEXT_LIMITS["notes"], "products_used": LONG_TEXT_LIMITS["preferences"]}


def bill_text(field: str, value: str) -> str:
    """``value`` trimmed and without control characters; ``text_too_long`` naming its length past the limit."""
    text = CONTROL.sub("", value).strip()
    limit = BILL_TEXT_LIMITS[field]
    if len(text) > limit:
        raise ValidationError("text_too_long", field=field, max=limit, length=len(text))
    return text
