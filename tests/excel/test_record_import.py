"""Past service records from another system: resolved against the shop, history only, all or nothing."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from excel_helpers import write_workbook

from salon_crm.core import bill_imports, catalogue, loyalty, profiles, reports
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import ServiceRecord, Staff
from salon_crm.excel.bill_import import read_records
from salon_crm.excel.reasons import reason_text

NOW = datetime(2026, 11, 23, 18, 0)


def _shop_with_a_customer() -> int:
    Staff.create(name="林美玲", role="stylist")
    catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("洗剪吹", "cut", Decimal(68), 45))
    return profiles.create_customer(OWNER, profiles.CustomerInput(name="王芳", phone="13900000001")).id


def test_records_import_as_history_without_touching_the_ledger(shop: Shop, tmp_path: Path) -> None:
    customer = _shop_with_a_customer()
    path = write_workbook(
        tmp_path / "records.xlsx",
        [
            ["消费日期", "姓名", "手机", "项目", "技师", "实收", "支付方式"],
            [date(2026, 10, 3), "王芳", 13900000001.0, "洗剪吹", "林美玲", 68, "微信"],
            ["2026/10/20", "王芳", "", "洗剪吹", "", "¥60", "储值卡"],
            ["2026/10/21", "李四", "", "洗剪吹", "", "60", ""],
            ["2026/13/40", "王芳", "", "洗剪吹", "", "60", ""],
            ["2026/10/22", "王芳", "", "烫发", "", "60", ""],
            ["", "合计", "", "", "", 248, ""],
        ],
    )
    planned = bill_imports.plan_record_import(read_records(path), now=NOW)
    assert [record.ok for record in planned] == [True, True, False, False, False]
    assert [record.error_code for record in planned[2:]] == [
        "record_customer_unknown", "date_unreadable", "service_item_unknown",
    ]  # fmt: skip
    assert bill_imports.commit_record_import(OWNER, planned, backup_dir=shop.backup_dir, now=NOW) == 2
    records = list(ServiceRecord.select().order_by(ServiceRecord.visited_at))
    assert [(r.visited_at.date(), Decimal(r.total), r.payment_method, r.imported) for r in records] == [
        (date(2026, 10, 3), Decimal("68.00"), "wechat_pay", True),
        (date(2026, 10, 20), Decimal("60.00"), "stored_value", True),
    ]
    assert loyalty.ledger_of(customer) == []  # history: no spend, no points
    assert reports.month_kpis(reports.Month(2026, 10)).revenue == Decimal("128.00")


def test_a_sheet_without_record_columns_is_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "c.xlsx", [["姓名", "手机"], ["王芳", "13900000001"]])
    with pytest.raises(ValidationError) as caught:
        read_records(path)
    assert caught.value.code == "import_no_record_columns"


def test_a_bills_notes_have_the_customer_files_limit_at_import(shop: Shop, tmp_path: Path) -> None:
    _shop_with_a_customer()
    header = ["消费日期", "姓名", "项目", "实收", "备注"]
    rows = [
        header,
        ["2026/10/20", "王芳", "洗剪吹", "60", "长" * 2000],
        ["2026/10/21", "王芳", "洗剪吹", "60", "长" * 2001],
        ["2026/10/22", "王芳", "洗剪吹", "60", "染\x00发\x1b[31m 后护理"],  # a workbook cannot hold these: a CSV
    ]
    path = tmp_path / "records.csv"
    path.write_text("\n".join(",".join(row) for row in rows), encoding="utf-8")
    before = shop.db_path.read_bytes()
    planned = bill_imports.plan_record_import(read_records(path), now=NOW)
    assert shop.db_path.read_bytes() == before  # planning writes nothing
    assert [record.ok for record in planned] == [True, False, True]
    assert (planned[1].error_code, planned[1].error_values) == (
        "text_too_long", {"field": "notes", "max": 2000, "length": 2001}
    )  # fmt: skip
    assert "has 2001 characters; at most 2000" in reason_text(planned[1].error_code, planned[1].error_values)
    assert bill_imports.commit_record_import(OWNER, planned, backup_dir=None, now=NOW) == 2
    notes = [record.notes for record in ServiceRecord.select().order_by(ServiceRecord.visited_at)]
    assert notes == ["长" * 2000, "染发[31m 后护理"]  # control characters dropped, as in a customer's notes


def test_a_row_paid_by_package_uses_a_session_or_is_refused(shop: Shop, tmp_path: Path) -> None:
    from salon_crm.core import packages

    customer = _shop_with_a_customer()
    item = catalogue.list_service_items()[0].id
    plan = packages.add_plan(OWNER, packages.PlanInput("洗剪吹两次", item, 2, "120"))
    packages.sell_package(OWNER, customer, plan.id, "cash", now=datetime(2026, 9, 1, 10))
    path = write_workbook(
        tmp_path / "records.xlsx",
        [
            ["消费日期", "姓名", "项目", "实收", "支付方式"],
            ["2026/10/01", "王芳", "洗剪吹", "68", "次卡"],
            ["2026/10/08", "王芳", "洗剪吹", "68", "套餐"],
            ["2026/10/15", "王芳", "洗剪吹", "68", "次卡"],  # a third session she does not hold
        ],
    )
    planned = bill_imports.plan_record_import(read_records(path), now=NOW)
    assert [record.ok for record in planned] == [True, True, False]
    assert planned[2].error_code == "no_package_for_item"
    assert "洗剪吹" in reason_text(planned[2].error_code, planned[2].error_values, "zh_CN")
    assert bill_imports.commit_record_import(OWNER, planned, backup_dir=None, now=NOW) == 2
    assert [row.sessions_left for row in packages.packages_of(customer)] == [0]
    assert {Decimal(r.total) for r in ServiceRecord.select()} == {Decimal("0.00")}  # paid in advance
