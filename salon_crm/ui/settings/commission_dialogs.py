"""Commission (提成, owner): Settings → Commission rules, and File → Commission statement for a month.

The rules and the figures are ``core.commission``'s; these windows only show them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import catalogue, clock, commission
from salon_crm.core.commission import RuleInput, RuleRow, StylistStatement
from salon_crm.core.enums import SaleKind, ServiceCategory
from salon_crm.excel.writing import Column, ColumnKind, write_table
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.form_dialog import FormDialog

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RuleDialog(FormDialog):
    """One rule: for a category or a service, the rates in %, or a fixed amount per service."""

    def __init__(self, parent: QWidget | None, rule: RuleRow | None = None) -> None:
        super().__init__(parent)
        self.rule = rule
        self.setWindowTitle(self.tr("Commission rule"))
        # one rule per category or per service (check_rule_input needs exactly one target): a single
        # combo of both kinds cannot ask for two or none
        self.target_combo = QComboBox(self)
        for code, word in vocabulary.choices(ServiceCategory):
            self.target_combo.addItem(self.tr("Category: {name}").format(name=word), ("category", code))
        # the active services, and the rule's own service even if retired since: left out, the combo
        # fell back to its first entry and OK re-targeted the rule to a category
        own = rule.service_item_id if rule is not None else None
        for item in catalogue.list_service_items(include_inactive=True):
            if item.active or item.id == own:
                self.target_combo.addItem(self.tr("Service: {name}").format(name=item.name), ("item", item.id))
        self.requested_edit = QLineEdit("0", self)
        self.rotation_edit = QLineEdit("0", self)
        self.package_edit = QLineEdit("0", self)
        # blank, not 0: a fixed amount (even 0) wins over every rate in line_commission
        self.fixed_edit = QLineEdit(self)
        self.fixed_edit.setPlaceholderText(self.tr("blank: pay by the percentages"))
        self.form.addRow(self.tr("&For:"), self.target_combo)
        self.form.addRow(self.tr("&Requested stylist %:"), self.requested_edit)
        self.form.addRow(self.tr("Stylist &in turn %:"), self.rotation_edit)
        self.form.addRow(self.tr("&Package session %:"), self.package_edit)
        self.form.addRow(self.tr("Or a fi&xed ¥ per service:"), self.fixed_edit)
        for edit in (self.requested_edit, self.rotation_edit, self.package_edit, self.fixed_edit):
            edit.textChanged.connect(self.revalidate)
        if rule is not None:
            target = ("item", rule.service_item_id) if rule.service_item_id is not None else ("category", rule.category)
            # findData cannot compare tuples (Qt sees a list): match by hand
            found = [self.target_combo.itemData(index) for index in range(self.target_combo.count())]
            self.target_combo.setCurrentIndex(found.index(target) if target in found else 0)
            # normalize() drops trailing zeros (10.00 becomes 1E+1) and :f writes that back as 10
            self.requested_edit.setText(f"{rule.requested_percent.normalize():f}")
            self.rotation_edit.setText(f"{rule.rotation_percent.normalize():f}")
            self.package_edit.setText(f"{rule.package_percent.normalize():f}")
            self.fixed_edit.setText("" if rule.fixed_amount is None else f"{rule.fixed_amount:.2f}")
        self.setMinimumWidth(460)
        self.revalidate()

    def rule_input(self) -> RuleInput:
        kind, key = self.target_combo.currentData()
        return RuleInput(
            category=key if kind == "category" else None,
            service_item_id=key if kind == "item" else None,
            requested_percent=self.requested_edit.text(),
            rotation_percent=self.rotation_edit.text(),
            package_percent=self.package_edit.text(),
            fixed_amount=self.fixed_edit.text().strip() or None,
        )

    def check(self) -> None:
        # the function save_rule checks with, needing no database: safe on every keystroke
        commission.check_rule_input(self.rule_input())

    def save_op(self) -> Callable[[], Any]:
        data, rule_id = self.rule_input(), self.rule.id if self.rule else None
        return lambda: commission.save_rule(session.acting_user(), data, rule_id)


class SaleRatesDialog(FormDialog):
    """The sale commission (售卡提成): a percentage of a top-up's principal and of a package's price.

    Signals: those of ``FormDialog`` (``saved`` carries the ``SaleRates``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sale commission"))
        # a damaged setting reads as 0 % (sale_rates): the owner sees it and can set it again
        rates = commission.sale_rates()
        self.top_up_edit = QLineEdit(f"{rates.top_up_percent.normalize():f}", self)
        self.package_edit = QLineEdit(f"{rates.package_percent.normalize():f}", self)
        self.form.addRow(self.tr("Card &top-up sold %:"), self.top_up_edit)
        self.form.addRow(self.tr("&Package sold %:"), self.package_edit)
        note = QLabel(
            self.tr("Paid to the staff member named as the seller, on the money taken (not the bonus)."), self
        )
        note.setWordWrap(True)
        self.form.addRow("", note)
        for edit in (self.top_up_edit, self.package_edit):
            edit.textChanged.connect(self.revalidate)
        self.setMinimumWidth(420)
        self.revalidate()

    def check(self) -> None:
        commission.check_sale_rates(self.top_up_edit.text(), self.package_edit.text())

    def save_op(self) -> Callable[[], Any]:
        top_up, package = self.top_up_edit.text(), self.package_edit.text()
        return lambda: commission.save_sale_rates(session.acting_user(), top_up, package)


class RuleListDialog(QDialog):
    """Every rule, with Add, Edit and Retire."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commission rules"))
        self.rules: list[RuleRow] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("For"), self.tr("Requested"), self.tr("In turn"), self.tr("Package session"), self.tr("Fixed")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        self.sales_button = QPushButton(self.tr("&Sale commission…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.add_button, self.edit_button, self.retire_button, self.sales_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button.clicked.connect(self.retire_selected)
        self.sales_button.clicked.connect(self.edit_sale_rates)
        note = QLabel(
            self.tr(
                "A service's own rule comes before its category's. A requested stylist is the customer's "
                "preferred stylist. What a bill earned is kept with it: changing a rule changes bills to come."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 400)
        self.reload()

    def reload(self) -> None:
        # retired rules stay in the database for the bill lines they paid (PRODUCT.md §8), not on screen
        self.rules = [rule for rule in commission.list_rules() if rule.active]
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            target = rule.service_name or vocabulary.word(ServiceCategory, rule.category or "")
            fixed = "" if rule.fixed_amount is None else formatting.money(rule.fixed_amount)
            cells = [target, f"{rule.requested_percent.normalize():f}%", f"{rule.rotation_percent.normalize():f}%",
                     f"{rule.package_percent.normalize():f}%", fixed]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _selected(self) -> RuleRow | None:
        row = self.table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def edit_sale_rates(self) -> SaleRatesDialog:
        dialog = SaleRatesDialog(self)
        dialog.open()
        return dialog

    def add_rule(self) -> RuleDialog:
        return self._open(RuleDialog(self))

    def _open(self, dialog: RuleDialog) -> RuleDialog:
        dialog.saved.connect(lambda _row: self.reload())
        dialog.open()
        return dialog

    def edit_selected(self) -> RuleDialog | None:
        rule = self._selected()
        return None if rule is None else self._open(RuleDialog(self, rule))

    def retire_selected(self) -> None:
        rule = self._selected()
        if rule is None:
            return
        # read on the click, not on the worker: the change is audited under whoever clicked
        actor = session.acting_user()
        # no confirmation: retiring only stops the rule for bills to come, past lines keep their figures
        tasks.run_in_background(
            self,
            lambda: commission.retire_rule(actor, rule.id),
            lambda _none: self.reload(),
            lambda error: QMessageBox.warning(self, self.tr("Commission rules"), describe_any(error)),
        )


class StatementColumn(IntEnum):
    STYLIST = 0
    SERVICES = 1
    BASE = 2
    COMMISSION = 3


class StatementDialog(QDialog):
    """A month's commission per stylist, with an export of every line."""

    exported = Signal(Path)  # the workbook is written (off the UI thread: a busy month is 40,000 lines)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commission statement"))
        self.statement: list[StylistStatement] = []
        today = clock.today()
        self.month_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.month_edit.setDisplayFormat("yyyy-MM")
        # every change reloads: the one-thread pool answers in order, so the last month asked shows last
        self.month_edit.dateChanged.connect(lambda _date: self.reload())
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month_edit)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stylist"), self.tr("Services"), self.tr("Counted on"), self.tr("Commission")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.total_label = QLabel(self)
        self.export_label = QLabel(self)  # where the last export went
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.clicked.connect(lambda: self.export())  # noqa: PLW0108 - clicked sends a bool
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month_edit)
        top.addStretch(1)
        top.addWidget(self.export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)
        layout.addWidget(self.export_label)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.reload()

    def month(self) -> tuple[datetime, datetime]:
        day = self.month_edit.date()
        start = datetime(day.year(), day.month(), 1)
        # the first of the next month, exclusive as month_statement expects; December rolls the year
        end = datetime(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, end

    def reload(self) -> None:
        start, end = self.month()
        # month_statement checks the actor itself (commission is pay: owner only)
        actor = session.acting_user()
        tasks.run_in_background(
            self,
            lambda: commission.month_statement(actor, start, end),
            self._show,
            lambda error: self.total_label.setText(describe_any(error)),
        )

    def _show(self, statement: list[StylistStatement]) -> None:
        self.statement = statement
        self.table.setRowCount(len(statement))
        for row, stylist in enumerate(statement):
            cells = (stylist.stylist, str(len(stylist.lines)), formatting.money(stylist.base),
                     formatting.money(stylist.total))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        # a Decimal 0.00 start: sum() alone would start from the int 0
        total = sum((stylist.total for stylist in statement), start=commission.FEN * 0)
        if not statement:
            self.total_label.setText(
                self.tr("No commission this month: a bill earns it when a commission rule covers its service.")
            )
            return
        self.total_label.setText(self.tr("Total commission: {total}").format(total=formatting.money(total)))

    def sale_words(self) -> dict[str, str]:
        """What a sale credit's line says in place of a service."""
        return {
            SaleKind.TOP_UP.value: self.tr("Card top-up sold"),
            SaleKind.PACKAGE.value: self.tr("Package sold"),
        }

    def export(self, out: Path | None = None) -> None:
        """Every line of the month to a workbook (a file dialog asks where unless ``out`` is given),
        written in the background; ``exported`` says when it is done."""
        if out is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export commission"), "commission.xlsx", self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return
            out = Path(chosen)
        columns = [
            Column(self.tr("Stylist")), Column(self.tr("Visited"), ColumnKind.DATETIME), Column(self.tr("Customer")),
            Column(self.tr("Service")), Column(self.tr("Requested")), Column(self.tr("Counted on"), ColumnKind.MONEY),
            Column(self.tr("Commission"), ColumnKind.MONEY),
        ]  # fmt: skip
        # one row per bill line or sale credit, the figures fixed when it was earned, so the file
        # agrees with the screen's totals
        rows = [
            [
                stylist.stylist,
                line.visited_at,
                line.customer,
                self.sale_words().get(line.sale, line.service),
                "✓" if line.requested else "",
                line.base,
                line.amount,
            ]
            for stylist in self.statement
            for line in stylist.lines
        ]
        title, target = self.tr("Commission"), out

        def write() -> int:
            write_table(target, title, columns, rows)
            return len(rows)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.export_label.setText(self.tr("{count} lines written to {path}").format(count=count, path=target))
            self.exported.emit(target)

        def failed(error: BaseException) -> None:  # a full disk or a locked file is said, not raised
            self.export_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Export commission"), describe_any(error))

        self.export_button.setEnabled(False)  # one export at a time
        self.export_label.setText(self.tr("Writing {path}…").format(path=target))
        tasks.run_in_background(self, write, done, failed)
