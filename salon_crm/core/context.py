"""Who is acting: passed explicitly to every service that writes.

The window hands down the logged-in user (``ui.session``), the command line the
login it checked (``--user``); services never guess the actor, and
``core.permissions`` decides what the actor's role may do. ``OWNER`` is for tests
and tools; ``SYSTEM`` is the app itself acting on an empty shop (the demo offer).
"""

from __future__ import annotations

from dataclasses import dataclass

from salon_crm.core.enums import UserRole


@dataclass(frozen=True)
class Actor:
    """The person (or tool) on whose behalf a change is made."""

    username: str
    role: UserRole = UserRole.OWNER
    staff_id: int | None = None  # the staff member the login is linked to (a stylist's own day)


OWNER = Actor("owner", UserRole.OWNER)
SYSTEM = Actor("system", UserRole.OWNER)
