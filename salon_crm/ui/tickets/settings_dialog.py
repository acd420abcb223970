"""The shop's ticket settings: response and resolution deadlines per severity, escalation thresholds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from salon_crm.core import ticket_settings
from salon_crm.core.enums import Severity
from salon_crm.core.errors import ValidationError
from salon_crm.core.money import to_money
from salon_crm.core.ticket_settings import Deadline, TicketSettings
from salon_crm.ui import session, vocabulary
from salon_crm.ui.tickets.messages import describe_ticket_error
from salon_crm.ui.widgets.form_dialog import FormDialog

MAX_HOURS = 365 * 24


class TicketSettingsDialog(FormDialog):
    """Hours to respond and to resolve for each severity, and when the owner must be asked.

    Signals: those of ``FormDialog`` (``saved`` carries the new ``TicketSettings``).
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complaint deadlines"))
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Respond within"), grid_widget), 0, 1)
        grid.addWidget(QLabel(self.tr("Resolve within"), grid_widget), 0, 2)
        self.hours: dict[str, tuple[QSpinBox, QSpinBox]] = {}
        for row, severity in enumerate(Severity, start=1):
            grid.addWidget(QLabel(vocabulary.word(Severity, severity.value), grid_widget), row, 0)
            pair = (self._hours_box(grid_widget), self._hours_box(grid_widget))
            grid.addWidget(pair[0], row, 1)
            grid.addWidget(pair[1], row, 2)
            self.hours[severity.value] = pair
        self.amount = QLineEdit(self)
        self.points = QSpinBox(self)
        self.points.setRange(0, 10_000_000)
        self.points.setSingleStep(100)
        self.form.addRow(grid_widget)
        self.form.addRow(self.tr("Escalate a compensation above (¥):"), self.amount)
        self.form.addRow(self.tr("…or above (points):"), self.points)
        self.amount.textChanged.connect(self.revalidate)
        self.load(ticket_settings.get_ticket_settings, self._fill)

    @classmethod
    def edit(cls, parent: QWidget | None) -> TicketSettingsDialog:
        """The form filled with the current settings once they are read (not shown yet)."""
        return cls(parent)

    def _hours_box(self, parent: QWidget) -> QSpinBox:
        box = QSpinBox(parent)
        box.setRange(1, MAX_HOURS)
        box.setSuffix(self.tr(" h"))
        box.valueChanged.connect(self.revalidate)
        return box

    def _fill(self, settings: TicketSettings) -> None:
        for deadline in settings.deadlines:
            response, resolution = self.hours[deadline.severity]
            response.setValue(int(deadline.response.total_seconds() // 3600))
            resolution.setValue(int(deadline.resolution.total_seconds() // 3600))
        self.amount.setText(format(settings.escalation_amount, "f"))
        self.points.setValue(settings.escalation_points)

    def ticket_settings(self) -> TicketSettings:
        deadlines = tuple(
            Deadline(severity, timedelta(hours=response.value()), timedelta(hours=resolution.value()))
            for severity, (response, resolution) in self.hours.items()
        )
        amount = to_money(self.amount.text() or "0", field="amount")
        return TicketSettings(deadlines, amount, self.points.value())

    def check(self) -> None:
        settings = self.ticket_settings()
        for deadline in settings.deadlines:
            if deadline.resolution < deadline.response:
                raise ValidationError("resolution_before_response", severity=deadline.severity)
        if settings.escalation_amount < 0:
            raise ValidationError("amount_not_positive", field="amount", value=str(settings.escalation_amount))

    def problem(self) -> str:
        try:
            self.check()
        except ValidationError as error:
            return describe_ticket_error(error)
        return ""

    def save_op(self) -> Callable[[], Any]:
        settings = self.ticket_settings()
        return lambda: ticket_settings.update_ticket_settings(session.acting_user(), settings)

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.show_message(describe_ticket_error(error))
