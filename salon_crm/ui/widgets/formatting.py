"""How money, dates and times look in every table and dialog."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from salon_crm.core.permissions import Action
from salon_crm.core.phones import masked_phone
from salon_crm.ui import session

DATE_FORMAT = "yyyy-MM-dd"


def phone(number: str) -> str:
    """A customer's phone as the person at the desk may see it (masked unless their role may)."""
    return number if session.may(Action.SEE_PHONES) else masked_phone(number)


def money(amount: Decimal) -> str:
    """``¥1,234.50``: yuan sign, thousands separators, always two decimals."""
    return f"¥{amount:,.2f}"


def date_time(value: datetime | None) -> str:
    """``2024-05-20 14:30``, the same in both languages (and in Excel)."""
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


def day(value: date | datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d")


def day_with_weekday(value: date | datetime) -> str:
    """``2024-05-20 Mon`` / ``2024-05-20 周一``: the weekday in the UI's language."""
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, f"{DATE_FORMAT} ddd")


def time_span(start: datetime, end: datetime) -> str:
    return f"{start:%H:%M}\N{EN DASH}{end:%H:%M}"


def whole_number(value: int) -> str:
    return f"{value:,}"
