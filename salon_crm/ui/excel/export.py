"""Export what a tab shows (its filter, its visible columns) to .xlsx.

The rows come from the table model's own query with no page limit (the worker
thread runs it), the cells as the table words them; text that is clearly money,
a date, a time or a count goes into Excel typed, with its format.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QWidget

from salon_crm.excel.writing import Column, ColumnKind, write_table
from salon_crm.ui import tasks
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets.row_model import RowTableModel

_MONEY = re.compile(r"-?¥-?[\d,]+\.\d{2}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")
# A count has thousands separators or at most 7 digits; longer digit runs (phones, ids) stay text.
_COUNT = re.compile(r"-?\d{1,3}(,\d{3})+|-?[1-9]\d{0,6}|0")


def typed(text: str) -> tuple[ColumnKind, Any]:
    """The kind and value of a cell as the table shows it."""
    if _MONEY.fullmatch(text):
        return ColumnKind.MONEY, Decimal(text.replace("¥", "").replace(",", ""))
    if _MOMENT.fullmatch(text):
        return ColumnKind.DATETIME, datetime.strptime(text, "%Y-%m-%d %H:%M")
    if _DAY.fullmatch(text):
        return ColumnKind.DATE, date.fromisoformat(text)
    if _COUNT.fullmatch(text):
        return ColumnKind.INTEGER, int(text.replace(",", ""))
    return ColumnKind.TEXT, text


def table_of(widget: QWidget) -> tuple[QTableView, RowTableModel] | None:
    """The first visible list in ``widget`` whose model is one of our row models."""
    for view in widget.findChildren(QTableView):
        if not view.isVisible():
            continue
        model: QAbstractItemModel = view.model()
        while isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        if isinstance(model, RowTableModel):
            return view, model
    return None


def columns_and_rows(view: QTableView, model: RowTableModel, rows: list[Any]) -> tuple[list[Column], list[list[Any]]]:
    """The visible columns, typed from their cells, and the rows' values (UI thread: the model words them)."""
    visible = [column for column in range(model.columnCount()) if not view.isColumnHidden(column)]
    headers = model.headers()
    texts = [[str(model.cell(row, column, Qt.ItemDataRole.DisplayRole) or "") for column in visible] for row in rows]
    columns: list[Column] = []
    for position, column in enumerate(visible):
        kinds = {typed(line[position])[0] for line in texts if line[position]}
        kind = kinds.pop() if len(kinds) == 1 else ColumnKind.TEXT
        columns.append(Column(headers[column], kind))
    values = [
        [
            typed(text)[1] if text and column.kind is not ColumnKind.TEXT else text
            for text, column in zip(line, columns, strict=True)
        ]
        for line in texts
    ]
    return columns, values


def export_list(parent: QWidget, tab: QWidget, title: str, *, path: Path | None = None) -> bool:
    """Ask where to save (unless ``path``), then write the tab's list in the background.

    Returns False when the tab has no list to export.
    """
    found = table_of(tab)
    if found is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ExportList", "Export list"),
            QCoreApplication.translate("ExportList", "This tab has no list to export."),
        )
        return False
    view, model = found
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportList", "Export list"),
            f"{title}.xlsx",
            QCoreApplication.translate("ExportList", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return False
        path = Path(chosen if chosen.lower().endswith(".xlsx") else f"{chosen}.xlsx")
    query = model.page_query()
    target = path

    def rows_read(rows: list[Any]) -> None:
        columns, values = columns_and_rows(view, model, rows)
        tasks.run_in_background(
            parent,
            lambda: write_table(target, title, columns, values),
            lambda _out: _written(parent, target, len(values)),
            lambda error: _failed(parent, error),
        )

    tasks.run_in_background(parent, lambda: list(query(0, None)), rows_read, lambda error: _failed(parent, error))
    return True


def _written(parent: QWidget, path: Path, count: int) -> None:
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            QCoreApplication.translate("ExportList", "{count} rows exported to {path}").format(count=count, path=path),
            10_000,
        )


def _failed(parent: QWidget, error: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ExportList", "Export list"), describe_any(error))
