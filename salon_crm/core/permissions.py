"""Who may do what (PRODUCT.md section 9): one table of role x action, enforced in core.

Every service that changes the shop is wrapped with :func:`guarded`, which looks up
its action in :data:`RULES` and refuses a role that is not listed, before the
service reads or writes anything. The UI asks :func:`allowed` (the same table) to
hide what a role cannot do, as a courtesy only: the service checks again.

The table follows the shop's trust: the owner does everything; the front desk
runs the day (customers, bookings, bills, top-ups up to a limit, tickets) but
cannot take money back, correct balances, change prices, staff or settings,
erase or merge customers, or carry personal data out; a stylist records what
they did (care calls, surveys) and reads their own day.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import ParamSpec, TypeVar

from salon_crm.core.context import Actor
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError

P = ParamSpec("P")
R = TypeVar("R")

OWNER, FRONT_DESK, STYLIST = UserRole.OWNER, UserRole.FRONT_DESK, UserRole.STYLIST
# A top-up above this (yuan) needs the owner: the card fraud owners fear most is a large
# top-up by staff. The owner may change it in the shop settings.
TOP_UP_LIMIT_KEY = "front_desk_top_up_limit"
DEFAULT_TOP_UP_LIMIT = Decimal("3000.00")


class Action(StrEnum):
    """What a user can set out to do, in the shop's words."""

    EDIT_CUSTOMERS = "edit_customers"  # create and change files, tags
    MERGE_CUSTOMERS = "merge_customers"
    ERASE_CUSTOMERS = "erase_customers"
    IMPORT_DATA = "import_data"
    EXPORT_PERSONAL_DATA = "export_personal_data"  # lists, call lists, the monthly report
    BOOK = "book"  # book, move, cancel, mark arrived or no-show, complete
    BILL = "bill"  # a new bill, with its card payment and points
    CHANGE_PAST_BILLS = "change_past_bills"  # edit or void a bill
    TOP_UP = "top_up"
    TOP_UP_OVER_LIMIT = "top_up_over_limit"
    REDEEM_POINTS = "redeem_points"
    REFUND_CARD = "refund_card"
    ADJUST_BALANCES = "adjust_balances"
    CARE_CALLS = "care_calls"
    SURVEYS = "surveys"
    TICKETS = "tickets"  # intake and every step of a complaint, compensation included
    CHANGE_CATALOGUE = "change_catalogue"  # prices, services
    CHANGE_STAFF = "change_staff"  # staff, shifts, time off
    CHANGE_SETTINGS = "change_settings"
    MANAGE_USERS = "manage_users"
    RESTORE_BACKUP = "restore_backup"
    SEE_AUDIT_LOG = "see_audit_log"
    SEE_PHONES = "see_phones"  # whole numbers; others see 138****8000
    REVEAL_PHONE = "reveal_phone"  # one masked number shown in full, on purpose and audited
    SEE_MONEY = "see_money"  # balances, points, spend and the money figures of a file or a report
    SEE_COMMISSION = "see_commission"  # the stylists' commission statement: pay


EVERYONE = frozenset(UserRole)
DESK = frozenset({OWNER, FRONT_DESK})
OWNER_ONLY = frozenset({OWNER})

RULES: dict[Action, frozenset[UserRole]] = {
    Action.EDIT_CUSTOMERS: DESK,
    Action.MERGE_CUSTOMERS: OWNER_ONLY,
    Action.ERASE_CUSTOMERS: OWNER_ONLY,
    Action.IMPORT_DATA: OWNER_ONLY,
    Action.EXPORT_PERSONAL_DATA: OWNER_ONLY,
    Action.BOOK: DESK,
    Action.BILL: DESK,
    Action.CHANGE_PAST_BILLS: OWNER_ONLY,
    Action.TOP_UP: DESK,
    Action.TOP_UP_OVER_LIMIT: OWNER_ONLY,
    Action.REDEEM_POINTS: DESK,
    Action.REFUND_CARD: OWNER_ONLY,
    Action.ADJUST_BALANCES: OWNER_ONLY,
    Action.CARE_CALLS: EVERYONE,
    Action.SURVEYS: EVERYONE,
    Action.TICKETS: DESK,
    Action.CHANGE_CATALOGUE: OWNER_ONLY,
    Action.CHANGE_STAFF: OWNER_ONLY,
    Action.CHANGE_SETTINGS: OWNER_ONLY,
    Action.MANAGE_USERS: OWNER_ONLY,
    Action.RESTORE_BACKUP: OWNER_ONLY,
    Action.SEE_AUDIT_LOG: OWNER_ONLY,
    Action.SEE_PHONES: OWNER_ONLY,
    Action.REVEAL_PHONE: DESK,  # the desk calls customers back; a stylist never needs the number
    Action.SEE_MONEY: DESK,
    Action.SEE_COMMISSION: OWNER_ONLY,
}

# service (module.function) -> the action it performs; filled by @guarded, read by the tests
GUARDS: dict[str, Action] = {}


def allowed(actor: Actor, action: Action) -> bool:
    """Whether ``actor``'s role may do ``action``."""
    return actor.role in RULES[action]


def require(actor: Actor, action: Action) -> None:
    """Refuse with ``PermissionDeniedError`` unless ``actor``'s role may do ``action``."""
    if not allowed(actor, action):
        raise PermissionDeniedError("permission_denied", action=action.value, user_role=str(actor.role))


def guarded(action: Action) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make a service refuse roles that may not do ``action`` (its first argument is the actor)."""

    def wrap(service: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(service)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            actor = args[0] if args else kwargs["actor"]
            if not isinstance(actor, Actor):
                raise TypeError(f"{service.__qualname__} needs the acting user first")
            require(actor, action)
            return service(*args, **kwargs)

        GUARDS[f"{service.__module__}.{service.__qualname__}"] = action
        return checked

    return wrap
