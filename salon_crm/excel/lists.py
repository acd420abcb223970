"""Exporting the shop's lists for the command line: customers (re-importable), and any list of rows.

The window exports what a tab shows through ``salon_crm.ui.excel.export``; both end in
:func:`salon_crm.excel.writing.write_table`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from salon_crm.core import customers, segments
from salon_crm.core.customers import CustomerListRow
from salon_crm.core.enums import Gender
from salon_crm.core.imports import ProfileRow, export_profiles
from salon_crm.excel.writing import Column, ColumnKind, write_table

_GENDER_WORDS = {Gender.FEMALE.value: "女", Gender.MALE.value: "男", Gender.UNKNOWN.value: ""}

# Headers the importer recognises, so an exported file imports back as it was.
CUSTOMER_COLUMNS = (
    Column("姓名"), Column("手机"), Column("性别"), Column("生日", ColumnKind.DATE), Column("微信"),
    Column("邮箱"), Column("地址"), Column("职业"), Column("会员等级"), Column("肤质"), Column("发质"),
    Column("过敏史"), Column("偏好"), Column("备注", width=30), Column("本金", ColumnKind.MONEY),
    Column("赠送金", ColumnKind.MONEY), Column("积分", ColumnKind.INTEGER),
    # what the shop knows of them besides the profile (the importer leaves these columns alone)
    Column("最近到店", ColumnKind.DATE), Column("到店次数", ColumnKind.INTEGER), Column("累计消费", ColumnKind.MONEY),
    Column("标签", width=24), Column("客户阶段"), Column("价值等级"),
)  # fmt: skip
# the lifecycle words of the window's Chinese (ui/customers/segment_words), for the shop's own file
_LIFECYCLE_WORDS = {"potential": "潜在", "new": "新客", "active": "活跃", "dormant": "沉睡", "lost": "流失"}


# The command line's list exports name their columns in both of the window's languages
# (it has no window language of its own); a field missing here keeps its code name.
FIELD_HEADERS = {
    "id": "编号 No.",
    "visited_at": "到店时间 Visited",
    "customer": "客户 Customer",
    "customer_id": "客户编号 Customer no.",
    "phone": "手机 Mobile",
    "services": "项目 Services",
    "stylists": "技师 Stylists",
    "stylist": "技师 Stylist",
    "subtotal": "小计 Subtotal",
    "discount": "优惠 Discount",
    "total": "实收 Total",
    "payment_method": "支付方式 Paid by",
    "voided": "已作废 Voided",
    "notes": "备注 Notes",
    "note": "备注 Note",
    "starts_at": "开始 Starts",
    "ends_at": "结束 Ends",
    "status": "状态 Status",
    "received_at": "受理时间 Received",
    "kind": "类型 Kind",
    "channel": "渠道 Channel",
    "category": "分类 Category",
    "severity": "严重程度 Severity",
    "assignee": "负责人 Assignee",
    "response_due_at": "响应期限 Respond by",
    "resolution_due_at": "解决期限 Resolve by",
    "overdue": "超期 Overdue",
    "description": "描述 Description",
    "answered_at": "回答时间 Answered",
    "overall": "总体满意度 Overall",
    "stylist_skill": "技术 Skill",
    "service_attitude": "服务态度 Attitude",
    "environment": "环境 Environment",
    "waiting_time": "等候时间 Waiting",
    "value_for_money": "性价比 Value",
    "recommend": "推荐意愿 Recommend",
    "comment": "评价 Comment",
}


def _birthday(row: ProfileRow) -> date | str | None:
    if row.birth_month is None:
        return None
    if row.birth_year is None:
        return f"{row.birth_month}月{row.birth_day}日"  # a text cell: Excel has no date without a year
    return date(row.birth_year, row.birth_month, row.birth_day or 1)


def _every_listed_customer() -> list[CustomerListRow]:
    """The customer list, every page, with grades: the figures the window shows for each file."""
    segments.shop_scores()  # the grades compare the whole shop: worked out once, before the pages
    rows: list[CustomerListRow] = []
    while True:
        page = customers.list_customers(sort="name", offset=len(rows), limit=5000, with_grades=True)
        rows.extend(page)
        if len(page) < 5000:
            return rows


def export_customers(out: Path) -> int:
    """Every listed customer's profile and balances; returns how many rows."""
    listed = {row.id: row for row in _every_listed_customer()}
    rows = []
    for row in export_profiles():
        seen = listed.get(row.id)
        rows.append([
            row.name, row.phone, _GENDER_WORDS.get(row.gender, ""), _birthday(row), row.wechat, row.email,
            row.address, row.occupation, row.level, row.skin_type, row.hair_type, row.allergies,
            row.preferences, row.notes, row.principal, row.bonus, row.points,
            seen.last_visit.date() if seen and seen.last_visit else None, seen.visits if seen else 0,
            seen.total_spent if seen else Decimal(0), ", ".join(seen.tags) if seen else "",
            _LIFECYCLE_WORDS.get(seen.lifecycle, seen.lifecycle) if seen else "", seen.grade if seen else "",
        ])  # fmt: skip
    write_table(out, "客户档案", CUSTOMER_COLUMNS, rows)
    return len(rows)


def _kind(value: Any) -> ColumnKind:  # noqa: PLR0911 - one return per type
    if isinstance(value, bool):
        return ColumnKind.TEXT
    if isinstance(value, Decimal):
        return ColumnKind.MONEY
    if isinstance(value, int):
        return ColumnKind.INTEGER
    if isinstance(value, float):
        return ColumnKind.NUMBER
    if isinstance(value, datetime):
        return ColumnKind.DATETIME
    if isinstance(value, date):
        return ColumnKind.DATE
    return ColumnKind.TEXT


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return ", ".join(str(part) for part in value)
    if isinstance(value, bool):
        return "✓" if value else ""
    return value


def export_dataclass_rows(out: Path, title: str, rows: Sequence[Any], headers: dict[str, str] | None = None) -> int:
    """Any list of frozen rows (appointments, tickets, surveys…) with one column per field."""
    if not rows:
        write_table(out, title, [Column(title)], [])
        return 0
    fields = [field.name for field in dataclasses.fields(rows[0])]
    kinds: dict[str, ColumnKind] = {}
    for name in fields:
        sample = next((getattr(row, name) for row in rows if getattr(row, name) is not None), None)
        kinds[name] = _kind(sample)
    words = FIELD_HEADERS | (headers or {})
    columns = [Column(words.get(name, name), kinds[name]) for name in fields]
    table = [[_plain(getattr(row, name)) for name in fields] for row in rows]
    write_table(out, title, columns, table)
    return len(table)
