"""Reading a booking's time as the front desk types it: "15", "1530", "15:30", "+15", "+2 9:30".

A front desk books between two customers: the hour alone is the commonest answer
("three o'clock" → 15), and tomorrow is the commonest day after today. Each leading
"+" moves a day on ("+15" tomorrow at 15:00, "++15" the day after); "+N" followed by a
space moves N days. The minutes default to :00; a 24-hour clock, as Chinese shops use.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from salon_crm.core.errors import ValidationError

DAYS_AHEAD_MAX = 366
_DAYS = re.compile(r"^\+(\d{1,3})\s+")
_PLUSES = re.compile(r"^(\++)")
_CLOCK = re.compile(r"^(\d{1,2})(?:[:：.]?(\d{2}))?$")


def read_when(text: str, day: date) -> datetime:
    """The moment ``text`` names, counted from ``day``; ``ValidationError("when_unreadable")`` otherwise."""
    typed = text.strip()
    rest, ahead = typed, 0
    if match := _DAYS.match(rest):
        ahead, rest = int(match.group(1)), rest[match.end() :]
    elif match := _PLUSES.match(rest):
        ahead, rest = len(match.group(1)), rest[match.end() :].strip()
    clock_match = _CLOCK.match(rest.strip())
    if not clock_match or ahead > DAYS_AHEAD_MAX:
        raise ValidationError("when_unreadable", value=typed[:20])
    # "930" and "1530" read as hour + two minute digits; "15" alone is the hour
    hour, minute = int(clock_match.group(1)), int(clock_match.group(2) or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValidationError("when_unreadable", value=typed[:20])
    return datetime.combine(day + timedelta(days=ahead), time(hour, minute))


def next_quarter_hour(moment: datetime) -> datetime:
    """The first quarter hour after ``moment``: a new booking's default start."""
    floor = moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)
    return floor + timedelta(minutes=15)
