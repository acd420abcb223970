"""The profile form: checks as typed, phones normalised, birthdays without a year, duplicates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from salon_crm.core import audit, clock, profiles
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.ui.customers.profile_dialog import NO_YEAR, CustomerDialog


def new_dialog(qtbot: QtBot, settle: Callable[[], None]) -> CustomerDialog:
    dialog = CustomerDialog.create(None)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    return dialog


def test_a_new_customer_with_a_mobile_typed_loosely(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    dialog = new_dialog(qtbot, settle)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Enter the customer's name."
    dialog.name_edit.setText("赵敏")
    dialog.phone_edit.setText("+86 139-0000-1234")
    assert dialog.phone_hint.text() == "Saved as 13900001234"
    dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(2))
    dialog.day_spin.setValue(29)  # no year: 29 February is a real birthday
    dialog.allergies_edit.setPlainText("花粉")
    dialog.consent_box.setChecked(True)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok_button.click()
    profile = saved.args[0]
    assert (profile.phone, profile.birth_year, profile.birth_month, profile.birth_day) == ("13900001234", None, 2, 29)
    assert profile.marketing_consent_on == clock.today()
    assert Customer.get(Customer.name == "赵敏").search_text.startswith("赵敏 zhao min zhaomin zm")


@pytest.mark.parametrize(
    ("phone", "message"),
    [("1380013800", "The phone number 1380013800 is not valid."), ("abc", "The phone number abc is not valid.")],
)
def test_a_wrong_phone_is_refused_as_typed(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], phone: str, message: str
) -> None:
    dialog = new_dialog(qtbot, settle)
    dialog.name_edit.setText("赵敏")
    dialog.phone_edit.setText(phone)
    assert dialog.message.text() == message
    assert not dialog.ok_button.isEnabled()
    before = Customer.select().count()
    dialog.accept()
    settle()
    assert Customer.select().count() == before


def test_a_future_birthday_and_a_false_date_are_refused(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    dialog = new_dialog(qtbot, settle)
    dialog.name_edit.setText("赵敏")
    dialog.year_spin.setValue(clock.today().year)
    dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(12))
    dialog.day_spin.setValue(31)
    if clock.today() < date(clock.today().year, 12, 31):
        assert dialog.message.text() == "A birthday cannot be in the future."
    dialog.year_spin.setValue(NO_YEAR)
    dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(2))
    dialog.day_spin.setValue(30)
    assert dialog.message.text() == "This birthday is not a real date."
    assert not dialog.ok_button.isEnabled()


def test_a_clashing_phone_warns_and_jumps_to_that_customer(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    dialog = new_dialog(qtbot, settle)
    dialog.name_edit.setText("张三丰")
    dialog.phone_edit.setText("138 0013 8000")  # 张三's mobile
    dialog.ok_button.click()
    settle()
    assert dialog.duplicates.isVisible()
    assert "张三 (13800138000): the same mobile" in dialog.duplicate_label.text()
    assert Customer.select().where(Customer.name == "张三丰").count() == 0
    with qtbot.waitSignal(dialog.openCustomer) as opened:
        dialog.open_button.click()
    assert opened.args == [Customer.get(Customer.name == "张三").id]


def test_save_anyway_keeps_both(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    dialog = new_dialog(qtbot, settle)
    dialog.name_edit.setText("张三丰")
    dialog.phone_edit.setText("13800138000")
    dialog.ok_button.click()
    settle()
    with qtbot.waitSignal(dialog.saved):
        dialog.save_anyway_button.click()
    assert Customer.select().where(Customer.phone == "13800138000").count() == 2


def test_editing_fills_every_field_and_saves_the_change(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    zhang = Customer.get(Customer.name == "张三").id
    dialog = CustomerDialog.edit(None, zhang)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.name_edit.text() == "张三"
    assert dialog.allergies_edit.toPlainText() == "染发剂过敏"
    dialog.wechat_edit.setText("zhangsan_88")
    dialog.stylist_combo.setCurrentIndex(dialog.stylist_combo.findText("王芳"))
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    profile = profiles.get_customer(zhang)
    assert profile.wechat == "zhangsan_88" and profile.preferred_stylist_id is not None
    assert [entry.action for entry in audit.entries_for("customer", zhang)] == ["update"]


def test_allergy_notes_are_kept_only_with_the_customers_consent(
    shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    dialog = new_dialog(qtbot, settle)
    assert not dialog.allergies_edit.isEnabled() and not dialog.skin_edit.isEnabled()
    dialog.name_edit.setText("林小雨")
    dialog.health_box.setChecked(True)
    assert dialog.allergies_edit.isEnabled()
    dialog.allergies_edit.setPlainText("对染发剂 PPD 过敏")
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    lin = Customer.get(Customer.name == "林小雨").id
    assert profiles.get_customer(lin).allergies == "对染发剂 PPD 过敏" and profiles.get_customer(lin).health_consent
    dialog = CustomerDialog.edit(None, lin)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.health_box.isChecked() and not dialog.health_hint.isVisible()
    dialog.health_box.setChecked(False)  # she withdraws her consent
    assert dialog.health_hint.isVisible() and not dialog.allergies_edit.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    withdrawn = profiles.get_customer(lin)
    assert (withdrawn.allergies, withdrawn.health_consent) == ("", False)
    after = audit.entries_for("customer", lin)[-1].after or ""
    assert '"health_consent": false' in after


def test_core_refuses_health_notes_without_consent(shop: Shop) -> None:
    from salon_crm.core.context import OWNER
    from salon_crm.core.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        profiles.create_customer(OWNER, profiles.CustomerInput("林小雨", skin_type="敏感肌"))
    assert caught.value.code == "health_consent_needed"
    assert Customer.select().count() == 0
