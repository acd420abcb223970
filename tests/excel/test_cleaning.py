"""Values as shops type them: read for certain, or an error for the row, never a guess."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from salon_crm.core.errors import ValidationError
from salon_crm.excel import cleaning, mapping

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    "typed",
    [13800138000, 13800138000.0, "13800138000.0", "1.38001380E10", "1.3800138E+10", "１３８００１３８０００",
     "138 0013 8000",
     "138-0013-8000", "+86 138 0013 8000", "+86-138-0013-8000", "0086 13800138000", " 13800138000\u3000"],
)  # fmt: skip
def test_phones_in_every_shape_become_eleven_digits(typed: object) -> None:
    assert cleaning.phone(typed) == "13800138000"


@pytest.mark.parametrize("typed", ["1.38E10", "1.38001E+10", 13800138000.5, "138001380", "hello"])
def test_a_phone_that_lost_digits_is_an_error(typed: object) -> None:
    with pytest.raises(ValidationError):
        cleaning.phone(typed)


def test_a_landline_keeps_its_leading_zero() -> None:
    assert cleaning.phone("0571-88886666") == "0571-88886666"


@pytest.mark.parametrize(
    "typed",
    [date(1990, 5, 3), datetime(1990, 5, 3, 0, 0), 32996, 32996.0, "32996", "1990/5/3", "1990-05-03", "1990.5.3",
     "19900503", "1990年5月3日", "1990年05月03日", "05/03/1990", "1990-05-03 00:00:00", "１９９０/５/３"],
)  # fmt: skip
def test_birthdays_in_every_listed_form(typed: object) -> None:
    born = cleaning.birthday(typed, today=TODAY)
    assert born is not None
    assert (born.year, born.month, born.day) == (1990, 5, 3)


def test_a_birthday_without_a_year() -> None:
    born = cleaning.birthday("5月3日", today=TODAY)
    assert born is not None
    assert (born.year, born.month, born.day) == (None, 5, 3)


@pytest.mark.parametrize("typed", ["1990-13-45", "1990/2/30", "13月1日", "yesterday", "2030-01-01", "1800-01-01", 0.5])
def test_an_impossible_date_is_an_error_not_a_guess(typed: object) -> None:
    with pytest.raises(ValidationError) as caught:
        cleaning.birthday(typed, today=TODAY)
    assert caught.value.code == "date_unreadable"


def test_an_empty_birthday_is_none() -> None:
    assert cleaning.birthday("", today=TODAY) is None
    assert cleaning.birthday(None, today=TODAY) is None


@pytest.mark.parametrize(
    ("typed", "code"),
    [("男", "male"), ("先生", "male"), ("M", "male"), ("Male", "male"), ("女", "female"), ("女士", "female"),
     ("F", "female"), ("female", "female"), ("", "unknown"), (None, "unknown")],
)  # fmt: skip
def test_genders(typed: object, code: str) -> None:
    assert cleaning.gender(typed) == code


def test_an_unknown_gender_is_an_error() -> None:
    with pytest.raises(ValidationError):
        cleaning.gender("外星人")


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("¥1,200.50", "1200.50"), ("￥1,200.5", "1200.50"), ("500元", "500.00"), (1200.5, "1200.50"), (100, "100.00"),
     ("１００元", "100.00"), (0.1 + 0.2, None)],
)  # fmt: skip
def test_money(typed: object, amount: str | None) -> None:
    if amount is None:
        with pytest.raises(ValidationError):
            cleaning.money(typed, field="balance")  # 0.30000000000000004 is not money
    else:
        assert cleaning.money(typed, field="balance") == Decimal(amount)


def test_negative_money_and_fractional_points_are_errors() -> None:
    with pytest.raises(ValidationError):
        cleaning.money("-5", field="balance")
    with pytest.raises(ValidationError):
        cleaning.whole_number("12.5", field="points")
    assert cleaning.whole_number(2955.0, field="points") == 2955


def test_names_are_trimmed_of_full_width_spaces() -> None:
    assert cleaning.text(" 刘诚娜\u3000") == "刘诚娜"


def test_total_and_blank_rows() -> None:
    assert cleaning.is_total_row(["", "合计", "", 33302.5])
    assert cleaning.is_total_row(["总计：", 5])
    assert cleaning.is_total_row(["小计"])
    assert not cleaning.is_total_row(["合计美发店", 1])
    assert cleaning.is_blank(["", None, "\u3000"])


def test_the_header_is_found_below_a_title_and_blank_rows() -> None:
    rows = [["丽人美发店 客户资料"], [], ["序号", "客户姓名", "联系电话", "出生年月", "卡内余额", "积分"], [1, "王芳"]]
    assert mapping.find_header(rows) == 2
    assert mapping.auto_map(rows[2]) == {1: "name", 2: "phone", 3: "birthday", 4: "balance", 5: "points"}


@pytest.mark.parametrize(
    ("header", "field"),
    [("姓名", "name"), ("名字", "name"), ("手机号码", "phone"), ("联系方式", "phone"), ("出生日期", "birthday"),
     ("储值余额", "balance"), ("会员等级", "level"), ("卡类型", "level"), ("过敏史", "allergies"), ("微信", "wechat"),
     ("First Name", "first_name"), ("Last Name", "last_name"), ("Mobile Number", "phone"), ("Cell Phone", "phone"),
     ("Email Address", "email"), ("Date of Birth", "birthday"), ("Birthdate", "birthday"), ("Memo", "notes"),
     ("手机号（必填）", "phone"), ("*姓名", "name"), ("座机", None), ("库存", None)],
)  # fmt: skip
def test_headers_map_from_chinese_and_english(header: str, field: str | None) -> None:
    assert mapping.field_for(header) == field


def test_an_inventory_sheet_has_no_header() -> None:
    rows = [["商品", "库存", "单价"], ["洗发水", 12, 58]]
    assert mapping.find_header(rows) == -1
