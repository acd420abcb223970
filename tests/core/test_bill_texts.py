"""A bill's free texts have the customer file's limits, typed in the form or imported (issue 13)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from salon_crm.core import catalogue, profiles
from salon_crm.core import service_records as records
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import ServiceRecord
from salon_crm.core.text_limits import BILL_TEXT_LIMITS

NOW = datetime(2026, 11, 23, 18, 0)


def _bill(notes: str = "", products_used: str = "") -> records.RecordInput:
    item = catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("洗剪吹", "cut", Decimal(68), 45))
    customer = profiles.create_customer(OWNER, profiles.CustomerInput(name="王芳", phone="13900000001"))
    return records.RecordInput(
        customer.id, datetime(2026, 11, 23, 10), (records.LineInput(item.id),), "cash",
        products_used=products_used, notes=notes,
    )  # fmt: skip


@pytest.mark.parametrize("field", ["notes", "products_used"])
def test_a_bill_text_past_its_limit_is_refused_with_its_length(shop: Shop, field: str) -> None:
    limit = BILL_TEXT_LIMITS[field]
    data = _bill(**{field: "x" * (limit + 1)})
    with pytest.raises(ValidationError) as caught:
        records.add_service_record(OWNER, data, now=NOW)
    assert (caught.value.code, caught.value.values) == (
        "text_too_long", {"field": field, "max": limit, "length": limit + 1}
    )  # fmt: skip
    assert ServiceRecord.select().count() == 0


def test_a_bill_note_at_its_limit_is_kept_without_control_characters(shop: Shop) -> None:
    view = records.add_service_record(OWNER, _bill(notes=" \x00" + "x" * 2000 + "\x1b "), now=NOW)
    assert ServiceRecord.get_by_id(view.id).notes == "x" * 2000
