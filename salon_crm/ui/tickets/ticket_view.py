"""One ticket: its facts, its history as a timeline, and a button per allowed next step."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import clock, tickets
from salon_crm.core.enums import CompensationKind, Severity, TicketCategory, TicketChannel, TicketKind, TicketStatus
from salon_crm.core.ticket_rules import Step
from salon_crm.core.tickets import TicketDetail
from salon_crm.ui import tasks, vocabulary
from salon_crm.ui.tickets.messages import describe_ticket_error, step_word
from salon_crm.ui.tickets.step_dialogs import StepDialog
from salon_crm.ui.tickets.table_model import time_left_text
from salon_crm.ui.tickets.timeline import TicketTimeline
from salon_crm.ui.widgets import formatting

# The same red as the overdue rows of the tickets list, so "late" looks the same in both places.
OVERDUE_STYLE = "color: #b00020; font-weight: bold;"
SCORE_STARS = "★"


class TicketView(QDialog):
    """The ticket's facts on the left, its timeline on the right, the next steps below.

    Signals:
        changed(int): a step was taken on the ticket with this id.
    """

    changed = Signal(int)

    def __init__(self, parent: QWidget | None, ticket_id: int) -> None:
        super().__init__(parent)
        self.ticket_id = ticket_id
        self.ticket: TicketDetail | None = None
        self.setWindowTitle(self.tr("Ticket {number}").format(number=ticket_id))
        # Wide enough for facts and history side by side; 680 high leaves room for the taskbar at 768.
        self.resize(1100, 680)
        self.title = QLabel(self)
        # Rich text for the heading and the red "Overdue" line; only translated words and numbers go in.
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c0392b;")
        self.facts = QFormLayout()
        # A QLabel's size policy is Preferred, which the default policy would leave at its size hint:
        # the long facts (the customer's words, the solution) would wrap in a narrow strip.
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, QLabel] = {}
        facts_box = QGroupBox(self.tr("Facts"), self)
        facts_box.setLayout(self.facts)
        self.timeline = TicketTimeline(self)
        timeline_scroll = QScrollArea(self)
        # Both halves scroll on their own: a long history must not push the step buttons off the screen.
        timeline_scroll.setWidgetResizable(True)
        timeline_scroll.setWidget(self.timeline)
        history_box = QGroupBox(self.tr("History"), self)
        QVBoxLayout(history_box).addWidget(timeline_scroll)
        facts_scroll = QScrollArea(self)
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setWidget(facts_box)
        middle = QHBoxLayout()
        # Five parts facts to four parts history: the facts are what the desk acts on.
        middle.addWidget(facts_scroll, 5)
        middle.addWidget(history_box, 4)
        self.steps_bar = QHBoxLayout()
        self.step_buttons: dict[Step, QPushButton] = {}
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addLayout(self.steps_bar)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        # Read in the background; the window opens at once with its frame, the facts arrive a moment later.
        self.reload()

    @classmethod
    def open_ticket(cls, parent: QWidget | None, ticket_id: int) -> TicketView:
        """The view of one ticket, filled once it is read (not shown yet)."""
        return cls(parent, ticket_id)

    def reload(self) -> None:
        ticket_id = self.ticket_id
        tasks.run_in_background(self, lambda: tickets.get_ticket(ticket_id), self.show_ticket, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe_ticket_error(error))

    # --- showing ------------------------------------------------------------------------

    def show_ticket(self, ticket: TicketDetail) -> None:
        self.ticket = ticket
        # One "now" for the whole view, so the title and the "Resolve by" line cannot disagree about overdue.
        now = clock.now()
        kind = vocabulary.word(TicketKind, ticket.kind)
        status = vocabulary.word(TicketStatus, ticket.status)
        title = self.tr("<h3>{kind} {number} · {status}</h3>").format(kind=kind, number=ticket.id, status=status)
        if ticket.overdue(now):
            title += f"<p style='{OVERDUE_STYLE}'>" + self.tr("Overdue") + "</p>"
        self.title.setText(title)
        self._show_facts(ticket, now)
        self.timeline.set_events(ticket.events)
        self._show_steps(ticket)

    def _fact(self, key: str, label: str, text: str, style: str = "") -> None:
        widget = self.fact_labels.get(key)
        # Rows are made on first use and then kept, so a reload after a step updates them in place,
        # in the same order.
        if widget is None:
            widget = QLabel(self)
            widget.setWordWrap(True)
            # The customer's own words and the staff's: shown as typed, never read as HTML (a complaint
            # pasted from a web page, "<b>…", would otherwise render, images and all)
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, widget)
            self.fact_labels[key] = widget
        widget.setText(text)
        widget.setStyleSheet(style)
        # An empty fact hides its whole row: a new ticket would otherwise show a column of bare captions.
        self.facts.setRowVisible(widget, bool(text))

    def _show_facts(self, t: TicketDetail, now: datetime) -> None:
        received = formatting.date_time(t.received_at)
        if t.received_by:
            received = self.tr("{when} by {who}").format(when=received, who=t.received_by)
        related = []
        if t.service_record_at is not None and t.service_record_total is not None:
            related.append(
                self.tr("Visit of {day}, {amount}").format(
                    day=formatting.date_time(t.service_record_at), amount=formatting.money(t.service_record_total)
                )
            )
        if t.appointment_at is not None:
            related.append(self.tr("Booking at {when}").format(when=formatting.date_time(t.appointment_at)))
        # A closed ticket has no time left to count: the due date stays, the countdown goes.
        left = time_left_text(None if t.status == TicketStatus.CLOSED else _left(t.resolution_due_at, now))
        due = formatting.date_time(t.resolution_due_at) + (f"  ({left})" if left else "")
        # The phone is masked for a user who may not see it, as in every list.
        self._fact("customer", self.tr("Customer:"), f"{t.customer}  {formatting.phone(t.customer_phone)}".strip())
        self._fact("channel", self.tr("Channel:"), vocabulary.word(TicketChannel, t.channel))
        self._fact("description", self.tr("In their words:"), t.description)
        self._fact("received", self.tr("Received:"), received)
        self._fact("related", self.tr("About:"), "; ".join(related))
        classified = ""
        if t.category is not None:
            classified = f"{vocabulary.word(TicketCategory, t.category)} · {vocabulary.word(Severity, t.severity)}"
        self._fact("classified", self.tr("Category · severity:"), classified)
        self._fact("assignee", self.tr("Handled by:"), t.assignee)
        self._fact("response_due", self.tr("Respond by:"), formatting.date_time(t.response_due_at))
        self._fact("first_response", self.tr("First response:"), formatting.date_time(t.first_response_at))
        self._fact("resolution_due", self.tr("Resolve by:"), due, OVERDUE_STYLE if t.overdue(now) else "")
        self._fact("escalated", self.tr("Escalated:"), formatting.date_time(t.escalated_at))
        self._fact("solution", self.tr("Solution:"), t.solution)
        self._fact("compensation", self.tr("Compensation:"), self.compensation_text(t))
        agreed = f"{t.agreed_by} · {t.agreed_how}" if t.agreed_by else ""
        self._fact("agreed", self.tr("Agreed by:"), agreed)
        score = ""
        if t.followup_score is not None:
            score = f"{SCORE_STARS * t.followup_score} {t.followup_score}/5  {t.followup_note}"
        self._fact("followup", self.tr("Follow-up:"), score)
        self._fact("closed", self.tr("Closed:"), formatting.date_time(t.closed_at))

    def compensation_text(self, t: TicketDetail) -> str:
        if t.compensation_kind == CompensationKind.NONE.value:
            return ""
        word = vocabulary.word(CompensationKind, t.compensation_kind)
        if t.compensation_kind == CompensationKind.POINTS.value:
            return self.tr("{kind}: {points}").format(kind=word, points=formatting.whole_number(t.compensation_points))
        # An apology or a free service has no amount: then the kind alone is shown, not "¥0.00".
        if t.compensation_amount:
            return f"{word}: {formatting.money(t.compensation_amount)}"
        return word

    def _show_steps(self, ticket: TicketDetail) -> None:
        for button in self.step_buttons.values():
            button.deleteLater()
        self.step_buttons = {}
        # Only the steps the core's rules allow from this status get a button: no greyed-out choices.
        for step in ticket.next_steps:
            button = QPushButton(step_word(step) + "…", self)
            # ``chosen=step`` binds each button's own step now; a plain closure would take the last one.
            button.clicked.connect(lambda _checked=False, chosen=step: self.take_step(chosen))
            self.steps_bar.addWidget(button)
            self.step_buttons[step] = button

    # --- acting ---------------------------------------------------------------------------

    def take_step(self, step: Step) -> StepDialog:
        """Open the form for ``step``; when it is saved, the view shows the new state."""
        assert self.ticket is not None
        dialog = StepDialog.for_step(self, self.ticket, step)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._stepped)
        dialog.open()
        return dialog

    def _stepped(self, ticket: TicketDetail) -> None:
        # The step's own result is shown as is: no second read of the ticket.
        self.show_ticket(ticket)
        # The tickets tab reloads its list from this (status, time left, who handles it).
        self.changed.emit(ticket.id)


def _left(due: datetime | None, now: datetime) -> timedelta | None:
    return None if due is None else due - now
