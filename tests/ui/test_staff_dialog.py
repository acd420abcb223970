"""The staff dialogs: validation as you type, saving through the core, the audit trail.

QTest can type only ASCII; Chinese names are put in with ``setText``, which emits the
same ``textChanged`` the dialog validates on.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salon_crm.core import audit, staff
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.ui.settings.staff_dialogs import StaffDialog, StaffListDialog


def test_an_empty_name_is_refused_as_you_type(shop: Shop, qtbot: QtBot) -> None:
    dialog = StaffDialog.create(None)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Enter the staff member's name."
    qtbot.keyClicks(dialog.name_edit, "Amy")  # QTest types ASCII only
    assert dialog.ok_button.isEnabled()
    assert dialog.message.text() == ""
    dialog.name_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter while invalid changes nothing
    assert staff.list_staff() == []


def test_a_valid_member_is_saved_listed_and_audited(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    listing = StaffListDialog()
    qtbot.addWidget(listing)
    settle()
    assert listing.model.rowCount() == 0
    dialog = listing.add_member()
    dialog.name_edit.setText("王芳")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("beautician"))
    dialog.skill_boxes["skin"].setChecked(True)
    dialog.skill_boxes["nails"].setChecked(True)
    qtbot.keyClicks(dialog.phone_edit, "139 0000 1111")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter is OK
    member = saved.args[0]
    assert (member.name, member.role, member.skills) == ("王芳", "beautician", ("skin", "nails"))
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    assert listing.model.index(0, 1).data() == "Beautician"
    assert listing.model.index(0, 2).data() == "Skin care, Nails"
    trail = audit.entries_for("staff", member.id)
    assert [(entry.actor, entry.action) for entry in trail] == [("owner", "create")]


def test_editing_loads_the_member_and_saves_changes(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    member = staff.add_staff(OWNER, staff.StaffInput("李明", "stylist", ("cut",)))
    dialog = StaffDialog.edit(None, member.id)
    qtbot.addWidget(dialog)
    settle()
    assert dialog.name_edit.text() == "李明"
    assert dialog.skill_boxes["cut"].isChecked()
    dialog.active_box.setChecked(False)
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    assert staff.list_staff()[0].active is False
    assert [entry.action for entry in audit.entries_for("staff", member.id)] == ["create", "update"]


def test_editing_a_missing_member_says_so(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    dialog = StaffDialog.edit(None, 404)
    qtbot.addWidget(dialog)
    settle()
    assert dialog.message.text() == "This staff member no longer exists."
    assert not dialog.ok_button.isEnabled()


def test_a_refusal_from_the_core_is_worded_and_the_dialog_stays(
    shop: Shop, qtbot: QtBot, settle: Callable[[], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise ValidationError("phone_invalid", phone="12")

    monkeypatch.setattr(staff, "add_staff", refuse)
    dialog = StaffDialog.create(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("王芳")
    dialog.ok_button.click()
    settle()
    assert dialog.message.text() == "The phone number 12 is not valid."
    assert dialog.isVisible()
    assert dialog.ok_button.isEnabled()


def test_tab_goes_through_the_fields_then_ok_and_cancel(shop: Shop, qtbot: QtBot) -> None:
    dialog = StaffDialog.create(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain, widget = [], dialog.nextInFocusChain()  # the chain is a ring that starts at the dialog
    while widget is not dialog:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    order = [chain.index(w) for w in (dialog.name_edit, dialog.role_combo, dialog.phone_edit, dialog.active_box)]
    assert order == sorted(order)
    assert chain.index(dialog.ok_button) > chain.index(dialog.active_box)
    assert chain.index(dialog.buttons.button(dialog.buttons.StandardButton.Cancel)) == chain.index(dialog.ok_button) + 1
