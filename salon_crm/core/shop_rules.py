"""The shop's rules the owner sets in Settings → Rules, read and saved as one form.

Each rule keeps its own shop-setting key and default, read where it is used
(``loyalty`` for the spend order, the top-up limit and the top-up bonus, ``care``
for follow-up days and the shop's own greeting days, ``levels`` for the points a
yuan earns without a level, ``segments`` for the RFM window and grade shares); this module
gathers them for the form, checks every value and saves the changed ones, each an
audited setting (``shop.set_setting``), in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from salon_crm.core import care, levels, loyalty, permissions, segments
from salon_crm.core.context import Actor
from salon_crm.core.enums import ServiceCategory
from salon_crm.core.errors import ValidationError
from salon_crm.core.holidays import OwnDay
from salon_crm.core.models import database_proxy
from salon_crm.core.money import to_money
from salon_crm.core.numbers import bounded_decimal
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.shop import get_setting, set_setting

IDLE_MINUTES_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_MAX = 240
FOLLOW_UP_DAYS_MAX = care.FOLLOW_UP_DAYS_MAX
WINDOW_DAYS = (30, 3650)
BONUS_TIERS_MAX = 10
OWN_DAYS_MAX = 12
OWN_DAY_NAME_MAX = 20


@dataclass(frozen=True)
class ShopRules:
    """Every rule on the form; money as Decimal, shares as whole percentages (50, 80, 95)."""

    spend_order: str
    top_up_limit: Decimal
    top_up_bonus: tuple[tuple[Decimal, Decimal], ...]  # (pay at least, bonus), lowest first
    follow_up_days: int
    idle_minutes: int
    rfm_window_days: int
    grade_shares: tuple[int, int, int]
    base_points_per_yuan: Decimal | str = Decimal(1)  # without a level; a level has its own
    follow_up_by_category: tuple[tuple[str, int], ...] = ()  # (category code, days): its own wait
    own_days: tuple[OwnDay, ...] = ()  # the shop's own greeting days (店庆)


def idle_minutes() -> int:
    """Minutes without input before the window locks; 0 turns the lock off."""
    value = get_setting(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
    return value if isinstance(value, int) and 0 <= value <= IDLE_MINUTES_MAX else DEFAULT_IDLE_MINUTES


def current_rules() -> ShopRules:
    settings = segments.segment_settings()
    return ShopRules(
        spend_order=loyalty.spend_order(),
        top_up_limit=loyalty.top_up_limit(),
        top_up_bonus=loyalty.top_up_bonus_tiers(),
        follow_up_days=care.follow_up_days(),
        idle_minutes=idle_minutes(),
        rfm_window_days=settings.window_days,
        grade_shares=tuple(round(share * 100) for share in settings.grade_shares),  # type: ignore[arg-type]
        base_points_per_yuan=levels.base_points_per_yuan(),
        follow_up_by_category=tuple(sorted(care.follow_up_days_by_category().items())),
        own_days=care.own_days(),
    )


def parse_own_days(text: str) -> tuple[OwnDay, ...]:
    """ "店庆 05-18, 会员日 11-11" (name, then month-day; ，；; and new lines separate) or ``ValidationError``."""
    days = []
    for part in text.replace("，", ",").replace("；", ",").replace(";", ",").replace("\n", ",").split(","):
        if not part.strip():
            continue
        name, _space, when = part.strip().rpartition(" ")
        month, dash, day = when.replace("/", "-").replace(".", "-").partition("-")
        if not name.strip() or not dash or not month.strip().isdigit() or not day.strip().isdigit():
            raise ValidationError("own_day_unreadable", text=part.strip()[:30])
        days.append(OwnDay(" ".join(name.split()), int(month), int(day)))
    return tuple(days)


def own_days_text(days: tuple[OwnDay, ...]) -> str:
    return ", ".join(f"{one.name} {one.month:02d}-{one.day:02d}" for one in days)


def _checked_own_days(days: tuple[OwnDay, ...]) -> tuple[OwnDay, ...]:
    if len(days) > OWN_DAYS_MAX:
        raise ValidationError("own_days_too_many", max=OWN_DAYS_MAX)
    for one in days:
        if not one.name or len(one.name) > OWN_DAY_NAME_MAX:
            raise ValidationError("own_day_name_invalid", name=one.name[:30], max=OWN_DAY_NAME_MAX)
        try:
            date(2024, one.month, one.day)  # a leap year: 29 February is a day
        except ValueError:
            raise ValidationError("own_day_invalid", name=one.name, month=one.month, day=one.day) from None
    return tuple(sorted(days, key=lambda one: (one.month, one.day, one.name)))


def _checked_categories(pairs: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    known = {category.value for category in ServiceCategory}
    for category, days in pairs:
        if category not in known:
            raise ValidationError("service_category_invalid", category=str(category)[:20])
        _whole(days, "follow_up_days_invalid", 1, FOLLOW_UP_DAYS_MAX)
    return tuple(sorted(dict(pairs).items()))


def parse_bonus_tiers(text: str) -> tuple[tuple[Decimal, Decimal], ...]:
    """ "1000:200, 3000:800" (pay : bonus; ，；; and new lines separate too) as tiers, or ``ValidationError``."""
    tiers = []
    for part in text.replace("，", ",").replace("；", ",").replace(";", ",").replace("\n", ",").split(","):
        if not part.strip():
            continue
        pay, colon, bonus = part.replace("：", ":").partition(":")
        if not colon:
            raise ValidationError("bonus_tier_unreadable", text=part.strip()[:30])
        tiers.append((to_money(pay, field="pay"), to_money(bonus, field="bonus")))
    return tuple(tiers)


def bonus_tiers_text(tiers: tuple[tuple[Decimal, Decimal], ...]) -> str:
    return ", ".join(f"{pay.normalize():f}:{bonus.normalize():f}" for pay, bonus in tiers)


def _whole(value: int, code: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(code, value=str(value)[:20], low=low, high=high)
    return value


def check_rules(rules: ShopRules) -> ShopRules:
    """The rules as they will be stored, or ``ValidationError`` naming the first wrong one."""
    if rules.spend_order not in (loyalty.PRINCIPAL_FIRST, loyalty.BONUS_FIRST):
        raise ValidationError("spend_order_invalid", value=rules.spend_order[:20])
    limit = to_money(rules.top_up_limit, field="limit")
    if limit <= 0:
        raise ValidationError("amount_not_positive", field="limit", value=str(limit))
    tiers = sorted((to_money(pay, field="pay"), to_money(bonus, field="bonus")) for pay, bonus in rules.top_up_bonus)
    if len(tiers) > BONUS_TIERS_MAX:
        raise ValidationError("bonus_tiers_too_many", max=BONUS_TIERS_MAX)
    for pay, bonus in tiers:
        if pay <= 0 or bonus < 0 or bonus > pay:  # a bonus above what is paid is a typing slip
            raise ValidationError("bonus_tier_invalid", pay=str(pay), bonus=str(bonus))
    if len({pay for pay, _bonus in tiers}) != len(tiers):
        raise ValidationError("bonus_tier_twice")
    shares = tuple(_whole(share, "grade_share_invalid", 1, 99) for share in rules.grade_shares)
    if list(shares) != sorted(set(shares)):
        raise ValidationError("grade_shares_order", shares=" < ".join(str(share) for share in shares))
    return ShopRules(
        spend_order=rules.spend_order,
        top_up_limit=limit,
        top_up_bonus=tuple(tiers),
        follow_up_days=_whole(rules.follow_up_days, "follow_up_days_invalid", 0, FOLLOW_UP_DAYS_MAX),
        idle_minutes=_whole(rules.idle_minutes, "idle_minutes_invalid", 0, IDLE_MINUTES_MAX),
        rfm_window_days=_whole(rules.rfm_window_days, "rfm_window_invalid", *WINDOW_DAYS),
        grade_shares=shares,  # type: ignore[arg-type]
        base_points_per_yuan=bounded_decimal(
            rules.base_points_per_yuan, "points_rate_invalid", Decimal(0), levels.POINTS_MAX, 3
        ),
        follow_up_by_category=_checked_categories(rules.follow_up_by_category),
        own_days=_checked_own_days(rules.own_days),
    )


@guarded(Action.CHANGE_SETTINGS)
def save_rules(actor: Actor, rules: ShopRules) -> ShopRules:
    """Check every rule, then store the changed ones (each an audited shop setting), all or nothing."""
    clean = check_rules(rules)
    before = current_rules()
    with database_proxy.atomic():
        if clean.spend_order != before.spend_order:
            set_setting(actor, loyalty.SPEND_ORDER_KEY, clean.spend_order)
        if clean.top_up_limit != before.top_up_limit:
            set_setting(actor, permissions.TOP_UP_LIMIT_KEY, str(clean.top_up_limit))
        if clean.top_up_bonus != before.top_up_bonus:
            set_setting(actor, loyalty.TOP_UP_BONUS_KEY, [[str(pay), str(bonus)] for pay, bonus in clean.top_up_bonus])
        if clean.follow_up_days != before.follow_up_days:
            set_setting(actor, care.FOLLOW_UP_DAYS_KEY, clean.follow_up_days)
        if clean.idle_minutes != before.idle_minutes:
            set_setting(actor, IDLE_MINUTES_KEY, clean.idle_minutes)
        if (clean.rfm_window_days, clean.grade_shares) != (before.rfm_window_days, before.grade_shares):
            stored = dict(get_setting(segments.SETTINGS_KEY, {}) or {})
            stored["window_days"] = clean.rfm_window_days
            stored["grade_shares"] = [share / 100 for share in clean.grade_shares]
            set_setting(actor, segments.SETTINGS_KEY, stored)
        if clean.base_points_per_yuan != before.base_points_per_yuan:
            set_setting(actor, levels.BASE_POINTS_KEY, str(clean.base_points_per_yuan))
        if clean.follow_up_by_category != before.follow_up_by_category:
            set_setting(actor, care.FOLLOW_UP_BY_CATEGORY_KEY, dict(clean.follow_up_by_category))
        if clean.own_days != before.own_days:
            set_setting(actor, care.OWN_DAYS_KEY, [[one.name, one.month, one.day] for one in clean.own_days])
    return current_rules()
