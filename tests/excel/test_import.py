"""The customer import end to end: the sample files, the preview's outcomes, an all-or-nothing commit."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from excel_helpers import sample, write_workbook
from openpyxl import load_workbook

from salon_crm.core import customer_imports, loyalty, profiles
from salon_crm.core.context import OWNER
from salon_crm.core.customer_imports import Outcome
from salon_crm.core.db import Shop
from salon_crm.core.enums import LedgerKind
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import Customer, LedgerEntry
from salon_crm.excel.customer_import import build_rows, read_sheet, write_error_report

TODAY = date(2026, 11, 23)


def _plan(path: Path, on_duplicate: str = customer_imports.SKIP) -> customer_imports.ImportPlan:
    return customer_imports.plan_import(
        build_rows(read_sheet(path), today=TODAY), on_duplicate=on_duplicate, today=TODAY
    )


def _commit(plan: customer_imports.ImportPlan, shop: Shop) -> customer_imports.ImportResult:
    return customer_imports.commit_import(OWNER, plan, backup_dir=shop.backup_dir)


def test_the_messy_sample_imports_as_the_owner_expects(shop: Shop, tmp_path: Path) -> None:
    plan = _plan(sample("sample_customers_messy.xlsx", tmp_path))
    assert [planned.outcome for planned in plan.rows] == [Outcome.NEW] * 60  # no blank, title or 合计 row
    result = _commit(plan, shop)
    assert (result.created, result.rejected) == (60, 0)
    first = Customer.get(Customer.name == "刘诚娜")  # full-width spaces trimmed
    assert (first.phone, first.gender, first.birth_year, first.birth_month, first.birth_day) == (
        "13691417776", "male", 1973, 2, 16,
    )  # fmt: skip
    assert Customer.get(Customer.name == "苏福绍").birth_year == 1974  # the serial 27227
    assert Customer.get(Customer.name == "姚亮雅").phone == "18625851781"  # full-width digits
    assert Customer.get(Customer.name == "蒋航固").phone == "18681241586"  # +86 with dashes
    balance = loyalty.balance_of(Customer.get(Customer.name == "苏福绍").id)
    assert balance == loyalty.Balance(Decimal("1200.50"), Decimal("0.00"), 2244)
    entries = list(LedgerEntry.select().where(LedgerEntry.kind == LedgerKind.IMPORT.value))
    assert entries
    assert all(entry.imported for entry in entries)
    total = sum((loyalty.balance_of(customer.id).principal for customer in Customer.select()), Decimal(0))
    assert total == Decimal("33302.50")  # the sheet's own 合计 row


def test_the_english_export_of_another_system(shop: Shop, tmp_path: Path) -> None:
    _commit(_plan(sample("sample_clients_english.xlsx", tmp_path)), shop)
    customer = Customer.get(Customer.phone == "15098259791")
    assert (customer.name, customer.gender, customer.birth_month, customer.birth_day) == ("石家茗", "female", 1, 27)


def test_the_gbk_csv_and_the_libreoffice_file(shop: Shop, tmp_path: Path) -> None:
    assert _commit(_plan(sample("sample_customers_gbk.csv", tmp_path)), shop).created == 40
    plan = _plan(sample("sample_customers_libreoffice.xlsx", tmp_path))
    assert plan.count(Outcome.NEW) == 50
    assert plan.rows[0].warning_code == "import_level_unknown"  # the shop has no level 普通 yet
    _commit(plan, shop)
    assert "会员等级：普通" in Customer.get(Customer.phone == "13633147893").notes


def test_every_row_has_an_outcome_before_anything_is_written(shop: Shop, tmp_path: Path) -> None:
    profiles.create_customer(OWNER, profiles.CustomerInput(name="老客", phone="13900000001"))
    profiles.create_customer(
        OWNER, profiles.CustomerInput(name="李娜", birth_year=1990, birth_month=5, birth_day=3, phone="")
    )
    path = write_workbook(
        tmp_path / "c.xlsx",
        [
            ["姓名", "手机", "生日", "余额"],
            ["新客", "13900000002", "", ""],
            ["老客", "139 0000 0001", "", "100"],
            ["李娜", "", "1990/5/3", ""],
            ["新客重复", "13900000002", "", ""],
            ["坏日期", "13900000003", "1990-13-45", ""],
            ["", "", "", ""],
            ["坏电话", "1380013800", "", ""],
            ["合计", "", "", "100"],
        ],
    )
    plan = _plan(path)
    outcomes = [(planned.row.line, planned.outcome) for planned in plan.rows]
    assert outcomes == [
        (2, Outcome.NEW), (3, Outcome.EXISTING), (4, Outcome.NEW), (5, Outcome.DUPLICATE_IN_FILE),
        (6, Outcome.ERROR), (8, Outcome.ERROR),
    ]  # fmt: skip
    assert plan.rows[1].match == "phone"
    assert plan.rows[2].match == "name_birthday"  # a possible duplicate: imported, with a warning to read
    assert plan.rows[2].warning_code == "import_possible_duplicate"
    assert plan.rows[3].duplicate_of_line == 2
    assert plan.rows[4].error_code == "date_unreadable"
    assert plan.rows[5].error_code == "phone_invalid"
    assert Customer.select().count() == 2  # the preview wrote nothing


def test_update_existing_changes_only_the_given_fields(shop: Shop, tmp_path: Path) -> None:
    profile = profiles.create_customer(
        OWNER, profiles.CustomerInput(name="老客", phone="13900000001", notes="keep", wechat="laoke")
    )
    loyalty.top_up(OWNER, profile.id, 300, bonus=50)
    rows = [["姓名", "手机", "肤质", "余额"], ["老客", "13900000001", "油性", "500"]]
    path = write_workbook(tmp_path / "u.xlsx", rows)
    result = _commit(_plan(path, customer_imports.UPDATE), shop)
    assert (result.created, result.updated) == (0, 1)
    after = profiles.get_customer(profile.id)
    assert (after.skin_type, after.notes, after.wechat) == ("油性", "keep", "laoke")
    assert loyalty.balance_of(profile.id) == loyalty.Balance(Decimal("500.00"), Decimal("50.00"), 0)
    assert loyalty.ledger_of(profile.id)[0].imported


def test_a_cancelled_commit_writes_nothing_but_the_backup(shop: Shop, tmp_path: Path) -> None:
    rows = [["姓名", "手机"], *[[f"客{n}", f"139{n:08d}"] for n in range(500)]]
    plan = _plan(write_workbook(tmp_path / "big.xlsx", rows))
    seen: list[int] = []

    def cancel_after_first_batch() -> bool:
        return bool(seen)

    with pytest.raises(customer_imports.ImportCancelled):
        customer_imports.commit_import(
            OWNER, plan, backup_dir=shop.backup_dir, progress=lambda done, _total: seen.append(done),
            cancelled=cancel_after_first_batch,
        )  # fmt: skip
    assert Customer.select().count() == 0
    backups = list(shop.backup_dir.glob("salon-before-import-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failure_half_way_rolls_everything_back(shop: Shop, tmp_path: Path) -> None:
    plan = _plan(write_workbook(tmp_path / "a.xlsx", [["姓名", "手机"], ["甲", "13900000001"], ["乙", "13900000002"]]))
    bad = customer_imports.ImportPlan(
        (
            *plan.rows,
            customer_imports.PlannedRow(plan.rows[0].row, Outcome.UPDATE, plan.rows[0].customer, customer_id=999),
        ),
        plan.on_duplicate,
    )
    with pytest.raises(Exception):  # noqa: B017 - whatever fails, nothing may stay
        _commit(bad, shop)
    assert Customer.select().count() == 0


def test_a_sheet_of_something_else_is_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "inventory.xlsx", [["商品", "库存", "单价"], ["洗发水", 12, 58]])
    with pytest.raises(ValidationError) as caught:
        read_sheet(path)
    assert caught.value.code == "import_no_customer_columns"


def test_the_error_report_lists_rejected_rows_with_their_original_values(shop: Shop, tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "e.xlsx", [["姓名", "手机", "生日"], ["好", "13900000001", ""], ["坏", "13900000002", "1990-13-45"]]
    )
    sheet = read_sheet(path)
    plan = customer_imports.plan_import(build_rows(sheet, today=TODAY), today=TODAY)
    out = write_error_report(plan, sheet.headers, tmp_path / "errors.xlsx")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("行号", "原因", "姓名", "手机", "生日")
    assert rows[1] == (3, "无法识别日期 1990-13-45。", "坏", "13900000002", "1990-13-45")
    assert len(rows) == 2


def test_bulk_opening_balances_refuse_a_customer_with_a_ledger(shop: Shop) -> None:
    profile = profiles.create_customer(OWNER, profiles.CustomerInput(name="老客", phone="13900000001"))
    loyalty.top_up(OWNER, profile.id, 100)
    with pytest.raises(ValidationError) as caught:
        loyalty.import_opening_balances(OWNER, [(profile.id, Decimal(5), Decimal(0), 0)], at=datetime(2026, 1, 1))
    assert caught.value.code == "ledger_not_empty"
    assert loyalty.balance_of(profile.id).principal == Decimal("100.00")
