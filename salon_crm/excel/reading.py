"""Reading a sheet of an .xlsx or .csv file into plain rows of cell values.

python-calamine reads (ten times faster than openpyxl and it ignores the sheet's
stated dimension); openpyxl read-only with ``reset_dimensions()`` is the fallback
when calamine refuses a file, and the reader of a sheet whose few cells span an
area calamine would allocate in full (``excel.extent`` measures it first). A
workbook is read in a child process with a memory ceiling (``excel.isolation``).
Limits on rows, cells and the unzipped size stop a hostile or absurd file before
it eats the front-desk PC's memory.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from salon_crm.core import collector
from salon_crm.core.errors import ValidationError
from salon_crm.excel import isolation
from salon_crm.excel.extent import Extent, sheet_extent, worksheet_parts

MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024
MAX_CSV_BYTES = 100 * 1024 * 1024
MAX_CELLS = 6_000_000  # cells present in one sheet (200,000 rows of 30 columns)
# calamine allocates 32 bytes per slot of the rectangle its cells span: past this, read the cells present.
DENSE_AREA = 8_000_000
# Formatting often reaches row 1,048,576: empty rows are counted, never kept. A value after a run of
# this many empty rows is refused with its row number (it was dropped without a word).
EMPTY_RUN_ENDS_SHEET = 1000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, and encrypted .xlsx
_ZIP_MAGIC = b"PK\x03\x04"

Cell = object


@dataclass(frozen=True)
class Table:
    """One sheet's cells, trimmed of trailing empty rows and columns."""

    sheet: str
    rows: list[list[Cell]]
    reader: str  # "calamine", "openpyxl" or "csv"


def _refuse(code: str, path: Path, **values: object) -> ValidationError:
    return ValidationError(code, file=path.name, **values)


