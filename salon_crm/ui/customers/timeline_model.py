"""A customer's timeline as a table: every event newest first, worded in the UI's language.

A visit is one line (services, stylist, amount, payment, points); its own rows — the
card spend, the points, the booking it came from — open under it (Right or Space, or a
click on ▸) and close again (Left).
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from salon_crm.core import enums, timeline
from salon_crm.core.permissions import Action
from salon_crm.core.timeline import EventKind, TimelineEvent
from salon_crm.ui import session, vocabulary
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Voided bills stay on the timeline (the customer may ask about them) but must not read as money taken.
GREY = QColor("#888888")
# One colour per kind of event, so a long history can be scanned for, say, the tickets in red.
KIND_COLOURS = {
    EventKind.VISIT: QColor("#1f618d"),
    EventKind.APPOINTMENT: QColor("#117a65"),
    EventKind.TICKET: QColor("#b03a2e"),
    EventKind.SURVEY: QColor("#7d3c98"),
    EventKind.LEDGER: QColor("#9a7d0a"),
    EventKind.CARE: QColor("#ca6f1e"),
}


class TimelineColumn(IntEnum):
    WHEN = 0
    EVENT = 1
    DETAILS = 2
    AMOUNT = 3
    FIGURE = 4
    STAFF = 5
    NOTE = 6


class TimelineModel(RowTableModel):
    """The events of one customer (all at once: a customer's history is short).

    Signals: those of ``RowTableModel``.
    """

    columns = TimelineColumn
    page_size = None

    def __init__(self, customer_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self._open: set[int] = set()  # the visits (bill ids) shown with their own rows

    def reload(self) -> None:
        # The fresh rows come without any visit's own rows inserted: an old "open" mark would draw
        # ▾ over a visit whose rows are not there, and the next toggle would delete the wrong rows.
        self._open.clear()
        super().reload()

    def is_open(self, event: TimelineEvent) -> bool:
        return event.kind is EventKind.VISIT and event.ref_id in self._open

    def set_open(self, row: int, opened: bool) -> bool:
        """Show or hide the own rows of the visit at ``row``; False when there is nothing to do."""
        if not 0 <= row < self.rowCount():
            return False
        event: TimelineEvent = self.row_at(row)
        if not opened and self.visit_row_of(row) != row:
            return self.set_open(self.visit_row_of(row), False)  # Left on a visit's own row closes it, as in a tree
        if event.kind is not EventKind.VISIT or not event.children or self.is_open(event) == opened:
            return False
        # Rows are inserted and removed in place rather than by a reset, so the selection and the
        # scroll position stay on the visit the user just opened.
        count = len(event.children)
        if opened:
            self.beginInsertRows(QModelIndex(), row + 1, row + count)
            self._rows[row + 1 : row + 1] = list(event.children)
            self._open.add(event.ref_id)
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), row + 1, row + count)
            del self._rows[row + 1 : row + 1 + count]
            self._open.discard(event.ref_id)
            self.endRemoveRows()
        # The visit's own line changes too: its ▸ turns into ▾ and back.
        self.dataChanged.emit(self.index(row, TimelineColumn.EVENT), self.index(row, TimelineColumn.EVENT))
        return True

    def visit_row_of(self, row: int) -> int:
        """The row of the visit whose own row ``row`` is (``row`` itself for any other line)."""
        event: TimelineEvent = self.row_at(row)
        if event.kind is EventKind.VISIT or event.part_of is None:
            return row
        # Own rows always sit right under their visit, so the walk up is short.
        for index in range(row - 1, -1, -1):
            above: TimelineEvent = self.row_at(index)
            if above.kind is EventKind.VISIT and above.ref_id == event.part_of:
                return index
        return row  # its visit is not shown (filtered out): a line of its own

    def toggle(self, row: int) -> bool:
        if not 0 <= row < self.rowCount():
            return False
        return self.set_open(row, not self.is_open(self.row_at(row)))

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Event"),
            self.tr("Details"),
            self.tr("Amount"),
            self.tr("Points / score"),
            self.tr("Staff"),
            self.tr("Note"),
        ]

    def page_query(self) -> PageQuery:
        customer_id = self.customer_id
        # The stylist's cut is made here, in the UI: core gives the whole timeline to whoever opens the file.
        if session.may(Action.SEE_MONEY):
            return lambda _offset, _limit: timeline.customer_timeline(customer_id)
        # a stylist reads the visits and the service notes, not the card's movements
        return lambda _offset, _limit: [
            replace(event, children=tuple(child for child in event.children if child.kind is not EventKind.LEDGER))
            for event in timeline.customer_timeline(customer_id)
            if event.kind is not EventKind.LEDGER
        ]

    def event_word(self, event: TimelineEvent) -> str:
        """What happened, in a few words; ▸/▾ before a visit with rows of its own, └ before those rows."""
        text = self._event_word(event)
        if event.kind is EventKind.VISIT and event.children:
            return f"{'▾' if self.is_open(event) else '▸'} {text}"
        # Indented under its visit, the way a tree shows a child, since a table view has no tree lines.
        if event.part_of is not None and event.kind is not EventKind.VISIT:
            return f"    └ {text}"
        return text

    def _event_word(self, event: TimelineEvent) -> str:
        if event.kind is EventKind.VISIT:
            text = self.tr("Visit")
            return self.tr("{event} (voided)").format(event=text) if event.voided else text
        if event.kind is EventKind.APPOINTMENT:
            status = vocabulary.word(enums.AppointmentStatus, event.code)
            return self.tr("Appointment: {status}").format(status=status)
        if event.kind is EventKind.TICKET:
            # A ticket's event carries its kind code in ``note`` (and its status in ``code``).
            kind = vocabulary.word(enums.TicketKind, event.note)
            status = vocabulary.word(enums.TicketStatus, event.code)
            return self.tr("{kind}: {status}").format(kind=kind, status=status)
        if event.kind is EventKind.SURVEY:
            return self.tr("Survey ({channel})").format(channel=vocabulary.word(enums.SurveyChannel, event.code))
        if event.kind is EventKind.LEDGER:
            return vocabulary.word(enums.LedgerKind, event.code)
        return self.tr("Care: {kind}").format(kind=vocabulary.word(enums.CareKind, event.code))

    def _figure(self, event: TimelineEvent) -> str:
        if event.kind is EventKind.SURVEY and event.score is not None:
            return self.tr("{score}/5, recommend {recommend}/10").format(score=event.score, recommend=event.points)
        if event.kind in (EventKind.LEDGER, EventKind.VISIT) and event.points:
            # Signed, as the card's points go up and down; a zero figure is left blank rather than "+0".
            return f"{event.points:+,}"  # a visit's: what its own rows earned
        return ""

    def _amount(self, event: TimelineEvent) -> str:
        if event.amount is None or (event.kind is EventKind.LEDGER and not event.amount):
            return ""
        # Checked again per cell, not only in the query: a visit's own amount is not a ledger row.
        if not session.may(Action.SEE_MONEY):
            return ""
        if event.kind is EventKind.LEDGER:
            # A true minus sign (U+2212), as wide as the plus, so a column of top-ups and spends lines up.
            sign = "+" if event.amount > 0 else "−"
            text = f"{sign}{formatting.money(abs(event.amount))}"
            if event.balance is not None:
                text += " " + self.tr("(balance {balance})").format(balance=formatting.money(event.balance))
            return text
        return formatting.money(event.amount)

    def _note(self, event: TimelineEvent) -> str:
        if event.kind is EventKind.VISIT and event.code:
            payment = vocabulary.word(enums.PaymentMethod, event.code)
            if event.voided:
                return self.tr("Voided: {reason}").format(reason=event.note)
            return f"{payment}  {event.note}".strip()
        # Its note holds the ticket's kind code, already worded in the Event column.
        if event.kind is EventKind.TICKET:
            return ""
        return event.note

    def cell(self, row: TimelineEvent, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                TimelineColumn.WHEN: lambda: formatting.date_time(row.at),
                TimelineColumn.EVENT: lambda: self.event_word(row),
                TimelineColumn.DETAILS: lambda: row.detail,
                TimelineColumn.AMOUNT: lambda: self._amount(row),
                TimelineColumn.FIGURE: lambda: self._figure(row),
                TimelineColumn.STAFF: lambda: row.staff,
                TimelineColumn.NOTE: lambda: self._note(row),
            }[TimelineColumn(column)]()
        # Details and notes are the columns that get cut with "…" at 1366x768; the tooltip shows all.
        if role == Qt.ItemDataRole.ToolTipRole and column in (TimelineColumn.DETAILS, TimelineColumn.NOTE):
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole) or None
        return self._style(row, column, role)

    def _style(self, row: TimelineEvent, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TimelineColumn.AMOUNT, TimelineColumn.FIGURE):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.voided:
                return QBrush(GREY)
            if column == TimelineColumn.EVENT:
                return QBrush(KIND_COLOURS[row.kind])
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont()
            # Struck through as well as grey, so a voided bill reads as void to colour-blind eyes too.
            font.setStrikeOut(True)
            return font
        return None
