"""Settings → Rules: every rule checked, the changed ones stored and audited, and used where they apply."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from salon_crm.core import audit, care, loyalty, segments, shop_rules
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError, ValidationError
from salon_crm.core.models import AuditEntry


def test_the_defaults_then_a_change_of_every_rule(shop: Shop) -> None:
    rules = shop_rules.current_rules()
    assert rules == shop_rules.ShopRules("principal_first", Decimal("3000.00"), (), 3, 10, 365, (50, 80, 95))
    changed = shop_rules.ShopRules(
        "bonus_first", Decimal("5000"), shop_rules.parse_bonus_tiers("3000：800，1000:200"), 7, 0, 180, (40, 70, 90)
    )
    saved = shop_rules.save_rules(OWNER, changed)
    assert saved.top_up_bonus == ((Decimal("1000.00"), Decimal("200.00")), (Decimal("3000.00"), Decimal("800.00")))
    assert (loyalty.spend_order(), loyalty.top_up_limit(), care.follow_up_days()) == ("bonus_first", 5000, 7)
    assert shop_rules.idle_minutes() == 0
    assert segments.segment_settings().grade_shares == (0.4, 0.7, 0.9)
    assert segments.segment_settings().window_days == 180
    assert [loyalty.bonus_for(amount) for amount in ("999", "1000", "2999.99", "5000")] == [0, 200, 200, 800]
    entries = AuditEntry.select().where(AuditEntry.table_name == "shop_setting").count()
    assert entries == 6  # one per rule changed
    shop_rules.save_rules(OWNER, saved)
    assert AuditEntry.select().where(AuditEntry.table_name == "shop_setting").count() == 6  # nothing changed
    assert audit.entries_for("shop_setting", "top_up_bonus")


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"spend_order": "random"}, "spend_order_invalid"),
        ({"top_up_limit": Decimal(0)}, "amount_not_positive"),
        ({"top_up_bonus": ((Decimal(100), Decimal(200)),)}, "bonus_tier_invalid"),
        ({"top_up_bonus": ((Decimal(100), Decimal(1)), (Decimal(100), Decimal(2)))}, "bonus_tier_twice"),
        ({"follow_up_days": 61}, "follow_up_days_invalid"),
        ({"idle_minutes": -1}, "idle_minutes_invalid"),
        ({"rfm_window_days": 10}, "rfm_window_invalid"),
        ({"grade_shares": (80, 50, 95)}, "grade_shares_order"),
    ],
)
def test_a_wrong_rule_is_refused_and_nothing_is_stored(shop: Shop, change: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        shop_rules.save_rules(OWNER, replace(shop_rules.current_rules(), **change))  # type: ignore[arg-type]
    assert caught.value.code == code
    assert AuditEntry.select().where(AuditEntry.table_name == "shop_setting").count() == 0


def test_only_the_owner_sets_the_rules_and_bonus_text_is_read_strictly(shop: Shop) -> None:
    with pytest.raises(PermissionDeniedError):
        shop_rules.save_rules(Actor("desk", UserRole.FRONT_DESK), shop_rules.current_rules())
    with pytest.raises(ValidationError) as caught:
        shop_rules.parse_bonus_tiers("1000 200")
    assert caught.value.code == "bonus_tier_unreadable"
