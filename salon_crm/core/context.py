"""Who is acting: passed explicitly to every service that writes.

Login arrives later; until then the desktop app acts as the owner account, and
command-line tools as ``cli``. Services never guess the actor themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from salon_crm.core.enums import UserRole


@dataclass(frozen=True)
class Actor:
    """The person (or tool) on whose behalf a change is made."""

    username: str
    role: UserRole = UserRole.OWNER


OWNER = Actor("owner", UserRole.OWNER)
SYSTEM = Actor("system", UserRole.OWNER)
