"""Hostile and odd cell values (issue 13): every one a row error or a warning, never a blank or a traceback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from excel_helpers import write_workbook

from salon_crm.core import customer_imports, profiles
from salon_crm.core.context import OWNER
from salon_crm.core.customer_imports import Outcome
from salon_crm.core.db import Shop
from salon_crm.core.duplicates import Identity, duplicate_reason
from salon_crm.core.errors import ConflictError, ValidationError
from salon_crm.core.models import Customer
from salon_crm.core.phones import normalise_phone, phone_doubt
from salon_crm.core.profiles import CustomerInput, clean_input
from salon_crm.excel.customer_import import build_rows, read_sheet, row_from_cells
from salon_crm.excel.reasons import reason_text

TODAY = date(2026, 10, 1)
COLUMNS = {0: "name", 1: "phone", 2: "birthday", 3: "balance", 4: "notes"}
NAN, INF = float("nan"), float("inf")


@pytest.mark.parametrize(
    ("cells", "code"),
    [
        (["王芳", NAN], "phone_invalid"),
        (["王芳", INF], "phone_invalid"),
        (["王芳", None, NAN], "date_unreadable"),
        (["王芳", None, -INF], "date_unreadable"),
        (["王芳", None, None, NAN], "money_invalid"),
        (["王芳", None, None, "Infinity"], "money_invalid"),
        (["王芳", None, None, 1e308], "money_too_large"),
        (["王芳", None, None, "9" * 100_000], "money_too_large"),
        (["王芳", None, None, "10000000.01"], "money_too_large"),
        (["王芳", None, None, "-1e308"], "money_too_large"),
        (["王芳", "-13800138000"], "phone_invalid"),
        (["王芳", -13800138000], "phone_invalid"),
        (["王芳", "\u221213800138000"], "phone_invalid"),
        (["王芳", "1" * 100_000], "phone_invalid"),
    ],
)
def test_an_odd_value_is_an_error_for_its_row(cells: list[object], code: str) -> None:
    row = row_from_cells(2, cells, COLUMNS, today=TODAY)
    assert row.error_code == code
    assert len(reason_text(row.error_code, row.error_values)) < 200  # a long value is shortened when echoed


def test_the_largest_balance_is_ten_million() -> None:
    assert row_from_cells(2, ["王芳", None, None, "10000000"], COLUMNS, today=TODAY).balance == 10_000_000


def test_control_characters_are_stripped_from_names_and_notes() -> None:
    typed = CustomerInput(name="王\x00芳\x1b[31m", notes="第一行\n第二\x07行", phone="138\x00001 38000")
    clean = clean_input(typed, today=TODAY)
    assert (clean.name, clean.notes, clean.phone) == ("王芳[31m", "第一行\n第二行", "13800138000")


@pytest.mark.parametrize(("field", "limit"), [("notes", 2000), ("allergies", 500), ("preferences", 1000)])
def test_a_long_text_is_refused_with_its_length(field: str, limit: int) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_input(CustomerInput(name="王芳", health_consent=True, **{field: "长" * 100_000}), today=TODAY)  # type: ignore[arg-type]
    assert caught.value.code == "text_too_long"
    assert caught.value.values == {"field": field, "max": limit, "length": 100_000}
    clean_input(CustomerInput(name="王芳", health_consent=True, **{field: "长" * limit}), today=TODAY)  # type: ignore[arg-type]


def test_a_long_note_in_a_csv_is_a_row_error_and_the_export_still_works(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"姓名,手机,备注\n王芳,13800138000,{'长' * 100_000}\n李娜,13900139000,好\n", encoding="utf-8")
    plan = customer_imports.plan_import(build_rows(read_sheet(path), today=TODAY), today=TODAY)
    assert [p.outcome for p in plan.rows] == [Outcome.ERROR, Outcome.NEW]
    assert plan.rows[0].error_values["length"] == 100_000


@pytest.mark.parametrize("phone", ["12345", "10086", "000000", "0000000000"])
def test_an_unlikely_phone_is_kept_but_doubted(phone: str) -> None:
    assert phone_doubt(normalise_phone(phone)) == "phone_doubtful"


@pytest.mark.parametrize("phone", ["13800138000", "010-62345678", "62345678", "+852 2345 6789", "+1 415 555 0100"])
def test_real_landlines_and_foreign_numbers_are_not_doubted(phone: str) -> None:
    assert phone_doubt(normalise_phone(phone)) == ""


def test_an_unlikely_phone_is_a_preview_warning(shop: Shop, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "p.xlsx", [["姓名", "手机"], ["王芳", "12345"]])
    plan = customer_imports.plan_import(build_rows(read_sheet(path), today=TODAY), today=TODAY)
    assert (plan.rows[0].outcome, plan.rows[0].warning_code) == (Outcome.NEW, "phone_doubtful")


def test_the_form_asks_before_saving_an_unlikely_phone(shop: Shop) -> None:
    with pytest.raises(ConflictError) as caught:
        profiles.create_customer(OWNER, CustomerInput(name="王芳", phone="12345"))
    assert caught.value.code == "customer_phone_doubtful"
    saved = profiles.create_customer(OWNER, CustomerInput(name="王芳", phone="12345"), allow_duplicate=True)
    # an unchanged doubtful phone is not asked about again
    profiles.update_customer(OWNER, saved.id, CustomerInput(name="王芳", phone="12345", notes="x"))


def test_the_duplicate_rule_takes_the_year_when_both_have_one() -> None:
    born_1990 = Identity("王芳", "", 1990, 5, 3)
    assert duplicate_reason(born_1990, Identity("王芳", "", 1990, 5, 3)) == "name_birthday"
    assert duplicate_reason(born_1990, Identity("王芳", "", None, 5, 3)) == "name_birthday"
    assert duplicate_reason(born_1990, Identity("王芳", "", 1985, 5, 3)) == ""
    assert duplicate_reason(born_1990, Identity("王芳", "13800138000", 1985, 5, 3)) == ""
    assert duplicate_reason(Identity("甲", "13800138000"), Identity("乙", "13800138000")) == "phone"
    assert duplicate_reason(Identity("甲"), Identity("甲")) == ""  # a name alone is not enough


def test_twenty_thousand_people_sharing_birthdays_are_not_lost(shop: Shop, tmp_path: Path) -> None:
    rows: list[list[object]] = [["姓名", "手机", "生日"]]
    for number in range(2000):  # 2,000 people, ten names, few birthdays: every one different by year or phone
        rows.append([f"王{number % 10}", f"139{number:08d}", f"{1960 + number % 40}/5/3"])
    plan = customer_imports.plan_import(build_rows(read_sheet(write_workbook(tmp_path / "b.xlsx", rows)), today=TODAY))
    assert plan.count(Outcome.NEW) == 2000
    assert plan.count(Outcome.DUPLICATE_IN_FILE) == 0


def test_a_possible_duplicate_in_the_file_is_a_warning_not_a_skip(shop: Shop, tmp_path: Path) -> None:
    rows = [["姓名", "手机", "生日"], ["王芳", "13800138000", "5月3日"], ["王芳", "13900139000", "1990/5/3"]]
    plan = customer_imports.plan_import(build_rows(read_sheet(write_workbook(tmp_path / "d.xlsx", rows)), today=TODAY))
    assert [p.outcome for p in plan.rows] == [Outcome.NEW, Outcome.NEW]
    assert plan.rows[1].warning_code == "import_possible_duplicate_in_file"
    assert plan.rows[1].warning_values == {"line": 2}
    profiles.create_customer(OWNER, CustomerInput(name="李娜", birth_year=1990, birth_month=5, birth_day=3))
    with pytest.raises(ConflictError):  # the form uses the same rule
        profiles.create_customer(OWNER, CustomerInput(name="李娜", birth_month=5, birth_day=3))
    assert profiles.find_duplicates(CustomerInput(name="李娜", birth_year=1991, birth_month=5, birth_day=3)) == []


def test_imported_allergy_notes_come_with_the_shops_consent(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "health.csv"
    path.write_text("姓名,手机,过敏史\n王芳,13800138000,PPD\n李娜,13900139000,\n", encoding="utf-8")
    plan = customer_imports.plan_import(build_rows(read_sheet(path), today=TODAY), today=TODAY)
    customer_imports.commit_import(OWNER, plan, backup_dir=None)
    wang, li = (profiles.get_customer(row.id) for row in Customer.select().order_by(Customer.id))
    assert (wang.allergies, wang.health_consent) == ("PPD", True)
    assert (li.allergies, li.health_consent) == ("", False)
