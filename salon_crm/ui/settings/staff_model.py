"""The staff list as a table (a short list: loaded whole)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from salon_crm.core import staff
from salon_crm.core.enums import ServiceCategory, StaffRole
from salon_crm.core.rows import StaffMember
from salon_crm.ui import vocabulary
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    SKILLS = 2
    PHONE = 3
    ACTIVE = 4


class StaffTableModel(RowTableModel):
    """Every member of staff, active ones first.

    Signals: those of ``RowTableModel``.
    """

    columns = Column

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Skills"),
            self.tr("Mobile"),
            self.tr("Active"),
        ]

    def page_query(self) -> PageQuery:
        return lambda _offset, _limit: staff.list_staff()

    def cell(self, row: StaffMember, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match Column(column):
            case Column.NAME:
                return row.name
            case Column.ROLE:
                return vocabulary.word(StaffRole, row.role)
            case Column.SKILLS:
                return self.tr(", ").join(vocabulary.word(ServiceCategory, skill) for skill in row.skills)
            case Column.PHONE:
                return row.phone
            case Column.ACTIVE:
                return self.tr("Yes") if row.active else self.tr("No (left)")
