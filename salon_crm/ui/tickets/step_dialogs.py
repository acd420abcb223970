"""The small form behind each workflow button: the data that one step needs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from salon_crm.core import staff, ticket_workflow
from salon_crm.core.enums import CompensationKind, Severity, TicketCategory
from salon_crm.core.errors import ValidationError
from salon_crm.core.money import to_money
from salon_crm.core.rows import StaffMember
from salon_crm.core.ticket_rules import Step
from salon_crm.core.tickets import TicketDetail
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.tickets.messages import describe_ticket_error, step_word
from salon_crm.ui.widgets.form_dialog import FormDialog

# the kinds whose form shows the amount: core's MONEY_KINDS (refund, stored value) need one; a free
# service may carry its value, which core accepts but does not require
MONEY_KINDS = {CompensationKind.REFUND.value, CompensationKind.STORED_VALUE.value, CompensationKind.FREE_SERVICE.value}
MAX_POINTS = 1_000_000


def text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    # Tab moves to the next field, as in a line edit: a note has no use for tab characters
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * (lines + 1) + 8)
    return box


def vocabulary_combo(parent: QWidget, codes: Any, *, empty: str | None = None) -> QComboBox:
    """A combo of a vocabulary's words carrying the codes; ``empty`` first when given."""
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for code, word in vocabulary.choices(codes):
        combo.addItem(word, code)
    return combo


class StaffCombo(QComboBox):
    """Active staff, loaded in the background; the first item means "nobody"."""

    def __init__(self, parent: QWidget, nobody: str, chosen: int | None = None) -> None:
        super().__init__(parent)
        # the choice waits for the list: setCurrentIndex is applied in _fill, when the names are there
        self.addItem(nobody, None)
        self._chosen = chosen
        tasks.run_in_background(self, lambda: staff.list_staff(include_inactive=False), self._fill)

    def _fill(self, members: list[StaffMember]) -> None:
        for member in members:
            self.addItem(member.name, member.id)
        if self._chosen is not None:
            # someone since made inactive is not listed: the first item shows, and its None leaves the
            # ticket's handler as it is (the core sets one only when named)
            self.setCurrentIndex(max(0, self.findData(self._chosen)))

    def staff_id(self) -> int | None:
        value = self.currentData()
        return None if value is None else int(value)


