"""Service catalogue settings: the list of items, and the form to add or edit one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import catalogue
from salon_crm.core.enums import ServiceCategory
from salon_crm.core.errors import NotFoundError
from salon_crm.core.rows import ServiceItemRow
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.settings.service_model import ServiceTableModel
from salon_crm.ui.widgets.form_dialog import FormDialog
from salon_crm.ui.widgets.row_model import ROW_ROLE
from salon_crm.ui.widgets.table_view import ReadOnlyTable

DEFAULT_DURATION = 60


def _find_item(item_id: int) -> ServiceItemRow:
    # The core has no read of one item; a salon's catalogue is a few dozen lines, so the list will do.
    for item in catalogue.list_service_items():
        if item.id == item_id:
            return item
    raise NotFoundError("service_item_not_found", item_id=item_id)


class ServiceItemDialog(FormDialog):
    """Add or edit one service item: name, category, price, duration, active.

    Signals: those of ``FormDialog`` (``saved`` carries a ``ServiceItemRow``).
    """

    def __init__(self, parent: QWidget | None, item_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add service") if item_id is None else self.tr("Edit service"))
        self.item_id = item_id
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(catalogue.NAME_MAX)
        self.category_combo = QComboBox(self)
        for code, word in vocabulary.choices(ServiceCategory):
            self.category_combo.addItem(word, code)
        # A line edit, not a spin box: the desk types prices as they are written ("68", "¥1,200.50"), and
        # the core's to_money reads all of those exactly, without a float in between.
        self.price_edit = QLineEdit(self)
        self.price_edit.setPlaceholderText(self.tr("for example 68 or 68.50"))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(catalogue.DURATION_MIN, catalogue.DURATION_MAX)
        # The arrows move in the core's 5-minute steps, so they never make a length the core refuses.
        self.duration_spin.setSingleStep(catalogue.DURATION_STEP)
        self.duration_spin.setValue(DEFAULT_DURATION)
        # The suffix goes through tr(), with its leading space: " 分钟" in the Chinese UI.
        self.duration_spin.setSuffix(self.tr(" min"))
        self.active_box = QCheckBox(self.tr("Can be &booked (active)"), self)
        # A new service is for booking; unticking it later stops new bookings and keeps its history.
        self.active_box.setChecked(True)

        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Category:"), self.category_combo)
        self.form.addRow(self.tr("&Price (¥):"), self.price_edit)
        self.form.addRow(self.tr("&Duration:"), self.duration_spin)
        self.form.addRow("", self.active_box)
        self.setMinimumWidth(420)

        self.name_edit.textChanged.connect(self.revalidate)
        self.price_edit.textChanged.connect(self.revalidate)
        self.duration_spin.valueChanged.connect(self.revalidate)
        self.revalidate()
        if item_id is not None:
            self.load(lambda: _find_item(item_id), self._fill)

    @classmethod
    def create(cls, parent: QWidget | None) -> ServiceItemDialog:  # type: ignore[override]  # a form for a new record; Qt's create(window) is never called on it
        """An empty form for a new service item (not shown yet)."""
        return cls(parent)

    @classmethod
    def edit(cls, parent: QWidget | None, item_id: int) -> ServiceItemDialog:
        """The form filled with the item's details once they are read."""
        return cls(parent, item_id)

    def item_input(self) -> catalogue.ServiceItemInput:
        return catalogue.ServiceItemInput(
            name=self.name_edit.text(),
            category=str(self.category_combo.currentData()),
            price=self.price_edit.text(),
            duration_minutes=self.duration_spin.value(),
            active=self.active_box.isChecked(),
        )

    def check(self) -> None:
        # the core's own rules that need no database, as the owner types; saving checks them again
        catalogue.checked_item(self.item_input())

    def save_op(self) -> Callable[[], Any]:
        data, item_id = self.item_input(), self.item_id
        if item_id is None:
            return lambda: catalogue.add_service_item(session.acting_user(), data)
        return lambda: catalogue.update_service_item(session.acting_user(), item_id, data)

    def _fill(self, item: ServiceItemRow) -> None:
        self.name_edit.setText(item.name)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(item.category)))
        # Always two places, as money is shown everywhere else in the app.
        self.price_edit.setText(f"{item.price:.2f}")
        self.duration_spin.setValue(item.duration_minutes)
        self.active_box.setChecked(item.active)
        self.name_edit.setFocus()


class ServiceListDialog(QDialog):
    """The catalogue with Add, Edit and Remove (an item in use is retired instead).

    Signals:
        removed(str): after a removal, "deleted" or "retired".
    """

    removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Services"))
        self.model = ServiceTableModel(self)
        self.table = ReadOnlyTable(self)
        self.table.setModel(self.model)
        # A double click edits, the same as selecting and pressing Edit….
        self.table.doubleClicked.connect(self._edit_row)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 460)
        # Loaded in the background so the window opens at once.
        self.model.reload()

    def selected_item(self) -> ServiceItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def add_item(self) -> ServiceItemDialog:
        dialog = ServiceItemDialog.create(self)
        dialog.saved.connect(lambda _item: self.model.reload())
        dialog.open()
        return dialog

    def edit_selected(self) -> ServiceItemDialog | None:
        item = self.selected_item()
        if item is None:
            return None
        dialog = ServiceItemDialog.edit(self, item.id)
        dialog.saved.connect(lambda _item: self.model.reload())
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        """Ask, then delete the item, or retire it if history uses it."""
        item = self.selected_item()
        if item is None:
            return
        # The user is told before, not after, that an item in use is retired rather than deleted:
        # visits, bookings and packages must keep naming what was sold.
        answer = QMessageBox.question(
            self,
            self.tr("Remove service"),
            self.tr(
                "Remove “{name}”? If past visits, bookings or packages use it, it is "
                "retired instead: it stays in their history but can no longer be booked."
            ).format(name=item.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        tasks.run_in_background(
            self,
            lambda: catalogue.remove_service_item(session.acting_user(), item.id),
            lambda outcome: self._removed(item, outcome),
            lambda error: QMessageBox.warning(self, self.tr("Remove service"), describe_any(error)),
        )

    def _removed(self, item: ServiceItemRow, outcome: str) -> None:
        self.model.reload()
        # Said again after the fact, as the user cannot tell from the list which of the two happened.
        if outcome == "retired":
            text = self.tr(
                "“{name}” is used by past visits, bookings or packages, so it was "
                "retired: it stays in their history but can no longer be booked."
            )
        else:
            text = self.tr("“{name}” was deleted.")
        QMessageBox.information(self, self.tr("Remove service"), text.format(name=item.name))
        self.removed.emit(outcome)

    def _edit_row(self, index: QModelIndex) -> None:
        # edit_selected reads the selection; a double click may land on a row that was not selected.
        self.table.selectRow(index.row())
        self.edit_selected()
