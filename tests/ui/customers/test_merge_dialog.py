"""The merge dialog: two files side by side, a choice per differing field, merged in the core."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from salon_crm.core import profiles
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, ServiceRecord
from salon_crm.ui.customers.merge_dialog import MergeDialog


def test_merging_two_files_of_one_person(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    zhang = Customer.get(Customer.name == "张三").id
    dup = profiles.create_customer(OWNER, profiles.CustomerInput("张三", wechat="zs88"), allow_duplicate=True).id
    dialog = MergeDialog(None, zhang)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Choose the file to keep and its duplicate."
    dialog.merge_picker.set_customer(zhang)
    settle()
    assert dialog.message.text() == "Choose two different customers to merge."
    dialog.merge_picker.set_customer(dup)
    settle()
    assert sorted(dialog.choices) == ["allergies", "phone", "wechat"]
    assert dialog.taken() == ["wechat"]  # a blank field takes the duplicate's value
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    kept = profiles.get_customer(zhang)
    assert (kept.phone, kept.wechat, kept.allergies) == ("13800138000", "zs88", "染发剂过敏")
    assert Customer.get_by_id(dup).merged_into_id == zhang
    assert ServiceRecord.select().where(ServiceRecord.customer == zhang).count() == 1
