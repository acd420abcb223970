"""Who is using the window: the user who logged in, asked by every dialog that changes the shop.

The app starts a session after the login (or after creating the first owner) and
ends or switches it when someone else takes the front desk; dialogs and tasks ask
:func:`acting_user` when they save, so the services see the person at the desk,
never a constant. Core checks that person's role again (``core.permissions``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from salon_crm.core import permissions
from salon_crm.core.context import Actor
from salon_crm.core.enums import UserRole
from salon_crm.core.permissions import Action


class Session(QObject):
    """The logged-in user of this window.

    Signals:
        changed(object): another user took over (the new ``Actor``).
    """

    changed = Signal(object)

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor

    def switch(self, actor: Actor) -> None:
        self.actor = actor
        self.changed.emit(actor)


_current: Session | None = None


def start(actor: Actor) -> Session:
    """Begin (or take over) the window's session for ``actor``."""
    global _current  # noqa: PLW0603 - one window, one person at the desk at a time
    if _current is None:
        _current = Session(actor)
    else:
        _current.switch(actor)
    return _current


def end() -> None:
    global _current  # noqa: PLW0603
    _current = None


def current() -> Session:
    if _current is None:
        raise RuntimeError("nobody has logged in")
    return _current


def acting_user() -> Actor:
    """The person at the desk, for a service call."""
    return current().actor


def own_stylist() -> int | None:
    """The staff id whose day a stylist's login shows (None: every stylist's, for the other roles)."""
    if _current is None or _current.actor.role is not UserRole.STYLIST:
        return None
    return _current.actor.staff_id


def may(action: Action) -> bool:
    """Whether the person at the desk may do ``action`` (to hide what they cannot; core checks again)."""
    return _current is not None and permissions.allowed(_current.actor, action)
