"""Excel at a busy shop's scale: the customer import and the monthly report.

1. Import of ROWS customer rows x 10 columns (default 100,000): read, map + clean,
   preview (plan against the database), commit; and the ratio to python-calamine
   only reading the same file (the fastest reader there is). Also at 20,000 rows.
2. The monthly report over RECORDS service records (default 1,000,000, written
   straight into SQLite): computing the figures, writing the workbook, and the
   ratio of writing to openpyxl write-only writing the same cells.

Usage: python bench/excel_import.py [ROWS] [RECORDS]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

from salon_crm.core import customer_imports, reports
from salon_crm.core.context import OWNER
from salon_crm.core.db import open_shop
from salon_crm.core.models import database_proxy
from salon_crm.excel.customer_import import build_rows, read_sheet
from salon_crm.excel.reading import read_table
from salon_crm.excel.report import write_monthly_report

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "芳娜敏静丽强伟明秀英华慧巧美娟红玉兰萍雪琳"


def write_customers(path: Path, rows: int) -> None:
    """A shop's sheet: a title, a header, messy phones, dates in mixed forms, money as text."""
    rng = random.Random(rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("客户资料")
    sheet.append(["丽人美发店 客户资料"])
    sheet.append(["序号", "姓名", "性别", "手机号码", "生日", "余额", "积分", "肤质", "发质", "备注"])
    for number in range(rows):
        phone = f"13{number:09d}"
        shapes = [phone, float(phone), f"{phone[:3]} {phone[3:7]} {phone[7:]}", f"+86-{phone}"]
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(16000))
        birthdays = [born, born.strftime("%Y/%m/%d"), born.strftime("%Y年%m月%d日"), born.strftime("%Y%m%d")]
        sheet.append([
            number + 1, rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN), rng.choice("男女"),
            rng.choice(shapes), rng.choice(birthdays), rng.choice(["", "¥1,200.50", "500元", 300.0]),
            rng.randrange(3000), rng.choice(["油性", "干性", ""]), rng.choice(["细软", "粗硬", ""]), "",
        ])  # fmt: skip
    workbook.save(path)


def timed(label: str, work: object) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()  # type: ignore[operator]
    elapsed = time.perf_counter() - started
    print(f"  {label:<34} {elapsed:7.2f} s")
    return elapsed, result


def bench_import(folder: Path, rows: int) -> None:
    path = folder / f"customers-{rows}.xlsx"
    write_customers(path, rows)
    print(f"Import of {rows:,} rows x 10 columns ({path.stat().st_size / 1e6:.1f} MB):")
    calamine, _ = timed("python-calamine only reading", lambda: read_table(path))
    shop = open_shop(folder / f"shop-{rows}")
    try:
        read, sheet = timed("read + find header + map", lambda: read_sheet(path))
        clean, cleaned = timed("clean every value", lambda: build_rows(sheet))  # type: ignore[arg-type]
        preview, plan = timed("preview (plan against the shop)", lambda: customer_imports.plan_import(cleaned))  # type: ignore[arg-type]
        commit, result = timed(
            "commit (backup + one transaction)",
            lambda: customer_imports.commit_import(OWNER, plan, backup_dir=shop.backup_dir),  # type: ignore[arg-type]
        )
    finally:
        shop.close()
    total = read + clean + preview + commit
    print(f"  {'total':<34} {total:7.2f} s   {result.created:,} customers created")  # type: ignore[attr-defined]
    print(f"  ratio to calamine reading alone: {total / calamine:.1f}x")


def fill_records(count: int) -> None:
    """``count`` service records over two years, inserted straight into SQLite (no audit: a bench)."""
    rng = random.Random(count)
    db = database_proxy.obj
    customers = max(count // 10, 1)
    with db.atomic():
        db.execute_sql("INSERT INTO staff (name, role, skills, phone, active, sort_order, created_at) "
                       "VALUES ('林美玲', 'stylist', '', '', 1, 0, '2024-01-01 00:00:00')")  # fmt: skip
        db.execute_sql("INSERT INTO service_item (name, category, price, duration_minutes, active, sort_order) "
                       "VALUES ('洗剪吹', 'cut', '68.00', 45, 1, 0)")  # fmt: skip
        db.execute_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO customer (name, gender, phone, wechat, email, address, occupation, source, notes, skin_type, "
            "hair_type, allergies, preferences, marketing_consent, search_text, created_at, updated_at) "
            "SELECT '客' || i, 'female', '13' || printf('%09d', i), '', '', '', '', 'walk_in', '', '', '', '', '', 0, "
            "'', '2024-01-01 00:00:00', '2024-01-01 00:00:00' FROM n",
            (customers,),
        )
        start = datetime(2024, 11, 1, 10)
        batch = []
        for number in range(count):
            at = start + timedelta(minutes=rng.randrange(730 * 24 * 60))
            total = rng.choice(["68.00", "128.00", "298.00", "588.00"])
            batch.append((rng.randrange(1, customers + 1), at.isoformat(sep=" "), total, total))
            if len(batch) == 50_000 or number == count - 1:
                db.execute_sql(
                    "INSERT INTO service_record (customer_id, visited_at, payment_method, subtotal, discount, total, "
                    "products_used, notes, void_reason, imported, created_at) VALUES "
                    + ",".join(["(?, ?, 'cash', ?, '0', ?, '', '', '', 0, '2024-01-01')"] * len(batch)),
                    [value for row in batch for value in row],
                )
                batch = []
        db.execute_sql(
            "INSERT INTO service_record_line (record_id, service_item_id, stylist_id, unit_price, quantity, discount, "
            "amount) SELECT id, 1, 1, total, 1, '0', total FROM service_record"
        )


def bench_report(folder: Path, records: int) -> None:
    shop = open_shop(folder / "report-shop")
    try:
        _seconds, _ = timed(f"filling {records:,} service records", lambda: fill_records(records))
        print(f"Monthly report over {records:,} service records:")
        month = reports.Month(2026, 10)
        figures, report = timed("figures (core.reports)", lambda: reports.monthly_report(month))
    finally:
        shop.close()
    out = folder / "report.xlsx"
    writing, _ = timed("workbook (excel.report)", lambda: write_monthly_report(report, out))  # type: ignore[arg-type]

    from openpyxl import load_workbook

    source = load_workbook(out)
    cells = {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in source}
    print(f"  ({sum(len(rows) for rows in cells.values()):,} rows of cells in the workbook)")

    def plain() -> None:
        # openpyxl write-only writing the same cells, no styles or charts: the floor for the workbook
        target = Workbook(write_only=True)
        for title, rows in cells.items():
            copy = target.create_sheet(title)
            for row in rows:
                copy.append(row)
        target.save(folder / "plain.xlsx")

    floor, _ = timed("openpyxl write-only, same cells", plain)
    print(f"  total {figures + writing:.2f} s; writing is {writing / floor:.1f}x openpyxl write-only")


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    records = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        bench_import(folder, 20_000)
        bench_import(folder, rows)
        bench_report(folder, records)


if __name__ == "__main__":
    main()
