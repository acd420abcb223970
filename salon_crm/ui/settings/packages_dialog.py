"""Settings → Packages (owner): the packages the shop sells (次卡), and the form to add or edit one.

A plan is never deleted (sales name it); "Retire" stops selling it and what was
sold stays usable. The rules live in ``core.packages``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import catalogue, packages
from salon_crm.core.errors import NotFoundError
from salon_crm.core.packages import PlanInput, PlanRow
from salon_crm.core.rows import ServiceItemRow
from salon_crm.ui import session, tasks
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.form_dialog import FormDialog
from salon_crm.ui.widgets.row_model import ROW_ROLE, PageQuery, RowTableModel
from salon_crm.ui.widgets.table_view import ReadOnlyTable

RETIRED_TEXT = QColor("#777777")


def _plan_and_items(plan_id: int | None) -> tuple[PlanRow | None, list[ServiceItemRow]]:
    """The plan to edit (None for a new one) and the services on offer, read together on the worker."""
    # active services only: a new plan should not cover a service the shop no longer does
    items = catalogue.list_service_items(include_inactive=True)
    if plan_id is None:
        return None, [item for item in items if item.active]
    plan = next((row for row in packages.list_plans() if row.id == plan_id), None)
    if plan is None:
        raise NotFoundError("package_plan_not_found", plan_id=plan_id)
    # and the retired services this plan covers: left out, saving any edit (a rename) dropped them
    return plan, [item for item in items if item.active or item.id in plan.service_item_ids[1:]]


class PlanDialog(FormDialog):
    """Add or edit one plan: name, the service it covers, sessions, price and days valid."""

    def __init__(self, parent: QWidget | None, plan_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add package") if plan_id is None else self.tr("Edit package"))
        self.plan_id = plan_id
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(packages.NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("for example Wash x10"))
        self.item_combo = QComboBox(self)
        # further services a session may be spent on (a wash or a blow-dry): ticked in a short list
        self.also_list = QListWidget(self)
        self.also_list.setMaximumHeight(110)
        self.sessions_spin = QSpinBox(self)
        # the spin box holds the core's bounds, so a count out of range cannot be typed at all;
        # 10 sessions is the common plan (PRODUCT.md §3: "10 washes")
        self.sessions_spin.setRange(1, packages.SESSIONS_MAX)
        self.sessions_spin.setValue(10)
        self.price_edit = QLineEdit(self)
        self.price_edit.setPlaceholderText(self.tr("for example 300"))
        self.days_spin = QSpinBox(self)
        # 0 is "never expires" (PlanInput), shown in words rather than as "0 days"
        self.days_spin.setRange(0, packages.VALID_DAYS_MAX)
        self.days_spin.setValue(365)
        self.days_spin.setSpecialValueText(self.tr("never expires"))
        self.days_spin.setSuffix(self.tr(" days"))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Service:"), self.item_combo)
        self.form.addRow(self.tr("&Also covers:"), self.also_list)
        self.form.addRow(self.tr("S&essions:"), self.sessions_spin)
        self.form.addRow(self.tr("&Price (¥):"), self.price_edit)
        self.form.addRow(self.tr("&Valid for:"), self.days_spin)
        self.setMinimumWidth(440)
        # the spin boxes cannot hold a value check_plan_input refuses; too many ticked services
        # (COVERS_MAX) are caught when OK runs the check again
        self.name_edit.textChanged.connect(self.revalidate)
        self.price_edit.textChanged.connect(self.revalidate)
        self.load(lambda: _plan_and_items(plan_id), self._fill)

    def plan_input(self) -> PlanInput:
        return PlanInput(
            name=self.name_edit.text(),
            # 0 while the services load or when there are none: the save refuses it (service_item_not_found)
            service_item_id=int(self.item_combo.currentData() or 0),
            sessions=self.sessions_spin.value(),
            price=self.price_edit.text().strip() or "",
            valid_days=self.days_spin.value() or None,
            # the main service may be ticked here too: PlanInput.service_item_ids drops the repeat
            also_covers=tuple(
                int(self.also_list.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.also_list.count())
                if self.also_list.item(row).checkState() == Qt.CheckState.Checked
            ),
        )

    def check(self) -> None:
        packages.check_plan_input(self.plan_input())  # the rules that need no database

    def save_op(self) -> Callable[[], Any]:
        # the form's values are read now, on the UI thread; the lambdas run on the worker
        data, plan_id = self.plan_input(), self.plan_id
        if plan_id is None:
            return lambda: packages.add_plan(session.acting_user(), data)
        return lambda: packages.update_plan(session.acting_user(), plan_id, data)

    def _retired(self, name: str) -> str:
        return self.tr("{name} (retired)").format(name=name)

    def _fill(self, loaded: tuple[PlanRow | None, list[ServiceItemRow]]) -> None:
        plan, items = loaded
        # service_item_ids holds the main service first (_covered keeps the order written): the rest are ticked.
        # A retired service the plan covers is listed (ticked) so an edit keeps it; it is not offered as the main one.
        covered = set(plan.service_item_ids[1:]) if plan is not None else set()
        for item in items:
            if item.active:
                self.item_combo.addItem(f"{item.name}  {formatting.money(item.price)}", item.id)
            also = QListWidgetItem(item.name if item.active else self._retired(item.name), self.also_list)
            also.setData(Qt.ItemDataRole.UserRole, item.id)
            also.setCheckState(Qt.CheckState.Checked if item.id in covered else Qt.CheckState.Unchecked)
        if plan is not None:
            if self.item_combo.findData(plan.service_item_id) < 0:  # a retired service keeps its plan
                # named as retired: at the bottom of the list, unpriced, the owner would wonder why
                self.item_combo.addItem(self._retired(plan.service_name), plan.service_item_id)
            self.name_edit.setText(plan.name)
            self.item_combo.setCurrentIndex(self.item_combo.findData(plan.service_item_id))
            self.sessions_spin.setValue(plan.sessions)
            # editing changes what is sold from now on: sold packages kept their own copy (_write_plan_items)
            self.price_edit.setText(f"{plan.price:.2f}")
            self.days_spin.setValue(plan.valid_days or 0)
        self.name_edit.setFocus()
        self.revalidate()


class PlanColumn(IntEnum):
    NAME = 0
    SERVICE = 1
    SESSIONS = 2
    PRICE = 3
    UNIT = 4
    VALID = 5
    ACTIVE = 6


class PlanTableModel(RowTableModel):
    """Every plan by name; retired ones in grey."""

    columns = PlanColumn

    def headers(self) -> list[str]:
        return [
            self.tr("Package"),
            self.tr("Service"),
            self.tr("Sessions"),
            self.tr("Price"),
            self.tr("A session"),
            self.tr("Valid for"),
            self.tr("On sale"),
        ]

    def page_query(self) -> PageQuery:
        # retired plans too (in grey), so the owner can sell one again; a short list, one page
        return lambda _offset, _limit: packages.list_plans()

    def cell(self, row: PlanRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, PlanColumn(column))
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return RETIRED_TEXT
        return None

    def _text(self, row: PlanRow, column: PlanColumn) -> str:
        valid = self.tr("{days} days").format(days=row.valid_days) if row.valid_days else self.tr("never expires")
        texts = {
            PlanColumn.NAME: row.name,
            PlanColumn.SERVICE: row.service_names or row.service_name,
            PlanColumn.SESSIONS: formatting.whole_number(row.sessions),
            PlanColumn.PRICE: formatting.money(row.price),
            # the price per session: what the monthly report values a used session at
            PlanColumn.UNIT: formatting.money(row.unit_price),
            PlanColumn.VALID: valid,
            PlanColumn.ACTIVE: self.tr("Yes") if row.active else self.tr("Retired"),
        }
        return texts[column]


class PlanListDialog(QDialog):
    """The packages the shop sells, with Add, Edit and Retire (or sell again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packages"))
        self.model = PlanTableModel(self)
        self.table = ReadOnlyTable(self)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self._edit_row)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.retire_button = QPushButton(self.tr("&Retire / sell again"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_plan)
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button.clicked.connect(self.toggle_selected)
        note = QLabel(
            self.tr(
                "A package is sold from the customer's file and paid at once; each visit of its service then "
                "uses a session on the bill. Changing a package here does not change what was already sold."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.model.reload()

    def selected_plan(self) -> PlanRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def add_plan(self) -> PlanDialog:
        dialog = PlanDialog(self)
        dialog.saved.connect(lambda _row: self.model.reload())
        dialog.open()
        return dialog

    def edit_selected(self) -> PlanDialog | None:
        row = self.selected_plan()
        if row is None:
            return None
        dialog = PlanDialog(self, row.id)
        dialog.saved.connect(lambda _row: self.model.reload())
        dialog.open()
        return dialog

    def toggle_selected(self) -> None:
        row = self.selected_plan()
        if row is None:
            return
        # one button both ways: a plan is never deleted (sales name it), so retiring must be undoable
        actor, plan_id, active = session.acting_user(), row.id, not row.active
        tasks.run_in_background(
            self,
            lambda: packages.set_plan_active(actor, plan_id, active),
            lambda _row: self.model.reload(),
            lambda error: QMessageBox.warning(self, self.tr("Packages"), describe_any(error)),
        )

    def _edit_row(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_selected()