def _kind(path: Path) -> str:
    """What the file really is, from its first bytes (never trust the extension)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise _refuse("import_file_not_found", path) from None
    except OSError as exc:
        raise _refuse("import_file_unreadable", path, reason=exc.strerror or str(exc)) from None
    if not head:
        raise _refuse("import_file_empty", path)
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    return "text"


def _not_named_a_workbook(path: Path) -> None:
    """A file named .xlsx that is not a zip (a photo renamed, a half download) is no CSV either."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _refuse("import_not_a_workbook", path)


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            unzipped = sum(info.file_size for info in archive.infolist())
    except Exception:  # BadZipFile, a name that is not UTF-8, a bad header: all "damaged"
        raise _refuse("import_file_damaged", path) from None
    if "xl/workbook.xml" not in names:
        raise _refuse("import_not_a_workbook", path)
    if unzipped > MAX_UNZIPPED_BYTES:
        raise _refuse("import_file_too_large", path, megabytes=MAX_UNZIPPED_BYTES // (1024 * 1024))


def _ole_error(path: Path) -> ValidationError:
    # An OLE container is either a legacy .xls or an .xlsx encrypted with a password.
    data = path.read_bytes()[: 1 << 20]
    if "EncryptedPackage".encode("utf-16-le") in data:
        return _refuse("import_file_encrypted", path)
    return _refuse("import_legacy_xls", path)


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook ([""] for a CSV file, which has one unnamed sheet).

    Read from ``xl/workbook.xml`` alone: listing the sheets never starts a reader.
    """
    kind = _kind(path)
    if kind == "ole":
        raise _ole_error(path)
    if kind == "text":
        _not_named_a_workbook(path)
        return [""]
    _check_zip(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = [name for name, _part in worksheet_parts(archive)]
    except Exception:  # a damaged workbook.xml, whatever the parser says
        raise _refuse("import_file_damaged", path) from None
    if not names:
        raise _refuse("import_no_rows", path)
    return names


def read_table(path: Path, sheet: str | None = None, *, max_rows: int = MAX_ROWS) -> Table:
    """The cells of ``sheet`` (the first sheet when None) as rows of Python values."""
    kind = _kind(path)
    if kind == "ole":
        raise _ole_error(path)
    if kind == "text":
        _not_named_a_workbook(path)
        return Table("", _trim(_csv_rows(path, max_rows), path, max_rows), "csv")
    _check_zip(path)
    with collector.paused():  # unpickling the child's rows makes a few hundred thousand objects
        return isolation.run_isolated(read_workbook, path, sheet, max_rows, file=path.name)


def _measure(path: Path, sheet: str | None) -> tuple[str, Extent]:
    with zipfile.ZipFile(path) as archive:
        name, extent = sheet_extent(archive, sheet, path.name)
    if extent.cells > MAX_CELLS:
        raise _refuse("import_too_many_cells", path, cells=extent.cells, max=MAX_CELLS)
    return name, extent


def read_workbook(path: Path, sheet: str | None = None, max_rows: int = MAX_ROWS) -> Table:
    """:func:`read_table` for an .xlsx in this process: measure the sheet, then pick the reader."""
    _check_zip(path)
    name, extent = _measure(path, sheet)
    if extent.area <= DENSE_AREA:
        try:
            return _read_calamine(path, name, max_rows)
        except ValidationError:
            raise
        except Exception:  # calamine refused the file: openpyxl may still read it
            pass
    return _read_openpyxl(path, name, max_rows)


def _read_calamine(path: Path, name: str, max_rows: int) -> Table:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    rows = workbook.get_sheet_by_name(name).iter_rows()
    return Table(name, _trim(rows, path, max_rows), "calamine")


def read_table_openpyxl(path: Path, sheet: str | None = None, *, max_rows: int = MAX_ROWS) -> Table:
    """The fallback reader: openpyxl read-only, with the stated dimension thrown away."""
    _check_zip(path)
    name, _extent = _measure(path, sheet)
    return _read_openpyxl(path, name, max_rows)


def _read_openpyxl(path: Path, name: str, max_rows: int) -> Table:
    import openpyxl
    import openpyxl.xml

    if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise ImportError("openpyxl is not using defusedxml; install defusedxml before importing workbooks")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise _refuse("import_file_damaged", path) from exc
    try:
        worksheet = workbook[_pick_sheet(list(workbook.sheetnames), name, path)]
        return Table(name, _trim(_sparse_rows(worksheet), path, max_rows), "openpyxl")
    except ValidationError:
        raise
    except Exception as exc:
        raise _refuse("import_file_damaged", path) from exc
    finally:
        workbook.close()


def _sparse_rows(worksheet: Any) -> Iterator[Sequence[Any]]:
    """The sheet's rows as openpyxl parses them, each as long as its last cell (at most one past
    ``MAX_COLUMNS``), the stated dimension ignored.

    ``iter_rows`` pads every row to one width: to the last column of the sheet a far cell costs a
    million slots per row, cut to the first 201 columns it would drop a value at XFD without a word.
    Here a value past ``MAX_COLUMNS`` is kept in the one extra slot, which ``_trim`` refuses with the
    row's number; an empty styled cell out there (formatting dragged to XFD) costs nothing.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    book = worksheet.parent
    missing_row: tuple[()] = ()
    expected = 1
    with worksheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            worksheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for index, cells in parser.parse():
            for _ in range(expected, index):  # rows the file leaves out
                yield missing_row
            expected = index + 1
            if not cells:
                yield missing_row
                continue
            if cells[-1]["column"] <= MAX_COLUMNS:  # nearly every row: as openpyxl's own _get_row
                row: list[Any] = [None] * cells[-1]["column"]
                for cell in cells:
                    row[cell["column"] - 1] = cell["value"]
                yield row
                continue
            row = [None] * (MAX_COLUMNS + 1)
            for cell in cells:
                if cell["column"] <= MAX_COLUMNS:
                    row[cell["column"] - 1] = cell["value"]
                elif not _is_empty(cell["value"]):
                    row[MAX_COLUMNS] = cell["value"]  # the first value out there: _trim names its row
                    break
            yield row


def _pick_sheet(names: list[str], sheet: str | None, path: Path) -> str:
    if not names:
        raise _refuse("import_no_rows", path)
    if sheet is None or sheet == "":
        return names[0]
    if sheet not in names:
        raise _refuse("import_sheet_not_found", path, sheet=sheet)
    return sheet


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _trim(rows: Iterator[Sequence[Any]], path: Path, max_rows: int) -> list[list[Cell]]:
    """Rows up to the last non-empty one, each cut after its last non-empty cell.

    A value after ``EMPTY_RUN_ENDS_SHEET`` empty rows is refused, naming its row: read, it
    would bring a million empty rows; dropped, it would be lost without a word.
    """
    kept: list[list[Cell]] = []
    pending_empty = 0
    empty: object = None  # openpyxl yields one tuple for every missing row: no need to look at it again
    for raw in rows:
        if raw is empty or raw.count("") + raw.count(None) == len(raw):  # counted in C: a million empty rows
            pending_empty += 1
            continue
        row = list(raw)
        if len(row) > MAX_COLUMNS:
            if any(not _is_empty(value) for value in row[MAX_COLUMNS:]):  # it was cut off without a word
                raise _refuse("import_too_many_columns", path, row=len(kept) + pending_empty + 1, max=MAX_COLUMNS)
            del row[MAX_COLUMNS:]
        while row and _is_empty(row[-1]):
            row.pop()
        if not row:
            pending_empty += 1
            empty = raw
            continue
        if pending_empty >= EMPTY_RUN_ENDS_SHEET and kept:
            raise _refuse("import_rows_after_gap", path, row=len(kept) + pending_empty + 1, empty=pending_empty)
        kept.extend([] for _ in range(pending_empty))
        pending_empty = 0
        kept.append(row)
        if len(kept) > max_rows:
            raise _refuse("import_too_many_rows", path, max=max_rows)
    if not kept:
        raise _refuse("import_no_rows", path)
    return kept


