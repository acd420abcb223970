"""Phones and birthdays as people type them."""

from __future__ import annotations

from datetime import date

import pytest

from salon_crm.core.birthdays import Birthday, make_birthday
from salon_crm.core.errors import ValidationError
from salon_crm.core.phones import normalise_phone, phone_digits

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("0086-13800138000", "13800138000"),
        ("８６１３８００１３８０００", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("010-6552 8899", "010-6552 8899"),
        ("(0755) 8888 6666", "(0755) 8888 6666"),
        ("+852 9123 4567", "+852 9123 4567"),
        ("0571-88886666 转 802", "0571-88886666 转 802"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_phones_people_type_are_accepted(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["123", "12345678901", "138001380001234567", "phone me", "138-0013-800O", "1380"])
def test_implausible_phones_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_phone(typed)
    assert caught.value.code == "phone_invalid"


def test_phone_digits_for_search() -> None:
    assert phone_digits("+86 138-0013 8000") == "8613800138000"


def test_birthdays_with_and_without_year() -> None:
    assert make_birthday(None, 2, 29, today=TODAY) == Birthday(2, 29, None)
    assert make_birthday(1990, 5, 3, today=TODAY).age_on(TODAY) == 36
    assert Birthday(11, 24, 1990).age_on(TODAY) == 35
    assert Birthday(2, 29).next_on_or_after(date(2027, 1, 1)) == date(2027, 2, 28)
    assert Birthday(1, 5).next_on_or_after(TODAY) == date(2027, 1, 5)


@pytest.mark.parametrize(
    ("year", "month", "day", "code"),
    [
        (1990, 13, 45, "birthday_invalid"),
        (2023, 2, 29, "birthday_invalid"),
        (None, 4, 31, "birthday_invalid"),
        (2026, 11, 24, "birthday_in_future"),
        (1850, 1, 1, "birthday_too_early"),
    ],
)
def test_impossible_birthdays_are_refused(year: int | None, month: int, day: int, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make_birthday(year, month, day, today=TODAY)
    assert caught.value.code == code
