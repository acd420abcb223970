"""Small appointment dialogs: cancel with a reason, move to another time or stylist."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QSpinBox, QWidget

from salon_crm.core import appointments, staff
from salon_crm.core.appointment_rows import AppointmentView
from salon_crm.core.enums import StaffRole
from salon_crm.core.errors import ValidationError
from salon_crm.core.rows import StaffMember
from salon_crm.ui import session
from salon_crm.ui.appointments.booking_dialog import to_qdatetime
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.form_dialog import FormDialog


def _summary(view: AppointmentView) -> str:
    services = "、".join(service.name for service in view.services)
    when = f"{formatting.day_with_weekday(view.starts_at)} {formatting.time_span(view.starts_at, view.ends_at)}"
    return f"{view.customer_name} · {view.stylist_name} · {when} · {services}"


class CancelDialog(FormDialog):
    """Cancel a booking; the customer's reason is required.

    Signals: those of ``FormDialog`` (``saved`` carries the ``AppointmentView``).
    """

    def __init__(self, parent: QWidget | None, appointment_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel booking"))
        self.appointment_id = appointment_id
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(appointments.REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("What the customer said"))
        self.form.addRow(self.tr("Booking:"), self.summary)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.setMinimumWidth(480)
        self.reason_edit.textChanged.connect(self.revalidate)
        self.revalidate()
        self.load(lambda: appointments.get_appointment(appointment_id), self._fill)

    def _fill(self, view: AppointmentView) -> None:
        self.summary.setText(_summary(view))
        self.reason_edit.setFocus()

    def check(self) -> None:
        if not self.reason_edit.text().strip():
            raise ValidationError("cancel_needs_reason")

    def save_op(self) -> Callable[[], Any]:
        appointment_id, reason = self.appointment_id, self.reason_edit.text()
        return lambda: appointments.cancel_appointment(session.acting_user(), appointment_id, reason)


def _stylists_and_view(appointment_id: int) -> tuple[AppointmentView, list[StaffMember]]:
    members = [m for m in staff.list_staff(include_inactive=False) if m.role != StaffRole.FRONT_DESK.value]
    return appointments.get_appointment(appointment_id), members


class MoveDialog(FormDialog):
    """Change a booking's start, length or stylist; the core checks it like a new booking.

    Signals: those of ``FormDialog`` (``saved`` carries the ``AppointmentView``).
    """

    def __init__(self, parent: QWidget | None, appointment_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move booking"))
        self.appointment_id = appointment_id
        self.view: AppointmentView | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.start_edit = QDateTimeEdit(self)
        self.start_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start_edit.setCalendarPopup(True)
        self.length_spin = QSpinBox(self)
        self.length_spin.setRange(appointments.MIN_MINUTES, 12 * 60)
        self.length_spin.setSingleStep(15)
        self.length_spin.setSuffix(self.tr(" min"))
        self.stylist_combo = QComboBox(self)
        self.form.addRow(self.tr("Booking:"), self.summary)
        self.form.addRow(self.tr("&Start:"), self.start_edit)
        self.form.addRow(self.tr("&Length:"), self.length_spin)
        self.form.addRow(self.tr("S&tylist:"), self.stylist_combo)
        self.setMinimumWidth(480)
        self.revalidate()
        self.load(lambda: _stylists_and_view(appointment_id), self._fill)

    def _fill(self, loaded: tuple[AppointmentView, list[StaffMember]]) -> None:
        view, members = loaded
        self.view = view
        self.summary.setText(_summary(view))
        self.start_edit.setDateTime(to_qdatetime(view.starts_at))
        self.length_spin.setValue(int((view.ends_at - view.starts_at).total_seconds() // 60))
        for member in members:
            self.stylist_combo.addItem(member.name, member.id)
        if self.stylist_combo.findData(view.stylist_id) < 0:
            self.stylist_combo.addItem(view.stylist_name, view.stylist_id)
        self.stylist_combo.setCurrentIndex(self.stylist_combo.findData(view.stylist_id))
        self.start_edit.setFocus()

    def new_start(self) -> datetime:
        start: datetime = self.start_edit.dateTime().toPython()  # type: ignore[assignment]
        return start.replace(second=0, microsecond=0)

    def save_op(self) -> Callable[[], Any]:
        appointment_id, start, minutes = self.appointment_id, self.new_start(), self.length_spin.value()
        stylist = self.stylist_combo.currentData()

        end = start + timedelta(minutes=minutes)
        return lambda: appointments.reschedule_appointment(
            session.acting_user(), appointment_id, start, end, stylist_id=stylist
        )
