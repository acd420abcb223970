"""Possible duplicates on file, pair by pair: the rule's pairs in a table, each merged or skipped.

The pairs come from ``core.duplicate_pairs`` (the form's and the import's rule); merging
opens the merge dialog with both files chosen, the older one kept. Owner only, as
merging is.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_crm.core import duplicate_pairs
from salon_crm.core.duplicate_pairs import DuplicatePair, PairSide
from salon_crm.core.duplicates import PHONE
from salon_crm.ui import session
from salon_crm.ui.customers.merge_dialog import MergeDialog
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import ROW_ROLE, PageQuery, RowTableModel
from salon_crm.ui.widgets.table_view import ReadOnlyTable


class PairColumn(IntEnum):
    """The columns of the pairs table."""

    REASON = 0
    FIRST = 1
    SECOND = 2


class DuplicatePairsModel(RowTableModel):
    """The pairs the duplicate rule finds, all at once (at most ``duplicate_pairs.MAX_PAIRS``)."""

    columns = PairColumn

    def headers(self) -> list[str]:
        return [self.tr("Why"), self.tr("Older file (kept)"), self.tr("Newer file")]

    def page_query(self) -> PageQuery:
        actor = session.acting_user()
        # The rule returns every pair at once (capped in core), so the paging offset and limit are unused;
        # the user is taken now, on the UI thread, so the query runs as the person who asked even if
        # someone else takes the front desk before the worker gets to it.
        return lambda _offset, _limit: duplicate_pairs.possible_duplicates(actor)

    def cell(self, row: Any, column: int, role: int) -> Any:
        pair: DuplicatePair = row
        # No tooltips or colours: the side text below already carries all that tells the two files apart.
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == PairColumn.REASON:
            return self.tr("Same mobile") if pair.reason == PHONE else self.tr("Same name and birthday")
        return self.side_text(pair.first if column == PairColumn.FIRST else pair.second)

    def side_text(self, side: PairSide) -> str:
        """``王芳 · 138 0013 8000 · 1990-05-03 · file #12``: what tells two people apart."""
        parts = [side.name]
        if side.phone:
            parts.append(formatting.phone(side.phone))
        if side.birth_month is not None:
            # A file may hold a birthday month without its day, or without its year: the missing part is
            # left out rather than shown as "00".
            day = f"{side.birth_month:02d}-{side.birth_day or 0:02d}" if side.birth_day else f"{side.birth_month:02d}"
            parts.append(f"{side.birth_year}-{day}" if side.birth_year else day)
        # The file number is the last word on identity: two 王芳 with no mobile differ only there.
        parts.append(self.tr("file #{id}").format(id=side.id))
        return " · ".join(parts)


class DuplicatesWindow(QDialog):
    """The possible duplicates, walked one pair at a time: Merge… or Skip.

    Signals:
        merged(int): a file was merged into another (its id); the customer list should reload.
    """

    merged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.model = DuplicatePairsModel(self)
        self.table = ReadOnlyTable(self)
        self.table.setModel(self.model)
        # Enter or a double click on a pair is the front desk's quick way to the merge dialog.
        self.table.activated.connect(lambda _index: self.merge_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.summary = QLabel(self.tr("Looking for files that may be one person…"), self)
        self.summary.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.skip_button = QPushButton(self.tr("&Skip"), self)
        # Skipping writes nothing: the pair comes back next time, so "not now" is as good a reason as "not the same".
        self.skip_button.setToolTip(self.tr("Not the same person, or not now: go to the next pair"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.merge_button, self.skip_button, self.refresh_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_selected)
        self.skip_button.clicked.connect(self.skip)
        self.refresh_button.clicked.connect(self.model.reload)
        self.model.loaded.connect(self._loaded)
        # A failed load shows its sentence where the count would be, not in a box over the window.
        self.model.failed.connect(self.summary.setText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.last_dialog: MergeDialog | None = None
        self.resize(820, 460)
        # Nothing is chosen until the first load arrives: Merge and Skip start disabled.
        self._enable()
        # Loaded in the background: the rule scans every file, and the window must open at once.
        self.model.reload()

    @classmethod
    def open_for(cls, parent: QWidget | None) -> DuplicatesWindow:
        """Open the window (deleted when closed) and return it."""
        window = cls(parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open()
        return window

    def _loaded(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.summary.setText(self.tr("No two files share a mobile, or a name and a birthday."))
        else:
            self.summary.setText(
                self.tr("Pairs of files that may be one person: {count}. Merge each that is, skip the others.").format(
                    count=count
                )
            )
            # The first pair is chosen so Merge… and Skip work without a click first.
            self.select(0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected_pair() is not None
        self.merge_button.setEnabled(chosen)
        # Skip stops at the last pair rather than wrapping round, so the desk knows it has seen them all.
        self.skip_button.setEnabled(chosen and self.current_row() < self.model.rowCount() - 1)

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._enable()

    def selected_pair(self) -> DuplicatePair | None:
        row = self.current_row()
        pair: DuplicatePair | None = self.model.index(row, 0).data(ROW_ROLE) if row >= 0 else None
        return pair

    def skip(self) -> None:
        """The next pair (nothing is written: a skipped pair is listed again next time)."""
        if self.current_row() < self.model.rowCount() - 1:
            self.select(self.current_row() + 1)

    def merge_selected(self) -> MergeDialog | None:
        """The merge dialog with both files of the chosen pair, the older one kept."""
        pair = self.selected_pair()
        if pair is None:
            return None
        # The older file is kept by default (the column says so); the dialog still lets the user swap.
        dialog = MergeDialog(self, pair.first.id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merge_picker.set_customer(pair.second.id)
        # The merged id is read at save time, not from the pair: the user may have picked another
        # duplicate in the dialog before pressing Merge.
        dialog.saved.connect(lambda _kept: self._merged(dialog.merge_picker.customer_id()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, merged_id: int | None) -> None:
        if merged_id is not None:
            self.merged.emit(merged_id)
        # The merged file is gone, and so is every other pair it was in: the rule is asked again.
        self.model.reload()

    def index_of(self, first_id: int, second_id: int) -> QModelIndex:
        """The row of the pair of these two files (invalid when it is not listed)."""
        for row, pair in enumerate(self.model.rows()):
            if (pair.first.id, pair.second.id) == (first_id, second_id):
                return self.model.index(row, 0)
        return QModelIndex()
