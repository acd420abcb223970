"""Receiving feedback (接收投诉): who, how it came in, what they said, and what it is about."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLineEdit, QWidget

from salon_crm.core import clock, tickets
from salon_crm.core.enums import Severity, TicketCategory, TicketChannel, TicketKind
from salon_crm.core.errors import ValidationError
from salon_crm.core.ticket_intake import CLOCK_SLACK, TicketInput, create_ticket
from salon_crm.core.tickets import RelatedChoice
from salon_crm.ui import session, tasks
from salon_crm.ui.tickets.messages import describe_ticket_error
from salon_crm.ui.tickets.step_dialogs import StaffCombo, text_box, vocabulary_combo
from salon_crm.ui.widgets import formatting, qdates
from salon_crm.ui.widgets.customer_picker import CustomerPicker
from salon_crm.ui.widgets.form_dialog import FormDialog

# To the minute, in the same order in both languages, as every time the app shows.
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


class TicketIntakeDialog(FormDialog):
    """The form for new feedback; OK records the ticket (and a new potential customer if need be).

    Signals: those of ``FormDialog`` (``saved`` carries the new ``TicketDetail``).
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New feedback"))
        self.setMinimumWidth(560)
        # The visit to preselect once the customer's visits have loaded (a low survey score's ticket).
        self._wanted_record: int | None = None
        self.picker = CustomerPicker(self)
        self.unknown_box = QCheckBox(self.tr("Not in the customer files yet"), self)
        self.name_edit = QLineEdit(self)
        # 40 as the customer file's name (profiles.NAME_MAX): the ticket makes a potential customer of them.
        self.name_edit.setMaxLength(40)
        self.phone_edit = QLineEdit(self)
        self.kind = vocabulary_combo(self, TicketKind)
        self.channel = vocabulary_combo(self, TicketChannel)
        # Both may wait: the person taking a call at the desk need not judge it on the spot.
        self.category = vocabulary_combo(self, TicketCategory, empty=self.tr("Classify later"))
        self.severity = vocabulary_combo(self, Severity, empty=self.tr("Classify later"))
        self.record = QComboBox(self)
        self.record.addItem(self.tr("None"), None)
        self.appointment = QComboBox(self)
        self.appointment.addItem(self.tr("None"), None)
        self.description = text_box(self, lines=4)
        self.description.setPlaceholderText(self.tr("What the customer said, in their own words"))
        # Now by default, but editable: feedback taken on paper or by phone may be entered later.
        self.received_at = QDateTimeEdit(qdates.qdatetime(clock.now()), self)
        self.received_at.setDisplayFormat(DATE_TIME_FORMAT)
        self.received_at.setCalendarPopup(True)
        self.received_by = StaffCombo(self, self.tr("Not recorded"))

        self.form.addRow(self.tr("C&ustomer:"), self.picker)
        self.form.addRow("", self.unknown_box)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Mobile:"), self.phone_edit)
        self.form.addRow(self.tr("&Type:"), self.kind)
        self.form.addRow(self.tr("C&hannel:"), self.channel)
        self.form.addRow(self.tr("&Category:"), self.category)
        self.form.addRow(self.tr("&Severity:"), self.severity)
        self.form.addRow(self.tr("About the &visit:"), self.record)
        self.form.addRow(self.tr("About the &booking:"), self.appointment)
        self.form.addRow(self.tr("&Feedback:"), self.description)
        self.form.addRow(self.tr("&Received at:"), self.received_at)
        self.form.addRow(self.tr("Received &by:"), self.received_by)

        self.unknown_box.toggled.connect(self._show_unknown)
        # Choosing a customer fills the visit and booking lists with theirs, so a ticket can only be
        # about something that happened to that customer.
        self.picker.customerChosen.connect(self._customer_chosen)
        for signal in (self.name_edit.textChanged, self.description.textChanged):
            signal.connect(self.revalidate)
        # Category and severity are checked as a pair, so each change is checked at once.
        for combo in (self.category, self.severity):
            combo.currentIndexChanged.connect(self.revalidate)
        self.received_at.dateTimeChanged.connect(self.revalidate)
        # Rows set for a known customer from the start, and the grey hint shown before any typing.
        self._show_unknown(False)

    @classmethod
    def create(  # type: ignore[override]  # a new ticket's form; Qt's create(window) is never called on it
        cls,
        parent: QWidget | None,
        *,
        customer_id: int | None = None,
        service_record_id: int | None = None,
        description: str = "",
    ) -> TicketIntakeDialog:
        """A new ticket's form, optionally for a known customer and visit (not shown yet).

        The satisfaction tab opens it for a low survey score with the visit chosen.
        """
        dialog = cls(parent)
        # Kept until the visits arrive: the picker loads the customer in the background, and only then
        # are the customer's visits asked for (see _fill_related).
        dialog._wanted_record = service_record_id
        if description:
            dialog.description.setPlainText(description)
        if customer_id is not None:
            dialog.picker.set_customer(customer_id)
        return dialog

    # --- the customer -----------------------------------------------------------------------

    def _show_unknown(self, unknown: bool) -> None:
        self.form.setRowVisible(self.picker, not unknown)
        self.form.setRowVisible(self.name_edit, unknown)
        self.form.setRowVisible(self.phone_edit, unknown)
        # Someone not on file has no visits or bookings to point at.
        self.form.setRowVisible(self.record, not unknown)
        self.form.setRowVisible(self.appointment, not unknown)
        self.revalidate()

    def _customer_chosen(self, customer_id: int) -> None:
        self.revalidate()
        tasks.run_in_background(
            self,
            # One task for both lists, so they arrive together and never belong to two different customers.
            lambda: (tickets.related_records(customer_id), tickets.related_appointments(customer_id)),
            self._fill_related,
        )

    def _fill_related(self, related: tuple[list[RelatedChoice], list[RelatedChoice]]) -> None:
        records, bookings = related
        for combo, choices in ((self.record, records), (self.appointment, bookings)):
            # Keep "None" (item 0) and drop the previous customer's choices.
            while combo.count() > 1:
                combo.removeItem(1)
            for choice in choices:
                combo.addItem(f"{formatting.date_time(choice.at)}  {choice.label}", choice.id)
        if self._wanted_record is not None:
            # The wanted visit may not be listed (another customer was chosen meanwhile): then "None".
            self.record.setCurrentIndex(max(0, self.record.findData(self._wanted_record)))

    # --- input, checks, saving ----------------------------------------------------------------

    def ticket_input(self) -> TicketInput:
        unknown = self.unknown_box.isChecked()
        category, severity = self.category.currentData(), self.severity.currentData()
        return TicketInput(
            kind=str(self.kind.currentData()),
            channel=str(self.channel.currentData()),
            description=self.description.toPlainText(),
            customer_id=None if unknown else self.picker.customer_id(),
            # Name and phone go only with the box ticked: typed and then unticked, they must not make a customer.
            new_customer_name=self.name_edit.text() if unknown else "",
            new_customer_phone=self.phone_edit.text() if unknown else "",
            received_at=qdates.py_datetime(self.received_at.dateTime()),
            received_by_id=self.received_by.staff_id(),
            service_record_id=None if unknown else _id(self.record.currentData()),
            appointment_id=None if unknown else _id(self.appointment.currentData()),
            category=None if category is None else str(category),
            severity=None if severity is None else str(severity),
        )

    def check(self) -> None:
        data = self.ticket_input()
        # Checked in the form's order, top to bottom, so the message names the first row to fix.
        if data.customer_id is None and not data.new_customer_name.strip():
            raise ValidationError("ticket_customer_required")
        if (data.category is None) != (data.severity is None):
            raise ValidationError("ticket_classification_incomplete")
        if not data.description.strip():
            raise ValidationError("ticket_description_required")
        # The core's slack (a PC clock a little behind the desk's watch) applies here too, so the form
        # and the save agree.
        if data.received_at is not None and data.received_at > clock.now() + CLOCK_SLACK:
            raise ValidationError("ticket_received_in_future")

    def save_op(self) -> Callable[[], Any]:
        data = self.ticket_input()
        return lambda: create_ticket(session.acting_user(), data)

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        # The tickets' own wording of the core's refusals (messages.py), not the generic one.
        self.show_message(describe_ticket_error(error))


def _id(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]
