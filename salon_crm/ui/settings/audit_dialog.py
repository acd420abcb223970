"""Settings → Audit log (owner only): who changed which record when, before and after, and its export."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import audit_log, clock
from salon_crm.core.audit_log import AuditFilter
from salon_crm.core.enums import AuditAction
from salon_crm.core.rows import AuditRow
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.translate import QT_TRANSLATE_NOOP
from salon_crm.ui.widgets import formatting, qdates

DEFAULT_DAYS = 30
# The record types the log names, in the shop's words (the code itself for any other).
RECORD_TYPES = {
    "customer": QT_TRANSLATE_NOOP("AuditDialog", "Customer"),
    "customer_tag": QT_TRANSLATE_NOOP("AuditDialog", "Customer tag"),
    "service_record": QT_TRANSLATE_NOOP("AuditDialog", "Bill"),
    "ledger_entry": QT_TRANSLATE_NOOP("AuditDialog", "Stored value / points"),
    "appointment": QT_TRANSLATE_NOOP("AuditDialog", "Appointment"),
    "complaint_ticket": QT_TRANSLATE_NOOP("AuditDialog", "Complaint ticket"),
    "survey_response": QT_TRANSLATE_NOOP("AuditDialog", "Survey"),
    "survey_request": QT_TRANSLATE_NOOP("AuditDialog", "Survey request"),
    "care_contact": QT_TRANSLATE_NOOP("AuditDialog", "Care call"),
    "staff": QT_TRANSLATE_NOOP("AuditDialog", "Staff"),
    "staff_shift": QT_TRANSLATE_NOOP("AuditDialog", "Shift"),
    "shift_exception": QT_TRANSLATE_NOOP("AuditDialog", "Shift change"),
    "time_off": QT_TRANSLATE_NOOP("AuditDialog", "Time off"),
    "service_item": QT_TRANSLATE_NOOP("AuditDialog", "Service item"),
    "tag": QT_TRANSLATE_NOOP("AuditDialog", "Tag"),
    "user": QT_TRANSLATE_NOOP("AuditDialog", "Login"),
    "shop": QT_TRANSLATE_NOOP("AuditDialog", "Shop"),
    "shop_setting": QT_TRANSLATE_NOOP("AuditDialog", "Setting"),
}


def record_type(table_name: str) -> str:
    english = RECORD_TYPES.get(table_name)
    return table_name if english is None else QCoreApplication.translate("AuditDialog", english)


def _readable(text: str | None) -> str:
    """A JSON copy of a record as ``key: value`` lines (the raw text when it is not JSON)."""
    if not text:
        return ""
    try:
        values = json.loads(text)
    except ValueError:
        return text
    if not isinstance(values, dict):
        return text
    # Field names stay as stored, so the same key lines up in Before and After.
    return "\n".join(f"{key}: {value}" for key, value in values.items())


class AuditDialog(QDialog):
    """The log, newest first, filtered by user, record type and days; the selected entry's before/after."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.rows: list[AuditRow] = []
        self.actor_combo = QComboBox(self)
        self.table_combo = QComboBox(self)
        today = clock.today()
        self.first_day = QDateEdit(qdates.qdate(today).addDays(-DEFAULT_DAYS), self)
        self.last_day = QDateEdit(qdates.qdate(today), self)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formatting.DATE_FORMAT)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&User:"), self.actor_combo),
            (self.tr("&Record type:"), self.table_combo),
            (self.tr("&From:"), self.first_day),
            (self.tr("&To:"), self.last_day),
        ):
            caption = QLabel(label, self)
            # The buddy gives each filter its Alt+letter from the caption, as a form row would.
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record type"), self.tr("Record")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Even columns: the long text lives in the before/after boxes below, not in the table.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.before_text = QPlainTextEdit(self)
        self.after_text = QPlainTextEdit(self)
        for copy in (self.before_text, self.after_text):
            # Read-only text boxes rather than labels: a long record scrolls, and its values can be copied.
            copy.setReadOnly(True)
        copies = QHBoxLayout()
        for title, copy in ((self.tr("Before"), self.before_text), (self.tr("After"), self.after_text)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(copy)
            copies.addLayout(column)
        self.message = QLabel(self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.clicked.connect(lambda: self.export())  # noqa: PLW0108 - clicked sends a bool
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        # Three parts table to two parts before/after: the list is what the owner scans first.
        layout.addWidget(self.table, 3)
        layout.addLayout(copies, 2)
        layout.addLayout(bottom)
        self.table.itemSelectionChanged.connect(self._show_selected)
        # Fits 1366x768 with the window's frame and the taskbar.
        self.resize(1000, 640)
        actor = session.acting_user()
        # The filter lists come from the log itself (every user and record type it holds, leavers too).
        tasks.run_in_background(self, lambda: audit_log.audit_choices(actor), self._choices, self._failed)

    def _choices(self, choices: tuple[list[str], list[str]]) -> None:
        actors, tables = choices
        for combo, values in ((self.actor_combo, actors), (self.table_combo, tables)):
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(record_type(value) if combo is self.table_combo else value, value)
            # Connected only once the combos are filled, so filling them does not fire a reload per item.
            combo.currentIndexChanged.connect(self.reload)
        self.first_day.dateChanged.connect(self.reload)
        self.last_day.dateChanged.connect(self.reload)
        self.reload()

    def chosen(self) -> AuditFilter:
        return AuditFilter(
            self.actor_combo.currentData(),
            self.table_combo.currentData(),
            self.first_day.date().toPython(),  # type: ignore[arg-type]
            self.last_day.date().toPython(),  # type: ignore[arg-type]
        )

    def reload(self) -> None:
        actor, chosen = session.acting_user(), self.chosen()
        # No stale answers to drop: the single worker runs tasks in the order asked, so the last filter's
        # entries arrive last.
        tasks.run_in_background(self, lambda: audit_log.list_audit_entries(actor, chosen), self._show, self._failed)

    def _show(self, rows: list[AuditRow]) -> None:
        self.rows = rows
        # Rebuilt whole on every filter change: at most audit_log.PAGE rows, a QTableWidget is enough.
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            action = vocabulary.word(AuditAction, row.action)
            cells = (formatting.date_time(row.at), row.actor, action, record_type(row.table_name), row.record_id)
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        # A full page means there may be more: the log pages no further, so the owner is told to narrow it.
        more = self.tr(" (the newest {count}; narrow the filters for older ones)").format(count=audit_log.PAGE)
        self.message.setText(
            self.tr("{count} entries").format(count=len(rows)) + (more if len(rows) == audit_log.PAGE else "")
        )
        self._show_selected()

    def _show_selected(self) -> None:
        number = self.table.currentRow()
        row = self.rows[number] if 0 <= number < len(self.rows) else None
        self.before_text.setPlainText(_readable(row.before) if row else "")
        self.after_text.setPlainText(_readable(row.after) if row else "")

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe_any(error))

    def export(self, out: Path | None = None) -> None:
        """The entries shown, to a workbook."""
        if out is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit log"), "audit-log.xlsx", self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return
            out = Path(chosen)
        # What is on screen now, taken on the UI thread: the worker must not read self.rows, which a reload replaces.
        rows, target = list(self.rows), out

        def write() -> int:
            # Imported on first use, as elsewhere: openpyxl costs start-up time and only an export needs it.
            from salon_crm.excel.writing import Column, ColumnKind, write_table

            # Headers in both languages whichever the UI is in, like the other exports: the file is
            # read outside the app.
            columns = [Column("时间 When", ColumnKind.DATETIME), Column("用户 Who"), Column("操作 What"),
                       Column("类型 Type"), Column("记录 Record"), Column("之前 Before", width=60),
                       Column("之后 After", width=60)]  # fmt: skip
            # Codes and JSON as stored rather than the screen's wording, so the file holds exactly what the log does.
            values = [(r.at, r.actor, r.action, r.table_name, r.record_id, r.before, r.after) for r in rows]
            write_table(target, "操作日志 Audit log", columns, values)
            return len(values)

        tasks.run_in_background(
            self,
            write,
            lambda count: self.message.setText(
                self.tr("{count} entries written to {path}").format(count=count, path=target)
            ),
            self._failed,
        )
