"""The duplicate rule (PRODUCT.md section 1): one function the profile form, the import and the merge use.

Two customer files are likely one person when they share a phone, or a name and a
full birthday: month and day always, the year too when both files have one. A
sheet of 20,000 people lost 58 of them to "same name, same 5 May" when the year and
the phone were ignored; now 王芳 born 1990-05-03 and 王芳 born 1985-05-03 are two people.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, TypeVar

PHONE, NAME_BIRTHDAY = "phone", "name_birthday"
K = TypeVar("K")


@dataclass(frozen=True)
class Identity:
    """What the rule compares: the cleaned name and phone and the birthday's parts."""

    name: str
    phone: str = ""
    birth_year: int | None = None
    birth_month: int | None = None
    birth_day: int | None = None


def duplicate_reason(one: Identity, other: Identity) -> str:
    """Why ``one`` and ``other`` look like one person: ``"phone"``, ``"name_birthday"``, or ""."""
    if one.phone and one.phone == other.phone:
        return PHONE
    if one.birth_month is None or other.birth_month is None or one.name != other.name:
        return ""
    if (one.birth_month, one.birth_day or 0) != (other.birth_month, other.birth_day or 0):
        return ""
    if one.birth_year is not None and other.birth_year is not None and one.birth_year != other.birth_year:
        return ""
    return NAME_BIRTHDAY


class DuplicateIndex(Generic[K]):
    """Files seen so far, looked up by :func:`duplicate_reason` without comparing every pair."""

    def __init__(self) -> None:
        self._by_phone: dict[str, K] = {}
        self._by_birthday: defaultdict[tuple[str, int, int], list[tuple[K, Identity]]] = defaultdict(list)

    def add(self, key: K, identity: Identity) -> None:
        if identity.phone:
            self._by_phone.setdefault(identity.phone, key)
        if identity.birth_month is not None:
            bucket = (identity.name, identity.birth_month, identity.birth_day or 0)
            self._by_birthday[bucket].append((key, identity))

    def find(self, identity: Identity) -> tuple[K, str] | None:
        """The first file added that :func:`duplicate_reason` pairs with ``identity``, and why."""
        if identity.phone and identity.phone in self._by_phone:
            return self._by_phone[identity.phone], PHONE
        if identity.birth_month is None:
            return None
        for key, other in self._by_birthday.get((identity.name, identity.birth_month, identity.birth_day or 0), ()):
            reason = duplicate_reason(identity, other)
            if reason:
                return key, reason
        return None
