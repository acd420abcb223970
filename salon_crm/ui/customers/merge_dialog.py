"""Merging two files of one person: both side by side, a choice per field, then merge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from salon_crm.core import merging, profiles
from salon_crm.core.errors import ValidationError
from salon_crm.core.profiles import CustomerProfile
from salon_crm.ui import session, tasks
from salon_crm.ui.errors import describe_any
from salon_crm.ui.translate import QT_TRANSLATE_NOOP
from salon_crm.ui.widgets import layouts
from salon_crm.ui.widgets.customer_picker import CustomerPicker
from salon_crm.ui.widgets.form_dialog import FormDialog

# the fields shown side by side, with their titles
SHOWN = (
    ("name", QT_TRANSLATE_NOOP("MergeDialog", "Name")),
    ("phone", QT_TRANSLATE_NOOP("MergeDialog", "Mobile")),
    ("wechat", QT_TRANSLATE_NOOP("MergeDialog", "WeChat")),
    ("email", QT_TRANSLATE_NOOP("MergeDialog", "Email")),
    ("address", QT_TRANSLATE_NOOP("MergeDialog", "Address")),
    ("occupation", QT_TRANSLATE_NOOP("MergeDialog", "Occupation")),
    ("allergies", QT_TRANSLATE_NOOP("MergeDialog", "Allergies")),
    ("preferences", QT_TRANSLATE_NOOP("MergeDialog", "Preferences")),
    ("skin_type", QT_TRANSLATE_NOOP("MergeDialog", "Skin type")),
    ("hair_type", QT_TRANSLATE_NOOP("MergeDialog", "Hair type")),
    ("notes", QT_TRANSLATE_NOOP("MergeDialog", "Notes")),
)


class MergeDialog(FormDialog):
    """Pick the file to keep and the duplicate; each differing field can come from either.

    Signals: those of ``FormDialog`` (``saved`` carries the kept ``CustomerProfile``).
    """

    def __init__(self, parent: QWidget | None, keep_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge duplicate customers"))
        self.keep_picker = CustomerPicker(self)
        self.merge_picker = CustomerPicker(self)
        self.profiles: dict[str, CustomerProfile | None] = {"keep": None, "merge": None}
        self.grid = QGridLayout()
        self.choices: dict[str, QButtonGroup] = {}
        self.grid_holder = QWidget(self)
        self.grid_holder.setLayout(self.grid)
        self.form.addRow(self.tr("&Keep:"), self.keep_picker)
        self.form.addRow(self.tr("&Merge into it:"), self.merge_picker)
        self.form.addRow(self.grid_holder)
        self.keep_picker.customerChosen.connect(lambda cid: self._chosen("keep", cid))
        self.merge_picker.customerChosen.connect(lambda cid: self._chosen("merge", cid))
        self.ok_button.setText(self.tr("Merge"))
        self.resize(760, 560)
        if keep_id is not None:
            self.keep_picker.set_customer(keep_id)
        self.revalidate()

    def _chosen(self, side: str, customer_id: int) -> None:
        tasks.run_in_background(
            self,
            lambda: profiles.get_customer(customer_id),
            lambda profile: self._loaded_side(side, profile),
            lambda error: self.show_message(describe_any(error)),
        )

    def _loaded_side(self, side: str, profile: CustomerProfile) -> None:
        self.profiles[side] = profile
        self._show_fields()
        self.revalidate()

    def _show_fields(self) -> None:
        layouts.clear(self.grid)
        self.choices.clear()
        keep, merge = self.profiles["keep"], self.profiles["merge"]
        if keep is None or merge is None:
            return
        self.grid.addWidget(QLabel(self.tr("Field"), self), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Kept file"), self), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Duplicate"), self), 0, 2)
        row = 1
        for name, title in SHOWN:
            ours, theirs = str(getattr(keep, name) or ""), str(getattr(merge, name) or "")
            if ours == theirs:
                continue
            group = QButtonGroup(self)
            left, right = QRadioButton(ours or "—", self), QRadioButton(theirs or "—", self)
            group.addButton(left, 0)
            group.addButton(right, 1)
            # a blank field takes the duplicate's value unless the user says otherwise
            (right if not ours and theirs else left).setChecked(True)
            self.choices[name] = group
            self.grid.addWidget(QLabel(QCoreApplication.translate("MergeDialog", title), self), row, 0)
            self.grid.addWidget(left, row, 1)
            self.grid.addWidget(right, row, 2)
            row += 1
        if row == 1:
            self.grid.addWidget(QLabel(self.tr("The two files agree on every field shown."), self), 1, 0, 1, 3)

    def taken(self) -> list[str]:
        """The fields whose value comes from the duplicate."""
        return [name for name, group in self.choices.items() if group.checkedId() == 1]

    def check(self) -> None:
        keep, merge = self.keep_picker.customer_id(), self.merge_picker.customer_id()
        if keep is None or merge is None:
            raise ValidationError("merge_pick_two")
        if keep == merge:
            raise ValidationError("merge_same_customer")

    def save_op(self) -> Callable[[], Any]:
        keep, merge, take = self.keep_picker.customer_id(), self.merge_picker.customer_id(), self.taken()
        assert keep is not None and merge is not None
        return lambda: merging.merge_customers(session.acting_user(), keep, merge, take=take)
