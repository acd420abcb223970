"""The Excel commands of the command line: import, export, report; exit codes; bad files change nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from salon_crm.__main__ import main
from salon_crm.core import tags
from salon_crm.core.db import open_shop
from salon_crm.core.models import Customer

SAMPLES = Path(__file__).parent / "fixtures" / "excel"


def _digest(folder: Path) -> str:
    return hashlib.sha256((folder / "salon.db").read_bytes()).hexdigest()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    open_shop(folder).close()
    return folder


def _count(folder: Path) -> int:
    shop = open_shop(folder)
    try:
        return int(Customer.select().count())
    finally:
        shop.close()


def test_import_prints_a_summary_and_exits_zero(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(data), "import", "customers", str(SAMPLES / "sample_customers_messy.xlsx")])
    out = capsys.readouterr().out
    assert code == 0
    assert "60 rows read, 60 imported, 0 updated, 0 skipped as duplicates, 0 rejected" in out
    assert _count(data) == 60
    assert list((data / "backups").glob("salon-before-import-*.db"))
    again = main(["--data-dir", str(data), "import", str(SAMPLES / "sample_customers_messy.xlsx"), "--update-existing"])
    assert again == 0
    assert "0 imported, 60 updated" in capsys.readouterr().out


def test_dry_run_writes_nothing(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(data)
    assert main(["--data-dir", str(data), "import", str(SAMPLES / "sample_customers_gbk.csv"), "--dry-run"]) == 0
    assert "would import 40" in capsys.readouterr().out
    assert _digest(data) == before


def test_the_error_report_is_written(data: Path, tmp_path: Path) -> None:
    sheet = Workbook()
    sheet.active.append(["姓名", "手机", "生日"])
    sheet.active.append(["好", "13900000001", ""])
    sheet.active.append(["坏", "13900000002", "1990-13-45"])
    sheet.save(tmp_path / "in.xlsx")
    report = tmp_path / "rejected.xlsx"
    code = main(["--data-dir", str(data), "import", str(tmp_path / "in.xlsx"), "--error-report", str(report)])
    assert code == 0
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert rows[1][:3] == (3, "The date 1990-13-45 cannot be read.", "坏")


def test_the_error_report_speaks_chinese_with_lang_zh(data: Path, tmp_path: Path) -> None:
    sheet = Workbook()
    sheet.active.append(["姓名", "手机", "生日"])
    sheet.active.append(["坏", "13900000002", "1990-13-45"])
    sheet.save(tmp_path / "in.xlsx")
    report = tmp_path / "rejected.xlsx"
    args = [
        "--lang",
        "zh_CN",
        "--data-dir",
        str(data),
        "import",
        str(tmp_path / "in.xlsx"),
        "--error-report",
        str(report),
    ]
    assert main(args) == 0
    book = load_workbook(report)
    rows = list(book.active.iter_rows(values_only=True))
    assert book.active.title == "未导入的行"
    assert rows[0][:5] == ("行号", "原因", "姓名", "手机", "生日")
    assert rows[1][0] == 2 and "1990-13-45" in rows[1][1] and not rows[1][1].isascii()


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    files: dict[str, tuple[Path, str]] = {}
    (tmp_path / "garbage.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    files["not a zip"] = (tmp_path / "garbage.xlsx", "not an .xlsx workbook")
    good = Workbook()
    good.active.append(["姓名", "手机"])
    good.active.append(["王芳", "13900000001"])
    good.save(tmp_path / "good.xlsx")
    (tmp_path / "cut.xlsx").write_bytes((tmp_path / "good.xlsx").read_bytes()[:900])
    files["truncated"] = (tmp_path / "cut.xlsx", "damaged")
    (tmp_path / "empty.csv").write_bytes(b"")
    files["empty"] = (tmp_path / "empty.csv", "is empty")
    Workbook().save(tmp_path / "blank.xlsx")
    files["no rows"] = (tmp_path / "blank.xlsx", "no rows")
    stock = Workbook()
    stock.active.append(["商品", "库存"])
    stock.active.append(["洗发水", 12])
    stock.save(tmp_path / "stock.xlsx")
    files["inventory"] = (tmp_path / "stock.xlsx", "No customer columns")
    (tmp_path / "old.xls").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le")
    )
    files["xls"] = (tmp_path / "old.xls", "save it as .xlsx")
    secret = tmp_path / "secret.xlsx"
    secret.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le"))
    files["password"] = (secret, "password")
    with zipfile.ZipFile(tmp_path / "good.xlsx") as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    part = "xl/worksheets/sheet1.xml"
    entities = "".join(f'<!ENTITY e{n} "{("&e" + str(n - 1) + ";") * 10}">' for n in range(1, 9))
    parts[part] = f'<!DOCTYPE w [<!ENTITY e0 "boom">{entities}]>'.encode() + parts[part].replace(
        "<t>王芳</t>".encode(), b"<t>&e8;</t>"
    )
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    files["xml bomb"] = (tmp_path / "bomb.xlsx", "damaged")
    (tmp_path / "latin.csv").write_bytes(b"Name,Phone\n\xff\xfe\x80\x81,1\n\xff\xff")
    files["wrong encoding"] = (tmp_path / "latin.csv", "encoding")
    files["missing"] = (tmp_path / "nowhere.xlsx", "does not exist")
    return files


def test_bad_files_are_refused_with_a_reason_and_the_data_file_unchanged(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(data)
    for case, (path, words) in _bad_files(tmp_path).items():
        code = main(["--data-dir", str(data), "import", "customers", str(path)])
        err = capsys.readouterr().err
        assert code != 0, case
        assert words in err, (case, err)
        assert _digest(data) == before, case


def test_exports_and_the_report(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "demo", "--seed", "4"]) == 0
    shop = open_shop(data)
    try:
        tags.refresh_auto_tags()  # as the window does each day on opening
    finally:
        shop.close()
    for name in ("customers", "records", "appointments", "tickets", "surveys"):
        for lang in ("zh_CN", "en"):
            out = tmp_path / f"{name}-{lang}.xlsx"
            assert main(["--data-dir", str(data), "--lang", lang, "export", name, str(out)]) == 0, name
            sheet = load_workbook(out).active
            assert sheet.max_row > 1, name
            assert sheet.freeze_panes == "A2"
            headers = [str(cell.value) for cell in sheet[1]]
            # the window's words in the language asked for, never field names
            assert all(h.isascii() == (lang == "en") for h in headers), headers
            assert not {"visited_at", "customer", "payment_method", "status"} & set(headers)
    # the codes a list stores are written as the window's words
    records = load_workbook(tmp_path / "records-zh_CN.xlsx").active
    column = [cell.value for cell in records[1]].index("支付方式")
    paid_by = {row[column] for row in records.iter_rows(min_row=2, values_only=True)}
    assert "微信支付" in paid_by and "wechat_pay" not in paid_by, paid_by
    tickets = load_workbook(tmp_path / "tickets-en.xlsx").active
    header = [cell.value for cell in tickets[1]]
    statuses = {row[header.index("Status")] for row in tickets.iter_rows(min_row=2, values_only=True)}
    assert statuses <= {"Received", "Classified", "Escalated", "Investigating", "Solution proposed",
                        "Solution agreed", "Implemented", "Followed up", "Closed"}, statuses  # fmt: skip
    customers = load_workbook(tmp_path / "customers-en.xlsx").active
    header = [cell.value for cell in customers[1]]
    lifecycles = {row[header.index("Lifecycle")] for row in customers.iter_rows(min_row=2, values_only=True)}
    assert lifecycles <= {"Potential", "New", "Active", "Dormant", "Lost"}, lifecycles
    tag_cells = " ".join(
        str(row[header.index("Tags")] or "") for row in customers.iter_rows(min_row=2, values_only=True)
    )
    assert "Long absent" in tag_cells and "久未到店" not in tag_cells
    assert main(["--data-dir", str(data), "report", "--month", "2026-10", "-o", str(tmp_path / "r.xlsx")]) == 0
    assert "Monthly report 2026-10 written" in capsys.readouterr().out
    assert load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "汇总"
    assert main(["--data-dir", str(data), "report", "--month", "2026-13"]) == 1
    assert "2026-13" in capsys.readouterr().err


def test_an_import_killed_half_way_leaves_the_data_file_as_before(data: Path, tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["姓名", "手机", "余额"])
    for number in range(60_000):
        sheet.append([f"客{number}", f"139{number:08d}", 100])
    workbook.save(tmp_path / "big.xlsx")
    before = _count(data)
    process = subprocess.Popen(
        [sys.executable, "-m", "salon_crm", "--data-dir", str(data), "import", str(tmp_path / "big.xlsx")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not list((data / "backups").glob("salon-before-import-*.db")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # well inside the commit's transaction
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    shutil.rmtree(data / "backups")
    (data / "salon.lock").unlink(missing_ok=True)
    for stale in data.glob("*.lock"):
        stale.unlink()
    assert _count(data) == before


def test_import_records_after_customers(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "demo", "--seed", "5"]) == 0
    shop = open_shop(data)
    try:
        from salon_crm.core.models import ServiceItem

        customer = Customer.select().order_by(Customer.id).first()
        phone, item = customer.phone, ServiceItem.select().first().name
    finally:
        shop.close()
    sheet = Workbook()
    sheet.active.append(["日期", "手机", "项目", "金额", "支付方式"])
    sheet.active.append(["2025-03-01", phone, item, "88", "支付宝"])
    sheet.active.append(["2025-03-02", "13000000000", item, "88", ""])
    sheet.save(tmp_path / "records.xlsx")
    capsys.readouterr()
    code = main(["--data-dir", str(data), "import", "records", str(tmp_path / "records.xlsx")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "2 rows read, 1 service records imported, 1 rejected" in out
