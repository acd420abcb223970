"""Staff settings: the list of staff, and the form to add or edit one member."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import staff
from salon_crm.core.enums import ServiceCategory, StaffRole
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.rows import StaffMember
from salon_crm.ui import session, vocabulary
from salon_crm.ui.appointments.shift_dialog import ShiftDialog
from salon_crm.ui.settings.staff_model import StaffTableModel
from salon_crm.ui.widgets.form_dialog import FormDialog
from salon_crm.ui.widgets.row_model import ROW_ROLE
from salon_crm.ui.widgets.table_view import ReadOnlyTable

# Seven service categories in two rows of four keep the form narrow enough for its 460 px.
SKILL_COLUMNS = 4


def _find_member(staff_id: int) -> StaffMember:
    # The core has no read of one member; a salon's staff list is short, so the whole list will do.
    for member in staff.list_staff():
        if member.id == staff_id:
            return member
    raise NotFoundError("staff_not_found", staff_id=staff_id)


class StaffDialog(FormDialog):
    """Add or edit one member of staff: name, role, skills, mobile, active.

    Signals: those of ``FormDialog`` (``saved`` carries a ``StaffMember``).
    """

    def __init__(self, parent: QWidget | None, staff_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add staff member") if staff_id is None else self.tr("Edit staff member"))
        self.staff_id = staff_id
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(staff.NAME_MAX)
        self.role_combo = QComboBox(self)
        for code, word in vocabulary.choices(StaffRole):
            self.role_combo.addItem(word, code)
        self.role_combo.setCurrentIndex(self.role_combo.findData(StaffRole.STYLIST.value))
        self.skill_boxes: dict[str, QCheckBox] = {}
        skills = QWidget(self)
        grid = QGridLayout(skills)
        grid.setContentsMargins(0, 0, 0, 0)
        # Skills are service categories, not single services: a booking's automatic stylist is the first
        # free one whose skills cover every category booked (core.appointments).
        for number, (code, word) in enumerate(vocabulary.choices(ServiceCategory)):
            box = QCheckBox(word, skills)
            self.skill_boxes[code] = box
            grid.addWidget(box, number // SKILL_COLUMNS, number % SKILL_COLUMNS)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setMaxLength(staff.PHONE_MAX + 8)  # room to see "too long"
        # Worded about the person rather than "active": a leaver is unticked, never deleted, so their
        # name stays on the bills and bookings they worked.
        self.active_box = QCheckBox(self.tr("Still works &here"), self)
        self.active_box.setChecked(True)

        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Role:"), self.role_combo)
        self.form.addRow(self.tr("Skills:"), skills)
        self.form.addRow(self.tr("&Mobile:"), self.phone_edit)
        self.form.addRow("", self.active_box)
        self.setMinimumWidth(460)

        self.name_edit.textChanged.connect(self.revalidate)
        self.phone_edit.textChanged.connect(self.revalidate)
        # Checked before the user types, so OK starts disabled with the grey "name needed" hint.
        self.revalidate()
        if staff_id is not None:
            self.load(lambda: _find_member(staff_id), self._fill)

    @classmethod
    def create(cls, parent: QWidget | None) -> StaffDialog:  # type: ignore[override]  # a form for a new record; Qt's create(window) is never called on it
        """An empty form for a new member of staff (not shown yet)."""
        return cls(parent)

    @classmethod
    def edit(cls, parent: QWidget | None, staff_id: int) -> StaffDialog:
        """The form filled with the member's details once they are read."""
        return cls(parent, staff_id)

    def staff_input(self) -> staff.StaffInput:
        return staff.StaffInput(
            name=self.name_edit.text(),
            role=str(self.role_combo.currentData()),
            skills=tuple(code for code, box in self.skill_boxes.items() if box.isChecked()),
            phone=self.phone_edit.text(),
            active=self.active_box.isChecked(),
        )

    def check(self) -> None:
        # the core's own limits; the core checks them again when saving
        data = self.staff_input()
        name = data.name.strip()
        if not name:
            raise ValidationError("staff_name_required")
        if len(name) > staff.NAME_MAX:
            raise ValidationError("staff_name_too_long", max=staff.NAME_MAX)
        # Only the length, as in the core: a staff number is kept in whatever form the owner writes it.
        if len(data.phone.strip()) > staff.PHONE_MAX:
            raise ValidationError("phone_too_long", max=staff.PHONE_MAX)

    def save_op(self) -> Callable[[], Any]:
        data, staff_id = self.staff_input(), self.staff_id
        if staff_id is None:
            return lambda: staff.add_staff(session.acting_user(), data)
        return lambda: staff.update_staff(session.acting_user(), staff_id, data)

    def _fill(self, member: StaffMember) -> None:
        self.name_edit.setText(member.name)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(member.role)))
        for code, box in self.skill_boxes.items():
            box.setChecked(code in member.skills)
        self.phone_edit.setText(member.phone)
        self.active_box.setChecked(member.active)
        self.name_edit.setFocus()


class StaffListDialog(QDialog):
    """The staff table with Add and Edit (a leaver is made inactive, never deleted).

    Signals: none of its own; ``finished`` tells the window to refresh.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff"))
        self.model = StaffTableModel(self)
        self.table = ReadOnlyTable(self)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self._edit_row)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.shifts_button = QPushButton(self.tr("S&hifts…"), self)
        # Shifts are the appointments tab's dialog, reached from here as well because this is where the
        # owner looks for a person.
        self.shifts_button.setToolTip(self.tr("Weekly shifts, single-day changes and time off"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.shifts_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.shifts_button.clicked.connect(self.edit_shifts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.model.reload()

    def selected_member(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def add_member(self) -> StaffDialog:
        dialog = StaffDialog.create(self)
        dialog.saved.connect(lambda _member: self.model.reload())
        dialog.open()
        return dialog

    def edit_selected(self) -> StaffDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        dialog = StaffDialog.edit(self, member.id)
        dialog.saved.connect(lambda _member: self.model.reload())
        dialog.open()
        return dialog

    def edit_shifts(self) -> ShiftDialog | None:
        """The selected member's shifts and time off (the appointments tab's dialog)."""
        member = self.selected_member()
        if member is None:
            return None
        dialog = ShiftDialog.edit(self, member.id)
        dialog.open()
        return dialog

    def _edit_row(self, index: QModelIndex) -> None:
        # edit_selected reads the selection; a double click may land on a row that was not selected.
        self.table.selectRow(index.row())
        self.edit_selected()
