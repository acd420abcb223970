"""The monthly report (月度报表): choose the month and the file; the workbook is written in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from salon_crm.core import clock, reports
from salon_crm.excel.report import write_monthly_report
from salon_crm.ui import tasks, vocabulary
from salon_crm.ui.errors import describe_any


def previous_month(today: date) -> reports.Month:
    return reports.Month(today.year, today.month).previous()


class MonthlyReportDialog(QDialog):
    """Pick a month and where to save; OK writes the workbook off the UI thread.

    The dialog stays open while it works and closes when the file is written.
    """

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly report"))
        month = previous_month(today or clock.today())
        self.month_edit = QDateEdit(QDate(month.year, month.month, 1), self)
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.dateChanged.connect(lambda _date: self._suggest_name())
        self.path_edit = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write report"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Month:"), self.month_edit)
        form.addRow(self.tr("Save as:"), row)
        form.addRow(self.status)
        form.addRow(self.buttons)
        self.written: Path | None = None
        self._suggest_name()
        self.resize(560, self.sizeHint().height())

    def month(self) -> reports.Month:
        chosen = self.month_edit.date()
        return reports.Month(chosen.year(), chosen.month())

    def _suggest_name(self) -> None:
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else Path.home()
        self.path_edit.setText(str(folder / self.tr("monthly-report-{month}.xlsx").format(month=self.month())))

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the monthly report"), self.path_edit.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def write(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to save the report."))
            return
        out = Path(text if text.lower().endswith(".xlsx") else f"{text}.xlsx")
        month = self.month()
        language = vocabulary.ui_language()
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Writing the report for {month}…").format(month=month))

        def op() -> Path:
            return write_monthly_report(reports.monthly_report(month), out, language=language)

        tasks.run_in_background(self, op, self._written, self._failed)

    def _written(self, out: Path) -> None:
        self.written = out
        self.buttons.setEnabled(True)
        self.status.setText(self.tr("Report saved to {path}").format(path=out))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(describe_any(error))
