"""Users (用户): who logs in, with which role, and how a password is checked.

Passwords are hashed with Argon2id (argon2-cffi's defaults) and never stored,
logged or audited in plain text: the audit entry of a user shows ``"***"`` where
the hash would be. A wrong password makes the next try for that name wait, longer
after each miss (1, 2, 4 … up to 60 seconds), so guessing a PIN at the shared
front-desk PC takes days, not minutes. The first start of a shop creates its owner.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from salon_crm.core import audit, clock
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, UserRole
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import ShopSetting, Staff, User, database_proxy
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.shop import get_setting

MIN_PASSWORD = 8  # the owner's and the desk's passwords
PIN_LENGTHS = range(4, 7)  # a stylist may log in with a 4-6 digit PIN
NAME_MAX = 40
MAX_WAIT_SECONDS = 60
PINS_KEY = "stylist_pins_allowed"  # shop setting: may a stylist's login be a 4-6 digit PIN
MISSES_KEY = "login_misses"  # shop setting: {user name: [wrong tries, next try not before]}
MISSES_KEPT = 100
_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserRow:
    """A user as the login list and Settings → Users show it (never the hash)."""

    id: int
    username: str
    display_name: str
    role: str
    staff_id: int | None
    active: bool
    created_at: datetime


def _row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.username,
        user.display_name,
        user.role,
        user.__data__.get("staff"),
        bool(user.active),
        user.created_at,
    )


def _snapshot(user: User) -> dict[str, object]:
    values = audit.snapshot(user)
    values["password_hash"] = "***"  # the audit log never holds a password, hashed or not
    return values


def pins_allowed() -> bool:
    """Whether the owner lets stylists log in with a 4-6 digit PIN (a shop setting, on by default)."""
    return get_setting(PINS_KEY, True) is not False


def _is_pin(role: str, secret: str) -> bool:
    # Only a stylist may use a PIN: the owner's and the desk's logins reach money and
    # customers' personal data (PRODUCT §9), so they keep a full password.
    return role == UserRole.STYLIST.value and secret.isdigit() and len(secret) in PIN_LENGTHS


def _checked_secret(role: str, secret: str, again: str) -> str:
    # The "again" field is compared first so a typo is reported as a typo, not as too short.
    if secret != again:
        raise ValidationError("password_mismatch")
    if _is_pin(role, secret) and pins_allowed():
        return secret
    if len(secret) < MIN_PASSWORD:
        raise ValidationError("password_too_short", minimum=MIN_PASSWORD)
    return secret


def _checked_name(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError("username_required")
    if len(name) > NAME_MAX:
        raise ValidationError("username_too_long", maximum=NAME_MAX)
    # Checked here to raise a typed error the dialog can word; the unique index stays the last guard.
    if User.select().where(User.username == name).exists():
        raise ConflictError("username_taken", username=name)
    return name


def has_users() -> bool:
    """Whether the shop has any login yet (a new shop has none until its owner is made)."""
    return bool(User.select().exists())


def list_users(*, active_only: bool = False) -> list[UserRow]:
    # Owners first (False sorts before True), so the login list opens on the shop's owner.
    query = User.select().order_by(User.role != UserRole.OWNER.value, User.username)
    if active_only:
        query = query.where(User.active == True)  # noqa: E712 - peewee builds SQL from ==
    return [_row(user) for user in query]


def owner_name() -> str:
    """The login the command line acts as when no ``--user`` is given: the first active owner."""
    name = (
        User.select(User.username)
        .where((User.role == UserRole.OWNER.value) & (User.active == True))  # noqa: E712
        .order_by(User.id)
        .scalar()
    )
    if name is None:
        raise ValidationError("login_failed")
    return str(name)


def create_first_owner(username: str, password: str, again: str, *, display_name: str = "") -> Actor:
    """The owner account of a shop that has no user yet (the first start); refused otherwise."""
    with database_proxy.atomic():
        # Once any login exists this door is shut: without it anyone at the desk could
        # make themselves an owner with no login at all.
        if has_users():
            raise ConflictError("owner_exists")
        name = _checked_name(username)
        secret = _checked_secret(UserRole.OWNER.value, password, again)
        user = User.create(
            username=name,
            display_name=display_name.strip() or name,
            role=UserRole.OWNER.value,
            password_hash=_hasher.hash(secret),
            created_at=clock.now(),
        )
        actor = Actor(name, UserRole.OWNER)
        audit.record(actor, AuditAction.CREATE, "user", user.id, None, _snapshot(user))
        return actor


@guarded(Action.MANAGE_USERS)
def add_user(
    actor: Actor,
    username: str,
    role: str,
    password: str,
    again: str,
    *,
    display_name: str = "",
    staff_id: int | None = None,
) -> UserRow:
    """A new login; a stylist may have a 4-6 digit PIN instead of a password."""
    if role not in {r.value for r in UserRole}:
        raise ValidationError("role_invalid", role=role)
    with database_proxy.atomic():
        name = _checked_name(username)
        secret = _checked_secret(role, password, again)
        if staff_id is not None and not Staff.select().where(Staff.id == staff_id).exists():
            raise NotFoundError("staff_not_found", staff_id=staff_id)
        user = User.create(
            username=name,
            display_name=display_name.strip() or name,
            role=role,
            password_hash=_hasher.hash(secret),
            staff=staff_id,
            created_at=clock.now(),
        )
        audit.record(actor, AuditAction.CREATE, "user", user.id, None, _snapshot(user))
        return _row(user)


def _get(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFoundError("user_not_found", user_id=user_id)
    return user


def _active_owners() -> int:
    return int(User.select().where((User.role == UserRole.OWNER.value) & (User.active == True)).count())  # noqa: E712


@guarded(Action.MANAGE_USERS)
def set_active(actor: Actor, user_id: int, active: bool) -> UserRow:
    """Disable a login (it stays in the history) or enable it again; the last owner stays."""
    with database_proxy.atomic():
        user = _get(user_id)
        before = _snapshot(user)
        # A shop with no active owner could never manage users or settings again (PRODUCT §9).
        if not active and user.role == UserRole.OWNER.value and user.active and _active_owners() <= 1:
            raise ConflictError("last_owner")
        user.active = active
        user.save()
        audit.record(actor, AuditAction.UPDATE, "user", user.id, before, _snapshot(user))
        return _row(user)


@guarded(Action.MANAGE_USERS)
def reset_password(actor: Actor, user_id: int, password: str, again: str) -> UserRow:
    """Set a new password (or PIN) for a user who forgot theirs."""
    with database_proxy.atomic():
        user = _get(user_id)
        secret = _checked_secret(user.role, password, again)
        user.password_hash = _hasher.hash(secret)
        user.save()
        # Only the fact of a change is audited: the hash must not reach the hash-chained log.
        audit.record(actor, AuditAction.UPDATE, "user", user.id, None, {"password": "changed"})
        return _row(user)


class _Misses:
    """Wrong tries per user name, and when the next try may come, kept in the data file.

    Kept in the file, not in memory, so closing and starting the app again does not
    start the count over. Unknown names count too (the login must not tell them
    apart); only the :data:`MISSES_KEPT` most recent names are kept.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()

    @staticmethod
    def _load() -> dict[str, list[Any]]:
        row = ShopSetting.get_or_none(ShopSetting.key == MISSES_KEY)
        try:
            value = json.loads(row.value) if row is not None else {}
        except ValueError:
            value = {}
        return value if isinstance(value, dict) else {}

    @staticmethod
    def _save(misses: dict[str, list[Any]]) -> None:
        value = json.dumps(misses, ensure_ascii=False)
        ShopSetting.insert(key=MISSES_KEY, value=value).on_conflict(
            conflict_target=[ShopSetting.key], update={ShopSetting.value: value}
        ).execute()

    def wait_left(self, name: str) -> int:
        with self._lock:
            # Cut to NAME_MAX as missed() stores it: a very long typed name is one bounded key.
            entry = self._load().get(name[:NAME_MAX])
        try:
            until = datetime.fromisoformat(str(entry[1])) if entry else None
        except (ValueError, IndexError, TypeError):
            # A damaged note must never lock a user out: it means "no wait".
            return 0
        return 0 if until is None else max(0, round((until - clock.now()).total_seconds()))

    def missed(self, name: str) -> None:
        # The lock covers the read-modify-write of the one JSON setting between threads in this
        # process; the transaction makes it one write in the file.
        with self._lock, database_proxy.atomic():
            misses = self._load()
            key = name[:NAME_MAX]
            try:
                count = int(misses.pop(key, [0])[0]) + 1
            except (ValueError, TypeError, IndexError, KeyError):
                count = 1  # a damaged note counts from the start
            # 1, 2, 4 … seconds, capped, so a typo costs a second and a guessing run costs days.
            until = clock.now() + timedelta(seconds=min(MAX_WAIT_SECONDS, 2 ** (count - 1)))
            misses[key] = [count, until.isoformat()]
            self._save(dict(list(misses.items())[-MISSES_KEPT:]))  # the newest names last

    def forget(self, name: str) -> None:
        with self._lock, database_proxy.atomic():
            misses = self._load()
            if misses.pop(name[:NAME_MAX], None) is not None:
                self._save(misses)


