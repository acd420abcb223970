"""Writing a table to .xlsx safely: typed cells, no formulas, never a half-written file.

Text a user typed that starts with = + - @ (or a tab or CR) would be a formula to
Excel; every text cell is written as an inline string, which Excel shows literally
whatever it starts with, and such a cell also carries Excel's quote prefix so it
stays text when edited or re-saved as CSV. Control characters are stripped; text
longer than Excel's cell limit is cut with a visible marker (one long note must not
stop the whole shop's export). The workbook is written to a temporary name beside
the target and renamed when complete.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from salon_crm.core.backup import storage_problem

CELL_TEXT_LIMIT = 32_767
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MONEY_FORMAT = '"¥"#,##0.00'
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
HEADER_FILL = "DDEBF7"


class ColumnKind(StrEnum):
    """How a column's cells are typed and formatted."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    PERCENT = "percent"


@dataclass(frozen=True)
class Column:
    """A column of an exported table: its header, kind, and width in characters (0: from the contents)."""

    header: str
    kind: ColumnKind = ColumnKind.TEXT
    width: int = 0


def safe_text(value: str) -> str:
    """``value`` without control characters, cut to Excel's cell limit with a marker saying how much."""
    clean = _CONTROL.sub("", value)
    if len(clean) > CELL_TEXT_LIMIT:
        marker = f" …[cut: {len(clean):,} characters in all]"
        clean = clean[: CELL_TEXT_LIMIT - len(marker)] + marker
    return clean


def put_text(cell: Any, text: str) -> None:
    """Write ``text`` into an openpyxl cell as text, never a formula, quote-prefixed when it looks like one."""
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def _display_width(text: str) -> int:
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def typed_cell(value: Any, kind: ColumnKind) -> Any:
    """The Python value to store for one cell of ``kind`` (text stays text, numbers numbers)."""
    if value is None or value == "":
        return None
    numeric = isinstance(value, Decimal | int | float) and not isinstance(value, bool)
    if kind in (ColumnKind.MONEY, ColumnKind.NUMBER, ColumnKind.PERCENT) and numeric:
        return float(value) if isinstance(value, Decimal) else value
    if kind is ColumnKind.INTEGER and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind is ColumnKind.DATE and isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if kind is ColumnKind.DATETIME and isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None)
    return safe_text(str(value))


def write_table(
    out: Path,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    subtitle: str = "",
) -> Path:
    """Write one sheet with a styled, frozen, filterable header; returns ``out``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(title)
    top = 1
    if subtitle:
        sheet.cell(row=1, column=1, value=safe_text(subtitle)).font = Font(bold=True)
        top = 2
    widths = [max(_display_width(column.header), 6) for column in columns]
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=top, column=index)
        cell.value = safe_text(column.header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center")
    formats = {
        ColumnKind.MONEY: MONEY_FORMAT, ColumnKind.DATE: DATE_FORMAT, ColumnKind.DATETIME: DATETIME_FORMAT,
        ColumnKind.PERCENT: PERCENT_FORMAT, ColumnKind.INTEGER: "0", ColumnKind.NUMBER: "#,##0.##",
    }  # fmt: skip
    row_number = top
    for row_number, values in enumerate(rows, start=top + 1):
        for index, column in enumerate(columns):
            value = typed_cell(values[index] if index < len(values) else None, column.kind)
            if value is None:
                continue
            cell = sheet.cell(row=row_number, column=index + 1)
            if isinstance(value, str):
                put_text(cell, value)  # never "f": see the module docstring
                widths[index] = max(widths[index], min(_display_width(value), 60))
            else:
                cell.value = value
                if column.kind in formats:
                    cell.number_format = formats[column.kind]
                widths[index] = max(widths[index], 12 if column.kind is not ColumnKind.DATETIME else 17)
    for index, column in enumerate(columns):
        sheet.column_dimensions[get_column_letter(index + 1)].width = (column.width or widths[index]) + 2
    sheet.freeze_panes = sheet.cell(row=top + 1, column=1)
    last = get_column_letter(max(len(columns), 1))
    sheet.auto_filter.ref = f"A{top}:{last}{max(row_number, top)}"
    sheet.print_title_rows = f"{top}:{top}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    save_atomically(workbook, out)
    return out


def _sheet_title(title: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Sheet"


def save_atomically(workbook: Any, out: Path) -> None:
    """Save to a temporary file in the same folder, then rename over ``out``.

    A full disk or a read-only folder raises ``StorageError`` naming ``out``'s folder
    (the zip writer's own error names no file); nothing is left behind.
    """
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".xlsx.part", dir=out.parent)
    except OSError as error:
        raise storage_problem(error, out.parent) or error from error
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, out)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        full = storage_problem(error, out.parent) if isinstance(error, Exception) else None
        if full is not None:
            raise full from error
        raise