class StepDialog(FormDialog):
    """The form for ``step`` on ``ticket``; OK takes the step in the background.

    Signals: those of ``FormDialog`` (``saved`` carries the updated ``TicketDetail``).
    """

    def __init__(self, parent: QWidget | None, ticket: TicketDetail, step: Step) -> None:
        super().__init__(parent)
        self.ticket, self.step = ticket, step
        self.setWindowTitle(self.tr("{step} — ticket {number}").format(step=step_word(step), number=ticket.id))
        self.setMinimumWidth(480)
        self.note = text_box(self)
        builders: dict[Step, Callable[[], None]] = {
            Step.CLASSIFY: self._classify_fields,
            Step.ESCALATE: self._escalate_fields,
            Step.PROPOSE: self._propose_fields,
            Step.AGREE: self._agree_fields,
            Step.IMPLEMENT: self._implement_fields,
            Step.FOLLOW_UP: self._follow_up_fields,
        }
        # the steps not listed (investigate, close, answer, reopen) need only the note
        builders.get(step, lambda: None)()
        note_label = {
            Step.ESCALATE: self.tr("&Why:"),
            Step.FOLLOW_UP: self.tr("What the customer &said:"),
            Step.ANSWER: self.tr("&Answer given:"),
            Step.REOPEN: self.tr("&Why reopened:"),
            Step.INVESTIGATE: self.tr("&Findings:"),
        }.get(step, self.tr("&Note:"))
        self.form.addRow(note_label, self.note)
        self.note.textChanged.connect(self.revalidate)
        self.revalidate()

    @classmethod
    def for_step(cls, parent: QWidget | None, ticket: TicketDetail, step: Step) -> StepDialog:
        """The form for one step (not shown yet)."""
        return cls(parent, ticket, step)

    # --- the fields of each step ------------------------------------------------------

    def _classify_fields(self) -> None:
        # "Choose…" first, not the first category: classifying is a decision, never a default
        # (check_classification refuses the empty choice)
        self.category = vocabulary_combo(self, TicketCategory, empty=self.tr("Choose…"))
        self.severity = vocabulary_combo(self, Severity, empty=self.tr("Choose…"))
        self.assignee = StaffCombo(self, self.tr("Nobody yet"), self.ticket.assignee_id)
        self.form.addRow(self.tr("&Category:"), self.category)
        self.form.addRow(self.tr("&Severity:"), self.severity)
        self.form.addRow(self.tr("&Handled by:"), self.assignee)
        self.category.currentIndexChanged.connect(self.revalidate)
        self.severity.currentIndexChanged.connect(self.revalidate)

    def _escalate_fields(self) -> None:
        # None: escalating keeps the current handler unless the form names another (Escalate)
        self.assignee = StaffCombo(self, self.tr("Keep as it is"), None)
        self.form.addRow(self.tr("&Hand over to:"), self.assignee)

    def _propose_fields(self) -> None:
        self.solution = text_box(self)
        self.kind = vocabulary_combo(self, CompensationKind)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("0.00")
        self.points = QSpinBox(self)
        self.points.setRange(0, MAX_POINTS)
        self.points.setSingleStep(100)
        self.voucher = QLineEdit(self)
        self.voucher.setPlaceholderText(self.tr("e.g. one free scalp treatment"))
        self.form.addRow(self.tr("&Solution:"), self.solution)
        self.form.addRow(self.tr("&Compensation:"), self.kind)
        self.form.addRow(self.tr("&Amount (¥):"), self.amount)
        self.form.addRow(self.tr("&Points:"), self.points)
        self.form.addRow(self.tr("&Voucher for:"), self.voucher)
        for signal in (self.solution.textChanged, self.amount.textChanged, self.voucher.textChanged):
            signal.connect(self.revalidate)
        self.points.valueChanged.connect(self.revalidate)
        self.kind.currentIndexChanged.connect(self._show_compensation_fields)
        self._show_compensation_fields()

    def _show_compensation_fields(self) -> None:
        kind = self.kind.currentData()
        for widget, shown in (
            (self.amount, kind in MONEY_KINDS),
            (self.points, kind == CompensationKind.POINTS.value),
            (self.voucher, kind == CompensationKind.FREE_SERVICE.value),
        ):
            # hidden rather than disabled: a field the kind does not use is not asked about at all
            self.form.setRowVisible(widget, shown)
        self.revalidate()

    def _agree_fields(self) -> None:
        # the customer to start with, the usual one to agree; editable for anyone else
        self.agreed_by = QLineEdit(self.ticket.customer, self)
        self.agreed_how = QComboBox(self)
        # editable: the usual ways offered, any other typed
        self.agreed_how.setEditable(True)
        self.agreed_how.addItems([self.tr("By phone"), self.tr("In person"), self.tr("On WeChat")])
        self.form.addRow(self.tr("Agreed &by:"), self.agreed_by)
        self.form.addRow(self.tr("Agreed &how:"), self.agreed_how)
        self.agreed_by.textChanged.connect(self.revalidate)
        self.agreed_how.currentTextChanged.connect(self.revalidate)

    def _implement_fields(self) -> None:
        self.form.addRow(QLabel(self.booking_text(), self))

    def booking_text(self) -> str:
        """What implementing will write to the customer's account."""
        # said before OK: implementing books the compensation through the ledger at once (PRODUCT.md §5)
        kind, ticket = self.ticket.compensation_kind, self.ticket
        if kind == CompensationKind.POINTS.value:
            return self.tr("{points} points will be credited to {customer}.").format(
                points=ticket.compensation_points, customer=ticket.customer
            )
        if kind == CompensationKind.STORED_VALUE.value:
            return self.tr("¥{amount} will be added to {customer}'s stored value as a bonus.").format(
                amount=ticket.compensation_amount, customer=ticket.customer
            )
        if kind == CompensationKind.REFUND.value:
            return self.tr("¥{amount} is refunded: to the card if the visit was paid by card, else in cash.").format(
                amount=ticket.compensation_amount
            )
        return self.tr("Nothing is written to the customer's account.")

    def _follow_up_fields(self) -> None:
        # words beside the numbers, so 1 and 5 cannot be mixed up; "Choose…" first, so no score is
        # given by default
        self.score = QComboBox(self)
        self.score.addItem(self.tr("Choose…"), None)
        words = [
            self.tr("1 — very dissatisfied"),
            self.tr("2 — dissatisfied"),
            self.tr("3 — neutral"),
            self.tr("4 — satisfied"),
            self.tr("5 — very satisfied"),
        ]
        for number, word in enumerate(words, start=1):
            self.score.addItem(word, number)
        self.form.addRow(self.tr("&Satisfaction with the outcome:"), self.score)
        self.score.currentIndexChanged.connect(self.revalidate)

    # --- input, checks, saving ------------------------------------------------------

    def _note(self) -> str:
        return self.note.toPlainText()

    def step_data(self) -> ticket_workflow.StepData:
        """The step as the core takes it, from the fields."""
        step, note = self.step, self._note()
        if step is Step.CLASSIFY:
            return ticket_workflow.Classify(
                str(self.category.currentData() or ""),
                str(self.severity.currentData() or ""),
                self.assignee.staff_id(),
                note,
            )
        if step is Step.ESCALATE:
            return ticket_workflow.Escalate(note, self.assignee.staff_id())
        if step is Step.PROPOSE:
            kind = str(self.kind.currentData())
            offer = ticket_workflow.Compensation(
                kind,
                # only the fields the kind uses are sent: a hidden field's leftover would be refused by
                # check_compensation as compensation_not_expected
                (self.amount.text().strip() or "0") if kind in MONEY_KINDS else "0",
                self.points.value() if kind == CompensationKind.POINTS.value else 0,
                self.voucher.text() if kind == CompensationKind.FREE_SERVICE.value else "",
            )
            return ticket_workflow.ProposeSolution(self.solution.toPlainText(), offer, note)
        if step is Step.AGREE:
            return ticket_workflow.AgreeSolution(self.agreed_by.text(), self.agreed_how.currentText(), note)
        if step is Step.FOLLOW_UP:
            score = self.score.currentData()
            # 0 for "Choose…": out of the 1-5 range, so check() and the core both refuse it
            return ticket_workflow.FollowUp(int(score) if score is not None else 0, note)
        simple: dict[Step, Callable[[str], ticket_workflow.StepData]] = {
            Step.INVESTIGATE: ticket_workflow.Investigate,
            Step.IMPLEMENT: ticket_workflow.Implement,
            Step.CLOSE: ticket_workflow.Close,
            Step.ANSWER: ticket_workflow.Answer,
            Step.REOPEN: ticket_workflow.Reopen,
        }
        return simple[step](note)

    def check(self) -> None:
        """The same required data the core insists on, told while typing."""
        data = self.step_data()
        required = {
            Step.ESCALATE: "ticket_escalation_note_required",
            Step.ANSWER: "ticket_answer_required",
            Step.REOPEN: "ticket_reopen_reason_required",
        }
        if self.step in required and not self._note().strip():
            raise ValidationError(required[self.step])
        if isinstance(data, ticket_workflow.Classify):
            ticket_workflow.check_classification(data.category, data.severity)
        if isinstance(data, ticket_workflow.ProposeSolution):
            if not data.solution.strip():
                raise ValidationError("ticket_solution_required")
            self._check_offer(data.compensation)
        if isinstance(data, ticket_workflow.AgreeSolution):
            if not data.agreed_by.strip():
                raise ValidationError("ticket_agreed_by_required")
            if not data.agreed_how.strip():
                raise ValidationError("ticket_agreed_how_required")
        if isinstance(data, ticket_workflow.FollowUp):
            if data.score == 0:
                raise ValidationError("followup_score_out_of_range", score="—")
            if not data.note.strip():
                raise ValidationError("followup_note_required")

    @staticmethod
    def _check_offer(offer: ticket_workflow.Compensation) -> None:
        # check_compensation needs the ticket from the database (a refund is held to what the visit
        # paid), so the form repeats only its part that needs none; the core checks all of it again
        amount = to_money(offer.amount, field="amount")
        if offer.kind in (CompensationKind.REFUND.value, CompensationKind.STORED_VALUE.value) and amount <= 0:
            raise ValidationError("compensation_amount_required")
        if offer.kind == CompensationKind.POINTS.value and offer.points <= 0:
            raise ValidationError("compensation_points_required")
        if offer.kind == CompensationKind.FREE_SERVICE.value and not offer.voucher.strip():
            raise ValidationError("compensation_voucher_required")

    def save_op(self) -> Callable[[], Any]:
        ticket_id, data = self.ticket.id, self.step_data()
        return lambda: ticket_workflow.advance(session.acting_user(), ticket_id, data)

    def _failed(self, error: BaseException) -> None:
        # the ticket's wording: statuses, steps and severities in words rather than codes
        self.set_busy(False)
        self.show_message(describe_ticket_error(error))
