"""Hostile workbooks (issue 13): a cell at XFD1048576, a cell at ZZ500000, bad zip names, a reader
that dies. Each ends in rows or a typed error, fast and within memory, never a dead process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from excel_helpers import file_digest, write_workbook
from openpyxl import Workbook
from openpyxl.styles import Font

from salon_crm.core.errors import ValidationError
from salon_crm.excel import isolation
from salon_crm.excel.extent import scan_worksheet
from salon_crm.excel.reading import read_table, read_table_openpyxl, sheet_names
from salon_crm.excel.reasons import reason_text

HEADER = ["姓名", "手机"]


def _far_cell(path: Path, ref: str, value: str | None = "x") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["王芳", "13800138000"])
    if value is None:
        sheet[ref].font = Font(bold=True)  # formatting dragged out there: a cell with a style and no value
    else:
        sheet[ref] = value
    workbook.save(path)
    return path


@pytest.mark.parametrize("ref", ["XFD1048576", "ZZ500000"])
def test_one_far_empty_cell_is_read_by_the_cells_present(tmp_path: Path, ref: str) -> None:
    path = _far_cell(tmp_path / f"{ref}.xlsx", ref, value=None)
    assert path.stat().st_size < 6000
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 20  # was 33 s and 11 GB (ZZ500000) or an abort (XFD1048576)
    assert table.reader == "openpyxl"
    assert table.rows == [HEADER, ["王芳", "13800138000"]]
    assert read_table_openpyxl(path).rows == table.rows


@pytest.mark.parametrize(
    ("ref", "code"),
    [
        ("XFD1048576", "import_too_many_columns"),  # past column 200 and a million rows down
        ("ZZ500000", "import_too_many_columns"),
        ("XFD3", "import_too_many_columns"),  # on the row under the customer: read densely by calamine
        ("GR1048576", "import_rows_after_gap"),  # column 200 is read, and then its row is too far down
    ],
)
def test_one_far_value_is_refused_with_its_row_never_dropped(tmp_path: Path, ref: str, code: str) -> None:
    # openpyxl read the first 201 columns only: a value at XFD under a far row vanished without a word
    path = _far_cell(tmp_path / f"{ref}.xlsx", ref)
    row = int(ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    for read in (read_table, read_table_openpyxl):
        with pytest.raises(ValidationError) as caught:
            read(path)
        assert caught.value.code == code
        assert caught.value.values["row"] == row


def test_the_extent_counts_the_cells_present_not_the_declared_dimension(tmp_path: Path) -> None:
    path = _far_cell(tmp_path / "far.xlsx", "XFD1048576")
    with zipfile.ZipFile(path) as archive:
        extent = scan_worksheet(archive, "xl/worksheets/sheet1.xml")
    assert (extent.cells, extent.max_row, extent.max_column) == (5, 1048576, 16384)
    assert extent.area == 1048576 * 16384


def test_a_zip_entry_name_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "names.xlsx", [HEADER, ["王芳", "13800138000"]])
    data = bytearray(path.read_bytes())
    name = b"docProps/app.xml"
    # flag the names as UTF-8 (bit 11) and put an invalid byte into one of them
    index = data.find(name)
    while index >= 0:
        data[index : index + 1] = b"\xff"
        index = data.find(name, index + 1)
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start >= 0:
            data[start + flag_at] |= 0x00
            data[start + flag_at + 1] |= 0x08
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    for read in (read_table, sheet_names):
        with pytest.raises(ValidationError) as caught:
            read(path)  # type: ignore[operator]
        assert caught.value.code == "import_file_damaged"


def test_a_doctype_in_the_sheet_is_refused_before_any_reader(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "dtd.xlsx", [HEADER, ["王芳", "13800138000"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = b'<!DOCTYPE x [<!ENTITY a "b">]>' + sheet.split(b"?>", 1)[-1]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code == "import_file_damaged"


def test_a_reader_that_aborts_is_a_message_not_a_dead_process(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        isolation.run_isolated(os.abort, file="x.xlsx")  # what a Rust reader does when it cannot allocate
    assert caught.value.code == "import_reader_failed"
    assert caught.value.values["file"] == "x.xlsx"


def test_the_reading_child_has_a_memory_ceiling(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        isolation.run_isolated(bytearray, 4 << 30, file="x.xlsx", ceiling=1 << 30)
    assert isolation.run_isolated(bytearray, 1 << 20, file="x.xlsx", ceiling=1 << 30) == bytearray(1 << 20)
    assert caught.value.code == "import_reader_failed"


def test_a_typed_error_in_the_child_comes_back_typed(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    before = file_digest(path)
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert caught.value.code == "import_no_rows"
    assert file_digest(path) == before


def test_the_reading_child_reads_a_workbook_without_openpyxl_or_numpy(tmp_path: Path) -> None:
    # openpyxl and the numpy it pulls in took 170 ms of every import's start (issue 13, the read regression)
    path = write_workbook(tmp_path / "plain.xlsx", [HEADER, ["王芳", "13800138000"]])
    script = (
        "import sys; from pathlib import Path; from salon_crm.excel.isolation import serve; "
        "from salon_crm.excel.reading import read_workbook; "
        f"table = read_workbook(Path({str(path)!r})); "
        "print(table.reader, 'openpyxl' in sys.modules, 'numpy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["calamine", "False", "False"]


@pytest.mark.parametrize("ref", ["A1500", "B500000"])
def test_a_value_after_a_thousand_empty_rows_is_refused_with_its_row_never_dropped(tmp_path: Path, ref: str) -> None:
    path = _far_cell(tmp_path / f"{ref}.xlsx", ref)  # a header, one customer, then one cell far below
    row = int(ref[1:])
    for read in (read_table, read_table_openpyxl):
        with pytest.raises(ValidationError) as caught:
            read(path)
        assert caught.value.code == "import_rows_after_gap"
        assert caught.value.values == {"file": path.name, "row": row, "empty": row - 3}
    assert f"Row {row} of {path.name} has values after {row - 3} empty rows" in reason_text(
        caught.value.code, caught.value.values
    )


def test_a_value_after_fewer_than_a_thousand_empty_rows_is_read_in_its_place(tmp_path: Path) -> None:
    path = _far_cell(tmp_path / "near.xlsx", "A900")
    for read in (read_table, read_table_openpyxl):
        rows = read(path).rows
        assert (len(rows), rows[-1], rows[2]) == (900, ["x"], [])


@pytest.mark.parametrize("ref", ["GS2", "XFD2"])  # column 201, and the last column there is
def test_a_value_past_the_columns_read_is_refused_never_cut_off(tmp_path: Path, ref: str) -> None:
    path = _far_cell(tmp_path / f"{ref}.xlsx", ref)  # on the customer's own row
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert (caught.value.code, caught.value.values) == (
        "import_too_many_columns",
        {"file": path.name, "row": 2, "max": 200},
    )
    assert "has values after its first 200 columns" in reason_text(caught.value.code, caught.value.values)
    if ref == "GS2":  # openpyxl reads one column more than it keeps (a far column of a sparse sheet: not yet)
        with pytest.raises(ValidationError) as caught:
            read_table_openpyxl(path)
        assert caught.value.code == "import_too_many_columns"


def test_a_value_in_the_last_column_read_is_kept(tmp_path: Path) -> None:
    path = _far_cell(tmp_path / "GR2.xlsx", "GR2")  # column 200
    for read in (read_table, read_table_openpyxl):
        rows = read(path).rows
        assert len(rows[1]) == 200 and rows[1][-1] == "x"