_misses = _Misses()


def log_in(username: str, secret: str) -> Actor:
    """The acting user for ``username`` if ``secret`` is theirs; ``ValidationError`` otherwise.

    A wrong name and a wrong password get the same answer, so the login says
    nothing about which names exist.
    """
    name = username.strip()
    wait = _misses.wait_left(name)
    if wait > 0:
        raise ValidationError("login_wait", seconds=wait)
    user = User.get_or_none(User.username == name)
    try:
        # An unknown name and a user without a hash take the same path as a wrong password and
        # count as a miss, so the answer does not reveal which names exist.
        if user is None or not user.password_hash:
            raise VerifyMismatchError
        _hasher.verify(user.password_hash, secret)
    except (VerificationError, InvalidHashError):
        _misses.missed(name)
        raise ValidationError("login_failed") from None
    # Checked after the password: only someone who knows it learns the login is disabled.
    if not user.active:
        raise ValidationError("user_disabled", username=name)
    if _is_pin(user.role, secret) and not pins_allowed():  # the owner turned PINs off since
        raise ValidationError("pin_not_allowed")
    # A success clears the wait so the user's next typo starts again at one second.
    _misses.forget(name)
    return Actor(user.username, UserRole(user.role), user.__data__.get("staff"))


def demo_users() -> list[tuple[str, str, str, str]]:
    """The logins of the demo shop: (username, display name, role, password)."""
    return [
        ("owner", "店主", UserRole.OWNER.value, "demo"),
        ("desk", "前台", UserRole.FRONT_DESK.value, "demo"),
        ("stylist", "技师", UserRole.STYLIST.value, "demo"),
    ]


@guarded(Action.MANAGE_USERS)
def add_demo_users(actor: Actor, *, at: datetime | None = None, staff_ids: dict[str, int] | None = None) -> None:
    """The demo shop's three logins, password ``demo`` (too short for a real shop, on purpose),
    each linked to its staff member in ``staff_ids`` (the stylist's login shows their own day)."""
    moment = at or clock.now()
    with database_proxy.atomic():
        for username, display_name, role, secret in demo_users():
            user = User.create(
                username=username,
                display_name=display_name,
                role=role,
                password_hash=_hasher.hash(secret),
                staff=(staff_ids or {}).get(username),
                created_at=moment,
            )
            audit.record(actor, AuditAction.CREATE, "user", user.id, None, _snapshot(user))
