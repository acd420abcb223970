"""The import's commit written in bulk still leaves what the owner relies on.

Each new customer has their own import entry in the audit log (their history shows
it, with the profile as stored), the log's seals hold for ``salon-crm check``, a
name shared by two rows finds each of them by pinyin with their own number, and an
erasure blanks the imported entry.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from excel_helpers import write_workbook

from salon_crm.core import audit, customer_imports, customers, erasure, integrity, loyalty
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, HealthConsent, LedgerEntry
from salon_crm.excel.customer_import import build_rows, read_sheet

TODAY = date(2026, 11, 23)


def _import(shop: Shop, path: Path) -> customer_imports.ImportResult:
    plan = customer_imports.plan_import(build_rows(read_sheet(path), today=TODAY), today=TODAY)
    return customer_imports.commit_import(OWNER, plan, backup_dir=shop.backup_dir)


def _sheet(tmp_path: Path) -> Path:
    return write_workbook(
        tmp_path / "customers.xlsx",
        [
            ["姓名", "手机", "生日", "余额", "积分", "过敏", "备注"],
            ["张三", "13800000001", "1990-05-03", "1200.50", 30, "染发剂", "常客"],
            ["张三", "13900000002", "", "", "", "", ""],
            ["Anna Lee", "+86 137-0000-0003", "3月8日", "", 5, "", ""],
        ],
    )


def test_each_imported_customer_has_their_own_import_entry_with_the_stored_profile(shop: Shop, tmp_path: Path) -> None:
    assert _import(shop, _sheet(tmp_path)).created == 3
    for customer in Customer.select():
        [entry] = audit.entries_for("customer", customer.id)
        assert (entry.action, entry.actor, entry.before) == ("import", OWNER.username, None)
        assert json.loads(entry.after or "") == audit.snapshot(Customer.get_by_id(customer.id))
    first = Customer.get(Customer.phone == "13800000001")
    assert json.loads(audit.entries_for("customer", first.id)[0].after or "")["allergies"] == "染发剂"
    assert HealthConsent.get_or_none(HealthConsent.customer == first.id) is not None  # the sheet's notes, consented
    assert loyalty.balance_of(first.id) == loyalty.Balance(Decimal("1200.50"), Decimal("0.00"), 30)
    [ledger] = LedgerEntry.select().where(LedgerEntry.customer == first.id)
    assert [entry.action for entry in audit.entries_for("ledger_entry", ledger.id)] == ["create"]


def test_the_log_of_an_import_passes_the_check(shop: Shop, tmp_path: Path) -> None:
    _import(shop, _sheet(tmp_path))
    second = tmp_path / "more.xlsx"
    write_workbook(second, [["姓名", "手机", "余额"], *[[f"客人{n}", f"1360000{n:04d}", 100] for n in range(700)]])
    assert _import(shop, second).created == 700  # more than one chunk of entries, sealed in a run
    shop.close()
    report = integrity.check_file(shop.db_path)
    assert report.ok, report.findings


def test_two_rows_with_one_name_are_each_found_with_their_own_number(shop: Shop, tmp_path: Path) -> None:
    _import(shop, _sheet(tmp_path))
    found = {row.phone for row in customers.list_customers("zs")}
    assert found == {"13800000001", "13900000002"}
    assert [row.phone for row in customers.list_customers("13900000002")] == ["13900000002"]
    texts = [c.search_text for c in Customer.select().where(Customer.name == "张三").order_by(Customer.id)]
    assert "13800000001" in texts[0] and "13900000002" not in texts[0]
    assert "13900000002" in texts[1] and "13800000001" not in texts[1]


def test_erasing_an_imported_customer_blanks_their_import_entry(shop: Shop, tmp_path: Path) -> None:
    _import(shop, _sheet(tmp_path))
    first = Customer.get(Customer.phone == "13800000001")
    erasure.erase_personal_data(OWNER, first.id)
    after = audit.entries_for("customer", first.id)[0].after or ""
    assert "13800000001" not in after and "染发剂" not in after and "张三" not in after
    shop.close()
    assert integrity.check_file(shop.db_path).ok
