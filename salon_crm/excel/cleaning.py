"""Turning the cells of a shop's sheet into clean values, or a reason why not.

Every function takes a cell as the reader returns it (str, float, int, date,
datetime, None) and returns the clean value, None for an empty cell, or raises
``ValidationError`` naming the value. A value that cannot be read for certain
is an error for its row, never a guess: 1990-13-45 is not stored as any date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from salon_crm.core.birthdays import Birthday, make_birthday
from salon_crm.core.enums import Gender
from salon_crm.core.errors import ValidationError
from salon_crm.core.money import to_money
from salon_crm.core.phones import normalise_phone

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug included)
MAX_SERIAL = 2958465  # 9999-12-31
TOTAL_WORDS = ("合计", "总计", "小计", "共计", "total", "subtotal", "sum")

_GENDERS = {
    "男": Gender.MALE, "先生": Gender.MALE, "男士": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
    "man": Gender.MALE, "mr": Gender.MALE, "女": Gender.FEMALE, "女士": Gender.FEMALE, "小姐": Gender.FEMALE,
    "f": Gender.FEMALE, "female": Gender.FEMALE, "woman": Gender.FEMALE, "ms": Gender.FEMALE,
    "mrs": Gender.FEMALE, "未知": Gender.UNKNOWN, "保密": Gender.UNKNOWN, "unknown": Gender.UNKNOWN,
    "-": Gender.UNKNOWN,
}  # fmt: skip
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_SCIENTIFIC = re.compile(r"(\d)\.(\d+)e\+?(\d{1,2})")
_WHOLE_FLOAT = re.compile(r"(\d+)\.0+")
# "1.38001E+10" (Excel's display of a narrow column) has lost digits; a real value keeps them all.
MIN_SCIENTIFIC_DIGITS = 8


def text(value: object) -> str:
    """A cell as trimmed text (full-width spaces too); a whole float loses its ``.0``."""
    if type(value) is str:  # most cells: an import calls this for each of them, several times
        return " ".join(value.replace("\u3000", " ").split())
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, datetime):
        value = value.isoformat(sep=" ", timespec="minutes")
    return " ".join(str(value).replace("\u3000", " ").split())


def long_text(value: object) -> str:
    """Notes and such: trimmed at both ends (full-width spaces too), inner lines and spaces kept."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip(" \t\r\n\u3000")


def is_blank(row: list[object]) -> bool:
    return all(not text(cell) for cell in row)


def is_total_row(row: list[object]) -> bool:
    """A 合计/总计/小计 row under the data (the word in any of its first cells)."""
    return is_total_text([text(cell) for cell in row[:4]])


def is_total_text(texts: Sequence[str]) -> bool:
    """:func:`is_total_row` for a row's cells already as :func:`text` (an import reads each once)."""
    return any(word.lower().rstrip(":：") in TOTAL_WORDS for word in texts[:4])


