"""Reading a sheet of past service records (消费记录) for ``core.bill_imports``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from pathlib import Path

from salon_crm.core.bill_imports import RecordRow
from salon_crm.core.errors import SalonError, ValidationError
from salon_crm.excel import cleaning
from salon_crm.excel.mapping import HEADER_SEARCH_ROWS, key_of
from salon_crm.excel.reading import read_table

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("日期", "消费日期", "消费时间", "到店日期", "到店时间", "时间", "date", "visit date", "time"),
    "name": ("姓名", "客户姓名", "顾客姓名", "客户", "会员", "name", "customer", "client"),
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "mobile", "phone", "phone number"),
    "service": ("项目", "服务项目", "消费项目", "服务", "service", "item", "service item"),
    "stylist": ("技师", "发型师", "美容师", "服务人员", "stylist", "staff", "employee"),
    "amount": ("金额", "实收", "实付", "实收金额", "消费金额", "amount", "total", "paid"),
    "payment": ("支付方式", "付款方式", "结算方式", "payment", "payment method"),
    "notes": ("备注", "说明", "note", "notes", "memo"),
}
_BY_HEADER = {word: name for name, words in _SYNONYMS.items() for word in words}


def _field(cell: object) -> str | None:
    key = key_of(cell)
    return _BY_HEADER.get(key) or _BY_HEADER.get(key.replace(" ", ""))


def _moment(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    day = cleaning.day(value)
    return None if day is None else datetime.combine(day, time())


def read_records(path: Path, sheet: str | None = None) -> list[RecordRow]:
    """Every data row of the sheet as a :class:`RecordRow` (blank and total rows left out)."""
    rows = read_table(path, sheet).rows
    header, columns = -1, dict[int, str]()
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[int, str] = {}
        for column, cell in enumerate(row):
            name = _field(cell)
            if name is not None and name not in found.values():
                found[column] = name
        if len(found) > len(columns):
            header, columns = index, found
    fields = set(columns.values())
    if header < 0 or not {"date", "service", "amount"} <= fields or not {"name", "phone"} & fields:
        raise ValidationError("import_no_record_columns", file=path.name)
    records: list[RecordRow] = []
    for offset, row in enumerate(rows[header + 1 :]):
        if cleaning.is_blank(row) or cleaning.is_total_row(row):
            continue
        records.append(_row(header + 2 + offset, row, columns))
    return records


def _row(line: int, row: Sequence[object], columns: dict[int, str]) -> RecordRow:
    values = {name: (row[column] if column < len(row) else None) for column, name in columns.items()}
    original = tuple(cleaning.text(cell) for cell in row)
    try:
        return RecordRow(
            line,
            original,
            visited_at=_moment(values.get("date")),
            phone=cleaning.phone(values.get("phone")),
            name=cleaning.text(values.get("name")),
            service=cleaning.text(values.get("service")),
            stylist=cleaning.text(values.get("stylist")),
            amount=cleaning.money(values.get("amount"), field="amount"),
            payment=cleaning.text(values.get("payment")),
            notes=cleaning.long_text(values.get("notes")),
        )
    except SalonError as error:
        return RecordRow(line, original, error_code=error.code, error_values=dict(error.values))
