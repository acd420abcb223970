"""The shop's one clock: every "now" and "today" of the app is asked of it.

Times are the shop's local wall time, stored naive: a booking at 10:00 stays at
10:00 whatever time zone or daylight-saving rule the PC later has, because
nothing is ever converted. The app installs its clock at start (``install``);
core, the command line and the UI all ask ``clock.now()`` and never the
operating system, so a test sets one ``FixedClock`` (or moves the system
clock with time-machine) and every part of the app agrees on the moment.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the shop's local time."""

    def now(self) -> datetime: ...


class SystemClock:
    """The PC's local time (naive), which is the shop's time."""

    def now(self) -> datetime:
        return datetime.now()  # the only wall-clock read in the app


class FixedClock:
    """A clock that says what it is told: for tests and for replaying a moment."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


_current: Clock = SystemClock()


def install(clock: Clock) -> Clock:
    """Make ``clock`` the app's clock; returns the one it replaces."""
    global _current  # one clock for the whole process is the point
    previous, _current = _current, clock
    return previous


def current() -> Clock:
    return _current


def now() -> datetime:
    """The shop's local time now, to the microsecond."""
    return _current.now()


def today() -> date:
    """The shop's local date now."""
    return _current.now().date()


@contextmanager
def frozen_at(moment: datetime) -> Iterator[FixedClock]:
    """Within the block the app's clock says ``moment`` (it can be moved with ``set``/``advance``)."""
    fixed = FixedClock(moment)
    previous = install(fixed)
    try:
        yield fixed
    finally:
        install(previous)
