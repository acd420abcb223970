"""A ticket's history drawn as a vertical timeline: a dot per step on one line."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salon_crm.core.enums import Severity, TicketCategory, TicketStatus
from salon_crm.core.tickets import TicketEventRow
from salon_crm.ui import vocabulary
from salon_crm.ui.widgets import formatting, layouts

LINE_X = 12
DOT_RADIUS = 5
LINE_COLOUR = QColor("#b0b7c3")
DOT_COLOUR = QColor("#2f6fb3")
LAST_DOT_COLOUR = QColor("#1e8449")
REOPEN_DOT_COLOUR = QColor("#b00020")


class TicketTimeline(QWidget):
    """The events of one ticket, oldest at the top, each with who, when, the step and its note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(LINE_X + 16, 4, 4, 4)
        self._layout.setSpacing(12)
        self._layout.addStretch(1)  # once: the entries go above it
        self._entries: list[tuple[QLabel, TicketEventRow]] = []

    def set_events(self, events: tuple[TicketEventRow, ...] | list[TicketEventRow]) -> None:
        layouts.clear(self._layout)
        self._entries = []
        for event in events:
            label = QLabel(self.entry_html(event), self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.insertWidget(self._layout.count() - 1, label)
            self._entries.append((label, event))
        self.update()

    def entries(self) -> list[str]:
        """The plain text of each entry, oldest first (for tests and screen readers)."""
        return [label.text() for label, _event in self._entries]

    def entry_html(self, event: TicketEventRow) -> str:
        status = vocabulary.word(TicketStatus, event.to_status)
        if event.from_status == TicketStatus.CLOSED.value:
            status = self.tr("Reopened → {status}").format(status=status)
        details = []
        if "category" in event.data and "severity" in event.data:
            details.append(
                f"{vocabulary.word(TicketCategory, event.data['category'])} · "
                f"{vocabulary.word(Severity, event.data['severity'])}"
            )
        if "followup_score" in event.data:
            details.append(self.tr("Satisfaction {score}/5").format(score=event.data["followup_score"]))
        if "ledger_entry" in event.data:
            details.append(self.tr("Compensation booked to the customer's account"))
        note = _escape(event.note).replace("\n", "<br>")
        extra = "".join(f"<br><i>{_escape(text)}</i>" for text in details)
        when = formatting.date_time(event.at)
        return (
            f"<b>{_escape(status)}</b> <span style='color:#666'>{when} · {_escape(event.actor)}</span><br>{note}{extra}"
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._entries:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centres = [label.y() + label.fontMetrics().height() // 2 + 2 for label, _event in self._entries]
        painter.setPen(QPen(LINE_COLOUR, 2))
        painter.drawLine(LINE_X, centres[0], LINE_X, centres[-1])
        painter.setPen(Qt.PenStyle.NoPen)
        for number, (y, (_label, row)) in enumerate(zip(centres, self._entries, strict=True)):
            colour = DOT_COLOUR
            if row.from_status == TicketStatus.CLOSED.value:
                colour = REOPEN_DOT_COLOUR
            elif number == len(centres) - 1:
                colour = LAST_DOT_COLOUR
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(LINE_X, y), DOT_RADIUS, DOT_RADIUS)
        painter.end()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
