"""Birthdays, which customers often give without the year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from salon_crm.core.errors import ValidationError

EARLIEST_YEAR = 1900
_LEAP_YEAR = 2000  # checks a day without a year: 2 月 29 日 is a real birthday


@dataclass(frozen=True)
class Birthday:
    """A birthday; ``year`` is None when the customer gave only month and day."""

    month: int
    day: int
    year: int | None = None

    def next_on_or_after(self, today: date) -> date:
        """The next date this birthday falls on (29 Feb falls on 28 Feb in other years)."""
        for year in (today.year, today.year + 1):
            try:
                candidate = date(year, self.month, self.day)
            except ValueError:
                candidate = date(year, self.month, self.day - 1)
            if candidate >= today:
                return candidate
        raise AssertionError("unreachable")

    def age_on(self, today: date) -> int | None:
        if self.year is None:
            return None
        had_birthday = (today.month, today.day) >= (self.month, self.day)
        return today.year - self.year - (0 if had_birthday else 1)


def make_birthday(year: int | None, month: int, day: int, *, today: date) -> Birthday:
    """A checked birthday: a real calendar day, not before 1900, not in the future."""
    try:
        date(year if year is not None else _LEAP_YEAR, month, day)
    except (ValueError, TypeError):
        raise ValidationError("birthday_invalid", year=year, month=month, day=day) from None
    if year is not None:
        if year < EARLIEST_YEAR:
            raise ValidationError("birthday_too_early", year=year)
        if date(year, month, day) > today:
            raise ValidationError("birthday_in_future", year=year, month=month, day=day)
    return Birthday(month, day, year)
