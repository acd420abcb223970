"""What the appointment UI tests share: the ids of the desk's shop, and times of today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from salon_crm.core import clock


@dataclass(frozen=True)
class Desk:
    """The ids the tests book with."""

    wang: int  # stylist of the small shop, now working 9:00-21:00 every day
    chen: int  # a second stylist, same hours
    cut: int  # 洗剪吹, 45 minutes
    care: int  # 护发, 30 minutes
    zhang: int  # booked today 10:00-10:45 with 王芳
    li: int
    today_booking: int


def at(hour: int, minute: int = 0, day: date | None = None) -> datetime:
    return datetime.combine(day or clock.today(), time(hour, minute))


def tomorrow() -> date:
    return clock.today() + timedelta(days=1)
