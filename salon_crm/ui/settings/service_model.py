"""The service catalogue as a table (a short list: loaded whole)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from salon_crm.core import catalogue
from salon_crm.core.enums import ServiceCategory
from salon_crm.core.rows import ServiceItemRow
from salon_crm.ui import vocabulary
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel

RETIRED_TEXT = QColor("#777777")


class Column(IntEnum):
    NAME = 0
    CATEGORY = 1
    PRICE = 2
    DURATION = 3
    ACTIVE = 4
    IN_USE = 5


class ServiceTableModel(RowTableModel):
    """Every service item, active ones first; retired ones in grey.

    Signals: those of ``RowTableModel``.
    """

    columns = Column

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Price"),
            self.tr("Duration"),
            self.tr("Active"),
            self.tr("In use"),
        ]

    def page_query(self) -> PageQuery:
        return lambda _offset, _limit: catalogue.list_service_items()

    def cell(self, row: ServiceItemRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, Column(column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.PRICE,
            Column.DURATION,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return RETIRED_TEXT
        return None

    def _text(self, row: ServiceItemRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return row.name
            case Column.CATEGORY:
                return vocabulary.word(ServiceCategory, row.category)
            case Column.PRICE:
                return formatting.money(row.price)
            case Column.DURATION:
                return self.tr("{minutes} min").format(minutes=row.duration_minutes)
            case Column.ACTIVE:
                return self.tr("Yes") if row.active else self.tr("Retired")
            case Column.IN_USE:
                return self.tr("Yes") if row.in_use else self.tr("No")
