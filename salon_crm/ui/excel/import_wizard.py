"""The customer import wizard: pick a file and sheet, check the mapping, preview, import.

Every read, plan and commit runs on the worker thread (``tasks.run_in_background``);
the commit shows a progress dialog with Cancel, and a cancelled or failed commit
writes nothing (the core rolls the transaction back).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salon_crm.core import customer_imports
from salon_crm.core.customer_imports import ImportPlan, ImportResult, Outcome
from salon_crm.core.errors import SalonError
from salon_crm.excel import cleaning, mapping, reading
from salon_crm.excel.customer_import import SheetData, build_rows, read_sheet, write_error_report
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.errors import describe, describe_any
from salon_crm.ui.translate import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
# the combo's code for "this column is not imported": empty, so MappingPage.mapping() leaves it out
NOT_IMPORTED = ""


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


# marked for lupdate only and translated when shown (_t): a module-level dict would otherwise
# freeze the words of whatever language was loaded when it was imported
_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Mobile"),
    "gender": QT_TRANSLATE_NOOP("ImportWizard", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("ImportWizard", "Birthday"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "Email"),
    "wechat": QT_TRANSLATE_NOOP("ImportWizard", "WeChat"),
    "address": QT_TRANSLATE_NOOP("ImportWizard", "Address"),
    "occupation": QT_TRANSLATE_NOOP("ImportWizard", "Occupation"),
    "level": QT_TRANSLATE_NOOP("ImportWizard", "Membership level"),
    "notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "skin_type": QT_TRANSLATE_NOOP("ImportWizard", "Skin type"),
    "hair_type": QT_TRANSLATE_NOOP("ImportWizard", "Hair type"),
    "allergies": QT_TRANSLATE_NOOP("ImportWizard", "Allergies"),
    "preferences": QT_TRANSLATE_NOOP("ImportWizard", "Preferences"),
    "balance": QT_TRANSLATE_NOOP("ImportWizard", "Stored value (principal)"),
    "bonus": QT_TRANSLATE_NOOP("ImportWizard", "Bonus balance"),
    "points": QT_TRANSLATE_NOOP("ImportWizard", "Points"),
    NOT_IMPORTED: QT_TRANSLATE_NOOP("ImportWizard", "(not imported)"),
}
_OUTCOME_LABELS = {
    Outcome.NEW: QT_TRANSLATE_NOOP("ImportWizard", "New"),
    Outcome.UPDATE: QT_TRANSLATE_NOOP("ImportWizard", "Update"),
    Outcome.EXISTING: QT_TRANSLATE_NOOP("ImportWizard", "Already in the shop (skipped)"),
    Outcome.DUPLICATE_IN_FILE: QT_TRANSLATE_NOOP("ImportWizard", "Repeated in the file (skipped)"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("ImportWizard", "Possible duplicate (skipped)"),
    Outcome.ERROR: QT_TRANSLATE_NOOP("ImportWizard", "Error"),
}


def field_label(field: str) -> str:
    """The translated name of an import field."""
    return _t(_FIELD_LABELS[field]) if field in _FIELD_LABELS else field


def outcome_label(outcome: Outcome) -> str:
    return _t(_OUTCOME_LABELS[outcome])


ERROR_STYLE = "color: #c0392b;"  # the same red as the forms' messages


class _Progress(QObject):
    """Carries the commit's progress from the worker thread to the dialog (queued).

    Signals:
        advanced(int, int): rows done, rows in all.
    """

    advanced = Signal(int, int)


class FilePage(QWizardPage):
    """Choose the file and the sheet; the sheet is read (off the UI thread) before Next."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose the customer list"))
        self.setSubTitle(self.tr("An .xlsx workbook from Excel, WPS or LibreOffice, or a .csv file."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Path of the file"))
        self.path_edit.editingFinished.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        self.sheet_box = QComboBox(self)
        self.sheet_box.currentIndexChanged.connect(lambda _index: self._read_sheet())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Sheet:"), self.sheet_box)
        form.addRow(self.status)
        self._path = ""

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            "",
            self.tr("Workbooks and CSV files (*.xlsx *.xlsm *.csv);;All files (*)"),
        )
        if chosen:
            self.choose_file(Path(chosen))

    def choose_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._path_changed()

    def _path_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text == self._path:
            return  # editingFinished also fires when the field merely loses focus
        self._path = text
        self.owner.sheet_data = None
        self.completeChanged.emit()
        if not text:
            return
        self.status.setText(self.tr("Reading…"))
        path = Path(text)
        tasks.run_in_background(self, lambda: reading.sheet_names(path), self._names_read, self._failed)

    def _names_read(self, names: list[str]) -> None:
        # quiet while refilling: each added sheet would start a read of its own; one read follows below
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for name in names:
            self.sheet_box.addItem(name or self.tr("(CSV file)"), name)
        # a CSV or a one-sheet workbook leaves nothing to choose
        self.sheet_box.setEnabled(len(names) > 1)
        self.sheet_box.blockSignals(False)
        self._read_sheet()

    def _read_sheet(self) -> None:
        path = Path(self.path_edit.text().strip())
        # a CSV's one sheet has no name (""): None asks read_table for the first sheet
        sheet = self.sheet_box.currentData() or None
        # Next waits until this read is back: the later pages build on sheet_data
        self.owner.sheet_data = None
        self.completeChanged.emit()
        self.status.setText(self.tr("Reading…"))
        tasks.run_in_background(self, lambda: read_sheet(path, sheet), self._sheet_read, self._failed)

    def _sheet_read(self, data: SheetData) -> None:
        self.owner.sheet_data = data
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Rows under the header in row {header}: {rows}; columns recognised: {columns}.").format(
                rows=len(data.data_rows), header=data.header_row + 1, columns=len(data.mapping)
            )
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.owner.sheet_data = None
        self.sheet_box.clear()  # nothing in the file to choose from
        self.sheet_box.setEnabled(False)
        self.status.setText("⚠ " + describe_any(error))
        self.status.setStyleSheet(ERROR_STYLE)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.sheet_data is not None