def _utf16(data: bytes) -> str:
    """ "utf-16-le"/"utf-16-be" for UTF-16 text without its mark (every other byte NUL), else ""."""
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 2:
        return ""
    odd, even = head[1::2].count(0), head[0::2].count(0)
    # digits, commas and line ends are ASCII: their high byte is NUL, on one side only
    if odd > pairs * 0.2 and even < pairs * 0.01:
        return "utf-16-le"
    if even > pairs * 0.2 and odd < pairs * 0.01:
        return "utf-16-be"
    return ""


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16, else GB18030 (Chinese Excel); "" when none decodes cleanly.

    A UTF-8 mark in front of bytes that are not UTF-8 (a "lying BOM") is dropped and the rest
    is tried as GB18030; nothing is ever decoded with replacement characters.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decodes(data, "utf-16")
    if not data.startswith(codecs.BOM_UTF8) and (wide := _utf16(data)):
        return _decodes(data, wide)
    if data.startswith(codecs.BOM_UTF8):
        if _decodes(data, "utf-8-sig"):
            return "utf-8-sig"
        return "gb18030-bom" if _decodes(data[3:], "gb18030") else ""
    return _decodes(data, "utf-8") or _decodes(data, "gb18030")


def _decodes(data: bytes, encoding: str) -> str:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return ""
    return encoding


def foreign_encoding(data: bytes, text: str) -> str:
    """The encoding a GB18030-decodable file more likely is (Japanese, Cyrillic), or "".

    GB18030 decodes most byte strings, so Shift_JIS, EUC-JP and KOI8-R files "read" as
    nonsense Chinese. Kana (EUC-JP keeps them), hanzi outside GB2312 (what Shift_JIS kana
    become) and high bytes that never fall in 0x80-0xBF (single-byte Cyrillic) give them away.
    """
    sample = text[:20_000]
    if any("\u3040" <= char <= "\u30ff" or "\uff66" <= char <= "\uff9f" for char in sample):
        return "Shift_JIS / EUC-JP"
    hanzi = [char for char in sample if "\u4e00" <= char <= "\u9fff" or char >= "\ue000"]
    if len(hanzi) >= 4:
        rare = 0
        for char in hanzi:
            try:
                char.encode("gb2312")
            except UnicodeEncodeError:
                rare += 1
        if rare > len(hanzi) * 0.3:
            return "Shift_JIS / EUC-JP"
    high = [byte for byte in data[:65_536] if byte >= 0x80]
    if len(high) >= 20 and sum(1 for byte in high if byte < 0xC0) < len(high) * 0.05:
        return "KOI8-R / Windows-1251"
    return ""


def _csv_rows(path: Path, max_rows: int) -> Iterator[list[object]]:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise _refuse("import_file_too_large", path, megabytes=MAX_CSV_BYTES // (1024 * 1024))
    data = path.read_bytes()
    wide = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16(data)
    if b"\x00" in data[:4096] and not wide:
        raise _refuse("import_not_a_workbook", path)
    encoding = detect_encoding(data)
    if not encoding:
        raise _refuse("import_encoding_unknown", path)
    if encoding == "gb18030-bom":
        data, encoding = data[3:], "gb18030"
    text = data.decode(encoding)
    if encoding == "gb18030" and (seen := foreign_encoding(data, text)):
        raise _refuse("import_encoding_foreign", path, seen=seen)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        yield from csv.reader(io.StringIO(text), dialect)
    except csv.Error as exc:
        raise _refuse("import_file_damaged", path) from exc
