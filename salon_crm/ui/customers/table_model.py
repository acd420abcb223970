"""The customer list as a table: searched, sorted and paged in SQL by the core."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from salon_crm.core import customers, words
from salon_crm.core.customers import CustomerFilter, CustomerListRow
from salon_crm.core.enums import AutoTag
from salon_crm.ui import vocabulary
from salon_crm.ui.customers import segment_words
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The same red as the warnings in the customer file and its form, so red means one thing.
AT_RISK = QColor("#c0392b")


class Column(IntEnum):
    NAME = 0
    PHONE = 1
    LEVEL = 2
    SEGMENT = 3
    GRADE = 4
    LAST_VISIT = 5
    VISITS = 6
    TOTAL_SPENT = 7
    BALANCE = 8
    POINTS = 9
    TAGS = 10


# Segment, grade and tags are not here: the core works them out for each page's rows and
# has no sort for them, and ordering a single page of 200 would mislead.
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
TEXT: dict[Column, Callable[[CustomerListRow], str]] = {
    Column.NAME: lambda row: row.name,
    Column.PHONE: lambda row: formatting.phone(row.phone),
    Column.LEVEL: lambda row: row.level,
    Column.SEGMENT: lambda row: segment_words.lifecycle(row.lifecycle),
    Column.GRADE: lambda row: row.grade,
    Column.LAST_VISIT: lambda row: formatting.day(row.last_visit),
    Column.VISITS: lambda row: formatting.whole_number(row.visits),
    Column.TOTAL_SPENT: lambda row: formatting.money(row.total_spent),
    Column.BALANCE: lambda row: formatting.money(row.balance),
    Column.POINTS: lambda row: formatting.whole_number(row.points),
}
# Right-aligned so that yuan line up by digit when the eye runs down a column.
NUMERIC = {Column.VISITS, Column.TOTAL_SPENT, Column.BALANCE, Column.POINTS}


class CustomerTableModel(RowTableModel):
    """Customers matching the search text and filters, 200 at a time, in the chosen order.

    Signals: those of ``RowTableModel``.
    """

    columns = Column
    page_size = customers.PAGE_SIZE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._filters = CustomerFilter()
        self._sort_column = Column.NAME
        self._descending = False
        self._warning_icon: QIcon | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Level"),
            self.tr("Segment"),
            self.tr("Grade"),
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

    def search_text(self) -> str:
        """The search the rows shown answer."""
        return self._search

    def set_search(self, text: str) -> None:
        """Show only customers matching ``text`` (re-queries when it changed)."""
        # A trailing space typed after a name must not throw the loaded pages away and scroll to the top.
        if text.strip() == self._search:
            return
        self._search = text.strip()
        self.reload()

    @property
    def filters(self) -> CustomerFilter:
        return self._filters

    def set_filters(self, filters: CustomerFilter) -> None:
        """Show only customers passing ``filters`` (re-queries when they changed)."""
        # CustomerFilter is a value, so an unchanged filter bar costs no query.
        if filters == self._filters:
            return
        self._filters = filters
        self.reload()

    def is_sortable(self, column: int) -> bool:
        return column in SORT_KEYS

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return int(self._sort_column), order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-run the query in the new order; an unsortable column is ignored."""
        # Qt calls sort() for any header click; an unsortable column keeps the current order, not a reset.
        if not self.is_sortable(column):
            return
        self._sort_column = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def page_query(self) -> PageQuery:
        # Captured here on the UI thread: the worker must query the search as it was when asked, even if
        # the user types on before the page arrives (row_model drops a late page of an older search).
        search, key, filters = self._search, SORT_KEYS[self._sort_column], self._filters
        descending = self._descending

        def query(offset: int, limit: int | None) -> list[CustomerListRow]:
            return customers.list_customers(
                search,
                sort=key,
                descending=descending,
                offset=offset,
                # The model always pages (page_size is set), so None never reaches here in practice.
                limit=limit or customers.PAGE_SIZE,
                filters=filters,
                # The list shows churn warnings and grades; the core leaves them out for callers that do not.
                with_grades=True,
            )

        return query

    def cell(self, row: CustomerListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._tags_text(row) if column == Column.TAGS else TEXT[Column(column)](row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.SEGMENT and row.churn_warning:
            # Only the segment cell turns red: the warning is about the segment, and the row stays readable.
            return QBrush(AT_RISK)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(RIGHT)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME and row.allergies:
            return self._allergy_icon()
        return None

    def _tags_text(self, row: CustomerListRow) -> str:
        # Automatic tags are stored as codes and worded in the UI's language; manual ones show as typed.
        shown = words.tag_words(row.manual_tags, row.auto_tags, chinese=vocabulary.ui_is_chinese())
        # A translated separator: Chinese lists with 、, not a comma and a space.
        return self.tr(", ").join(shown)

    def _tooltip(self, row: CustomerListRow, column: int) -> str | None:
        if column == Column.TAGS and row.tags:
            # The cell mixes both kinds; the tooltip tells which tags staff gave and which the shop's rules gave.
            manual = self.tr(", ").join(row.manual_tags) or "—"
            auto = self.tr(", ").join(vocabulary.word(AutoTag, code) for code in row.auto_tags) or "—"
            return self.tr("Manual: {manual}\nAutomatic: {auto}").format(manual=manual, auto=auto)
        if column == Column.SEGMENT and row.churn_warning:
            return self.tr("At risk: away well beyond their usual visit rhythm")
        # Allergies sit on the name, the cell everyone reads before a service starts.
        if column == Column.NAME and row.allergies:
            return self.tr("Allergies: {allergies}").format(allergies=row.allergies)
        return None

    def _allergy_icon(self) -> QIcon:
        # Made on first use and kept: data() asks for it on every repaint of every row with allergies.
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon
