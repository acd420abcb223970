"""One customer's data as one workbook: a sheet per table, every column as stored (个人信息副本).

The sheets follow ``core.privacy.customer_dossier``; a first sheet says what the file
is and when it was made, so the customer who asked can read it without the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from salon_crm.core import clock
from salon_crm.core.privacy import Section
from salon_crm.excel.writing import ColumnKind, put_text, save_atomically, typed_cell

# The sheets' names: the customer reads them, not a programmer.
SHEET_NAMES = {
    "customer": "客户档案 Profile",
    "customer_tag": "标签 Tags",
    "other_phone": "其他电话 Other phones",
    "tag": "标签名 Tag names",
    "service_record": "消费记录 Bills",
    "service_record_line": "消费明细 Bill lines",
    "appointment": "预约 Appointments",
    "appointment_service": "预约项目 Booked services",
    "service_package": "次卡 Packages",
    "package_use": "次卡使用 Package uses",
    "package_item": "次卡项目 Package services",
    "package_entry": "次卡明细 Package ledger",
    "sale_credit": "售卡提成 Sale credits",
    "complaint_ticket": "投诉 Tickets",
    "ticket_event": "投诉进展 Ticket steps",
    "survey_response": "满意度 Surveys",
    "survey_request": "回访邀请 Survey requests",
    "ledger_entry": "储值积分 Ledger",
    "care_contact": "关怀 Care calls",
    "audit_entry": "操作记录 Audit log",
}


def _kind(value: Any) -> ColumnKind:
    if isinstance(value, datetime):
        return ColumnKind.DATETIME
    if isinstance(value, date):
        return ColumnKind.DATE
    if isinstance(value, int) and not isinstance(value, bool):
        return ColumnKind.INTEGER
    if isinstance(value, Decimal | float):
        return ColumnKind.NUMBER
    return ColumnKind.TEXT


def write_dossier(sections: Sequence[Section], customer_id: int, out: Path) -> int:
    """Write the workbook; returns how many rows it holds in all."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    cover = workbook.active
    cover.title = "说明 About"
    made = clock.now().replace(microsecond=0)
    cover.append(["个人信息副本 / Copy of the personal data held", f"#{customer_id}"])
    cover.append(["生成时间 / Made at", made])
    cover.append(
        ["每个工作表是一张表中关于此客户的全部记录 / Each sheet holds every row of one table about this customer"]
    )
    cover["A1"].font = Font(bold=True)
    total = 0
    for section in sections:
        sheet = workbook.create_sheet(SHEET_NAMES.get(section.table, section.table)[:31])
        sheet.append(list(section.columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in section.rows:
            values = [typed_cell(value, _kind(value)) for value in row]
            sheet.append(values)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    put_text(cell, cell.value)  # text stays text, never a formula
        total += len(section.rows)
        sheet.freeze_panes = "A2"
    save_atomically(workbook, out)
    return total
