"""Python dates as Qt's (PySide converts them at run time, but its stubs do not say so)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """To the minute: the forms never show seconds."""
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def py_datetime(moment: QDateTime) -> datetime:
    """A QDateTime as Python's, to the minute (PySide's ``toPython`` is typed as returning ``object``)."""
    value = moment.toPython()
    if not isinstance(value, datetime):
        raise TypeError(f"not a date and time: {value!r}")
    return value.replace(second=0, microsecond=0)


def py_date(day: QDate) -> date:
    value = day.toPython()
    if not isinstance(value, date):
        raise TypeError(f"not a date: {value!r}")
    return value
