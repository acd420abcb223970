"""Completing a visit: the service-record form prefilled from the booking, then the survey offer.

Saving the form completes the appointment and creates the bill in one transaction
(``appointments.complete_appointment``). The bill form and the survey form belong
to the customers and satisfaction tabs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from salon_crm.core import appointments, clock
from salon_crm.core.appointment_rows import AppointmentView
from salon_crm.core.enums import PaymentMethod
from salon_crm.core.service_records import LineInput, RecordInput, ServiceRecordView
from salon_crm.ui import session, tasks
from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
from salon_crm.ui.errors import describe_any
from salon_crm.ui.satisfaction.survey_dialog import SurveyDialog
from salon_crm.ui.widgets.form_dialog import FormDialog

Submit = Callable[[RecordInput], ServiceRecordView]


def prefilled_record(view: AppointmentView) -> RecordInput:
    """The bill of a booking: its services at their booked prices, by its stylist."""
    moment = clock.now().replace(second=0, microsecond=0)
    return RecordInput(
        customer_id=view.customer_id,
        visited_at=min(view.starts_at, moment),  # a visit is never billed ahead of the clock
        lines=tuple(LineInput(s.service_item_id, view.stylist_id, unit_price=s.price) for s in view.services),
        payment_method=PaymentMethod.CASH.value,
        appointment_id=view.id,
    )


def record_dialog(parent: QWidget, view: AppointmentView, submit: Submit) -> FormDialog:
    """The customers tab's bill form, prefilled from the booking; not shown yet."""
    return ServiceRecordDialog(parent, customer_id=view.customer_id, initial=prefilled_record(view), submit=submit)


def survey_dialog(parent: QWidget, record_id: int) -> QDialog:
    """The satisfaction survey for the new bill."""
    dialog: QDialog = SurveyDialog.for_record(parent, record_id)
    return dialog


class Completion(QObject):
    """Completing one appointment: read it, open the bill, then offer the survey.

    Signals:
        completed(object): the ``ServiceRecordView`` saved with the appointment.
        failed(str): the booking could not be read; the sentence says why.
    """

    completed = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, appointment_id: int) -> None:
        super().__init__(parent)
        self.widget = parent
        self.appointment_id = appointment_id
        self.dialog: FormDialog | None = None
        self.offer: QMessageBox | None = None
        self.survey: QDialog | None = None

    def start(self) -> None:
        tasks.run_in_background(
            self,
            lambda: appointments.get_appointment(self.appointment_id),
            self._open,
            lambda error: self.failed.emit(describe_any(error)),
        )

    def _open(self, view: AppointmentView) -> None:
        appointment_id = view.id
        self.dialog = record_dialog(
            self.widget,
            view,
            lambda record: appointments.complete_appointment(session.acting_user(), appointment_id, record),
        )
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, record: ServiceRecordView) -> None:
        self.completed.emit(record)
        self.offer = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Satisfaction survey"),
            self.tr("The visit is completed. Ask the customer for a satisfaction survey now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.widget,
        )
        yes = self.offer.button(QMessageBox.StandardButton.Yes)
        self.offer.buttonClicked.connect(lambda button: self._survey(record.id) if button is yes else None)
        self.offer.open()

    def _survey(self, record_id: int) -> None:
        self.survey = survey_dialog(self.widget, record_id)
        self.survey.open()