def phone(value: object) -> str:
    """A phone as stored: numbers, floats, 1.38001380E10, full-width, +86 and dashes all read."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValidationError("phone_invalid", phone=str(value))
    if isinstance(value, float):
        if not value.is_integer() or value < 0:
            raise ValidationError("phone_invalid", phone=repr(value))
        return normalise_phone(str(int(value)))
    if isinstance(value, int):
        return normalise_phone(str(value))
    typed = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if match := _SCIENTIFIC.fullmatch(typed):
        head, fraction, exponent = match.groups()
        if len(head + fraction) < MIN_SCIENTIFIC_DIGITS or len(fraction) > int(exponent):
            raise ValidationError("phone_invalid", phone=str(value))
        return normalise_phone(str(int(Decimal(typed))))
    if match := _WHOLE_FLOAT.fullmatch(typed):
        return normalise_phone(match.group(1))
    return normalise_phone(str(value))


def _serial(number: float) -> date:
    if not number.is_integer() or not 1 <= number <= MAX_SERIAL:
        raise ValidationError("date_unreadable", value=text(number))
    return EXCEL_EPOCH + timedelta(days=int(number))


def _parts(value: object) -> tuple[int | None, int, int]:  # noqa: PLR0911 - one return per written form
    if isinstance(value, datetime):
        return value.year, value.month, value.day
    if isinstance(value, date):
        return value.year, value.month, value.day
    if isinstance(value, bool):
        raise ValidationError("date_unreadable", value=str(value))
    if isinstance(value, int | float):
        day = _serial(float(value))
        return day.year, day.month, day.day
    typed = _TIME_SUFFIX.sub("", unicodedata.normalize("NFKC", str(value)).strip())
    if match := _YMD.fullmatch(typed) or _COMPACT.fullmatch(typed):
        year, month, day_of_month = (int(part) for part in match.groups())
        return year, month, day_of_month
    if match := _MONTH_DAY.fullmatch(typed):
        return None, int(match.group(1)), int(match.group(2))
    if match := _US.fullmatch(typed):
        first, second, year = (int(part) for part in match.groups())
        # Exports of other salon systems write MM/DD/YYYY; 25/12/1990 can only be day first.
        return (year, second, first) if first > 12 >= second else (year, first, second)
    if re.fullmatch(r"\d{5}(\.0+)?", typed):
        day = _serial(float(typed))
        return day.year, day.month, day.day
    raise ValidationError("date_unreadable", value=str(value))


def birthday(value: object, *, today: date) -> Birthday | None:
    """A birthday (year optional, as in 5月3日) or None for an empty cell."""
    if value is None or (isinstance(value, str) and not text(value)):
        return None
    year, month, day = _parts(value)
    try:
        return make_birthday(year, month, day, today=today)
    except ValidationError:
        raise ValidationError("date_unreadable", value=text(value)) from None


def day(value: object) -> date | None:
    """A calendar date with a year (visit dates and such)."""
    if value is None or (isinstance(value, str) and not text(value)):
        return None
    if isinstance(value, datetime):
        return value.date()
    year, month, day_of_month = _parts(value)
    if year is None:
        raise ValidationError("date_unreadable", value=text(value))
    try:
        return date(year, month, day_of_month)
    except ValueError:
        raise ValidationError("date_unreadable", value=text(value)) from None


def gender(value: object) -> str:
    """男/女/先生/女士/M/F/Male/Female as the stored code (empty is unknown)."""
    word = unicodedata.normalize("NFKC", text(value)).lower().rstrip(".")
    if not word:
        return Gender.UNKNOWN.value
    found = _GENDERS.get(word)
    if found is None:
        raise ValidationError("gender_unreadable", value=text(value))
    return found.value


def money(value: object, *, field: str) -> Decimal | None:
    """¥1,200.50, 500元, 1200.5 (a float cell) as exact money; negative is refused."""
    if value is None or (isinstance(value, str) and not text(value)):
        return None
    if isinstance(value, bool):
        raise ValidationError("money_invalid", field=field, value=str(value))
    if isinstance(value, float):
        # repr gives the shortest text that reads back as the same float: 1200.5, not 1200.49999…
        value = repr(value)
    amount = to_money(unicodedata.normalize("NFKC", text(value)).replace(" ", ""), field=field)
    if amount < 0:
        raise ValidationError("money_negative", field=field, value=text(value))
    return amount


def whole_number(value: object, *, field: str) -> int | None:
    """Points: a whole, non-negative number (2,955 or 2955.0)."""
    if value is None or (isinstance(value, str) and not text(value)):
        return None
    typed = unicodedata.normalize("NFKC", text(value)).replace(",", "")
    try:
        number = Decimal(typed)
    except InvalidOperation:
        raise ValidationError("number_invalid", field=field, value=text(value)) from None
    if not number.is_finite() or number != number.to_integral_value() or number < 0:
        raise ValidationError("number_invalid", field=field, value=text(value))
    return int(number)
