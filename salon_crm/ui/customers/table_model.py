"""The customer list as a table: searched, sorted and paged in SQL by the core."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from salon_crm.core import customers
from salon_crm.core.records import CustomerRow
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    NAME = 0
    PHONE = 1
    LEVEL = 2
    LAST_VISIT = 3
    VISITS = 4
    TOTAL_SPENT = 5
    BALANCE = 6
    POINTS = 7
    TAGS = 8


# the core's sort key for each sortable column
SORT_KEYS = {
    Column.NAME: "name",
    Column.PHONE: "phone",
    Column.LEVEL: "level",
    Column.LAST_VISIT: "last_visit",
    Column.VISITS: "visits",
    Column.TOTAL_SPENT: "total_spent",
    Column.BALANCE: "balance",
    Column.POINTS: "points",
}
TEXT: dict[Column, Callable[[CustomerRow], str]] = {
    Column.NAME: lambda row: row.name,
    Column.PHONE: lambda row: row.phone,
    Column.LEVEL: lambda row: row.level,
    Column.LAST_VISIT: lambda row: formatting.day(row.last_visit),
    Column.VISITS: lambda row: formatting.whole_number(row.visits),
    Column.TOTAL_SPENT: lambda row: formatting.money(row.total_spent),
    Column.BALANCE: lambda row: formatting.money(row.balance),
    Column.POINTS: lambda row: formatting.whole_number(row.points),
}
NUMERIC = {Column.VISITS, Column.TOTAL_SPENT, Column.BALANCE, Column.POINTS}


class CustomerTableModel(RowTableModel):
    """Customers matching the search text, 200 at a time, in the chosen order.

    Signals: those of ``RowTableModel``.
    """

    columns = Column
    page_size = customers.PAGE_SIZE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._sort_column = Column.NAME
        self._descending = False
        self._warning_icon: QIcon | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Level"),
            self.tr("Last visit"),
            self.tr("Visits"),
            self.tr("Total spent"),
            self.tr("Balance"),
            self.tr("Points"),
            self.tr("Tags"),
        ]

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show only customers matching ``text`` (re-queries when it changed)."""
        if text.strip() == self._search:
            return
        self._search = text.strip()
        self.reload()

    def is_sortable(self, column: int) -> bool:
        return column in SORT_KEYS

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return int(self._sort_column), order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-run the query in the new order; an unsortable column is ignored."""
        if not self.is_sortable(column):
            return
        self._sort_column = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def page_query(self) -> PageQuery:
        search, key = self._search, SORT_KEYS[self._sort_column]
        descending = self._descending

        def query(offset: int, limit: int | None) -> list[CustomerRow]:
            return customers.list_customers(
                search,
                sort=key,
                descending=descending,
                offset=offset,
                limit=limit or customers.PAGE_SIZE,
            )

        return query

    def cell(self, row: CustomerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.TAGS:
                return self.tr(", ").join(row.tags)
            return TEXT[Column(column)](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(RIGHT)
        if column == Column.NAME and row.allergies:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._allergy_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Allergies: {allergies}").format(allergies=row.allergies)
        return None

    def _allergy_icon(self) -> QIcon:
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon
