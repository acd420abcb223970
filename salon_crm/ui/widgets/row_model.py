"""The base of every table model: frozen rows from a service, loaded in the background.

A subclass names its columns (an ``IntEnum``), words its headers and cells, and
says how to fetch a page of rows. Big lists page with ``canFetchMore`` /
``fetchMore``; the view asks for the next page when it scrolls near the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from salon_crm.ui import tasks
from salon_crm.ui.errors import describe_any

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's frozen dataclass
Index = QModelIndex | QPersistentModelIndex
PageQuery = Callable[[int, int | None], Sequence[Any]]


class RowTableModel(QAbstractTableModel):
    """Read-only rows of a service, ``page_size`` at a time (``None``: all at once).

    Signals:
        loaded(): a page (or the whole list) arrived.
        failed(str): loading failed; the sentence says why.
    """

    loaded = Signal()
    failed = Signal(str)

    columns: type[IntEnum]
    page_size: int | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._generation = 0  # bumped by reload(): late pages of old queries are dropped
        self._loading = False
        self._exhausted = True

    # --- for subclasses ---------------------------------------------------------

    def headers(self) -> list[str]:
        """The translated title of each column."""
        raise NotImplementedError

    def page_query(self) -> PageQuery:
        """A function ``(offset, limit) -> rows`` run on the worker thread.

        ``limit`` is ``page_size``: ``None`` means the whole list.

        Called on the UI thread: capture the current search or range in it.
        """
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What ``data()`` returns for ``role`` at ``column`` of ``row``."""
        raise NotImplementedError

    # --- loading ----------------------------------------------------------------

    def reload(self) -> None:
        """Forget the rows and fetch the first page again."""
        self.beginResetModel()
        self._rows = []
        self._generation += 1
        self._loading = False
        self._exhausted = False
        self.endResetModel()
        self._fetch_page()

    def is_loading(self) -> bool:
        """True from a reload until its first page has arrived (or failed)."""
        return self._loading or (not self._exhausted and not self._rows)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def _fetch_page(self) -> None:
        if self._loading or self._exhausted:
            return
        self._loading = True
        query, generation = self.page_query(), self._generation
        offset, limit = len(self._rows), self.page_size
        tasks.run_in_background(
            self,
            lambda: query(offset, limit),
            lambda rows: self._page_arrived(generation, limit, rows),
            lambda error: self._page_failed(generation, error),
        )

    def _page_arrived(self, generation: int, limit: int | None, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = limit is None or len(rows) < limit
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.failed.emit(describe_any(error))

    # --- Qt overrides -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        return self.cell(row, index.column(), role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.headers()[section]
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._fetch_page()