class MappingPage(QWizardPage):
    """Which customer field each column fills, guessed from the headers, editable here."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Check which customer field each column of the sheet fills."))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First value"), self.tr("Imported as")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.skip_existing = QRadioButton(self.tr("Skip customers already in the shop"), self)
        self.update_existing = QRadioButton(
            self.tr("Update customers already in the shop with the file's values"), self
        )
        # skipping is the default: an import overwrites no customer's file unless the user asks it to
        self.skip_existing.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip_existing)
        group.addButton(self.update_existing)
        self.hint = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.skip_existing)
        layout.addWidget(self.update_existing)
        self.boxes: list[QComboBox] = []

    def initializePage(self) -> None:
        data = self.owner.sheet_data
        assert data is not None
        headers = data.headers
        # the sample is the first row with something in it: a blank line under the header shows nothing
        first = next((row for row in data.data_rows if not cleaning.is_blank(row)), [])
        self.table.setRowCount(len(headers))
        self.boxes = []
        for column, header in enumerate(headers):
            self.table.setItem(column, 0, QTableWidgetItem(header))
            sample = cleaning.text(first[column]) if column < len(first) else ""
            self.table.setItem(column, 1, QTableWidgetItem(sample))
            box = QComboBox(self.table)
            for field in (NOT_IMPORTED, *mapping.FIELDS):
                box.addItem(field_label(field), field)
            box.setCurrentIndex(max(box.findData(data.mapping.get(column, NOT_IMPORTED)), 0))
            box.currentIndexChanged.connect(lambda _index: self.completeChanged.emit())
            self.table.setCellWidget(column, 2, box)
            self.boxes.append(box)
        self.completeChanged.emit()

    def mapping(self) -> dict[int, str]:
        chosen: dict[int, str] = {}
        for column, box in enumerate(self.boxes):
            field = box.currentData()
            # a field chosen for two columns: the leftmost column fills it, the other is not imported
            if field and field not in chosen.values():
                chosen[column] = field
        return chosen

    def on_duplicate(self) -> str:
        return customer_imports.UPDATE if self.update_existing.isChecked() else customer_imports.SKIP

    def isComplete(self) -> bool:
        # the same test read_sheet applies to the guessed mapping: a customer cannot be made without a name
        ok = mapping.has_name(self.mapping())
        self.hint.setText("" if ok else self.tr("Choose the column that holds the customer's name."))
        return ok


class PreviewModel(QAbstractTableModel):
    """Every row of the file with what importing will do to it."""

    HEADERS = ("Row", "Outcome", "Name", "Mobile", "Reason")

    def __init__(self, plan: ImportPlan | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Row"), self.tr("Outcome"), self.tr("Name"), self.tr("Mobile"), self.tr("Reason")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        planned = self.plan.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and planned.outcome is Outcome.ERROR:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ForegroundRole and customer_imports.is_possible_duplicate(planned):
            return QBrush(QColor("#8a5a00"))  # the rows the user decides on
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        customer = planned.customer or planned.row.customer
        outcome = outcome_label(planned.outcome)
        if planned.outcome is Outcome.NEW and customer_imports.is_possible_duplicate(planned):
            outcome = self.tr("Possible duplicate (imported)")
        return [
            str(planned.row.line),
            outcome,
            customer.name if customer else " ".join(planned.row.original[:2]),
            customer.phone if customer else "",
            self.reason(planned),
        ][index.column()]

    def reason(self, planned: customer_imports.PlannedRow) -> str:
        if planned.outcome is Outcome.ERROR:
            return describe(SalonError(planned.error_code, **planned.error_values))
        if planned.outcome is Outcome.DUPLICATE_IN_FILE:
            return self.tr("Same customer as row {line}").format(line=planned.duplicate_of_line)
        if planned.warning_code:
            return describe(SalonError(planned.warning_code, **planned.warning_values))
        if planned.match == "phone":
            return self.tr("Same mobile as a customer in the shop")
        if planned.match == "name_birthday":
            return self.tr("Same name and birthday as a customer in the shop")
        return ""


class PreviewPage(QWizardPage):
    """The outcome of every row before anything is written; Import commits all or nothing."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet. Import writes all of this at once, or nothing."))
        self.model = PreviewModel(parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        # widths from the shown rows and 100 more: Qt's default (1000) asked a 20,000-row
        # preview for 1000 rows' texts on the UI thread, a 100 ms stall (tests/ui/test_responsiveness.py)
        self.view.horizontalHeader().setResizeContentsPrecision(100)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Save rejected rows…"), self)
        self.report_button.clicked.connect(self.save_error_report)
        # a possible duplicate is imported unless the user skips it, row by row
        self.skip_button = QPushButton(self.tr("S&kip these rows"), self)
        self.skip_button.setToolTip(self.tr("Do not import the selected possible duplicates"))
        self.import_anyway_button = QPushButton(self.tr("Import &anyway"), self)
        self.import_anyway_button.setToolTip(self.tr("Import the selected possible duplicates as new customers"))
        self.skip_button.clicked.connect(lambda: self.decide_selected(skip=True))
        self.import_anyway_button.clicked.connect(lambda: self.decide_selected(skip=False))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable_decisions())
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.import_anyway_button)
        bottom.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.committed = False
        self._cancel = threading.Event()

    def initializePage(self) -> None:
        data = self.owner.sheet_data
        assert data is not None
        columns = self.owner.mapping_page.mapping()
        on_duplicate = self.owner.mapping_page.on_duplicate()
        # after Back and Next the old plan is dropped at once: Import stays disabled and the old rows
        # do not show while the new mapping is checked
        self.owner.plan = None
        self.model.beginResetModel()
        self.model.plan = None
        self.model.endResetModel()
        self.summary.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()

        # data, columns and on_duplicate were read above, on the UI thread: plan() touches no widget
        def plan() -> ImportPlan:
            return customer_imports.plan_import(build_rows(data, columns), on_duplicate=on_duplicate)

        tasks.run_in_background(self, plan, self._planned, self._failed)

    def _planned(self, plan: ImportPlan) -> None:
        self._show(plan)
        self.view.resizeColumnsToContents()

    def _show(self, plan: ImportPlan) -> None:
        # by the sheet's line numbers, read before the reset clears the selection
        selected = self.selected_lines()
        self.owner.plan = plan
        self.model.beginResetModel()
        self.model.plan = plan
        self.model.endResetModel()
        for row, planned in enumerate(plan.rows):  # a decision keeps the rows it was about selected
            if planned.row.line in selected:
                self.view.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
        flagged = sum(1 for planned in plan.rows if customer_imports.is_possible_duplicate(planned))
        text = self.tr(
            "{rows} rows: {new} new, {update} to update, {existing} already in the shop, "
            "{repeated} repeated in the file, {errors} with errors (not imported)."
        ).format(
            rows=len(plan.rows),
            new=plan.count(Outcome.NEW),
            update=plan.count(Outcome.UPDATE),
            existing=plan.count(Outcome.EXISTING),
            repeated=plan.count(Outcome.DUPLICATE_IN_FILE),
            errors=plan.count(Outcome.ERROR),
        )
        if flagged:
            text += " " + self.tr(
                "{flagged} possible duplicates ({skipped} skipped): select them to skip or import them anyway."
            ).format(flagged=flagged, skipped=plan.count(Outcome.SKIPPED))
        self.summary.setText(text)
        self.report_button.setEnabled(bool(plan.rejected))
        self._enable_decisions()
        self.completeChanged.emit()

    def selected_lines(self) -> set[int]:
        """The sheet's row numbers of the selected preview rows."""
        plan = self.model.plan
        if plan is None:
            return set()
        return {plan.rows[index.row()].row.line for index in self.view.selectionModel().selectedRows()}

    def _flagged_selected(self) -> list[int]:
        plan = self.model.plan
        if plan is None:
            return []
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [plan.rows[row].row.line for row in rows if customer_imports.is_possible_duplicate(plan.rows[row])]

    def _enable_decisions(self) -> None:
        plan, lines = self.model.plan, set(self._flagged_selected())
        outcomes = {p.outcome for p in plan.rows if p.row.line in lines} if plan is not None else set()
        self.skip_button.setEnabled(Outcome.NEW in outcomes)
        self.import_anyway_button.setEnabled(Outcome.SKIPPED in outcomes)

    def decide_selected(self, *, skip: bool) -> None:
        """Skip the selected possible duplicates, or import them anyway (nothing is written yet)."""
        plan, lines = self.owner.plan, self._flagged_selected()
        if plan is None or not lines:
            return
        tasks.run_in_background(self, lambda: customer_imports.decide(plan, lines, skip=skip), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(describe_any(error))

    def isComplete(self) -> bool:
        plan = self.owner.plan
        # nothing new and nothing to update: Import would only make a backup and write nothing
        return plan is not None and (plan.count(Outcome.NEW) + plan.count(Outcome.UPDATE)) > 0

    def save_error_report(self) -> None:
        plan, data = self.owner.plan, self.owner.sheet_data
        if plan is None or data is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), "rejected-rows.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            # the report speaks the window's language, read on the UI thread before the worker starts
            language = vocabulary.ui_language()
            out = Path(chosen)
            tasks.run_in_background(
                self, lambda: write_error_report(plan, data.headers, out, language=language),
                lambda _path: self.summary.setText(self.tr("Rejected rows saved to {path}").format(path=out)),
                self._failed,
            )  # fmt: skip

    def validatePage(self) -> bool:
        if self.committed:
            return True
        # False keeps the wizard open while the commit runs in the background; _done closes it
        self.commit()
        return False

    def commit(self) -> QProgressDialog:
        """Write the plan in the background; the wizard closes when it is done."""
        plan = self.owner.plan
        assert plan is not None
        progress = QProgressDialog(self.tr("Importing customers…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        # a small file is done before the dialog would show: no flash of a progress bar
        progress.setMinimumDuration(300)
        bridge = _Progress(progress)

        def advanced(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        bridge.advanced.connect(advanced)
        # an Event, not a signal: the worker is busy in one call and polls it between rows, while a queued
        # signal would wait for the worker's event loop; commit_import then rolls everything back
        self._cancel.clear()
        progress.canceled.connect(self._cancel.set)
        actor, backup_dir, cancel = session.acting_user(), self.owner.backup_dir, self._cancel

        # backup_dir: commit_import copies the data file there before writing (no copy when None)
        def op() -> ImportResult:
            return customer_imports.commit_import(
                actor, plan, backup_dir=backup_dir, progress=bridge.advanced.emit, cancelled=cancel.is_set
            )

        tasks.run_in_background(
            self, op, lambda result: self._done(progress, result), lambda e: self._stopped(progress, e)
        )
        self.owner.progress = progress
        return progress

    def _done(self, progress: QProgressDialog, result: ImportResult) -> None:
        progress.reset()
        self.committed = True
        self.owner.import_result = result
        self.owner.imported.emit(result)
        self.owner.accept()  # validatePage now lets Finish through

    def _stopped(self, progress: QProgressDialog, error: BaseException) -> None:
        progress.reset()
        if isinstance(error, customer_imports.ImportCancelled):
            self.summary.setText(self.tr("The import was cancelled; nothing was written."))
            return
        QMessageBox.warning(self, self.tr("Import customers"), describe_any(error))


class ImportWizard(QWizard):
    """Import customers from a workbook, in three steps.

    Signals:
        imported(object): the ``ImportResult`` after a successful commit.
    """

    imported = Signal(object)

    def __init__(self, backup_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.backup_dir = backup_dir
        self.sheet_data: SheetData | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None  # not "result": QDialog.result() is a method
        self.progress: QProgressDialog | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(900, 600)
