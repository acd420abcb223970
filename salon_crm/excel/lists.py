"""Exporting the shop's lists for the command line: customers (re-importable), and any list of rows.

The window exports what a tab shows through ``salon_crm.ui.excel.export``; both end in
:func:`salon_crm.excel.writing.write_table`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from salon_crm.core import customers, segments, words
from salon_crm.core.customer_imports import ProfileRow, export_profiles
from salon_crm.core.customers import CustomerListRow
from salon_crm.core.enums import Gender, Lifecycle
from salon_crm.excel.writing import Column, ColumnKind, write_table

# Headers the importer recognises in either language, so an exported file imports back as it was.
CUSTOMER_COLUMNS = (
    (Column("姓名"), "Name"), (Column("手机"), "Mobile"), (Column("性别"), "Gender"),
    (Column("生日", ColumnKind.DATE), "Birthday"), (Column("微信"), "WeChat"), (Column("邮箱"), "Email"),
    (Column("地址"), "Address"), (Column("职业"), "Occupation"), (Column("会员等级"), "Level"),
    (Column("肤质"), "Skin type"), (Column("发质"), "Hair type"), (Column("过敏史"), "Allergies"),
    (Column("偏好"), "Preferences"), (Column("备注", width=30), "Notes"), (Column("本金", ColumnKind.MONEY), "Balance"),
    (Column("赠送金", ColumnKind.MONEY), "Bonus"), (Column("积分", ColumnKind.INTEGER), "Points"),
    # what the shop knows of them besides the profile (the importer leaves these columns alone)
    (Column("最近到店", ColumnKind.DATE), "Last visit"), (Column("到店次数", ColumnKind.INTEGER), "Visits"),
    (Column("累计消费", ColumnKind.MONEY), "Total spent"), (Column("标签", width=24), "Tags"),
    (Column("客户阶段"), "Lifecycle"), (Column("价值等级"), "Grade"),
)  # fmt: skip

# The command line's list exports name their columns in the language asked for (--lang);
# a field missing here keeps its code name. field: (English, Chinese)
FIELD_HEADERS: dict[str, tuple[str, str]] = {
    "id": ("No.", "编号"),
    "visited_at": ("Visited", "到店时间"),
    "customer": ("Customer", "客户"),
    "customer_id": ("Customer no.", "客户编号"),
    "phone": ("Mobile", "手机"),
    "services": ("Services", "项目"),
    "stylists": ("Stylists", "技师"),
    "stylist": ("Stylist", "技师"),
    "subtotal": ("Subtotal", "小计"),
    "discount": ("Discount", "优惠"),
    "total": ("Total", "实收"),
    "payment_method": ("Paid by", "支付方式"),
    "voided": ("Voided", "已作废"),
    "notes": ("Notes", "备注"),
    "note": ("Note", "备注"),
    "starts_at": ("Starts", "开始"),
    "ends_at": ("Ends", "结束"),
    "status": ("Status", "状态"),
    "received_at": ("Received", "受理时间"),
    "kind": ("Kind", "类型"),
    "channel": ("Channel", "渠道"),
    "category": ("Category", "分类"),
    "severity": ("Severity", "严重程度"),
    "assignee": ("Assignee", "负责人"),
    "response_due_at": ("Respond by", "响应期限"),
    "resolution_due_at": ("Resolve by", "解决期限"),
    "overdue": ("Overdue", "超期"),
    "description": ("Description", "描述"),
    "answered_at": ("Answered", "回答时间"),
    "overall": ("Overall", "总体满意度"),
    "stylist_skill": ("Skill", "技术"),
    "service_attitude": ("Attitude", "服务态度"),
    "environment": ("Environment", "环境"),
    "waiting_time": ("Waiting", "等候时间"),
    "value_for_money": ("Value", "性价比"),
    "recommend": ("Recommend", "推荐意愿"),
    "comment": ("Comment", "评价"),
}


def _header(field: str, chinese: bool) -> str:
    pair = FIELD_HEADERS.get(field)
    return field if pair is None else pair[1] if chinese else pair[0]


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


def _gender(code: str | None, *, chinese: bool) -> str:
    """女/男 or Female/Male, which the importer reads back; nothing for not given."""
    return "" if code in (None, Gender.UNKNOWN.value) else words.word(Gender, code, chinese=chinese)


def export_customers(out: Path, *, language: str = "zh_CN") -> int:
    """Every listed customer's profile and balances; returns how many rows."""
    chinese = language.startswith("zh")
    listed = {row.id: row for row in _every_listed_customer()}

    def tags_of(seen: CustomerListRow) -> str:
        return ", ".join(words.tag_words(seen.manual_tags, seen.auto_tags, chinese=chinese))

    rows = []
    for row in export_profiles():
        seen = listed.get(row.id)
        rows.append([
            row.name, row.phone, _gender(row.gender, chinese=chinese), _birthday(row), row.wechat, row.email,
            row.address, row.occupation, row.level, row.skin_type, row.hair_type, row.allergies,
            row.preferences, row.notes, row.principal, row.bonus, row.points,
            seen.last_visit.date() if seen and seen.last_visit else None, seen.visits if seen else 0,
            seen.total_spent if seen else Decimal(0), tags_of(seen) if seen else "",
            words.word(Lifecycle, seen.lifecycle, chinese=chinese) if seen else "", seen.grade if seen else "",
        ])  # fmt: skip
    columns = [
        column if chinese else dataclasses.replace(column, header=english) for column, english in CUSTOMER_COLUMNS
    ]
    write_table(out, "客户档案" if chinese else "Customers", columns, rows)
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


def export_dataclass_rows(
    out: Path,
    title: str,
    rows: Sequence[Any],
    *,
    language: str = "zh_CN",
    vocabularies: Mapping[str, type[StrEnum]] | None = None,
) -> int:
    """Any list of frozen rows (appointments, tickets, surveys…) with one column per field.

    Headers and the codes of the fields named in ``vocabularies`` (a payment method, a
    status…) are written in ``language``, in the words the window uses.
    """
    chinese = language.startswith("zh")
    if not rows:
        write_table(out, title, [Column(title)], [])
        return 0
    fields = [field.name for field in dataclasses.fields(rows[0])]
    kinds: dict[str, ColumnKind] = {}
    for name in fields:
        sample = next((getattr(row, name) for row in rows if getattr(row, name) is not None), None)
        kinds[name] = _kind(sample)
    coded = vocabularies or {}
    columns = [Column(_header(name, chinese), kinds[name]) for name in fields]
    table = [
        [
            words.word(coded[name], getattr(row, name), chinese=chinese)
            if name in coded
            else _plain(getattr(row, name))
            for name in fields
        ]
        for row in rows
    ]
    write_table(out, title, columns, table)
    return len(table)
