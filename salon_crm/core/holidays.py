"""The festivals a salon greets its customers on (节日问候), with their dates in a given year.

Three follow the lunar calendar (春节 Spring Festival, 七夕 Qixi, 中秋 Mid-Autumn),
converted by ``lunardate`` (1900-2099); 妇女节 is 8 March. The greeting list
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
class FestivalDay:
    festival: Festival
    day: date


def festival_days(year: int) -> list[FestivalDay]:
    """The festivals of ``year`` in date order."""
    days = [FestivalDay(Festival.WOMENS_DAY, date(year, 3, 8))]
    for festival, (month, mday) in _LUNAR.items():
        days.append(FestivalDay(festival, LunarDate(year, month, mday).to_solar_date()))
    return sorted(days, key=lambda one: one.day)


def coming_festival(today: date, days_ahead: int = GREET_DAYS_AHEAD) -> FestivalDay | None:
    """The nearest festival from ``today`` to ``days_ahead`` days on (None between them)."""
    for one in festival_days(today.year) + festival_days(today.year + 1):
        if today <= one.day <= today + timedelta(days=days_ahead):
            return one
    return None
