"""Reading real-world files: calamine first, openpyxl as the fallback, hostile files refused cleanly."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date
from pathlib import Path

import pytest
from excel_helpers import rewrite_part, sample, write_workbook
from openpyxl import Workbook

from salon_crm.core.errors import ValidationError
from salon_crm.excel.reading import read_table, read_table_openpyxl, sheet_names

HEADER = ["姓名", "手机", "生日"]


def test_calamine_reads_dates_as_dates_numbers_as_floats_and_a_merged_title(tmp_path: Path) -> None:
    table = read_table(sample("sample_customers_messy.xlsx", tmp_path))
    assert table.reader == "calamine"
    assert table.rows[0][0] == "丽人美发店 客户资料 2025年"  # the merged title's first cell
    first = table.rows[3]
    assert isinstance(first[3], float)  # a phone typed as a number
    assert first[4] == date(1973, 2, 16)


@pytest.mark.parametrize("reader", [read_table, read_table_openpyxl])
def test_a_sheet_falsely_sized_to_one_cell_is_read_whole(tmp_path: Path, reader: object) -> None:
    rows = [HEADER, *[[f"客{n}", f"1380013{n:04d}", "1990/5/3"] for n in range(50)]]
    path = write_workbook(tmp_path / "dim.xlsx", rows)
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace('ref="A1:C51"', 'ref="A1"'))
    assert 'ref="A1"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    table = reader(path)  # type: ignore[operator]
    assert len(table.rows) == 51


def test_a_sheet_sized_to_xfd1048576_is_read_to_its_last_real_row(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "huge_dim.xlsx", [HEADER, ["王芳", "13800138000", "1990/5/3"]])
    rewrite_part(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace('ref="A1:C2"', 'ref="A1:XFD1048576"'))
    assert len(read_table(path).rows) == 2
    assert len(read_table_openpyxl(path).rows) == 2


def test_rows_formatted_down_to_the_bottom_end_the_sheet(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["王芳", "13800138000", "1990/5/3"])
    for row in range(3, 5000):
        sheet.cell(row=row, column=1).number_format = "@"  # styled, empty
    workbook.save(tmp_path / "styled.xlsx")
    assert len(read_table(tmp_path / "styled.xlsx").rows) == 2


def _refused(path: Path, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code == code


def test_an_xml_entity_bomb_is_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "bomb.xlsx", [HEADER, ["x", "y", "z"]])
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10))
        + "]>"
    )
    part = "xl/worksheets/sheet1.xml"
    rewrite_part(path, part, lambda xml: bomb + xml.split("?>", 1)[-1].replace("<t>x</t>", "<t>&lol9;</t>"))
    assert b"&lol9;" in zipfile.ZipFile(path).read(part)
    with pytest.raises(ValidationError):
        read_table(path)
    with pytest.raises(ValidationError):
        read_table_openpyxl(path)


def test_a_truncated_file_is_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "cut.xlsx", [HEADER, ["王芳", "13800138000", "1990/5/3"]])
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    _refused(path, "import_file_damaged")


def test_an_empty_file_and_a_workbook_without_rows_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    _refused(tmp_path / "empty.xlsx", "import_file_empty")
    Workbook().save(tmp_path / "blank.xlsx")
    _refused(tmp_path / "blank.xlsx", "import_no_rows")


def test_not_a_zip_with_an_xlsx_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    _refused(path, "import_not_a_workbook")


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "photos.xlsx", "w") as archive:
        archive.writestr("a.txt", "hello")
    _refused(tmp_path / "photos.xlsx", "import_not_a_workbook")


def _ole(path: Path, stream: str) -> Path:
    # The compound-file signature and a directory entry naming the stream, as Office writes them.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + stream.encode("utf-16-le") + bytes(2048))
    return path


def test_a_legacy_xls_renamed_says_how_to_convert_it(tmp_path: Path) -> None:
    _refused(_ole(tmp_path / "old.xlsx", "Workbook"), "import_legacy_xls")


def test_a_password_protected_workbook_is_refused(tmp_path: Path) -> None:
    _refused(_ole(tmp_path / "secret.xlsx", "EncryptedPackage"), "import_file_encrypted")


def test_hundreds_of_thousands_of_rows_stop_at_the_limit(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for number in range(2_001):
        sheet.append([f"客{number}"])
    workbook.save(tmp_path / "many.xlsx")
    with pytest.raises(ValidationError) as caught:
        read_table(tmp_path / "many.xlsx", max_rows=2_000)
    assert caught.value.code == "import_too_many_rows"
    assert caught.value.values["max"] == 2_000


@pytest.mark.slow
def test_a_sheet_of_300000_rows_is_refused_at_the_default_limit(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for number in range(300_000):
        sheet.append([number])
    workbook.save(tmp_path / "huge.xlsx")
    _refused(tmp_path / "huge.xlsx", "import_too_many_rows")


def test_a_missing_sheet_is_named(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "a.xlsx", [HEADER])
    with pytest.raises(ValidationError) as caught:
        read_table(path, "二月")
    assert caught.value.values["sheet"] == "二月"
    assert sheet_names(path) == ["客户资料"]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""), ("gbk", b"")],
)
def test_csv_in_utf8_with_or_without_bom_and_in_gbk(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(prefix + "姓名,电话\n张三,13800138000\n李四,13900139000\n".encode(encoding))
    table = read_table(path)
    assert table.rows == [["姓名", "电话"], ["张三", "13800138000"], ["李四", "13900139000"]]


def test_the_sample_gbk_csv_reads_in_chinese(tmp_path: Path) -> None:
    rows = read_table(sample("sample_customers_gbk.csv", tmp_path)).rows
    assert rows[0][:2] == ["姓名", "电话"]
    assert rows[1][0] == "郝博"


def test_a_csv_in_an_unknown_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("Name,Phone\nJosé\xff\xfe\x80,1\n".encode("latin-1") + b"\xff\xff\xff")
    _refused(path, "import_encoding_unknown")
