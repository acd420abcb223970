"""The read-only table every tab and settings list uses."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from salon_crm.ui.widgets.empty_state import EmptyState, Words
from salon_crm.ui.widgets.row_model import RowTableModel

MAX_FITTED_WIDTH = 320  # a long note must not push every other column off screen
MIN_SQUEEZED_WIDTH = 56  # a squeezed column still shows a few characters and its "…"
SHORT_TEXT = "0000-00-00 00:00"  # a date, a time span or a mobile number: kept whole while anything else can give
# Columns are measured on this many rows, not the first page's 200 (Qt's default is 1,000):
# measuring five tabs' pages took 1.0 s of the UI thread at start-up on a busy shop.
FIT_ROWS = 50
CELL_PADDING = 4  # a little air over the content; the style sheet pads each cell by 4 px a side too
ROW_PADDING = 14  # over the font's height: rows a finger's width apart, as in the booking apps


def _cap(widths: list[int], room: int) -> int | None:
    """The one width at which to cap the widest columns so that the sum is ``room`` (None: no cap needed)."""
    ordered = sorted(widths)
    spent = 0
    for index, width in enumerate(ordered):
        cap = (room - spent) // (len(ordered) - index)
        if cap < width:
            return cap
        spent += width
    return None


def readable(widths: list[int], room: int, short: int = 100) -> bool:
    """Whether ``squeeze`` can fit the columns in its first step: short ones whole, wide ones ``short`` or more."""
    return sum(min(width, short) for width in widths) <= room


def squeeze(widths: list[int], room: int, short: int = 100, floor: int = MIN_SQUEEZED_WIDTH) -> list[int]:
    """Cap the widest columns so that all of them fit in ``room``, giving way in three steps.

    1. Only the wide columns (services, notes, tags) give way, down to ``short``:
       dates, times, mobiles and amounts stay whole.
    2. The wide columns go on giving way, down to ``floor``.
    3. Every column gives way evenly, down to ``floor``: a "…" in each is better
       than a column hidden behind a scrollbar.
    """
    if sum(widths) <= room or not widths:
        return list(widths)
    whole = [width for width in widths if width <= short]
    wide = [width for width in widths if width > short]
    for least in (short, floor):
        if sum(whole) + least * len(wide) <= room:
            cap = _cap(wide, room - sum(whole))
            limit = least if cap is None else max(cap, least)
            return [width if width <= short else min(width, limit) for width in widths]
    cap = _cap(widths, room)
    limit = floor if cap is None else max(cap, floor)
    return [min(width, limit) for width in widths]


class ReadOnlyTable(QTableView):
    """A table of whole-row selection, no editing, columns fitted to the first rows.

    The columns take their content's width; when that is wider than the table, the
    widest give way (their text ends in "…", the whole of it in the tooltip of the
    model, if any) so no column hides behind a scrollbar. Once the user drags a
    column, the widths are theirs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)  # alternating rows and the header's lines are enough
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._user_resized)
        self._natural: list[int] = []  # the fitted widths, before any squeezing
        self._natural_from_rows = False  # fitted to rows, not only to the column titles
        self._sizing = False  # our own resizing, not the user's
        self._user_sized = False
        self._optional: list[int] = []  # columns that may be left out on a narrow table, first first
        self._dropped: list[int] = []  # those left out now
        self.empty_state: EmptyState | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.rowsInserted.connect(self._fit_once)
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._update_empty_state)
            if isinstance(model, RowTableModel):
                model.loaded.connect(self._update_empty_state)
                model.loaded.connect(self._fit_headers)

    # --- an empty list says what to do ---------------------------------------------

    def set_empty_text(self, words: Words) -> None:
        """Show ``words`` in the middle of the table whenever it is loaded and has no rows."""
        self.empty_state = EmptyState(self.viewport(), words)
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        if self.empty_state is None:
            return
        model = self.model()
        # while a list reloads it is empty for a moment: say nothing until it has arrived
        loading = isinstance(model, RowTableModel) and model.is_loading()
        self.empty_state.show_if(model is not None and model.rowCount() == 0 and not loading)

    # --- column widths ------------------------------------------------------------

    def set_optional_columns(self, columns: list[int]) -> None:
        """Columns to leave out, in this order, when the table is too narrow for the others to stay readable.

        A narrow panel (today's arrivals beside the day view) then shows the time and
        status whole and the services at a readable width, rather than a "…" in every column.
        """
        self._optional = list(columns)
        self._lay_out_columns()

    def _fit_headers(self) -> None:
        """An empty list: columns as wide as their titles (not 100 px each, past the table's edge)."""
        model = self.model()
        if not self._natural and model is not None and model.rowCount() == 0:
            self._fit()
            self._natural_from_rows = False

    def refit(self) -> None:
        """Measure the columns again (rows that change width arrived: a customer's visit opened)."""
        if not self._user_sized:
            self._fit()

    def _fit_once(self) -> None:
        """Size the columns to the first rows that arrive, then leave them to the user."""
        if self._natural and self._natural_from_rows:
            return
        self._fit()

    def _fit(self) -> None:
        self._natural_from_rows = True
        self._sizing = True
        header = self.horizontalHeader()
        for column in self._dropped:  # measured too, in case there is room for it
            header.setSectionHidden(column, False)
        self._dropped = []
        self.resizeColumnsToContents()
        self._sizing = False
        self._natural = [
            min(header.sectionSize(column) + CELL_PADDING, MAX_FITTED_WIDTH) for column in range(header.count())
        ]
        self._lay_out_columns()

    def _lay_out_columns(self) -> None:
        """Natural widths, squeezed to the table's width when they are wider."""
        if not self._natural or self._user_sized:
            return
        header = self.horizontalHeader()
        short = self.fontMetrics().horizontalAdvance(SHORT_TEXT)
        room = self.viewport().width()
        self._sizing = True
        for column in self._dropped:  # decide afresh: the table may have grown
            header.setSectionHidden(column, False)
        self._dropped = []
        # a column hidden by its tab (money columns for a stylist) is not ours to show
        candidates = [column for column in self._optional if not header.isSectionHidden(column)]
        while True:
            shown = [column for column in range(len(self._natural)) if not header.isSectionHidden(column)]
            natural = [self._natural[column] for column in shown]
            if not candidates or readable(natural, room, short):
                break
            dropped = candidates.pop(0)
            header.setSectionHidden(dropped, True)
            self._dropped.append(dropped)
        for column, width in zip(shown, squeeze(natural, room, short), strict=True):
            header.resizeSection(column, width)
        self._sizing = False

    def _user_resized(self) -> None:
        """A drag of a column's edge (a mouse button is down) makes the widths the user's.

        Qt also resizes sections by itself (a model reset, the stretched last
        column, a column shown again); those must not stop the fitting.
        """
        if not self._sizing and self._natural and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out_columns()
