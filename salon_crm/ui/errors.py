"""Sentences for the core's error codes, in the UI's language (core never words them).

Each template names its values in braces; codes the database stores (a weekday,
a role, a field) are worded first, so the sentence reads naturally.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from salon_crm.core import backup, enums
from salon_crm.core.errors import SalonError
from salon_crm.core.permissions import Action
from salon_crm.ui import vocabulary
from salon_crm.ui.translate import QT_TRANSLATE_NOOP

_CONTEXT = "Errors"

_TEMPLATES: dict[str, str] = {
    # logins (core.users) and who may do what (core.permissions)
    "login_failed": QT_TRANSLATE_NOOP("Errors", "The user name or the password is wrong."),
    "login_wait": QT_TRANSLATE_NOOP("Errors", "Too many wrong tries: wait {seconds} seconds, then try again."),
    "user_disabled": QT_TRANSLATE_NOOP("Errors", "The login “{username}” is disabled; ask the owner."),
    "pin_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "PINs are turned off in this shop: ask the owner for a new password for your login."
    ),
    "password_mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same."),
    "password_too_short": QT_TRANSLATE_NOOP("Errors", "A password needs at least {minimum} characters."),
    "username_required": QT_TRANSLATE_NOOP("Errors", "Enter a login name."),
    "username_too_long": QT_TRANSLATE_NOOP("Errors", "A login name has at most {maximum} characters."),
    "username_taken": QT_TRANSLATE_NOOP("Errors", "The login name “{username}” is taken."),
    "owner_exists": QT_TRANSLATE_NOOP("Errors", "This shop already has an owner's login."),
    "last_owner": QT_TRANSLATE_NOOP("Errors", "The last owner's login cannot be disabled."),
    "role_invalid": QT_TRANSLATE_NOOP("Errors", "Choose a role for the login."),
    "user_not_found": QT_TRANSLATE_NOOP("Errors", "This login no longer exists."),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "The role “{user_role}” may not {action}; ask the owner."),
    # opening the data folder
    "data_folder_locked": QT_TRANSLATE_NOOP(
        "Errors",
        "The data folder is already open in Salon CRM on the computer "
        "“{computer}” (process {pid}) since {since}. Close it there first.",
    ),
    "data_file_newer": QT_TRANSLATE_NOOP(
        "Errors",
        "This data file was written by a newer version of Salon CRM (schema "
        "{file_version}; this version knows up to {app_version}). Please update the "
        "app. The file was not changed.",
    ),
    "data_file_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The data file {path} cannot be read: {reason}. It was not changed.",
    ),
    "demo_shop_not_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "This data folder already holds a shop; the demo shop is only loaded into an empty folder.",
    ),
    # money
    "money_invalid": QT_TRANSLATE_NOOP("Errors", "{field} “{value}” is not an amount of money."),
    "money_too_precise": QT_TRANSLATE_NOOP("Errors", "{field} “{value}” has more than two decimal places."),
    "money_too_large": QT_TRANSLATE_NOOP("Errors", "{field} “{value}” is too large."),
    "price_negative": QT_TRANSLATE_NOOP("Errors", "A price cannot be negative."),
    "price_required": QT_TRANSLATE_NOOP("Errors", "Enter the price."),  # the dialog's own check
    # staff
    "staff_name_required": QT_TRANSLATE_NOOP("Errors", "Enter the staff member's name."),
    "staff_name_too_long": QT_TRANSLATE_NOOP("Errors", "A name can have at most {max} characters."),
    "staff_role_invalid": QT_TRANSLATE_NOOP("Errors", "Choose a role."),
    "staff_skill_invalid": QT_TRANSLATE_NOOP("Errors", "“{skill}” is not a skill."),
    "staff_not_found": QT_TRANSLATE_NOOP("Errors", "This staff member no longer exists."),
    "phone_invalid": QT_TRANSLATE_NOOP("Errors", "The phone number {phone} is not valid."),
    "phone_too_long": QT_TRANSLATE_NOOP("Errors", "A phone number can have at most {max} characters."),
    # service catalogue
    "service_name_required": QT_TRANSLATE_NOOP("Errors", "Enter the service's name."),
    "service_name_too_long": QT_TRANSLATE_NOOP("Errors", "A service name can have at most {max} characters."),
    "service_name_taken": QT_TRANSLATE_NOOP("Errors", "There is already a service called “{name}”."),
    "service_category_invalid": QT_TRANSLATE_NOOP("Errors", "Choose a category."),
    "service_item_not_found": QT_TRANSLATE_NOOP("Errors", "This service no longer exists."),
    "duration_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The duration must be between {low} and {high} minutes, in steps of 5.",
    ),
    # customer files
    "customer_name_required": QT_TRANSLATE_NOOP("Errors", "Enter the customer's name."),
    "customer_name_too_long": QT_TRANSLATE_NOOP("Errors", "A name can have at most {max} characters."),
    "customer_not_found": QT_TRANSLATE_NOOP("Errors", "This customer file no longer exists."),
    "search_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Search with at most {max} characters and {words} words: type less and search again."
    ),
    "customer_phone_doubtful": QT_TRANSLATE_NOOP(
        "Errors", "The phone {phone} is too short to be anyone's number. Save it anyway?"
    ),
    "customer_duplicate": QT_TRANSLATE_NOOP(
        "Errors", "This looks like a customer already on file: {matches}. Open that file instead?"
    ),
    "gender_invalid": QT_TRANSLATE_NOOP("Errors", "Choose a gender."),
    "source_invalid": QT_TRANSLATE_NOOP("Errors", "Choose how the customer came to the shop."),
    "birthday_invalid": QT_TRANSLATE_NOOP("Errors", "This birthday is not a real date."),
    "birthday_in_future": QT_TRANSLATE_NOOP("Errors", "A birthday cannot be in the future."),
    "birthday_too_early": QT_TRANSLATE_NOOP("Errors", "The birth year {year} is too early."),
    "email_invalid": QT_TRANSLATE_NOOP("Errors", "“{email}” is not an email address."),
    "text_too_long": QT_TRANSLATE_NOOP("Errors", "{field} has {length} characters; at most {max} are allowed."),
    "consent_date_in_future": QT_TRANSLATE_NOOP("Errors", "The consent date cannot be in the future."),
    "health_consent_needed": QT_TRANSLATE_NOOP(
        "Errors",
        "Allergy and skin notes are health data: tick the customer's consent to keeping them, or clear them.",
    ),
    "referrer_invalid": QT_TRANSLATE_NOOP("Errors", "Choose another customer as the referrer."),
    "stylist_not_found": QT_TRANSLATE_NOOP("Errors", "This stylist no longer exists."),
    "level_not_found": QT_TRANSLATE_NOOP("Errors", "This membership level no longer exists."),
    "level_name_required": QT_TRANSLATE_NOOP("Errors", "Enter the level's name."),
    "level_name_too_long": QT_TRANSLATE_NOOP("Errors", "A level's name has at most {max} characters."),
    "level_name_taken": QT_TRANSLATE_NOOP("Errors", "There is already a level called “{name}”."),
    "level_discount_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The discount “{value}” must be a percentage from 0 to 99.9, for example 12 for 12% off."
    ),
    "level_points_invalid": QT_TRANSLATE_NOOP("Errors", "Points per yuan “{value}” must be a number from 0 to 100."),
    "level_basis_invalid": QT_TRANSLATE_NOOP("Errors", "Choose what the threshold counts."),
    "package_name_required": QT_TRANSLATE_NOOP("Errors", "Enter the package's name."),
    "commission_percent_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The commission percentage {value} ({field}) must be from 0 to 100, with at most two decimals."
    ),
    "commission_rule_target": QT_TRANSLATE_NOOP("Errors", "Choose a service category or one service for the rule."),
    "commission_rule_twice": QT_TRANSLATE_NOOP("Errors", "There is already a rule for this; edit that one."),
    "commission_rule_not_found": QT_TRANSLATE_NOOP("Errors", "This commission rule no longer exists."),
    "spend_order_invalid": QT_TRANSLATE_NOOP("Errors", "Choose which part of the card is spent first."),
    "bonus_tiers_too_many": QT_TRANSLATE_NOOP("Errors", "At most {max} top-up bonus steps."),
    "bonus_tier_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Top-up bonus {pay}:{bonus}: pay more than 0, and a bonus no larger than what is paid."
    ),
    "bonus_tier_twice": QT_TRANSLATE_NOOP("Errors", "Each top-up amount may have one bonus only."),
    "bonus_tier_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "“{text}” is not pay:bonus; write the top-up bonus as 1000:200, 3000:800."
    ),
    "grade_share_invalid": QT_TRANSLATE_NOOP("Errors", "A grade's share must be from {low}% to {high}%."),
    "grade_shares_order": QT_TRANSLATE_NOOP("Errors", "The grade shares must rise from A to C ({shares})."),
    "follow_up_days_invalid": QT_TRANSLATE_NOOP("Errors", "Follow-up days must be from {low} to {high}."),
    "idle_minutes_invalid": QT_TRANSLATE_NOOP("Errors", "Idle minutes must be from {low} to {high}."),
    "rfm_window_invalid": QT_TRANSLATE_NOOP("Errors", "The RFM window must be from {low} to {high} days."),
    "points_rate_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Points per yuan “{value}”: a number from 0 to 100 with at most 3 decimals."
    ),
    "when_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a time: type 15 for 15:00, 1530 for 15:30, or +15 for tomorrow at 15:00."
    ),
    "tag_high_spend_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A big spender's amount must be more than ¥0 and at most ¥{high} (not {value})."
    ),
    "tag_regular_visits_invalid": QT_TRANSLATE_NOOP("Errors", "A regular's visits must be from {low} to {high}."),
    "tag_absent_days_invalid": QT_TRANSLATE_NOOP("Errors", "Days without a visit must be from {low} to {high}."),
    "tag_new_days_invalid": QT_TRANSLATE_NOOP("Errors", "A new customer's days must be from {low} to {high}."),
    "tag_category_days_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The days back for colour, perm and skin care must be from {low} to {high}."
    ),
    "own_day_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "“{text}” is not a name and a date; write the shop's days as Anniversary 05-18, Members' day 11-11."
    ),
    "own_days_too_many": QT_TRANSLATE_NOOP("Errors", "At most {max} days of the shop's own."),
    "own_day_name_invalid": QT_TRANSLATE_NOOP("Errors", "A day's name has from 1 to {max} characters."),
    "own_day_invalid": QT_TRANSLATE_NOOP("Errors", "{name}: there is no {month}-{day} in the calendar."),
    "package_covers_too_many": QT_TRANSLATE_NOOP("Errors", "A package covers at most {max} services."),
    "package_name_too_long": QT_TRANSLATE_NOOP("Errors", "A package's name has at most {max} characters."),
    "package_name_taken": QT_TRANSLATE_NOOP("Errors", "There is already a package called “{name}”."),
    "package_sessions_invalid": QT_TRANSLATE_NOOP("Errors", "A package has from 1 to {max} sessions."),
    "package_days_invalid": QT_TRANSLATE_NOOP("Errors", "A package is valid for at most {max} days."),
    "package_plan_not_found": QT_TRANSLATE_NOOP("Errors", "This package is no longer in the list."),
    "package_plan_retired": QT_TRANSLATE_NOOP("Errors", "The package “{name}” is no longer sold."),
    "package_nothing_to_refund": QT_TRANSLATE_NOOP("Errors", "No package with unused sessions to refund."),
    "package_not_found": QT_TRANSLATE_NOOP("Errors", "This package no longer exists."),
    "package_plan_required": QT_TRANSLATE_NOOP("Errors", "Choose a package (Settings → Packages lists them)."),
    "no_package_for_item": QT_TRANSLATE_NOOP(
        "Errors", "The customer has no package session left for “{item}”: untick “session” or sell a package."
    ),
    # stored value and points
    "amount_not_positive": QT_TRANSLATE_NOOP("Errors", "{field} must be more than zero."),
    "balance_insufficient": QT_TRANSLATE_NOOP(
        "Errors", "The stored-value balance is ¥{balance}, not enough for ¥{amount}."
    ),
    "refund_exceeds_principal": QT_TRANSLATE_NOOP(
        "Errors", "Only the unspent principal, ¥{principal}, can be refunded, not ¥{amount}."
    ),
    "points_not_positive": QT_TRANSLATE_NOOP("Errors", "The number of points must be more than zero."),
    "points_insufficient": QT_TRANSLATE_NOOP("Errors", "The customer has {points} points, not enough for {wanted}."),
    "adjustment_needs_note": QT_TRANSLATE_NOOP("Errors", "Say why the balance is adjusted."),
    "adjustment_empty": QT_TRANSLATE_NOOP("Errors", "The adjustment changes nothing."),
    # service records (消费记录)
    "record_needs_a_line": QT_TRANSLATE_NOOP("Errors", "Add at least one service item to the bill."),
    "quantity_invalid": QT_TRANSLATE_NOOP("Errors", "The quantity must be between 1 and 99."),
    "line_discount_invalid": QT_TRANSLATE_NOOP("Errors", "The discount on “{item}” must be between ¥0 and ¥{gross}."),
    "record_discount_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The discount on the bill must be between ¥0 and ¥{subtotal}."
    ),
    "payment_method_invalid": QT_TRANSLATE_NOOP("Errors", "Choose how the customer paid."),
    "package_does_not_cover": QT_TRANSLATE_NOOP(
        "Errors",
        "Only a bill whose every service a package session covers is paid by package; ¥{total} is left to pay.",
    ),
    "visit_in_future": QT_TRANSLATE_NOOP("Errors", "A visit cannot be later than now ({visited_at})."),
    "appointment_not_found": QT_TRANSLATE_NOOP("Errors", "This appointment no longer exists."),
    "service_record_not_found": QT_TRANSLATE_NOOP("Errors", "This service record no longer exists."),
    "service_record_voided": QT_TRANSLATE_NOOP("Errors", "This service record was voided and cannot be changed."),
    "record_customer_fixed": QT_TRANSLATE_NOOP(
        "Errors", "A service record cannot be moved to another customer; void it and enter it again."
    ),
    "void_needs_reason": QT_TRANSLATE_NOOP("Errors", "Say why the service record is voided."),
    # shop settings
    "shop_name_required": QT_TRANSLATE_NOOP("Errors", "Enter the shop's name."),
    "shop_name_too_long": QT_TRANSLATE_NOOP("Errors", "The shop's name can have at most {max} characters."),
    "opening_hours_incomplete": QT_TRANSLATE_NOOP(
        "Errors", "Give both the opening and the closing time for {weekday}."
    ),
    "closing_before_opening": QT_TRANSLATE_NOOP(
        "Errors", "On {weekday} the closing time must be after the opening time."
    ),
}

_FIELDS = {
    "amount": QT_TRANSLATE_NOOP("Errors", "The amount"),
    "price": QT_TRANSLATE_NOOP("Errors", "The price"),
    "bonus": QT_TRANSLATE_NOOP("Errors", "The bonus"),
    "principal": QT_TRANSLATE_NOOP("Errors", "The principal"),
    "unit_price": QT_TRANSLATE_NOOP("Errors", "The unit price"),
    "discount": QT_TRANSLATE_NOOP("Errors", "The discount"),
    "paid": QT_TRANSLATE_NOOP("Errors", "The amount paid"),
    "wechat": QT_TRANSLATE_NOOP("Errors", "The WeChat id"),
    "email": QT_TRANSLATE_NOOP("Errors", "The email address"),
    "address": QT_TRANSLATE_NOOP("Errors", "The address"),
    "occupation": QT_TRANSLATE_NOOP("Errors", "The occupation"),
    "skin_type": QT_TRANSLATE_NOOP("Errors", "The skin type"),
    "hair_type": QT_TRANSLATE_NOOP("Errors", "The hair type"),
    "notes": QT_TRANSLATE_NOOP("Errors", "The note"),
    "allergies": QT_TRANSLATE_NOOP("Errors", "The allergy note"),
    "preferences": QT_TRANSLATE_NOOP("Errors", "The preferences note"),
    "products_used": QT_TRANSLATE_NOOP("Errors", "The products-used note"),
    "threshold": QT_TRANSLATE_NOOP("Errors", "The threshold"),
    "limit": QT_TRANSLATE_NOOP("Errors", "The limit"),
    "pay": QT_TRANSLATE_NOOP("Errors", "The top-up amount"),
    "fixed_amount": QT_TRANSLATE_NOOP("Errors", "The fixed amount"),
    "requested": QT_TRANSLATE_NOOP("Errors", "requested"),
    "rotation": QT_TRANSLATE_NOOP("Errors", "in turn"),
    "package": QT_TRANSLATE_NOOP("Errors", "package session"),
}

_GENERIC = QT_TRANSLATE_NOOP("Errors", "The change was refused ({code}).")
_UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {error}")

# values that are codes of a vocabulary, worded before they go into a sentence
_CODED: dict[str, type[StrEnum]] = {
    "role": enums.StaffRole,
    "user_role": enums.UserRole,
    "action": Action,
    "skill": enums.ServiceCategory,
    "category": enums.ServiceCategory,
}


def register(templates: Mapping[str, str]) -> None:
    """Add an area's sentences (its own ``messages.py``, marked with QT_TRANSLATE_NOOP("Errors", ...)).

    Each tab package registers its codes on import, so its sentences live in its own
    translation catalogue and no two areas edit the same file.
    """
    _TEMPLATES.update(templates)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _moment(value: Any) -> Any:
    """An ISO timestamp as the tables show times."""
    try:
        return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return value


def _names(value: Any) -> Any:
    if not isinstance(value, list | tuple):
        return value
    return QCoreApplication.translate("Errors", ", ").join(str(getattr(match, "name", match)) for match in value)


def _coded(codes: type[StrEnum]) -> Callable[[Any], Any]:
    """A value of ``codes`` in words; anything else as it is."""
    return lambda value: vocabulary.word(codes, value) if isinstance(value, str) else value


_WORDING: dict[str, Callable[[Any], Any]] = {
    "weekday": lambda value: vocabulary.weekday_name(value) if isinstance(value, int) else value,
    "field": lambda value: _tr(_FIELDS[value]) if value in _FIELDS else value,
    "since": _moment,
    "visited_at": _moment,
    "matches": _names,
    **{key: _coded(codes) for key, codes in _CODED.items()},
}


SHOWN_VALUE = 60  # characters of a value echoed back: a 100,000-character phone is not shown whole


def _worded(key: str, value: Any) -> Any:
    wording = _WORDING.get(key)
    if isinstance(value, str) and len(value) > SHOWN_VALUE:
        value = f"{value[: SHOWN_VALUE - 1]}…"
    return value if wording is None else wording(value)


def describe(error: SalonError) -> str:
    """One sentence for ``error`` with its values, in the UI's language."""
    template = _TEMPLATES.get(error.code)
    if template is None:
        return _tr(_GENERIC).format(code=error.code)
    values = {key: _worded(key, value) for key, value in error.values.items()}
    try:
        return _tr(template).format(**values)
    except (KeyError, IndexError, ValueError):
        # a translation or a caller that names a value the error lacks
        return _tr(_GENERIC).format(code=error.code)


def describe_any(error: BaseException) -> str:
    """A sentence for any exception: the core's own, or an unexpected one."""
    if isinstance(error, SalonError):
        return describe(error)
    full = backup.storage_problem(error)  # a disk that filled under a sale, an import, an export
    if full is not None:
        return describe(full)
    return _tr(_UNEXPECTED).format(error=error)
