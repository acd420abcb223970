"""The customer import from a workbook: read, find the header, map, clean, plan, report.

``read_sheet`` + ``build_rows`` give the preview's raw material; ``core.customer_imports``
decides each row's outcome and commits. ``write_error_report`` lists the rejected
rows with their original values and the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from salon_crm.core import clock, collector
from salon_crm.core.customer_imports import ImportPlan, ImportRow
from salon_crm.core.errors import SalonError, ValidationError
from salon_crm.core.profiles import CustomerInput
from salon_crm.excel import cleaning, mapping
from salon_crm.excel.reading import Table, read_table
from salon_crm.excel.reasons import reason_text
from salon_crm.excel.writing import Column, ColumnKind, write_table

_TEXT_FIELDS = (
    "email",
    "wechat",
    "address",
    "occupation",
    "notes",
    "skin_type",
    "hair_type",
    "allergies",
    "preferences",
)


@dataclass(frozen=True)
class SheetData:
    """A sheet with its header found and its columns mapped (the wizard may change the mapping)."""

    table: Table
    header_row: int  # index into table.rows
    mapping: dict[int, str]

    @property
    def headers(self) -> list[str]:
        return [cleaning.text(cell) for cell in self.table.rows[self.header_row]]

    @property
    def data_rows(self) -> list[list[object]]:
        return self.table.rows[self.header_row + 1 :]


def read_sheet(path: Path, sheet: str | None = None) -> SheetData:
    """Read ``sheet``, find its header row and map the columns; refuses a sheet of something else."""
    table = read_table(path, sheet)
    header_row = mapping.find_header(table.rows)
    if header_row < 0:
        raise ValidationError("import_no_customer_columns", file=path.name)
    columns = mapping.auto_map(table.rows[header_row])
    if not mapping.has_name(columns):
        raise ValidationError("import_no_customer_columns", file=path.name)
    return SheetData(table, header_row, columns)


def _cell(row: list[object], column: int) -> object:
    return row[column] if column < len(row) else None


def _full_name(values: Mapping[str, object]) -> str:
    if "name" in values:
        return cleaning.text(values["name"])
    last, first = cleaning.text(values.get("last_name")), cleaning.text(values.get("first_name"))
    # Chinese names are surname first with no space (石 + 家茗 → 石家茗); Latin ones "Anna Lee".
    if any(ord(char) > 0x2E80 for char in last + first):
        return last + first
    return " ".join(part for part in (first, last) if part)


def _customer(values: Mapping[str, object], today: date) -> tuple[CustomerInput, str]:
    born = cleaning.birthday(values.get("birthday"), today=today)
    texts: dict[str, Any] = {name: cleaning.long_text(values.get(name)) for name in _TEXT_FIELDS}
    customer = CustomerInput(
        name=_full_name(values),
        gender=cleaning.gender(values.get("gender")),
        phone=cleaning.phone(values.get("phone")),
        birth_year=born.year if born else None,
        birth_month=born.month if born else None,
        birth_day=born.day if born else None,
        # the shop's own sheet already holds these notes: importing them records its consent (README)
        health_consent=bool(texts.get("allergies") or texts.get("skin_type")),
        **texts,
    )
    return customer, cleaning.text(values.get("level"))


def row_from_cells(
    line: int, row: list[object], columns: Mapping[int, str], *, today: date, original: tuple[str, ...] | None = None
) -> ImportRow:
    """One sheet row as an :class:`ImportRow`; an unreadable value makes it an error row.

    ``original`` is the row's cells as ``cleaning.text`` when the caller has them already.
    """
    if original is None:
        original = tuple(map(cleaning.text, row))
    where = {name: column for column, name in columns.items()}  # two columns for one field: the last one
    values = {name: _cell(row, column) for name, column in where.items()}
    # a cell's text is its original; a column past the row's end is empty
    given = frozenset(name for name, column in where.items() if column < len(original) and original[column])
    if "first_name" in given or "last_name" in given:
        given |= {"name"}
    try:
        customer, level = _customer(values, today)
        balance = cleaning.money(values.get("balance"), field="balance")
        bonus = cleaning.money(values.get("bonus"), field="bonus")
        points = cleaning.whole_number(values.get("points"), field="points")
    except SalonError as error:
        return ImportRow(line, original, given=given, error_code=error.code, error_values=dict(error.values))
    return ImportRow(line, original, customer, given, level, balance, bonus, points)


def build_rows(
    sheet: SheetData, columns: Mapping[int, str] | None = None, *, today: date | None = None
) -> list[ImportRow]:
    """The data rows under the header, less blank and total rows, each cleaned."""
    day = today or clock.today()
    chosen = sheet.mapping if columns is None else columns
    rows: list[ImportRow] = []
    first_line = sheet.header_row + 2  # 1-based, the row after the header
    with collector.paused():
        for offset, row in enumerate(sheet.data_rows):
            texts = tuple(map(cleaning.text, row))  # each cell's text once: blank, total and the original
            if not any(texts) or cleaning.is_total_text(texts):
                continue
            rows.append(row_from_cells(first_line + offset, row, chosen, today=day, original=texts))
    return rows


def write_error_report(plan: ImportPlan, headers: list[str], out: Path, *, language: str = "zh_CN") -> Path:
    """A workbook of the rejected rows: their line, original values, and why."""
    width = max([len(headers), *(len(planned.row.original) for planned in plan.rejected)])
    names = [*headers, *[""] * (width - len(headers))]
    reason_header = "原因" if language.startswith("zh") else "Reason"
    line_header = "行号" if language.startswith("zh") else "Row"
    columns = [Column(line_header, ColumnKind.INTEGER), Column(reason_header, ColumnKind.TEXT, width=40)]
    columns += [Column(name or f"#{index + 1}", ColumnKind.TEXT) for index, name in enumerate(names)]
    rows = [
        [planned.row.line, reason_text(planned.error_code, planned.error_values, language), *planned.row.original]
        for planned in plan.rejected
    ]
    sheet_title = "未导入的行" if language.startswith("zh") else "Rejected rows"
    return write_table(out, sheet_title, columns, rows)
