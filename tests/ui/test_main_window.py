"""The main window: tabs and their shortcuts, title, menus, status bar, saved state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from salon_crm import __version__
from salon_crm.core import migrations, profiles
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.demo import fill_demo_shop
from salon_crm.ui.main_window import TAB_KEY, MainWindow

SHOP_NAME = "丝域美发沙龙"  # as conftest.fill_small_shop names it


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def test_four_tabs_in_order(window: MainWindow) -> None:
    assert tab_titles(window) == ["Customers", "Appointments", "Complaints", "Satisfaction"]


def test_ctrl_number_switches_tabs_from_inside_a_table(window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentIndex(0)
    table = window.customers_tab.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.tickets_tab
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.customers_tab
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.satisfaction_tab


def test_title_shows_the_shop_name(window: MainWindow) -> None:
    assert window.windowTitle() == f"{SHOP_NAME} — Salon CRM — owner"  # and who is at the desk


def test_title_without_a_shop_name(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    settle()
    assert window.windowTitle() == "Salon CRM — owner"


def test_every_tab_shows_records(window: MainWindow) -> None:
    for tab in (window.customers_tab, window.appointments_tab, window.tickets_tab, window.satisfaction_tab):
        assert tab.model.rowCount() > 0, type(tab).__name__
        assert tab.table.model() is tab.model


def test_every_tab_shows_the_demo_shop(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    fill_demo_shop(OWNER, seed=1)
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    settle()
    for tab in (window.customers_tab, window.appointments_tab, window.tickets_tab, window.satisfaction_tab):
        assert tab.model.rowCount() > 0, type(tab).__name__
    assert window.customers_tab.model.rowCount() == 200  # the first page; more as it scrolls
    assert window.windowTitle().endswith(" — Salon CRM — owner") and window.windowTitle() != "Salon CRM — owner"


def test_status_bar_shows_the_file_and_the_counts(window: MainWindow, filled_shop: Shop) -> None:
    assert str(filled_shop.db_path) in window.path_label.text()
    counts = window.counts_label.text()
    for expected in ("Customers 5", "Visits 1", "Appointments 3", "Tickets 2 (2 open)", "Surveys 1"):
        assert expected in counts


def test_the_counts_catch_up_when_the_user_switches_tabs(
    window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    profiles.create_customer(OWNER, profiles.CustomerInput(name="赵六", phone="13600001111"))
    assert "Customers 5" in window.counts_label.text()
    window.tabs.setCurrentIndex(2)
    settle()
    assert "Customers 6" in window.counts_label.text()


def test_the_counts_follow_a_bill_saved_in_a_form(window: MainWindow, qtbot: QtBot, settle: Callable[[], None]) -> None:
    # issue 15: completing a visit left "Visits 1" until the user switched tabs
    from salon_crm.core.models import Customer
    from salon_crm.ui.customers.record_dialog import ServiceRecordDialog

    assert "Visits 1" in window.counts_label.text()
    bill = ServiceRecordDialog.create(window, int(Customer.get(Customer.name == "李四").id))
    bill.show()
    settle()
    with qtbot.waitSignal(bill.saved):
        bill.ok_button.click()
    settle()
    assert "Visits 2" in window.counts_label.text()


def test_every_file_action_is_enabled_backups_included(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    actions = [action for action in file_menu.actions() if not action.isSeparator()]
    assert all(action.isEnabled() for action in actions)
    texts = [action.text() for action in actions]
    assert "&Back up now…" in texts and "&Restore from backup…" in texts


def test_about_names_version_folder_and_schema(window: MainWindow, filled_shop: Shop) -> None:
    text = window.about_text()
    assert __version__ in text
    assert str(filled_shop.folder) in text
    assert f"schema version: {migrations.CURRENT_VERSION}" in text


def test_size_and_tab_are_restored(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    first = MainWindow(filled_shop)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # within the offscreen screen (800x600)
    first.tabs.setCurrentIndex(2)
    first.close()
    assert QSettings().value(TAB_KEY) in (2, "2")
    second = MainWindow(filled_shop)
    qtbot.addWidget(second)
    settle()
    assert second.tabs.currentIndex() == 2
    assert (second.width(), second.height()) == (760, 560)
