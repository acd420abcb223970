"""The festivals a salon greets its customers on (节日问候), with their dates in a given year.

Three follow the lunar calendar (春节 Spring Festival, 七夕 Qixi, 中秋 Mid-Autumn),
converted by ``lunardate`` (1900-2099); 妇女节 is 8 March. A shop adds its own days
(店庆, a members' day) by name and month-day. The greeting list
(``core.care.holiday_greetings``) opens two weeks before each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from lunardate import LunarDate

GREET_DAYS_AHEAD = 14


class Festival(StrEnum):
    SPRING_FESTIVAL = "spring_festival"
    WOMENS_DAY = "womens_day"
    QIXI = "qixi"
    MID_AUTUMN = "mid_autumn"


_LUNAR = {Festival.SPRING_FESTIVAL: (1, 1), Festival.QIXI: (7, 7), Festival.MID_AUTUMN: (8, 15)}


@dataclass(frozen=True)
class OwnDay:
    """A day of the shop's own, every year: its name as the owner typed it, month and day."""

    name: str
    month: int
    day: int


@dataclass(frozen=True)
class FestivalDay:
    festival: Festival | None  # None: one of the shop's own days
    day: date
    name: str = ""  # an own day's name

    @property
    def code(self) -> str:
        """What a care item keeps: the festival's code, or the own day's name."""
        return self.festival.value if self.festival is not None else self.name


def festival_days(year: int, own: tuple[OwnDay, ...] = ()) -> list[FestivalDay]:
    """The festivals of ``year`` and the shop's own days, in date order (29 February is 28th in other years)."""
    days = [FestivalDay(Festival.WOMENS_DAY, date(year, 3, 8))]
    for festival, (month, mday) in _LUNAR.items():
        days.append(FestivalDay(festival, LunarDate(year, month, mday).to_solar_date()))
    for one in own:
        leap_day = (one.month, one.day) == (2, 29) and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        days.append(FestivalDay(None, date(year, one.month, 28 if leap_day else one.day), one.name))
    return sorted(days, key=lambda one: one.day)


def coming_festival(
    today: date, days_ahead: int = GREET_DAYS_AHEAD, own: tuple[OwnDay, ...] = ()
) -> FestivalDay | None:
    """The nearest festival or own day from ``today`` to ``days_ahead`` days on (None between them)."""
    for one in festival_days(today.year, own) + festival_days(today.year + 1, own):
        if today <= one.day <= today + timedelta(days=days_ahead):
            return one
    return None
