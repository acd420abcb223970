"""Ticket deadlines and escalation thresholds: defaults, changes, refusals that write nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import SalonError
from salon_crm.core.models import AuditEntry, ShopSetting
from salon_crm.core.shop import set_setting
from salon_crm.core.ticket_settings import (
    DEADLINES_KEY,
    Deadline,
    TicketSettings,
    get_ticket_settings,
    update_ticket_settings,
)


def test_the_defaults_follow_the_product(shop: Shop) -> None:
    settings = get_ticket_settings()
    assert [(d.severity, d.response, d.resolution) for d in settings.deadlines] == [
        ("low", timedelta(days=3), timedelta(days=14)),
        ("medium", timedelta(hours=24), timedelta(days=7)),
        ("high", timedelta(hours=4), timedelta(days=3)),
        ("critical", timedelta(hours=2), timedelta(hours=24)),
    ]
    assert (settings.escalation_amount, settings.escalation_points) == (Decimal("200.00"), 2000)


def test_a_change_is_stored_and_read_back(shop: Shop) -> None:
    settings = get_ticket_settings()
    critical = Deadline("critical", timedelta(hours=1), timedelta(hours=8))
    changed = TicketSettings(
        tuple(critical if d.severity == "critical" else d for d in settings.deadlines), Decimal("88.50"), 300
    )
    assert update_ticket_settings(OWNER, changed) == changed
    assert get_ticket_settings().deadline("critical").resolution == timedelta(hours=8)


def test_damaged_values_fall_back_to_the_defaults(shop: Shop) -> None:
    set_setting(OWNER, DEADLINES_KEY, {"high": ["soon", 5], "low": [60]})
    assert get_ticket_settings().deadline("high").response == timedelta(hours=4)
    assert get_ticket_settings().deadline("low").resolution == timedelta(days=14)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"deadlines": ()}, "deadlines_incomplete"),
        ({"deadline": Deadline("high", timedelta(0), timedelta(days=1))}, "deadline_out_of_range"),
        ({"deadline": Deadline("high", timedelta(days=2), timedelta(days=1))}, "resolution_before_response"),
        ({"escalation_amount": Decimal("-1")}, "amount_not_positive"),
        ({"escalation_points": -5}, "points_not_positive"),
    ],
)
def test_bad_settings_write_nothing(shop: Shop, change: dict[str, object], code: str) -> None:
    settings = get_ticket_settings()
    deadline = change.pop("deadline", None)
    if isinstance(deadline, Deadline):
        change["deadlines"] = tuple(deadline if d.severity == deadline.severity else d for d in settings.deadlines)
    before = (ShopSetting.select().count(), AuditEntry.select().count())
    with pytest.raises(SalonError) as caught:
        update_ticket_settings(OWNER, replace(settings, **change))  # type: ignore[arg-type]
    assert caught.value.code == code
    assert (ShopSetting.select().count(), AuditEntry.select().count()) == before
