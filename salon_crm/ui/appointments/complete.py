"""Completing a visit: the service-record form prefilled from the booking, then the survey offer.

Saving the form completes the appointment and creates the bill in one transaction
(``appointments.complete_appointment``). The bill form and the survey form belong
to other tabs; each is used when it is installed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox, QWidget

from salon_crm.core import appointments
from salon_crm.core.appointment_rows import AppointmentView
from salon_crm.core.context import OWNER
from salon_crm.core.enums import PaymentMethod
from salon_crm.core.service_records import LineInput, RecordInput, ServiceRecordView
from salon_crm.ui import tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.form_dialog import FormDialog

Submit = Callable[[RecordInput], ServiceRecordView]


def prefilled_record(view: AppointmentView, now: datetime | None = None) -> RecordInput:
    """The bill of a booking: its services at their booked prices, by its stylist."""
    moment = (now or datetime.now()).replace(second=0, microsecond=0)
    return RecordInput(
        customer_id=view.customer_id,
        visited_at=min(view.starts_at, moment),  # a visit is never billed ahead of the clock
        lines=tuple(LineInput(s.service_item_id, view.stylist_id, unit_price=s.price) for s in view.services),
        payment_method=PaymentMethod.CASH.value,
        appointment_id=view.id,
    )


class QuickCompleteDialog(FormDialog):
    """Stand-in for the bill form while it is not installed: the booked lines, a payment method.

    Signals: those of ``FormDialog`` (``saved`` carries a ``ServiceRecordView``).
    """

    def __init__(self, parent: QWidget | None, *, customer_id: int, initial: RecordInput, submit: Submit) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complete the visit"))
        self.customer_id, self.initial, self.submit = customer_id, initial, submit
        self.summary = QLabel(self)
        self.payment_combo = QComboBox(self)
        for code, word in vocabulary.choices(PaymentMethod):
            self.payment_combo.addItem(word, code)
        self.form.addRow(self.tr("Bill:"), self.summary)
        self.form.addRow(self.tr("&Payment:"), self.payment_combo)
        total = sum((Decimal(str(line.unit_price or 0)) for line in initial.lines), Decimal("0.00"))
        self.summary.setText(formatting.money(total))
        self.revalidate()

    def save_op(self) -> Callable[[], Any]:
        data, submit = replace(self.initial, payment_method=str(self.payment_combo.currentData())), self.submit
        return lambda: submit(data)


def record_dialog(parent: QWidget, view: AppointmentView, submit: Submit) -> FormDialog:
    """The customers tab's bill form if installed, else the stand-in; prefilled, not shown."""
    initial = prefilled_record(view)
    try:
        from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
    except ImportError:  # the bill form has not arrived yet
        return QuickCompleteDialog(parent, customer_id=view.customer_id, initial=initial, submit=submit)
    dialog: FormDialog = ServiceRecordDialog(parent, customer_id=view.customer_id, initial=initial, submit=submit)
    return dialog


def survey_dialog(parent: QWidget, record_id: int) -> QDialog | None:
    """The satisfaction survey for a bill, when the satisfaction tab provides one."""
    try:
        from salon_crm.ui.satisfaction.survey_dialog import SurveyDialog
    except ImportError:
        return None
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
            self.widget, view, lambda record: appointments.complete_appointment(OWNER, appointment_id, record)
        )
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, record: ServiceRecordView) -> None:
        self.completed.emit(record)
        if _survey_available():
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
        if self.survey is not None:
            self.survey.open()


def _survey_available() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("salon_crm.ui.satisfaction.survey_dialog") is not None
    except ImportError:
        return False
