"""The service catalogue dialogs: price typed as people type it, removal that retires."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from salon_crm.core import catalogue
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, ServiceRecord, ServiceRecordLine
from salon_crm.ui.settings.service_dialogs import ServiceItemDialog, ServiceListDialog


def new_dialog(qtbot: QtBot, name: str, price: str) -> ServiceItemDialog:
    dialog = ServiceItemDialog.create(None)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(name)  # QTest types ASCII only
    dialog.price_edit.setText(price)
    return dialog


@pytest.mark.parametrize(
    ("price", "message"),
    [
        ("-5", "A price cannot be negative."),
        ("abc", "The price “abc” is not an amount of money."),
        ("  ", "Enter the price."),
        ("68.505", "The price “68.505” has more than two decimal places."),
    ],
)
def test_a_bad_price_is_refused(shop: Shop, qtbot: QtBot, price: str, message: str) -> None:
    dialog = new_dialog(qtbot, "洗剪吹", price)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == message


def test_a_duration_off_the_five_minute_steps_is_refused_as_it_is_typed(shop: Shop, qtbot: QtBot) -> None:
    """The form let 62 minutes through and the core refused it only after OK."""
    dialog = new_dialog(qtbot, "洗剪吹", "68")
    dialog.duration_spin.setValue(62)  # typed: the box steps by 5 but takes any number
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "The duration must be between 5 and 720 minutes, in steps of 5."
    dialog.duration_spin.setValue(60)
    assert dialog.ok_button.isEnabled() and not dialog.message.text()


@pytest.mark.parametrize(("typed", "stored"), [("68", "68.00"), ("68.50", "68.50"), ("¥68", "68.00")])
def test_a_price_as_people_type_it_is_saved(shop: Shop, qtbot: QtBot, typed: str, stored: str) -> None:
    dialog = new_dialog(qtbot, "洗剪吹", typed)
    dialog.duration_spin.setValue(45)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok_button.click()
    assert str(saved.args[0].price) == stored
    assert [(item.name, item.duration_minutes) for item in catalogue.list_service_items()] == [("洗剪吹", 45)]


def test_a_taken_name_is_refused_by_the_core(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("洗剪吹", "cut", "68", 45))
    dialog = new_dialog(qtbot, "洗剪吹", "88")
    dialog.ok_button.click()
    settle()
    assert dialog.message.text() == "There is already a service called “洗剪吹”."
    assert len(catalogue.list_service_items()) == 1


def test_the_duration_steps_by_five_minutes(shop: Shop, qtbot: QtBot) -> None:
    dialog = ServiceItemDialog.create(None)
    qtbot.addWidget(dialog)
    dialog.duration_spin.setValue(60)
    dialog.duration_spin.stepUp()
    assert dialog.duration_spin.value() == 65
    assert dialog.duration_spin.minimum() == catalogue.DURATION_MIN


def choose(listing: ServiceListDialog, name: str) -> None:
    names = [row.name for row in listing.model.rows()]
    listing.table.selectRow(names.index(name))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Say yes to the question and note what the information box said."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    return said


def test_removing_an_item_in_use_retires_it(
    shop: Shop, qtbot: QtBot, settle: Callable[[], None], answers: list[str]
) -> None:
    used = catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("烫发", "perm", "380", 120))
    unused = catalogue.add_service_item(OWNER, catalogue.ServiceItemInput("修眉", "skin", "30", 15))
    customer = Customer.create(name="张三")
    record = ServiceRecord.create(
        customer=customer, visited_at="2024-05-01 10:00", payment_method="cash", subtotal=380, total=380
    )
    ServiceRecordLine.create(record=record, service_item=used.id, unit_price=380, amount=380)
    listing = ServiceListDialog()
    qtbot.addWidget(listing)
    settle()
    choose(listing, "烫发")
    with qtbot.waitSignal(listing.removed) as removed:
        listing.remove_button.click()
    assert removed.args == ["retired"]
    assert "retired" in answers[-1]
    settle()
    choose(listing, "修眉")
    with qtbot.waitSignal(listing.removed) as removed:
        listing.remove_button.click()
    assert removed.args == ["deleted"]
    assert answers[-1] == "“修眉” was deleted."
    settle()
    assert [(row.name, row.active) for row in listing.model.rows()] == [("烫发", False)]
    assert unused.id not in {row.id for row in catalogue.list_service_items()}
