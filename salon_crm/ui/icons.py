"""The one icon set (Feather SVGs in resources/icons/) and where the main window shows it.

Every icon is looked up by its file name, so a missing file fails a test rather
than leaving a blank square. ``dress`` puts them on the main window's tabs, menu
actions and main buttons in one place, so the tabs' own files stay about words
and behaviour.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from salon_crm.ui.resources import resource_path

if TYPE_CHECKING:
    from salon_crm.ui.main_window import MainWindow


@cache
def icon(name: str) -> QIcon:
    """The Feather icon ``resources/icons/<name>.svg`` (drawn sharp at any scale)."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(path)
    return QIcon(str(path))


def put(target: QAbstractButton | QAction, name: str) -> None:
    target.setIcon(icon(name))


def search_box(box: QLineEdit) -> None:
    """A magnifier inside the box, on the left, as in every booking app's client search."""
    box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)


def dress(window: MainWindow) -> None:
    """Icons on the tabs, the menus and each tab's main buttons."""
    for index, name in enumerate(("users", "calendar", "message-square", "smile")):
        window.tabs.setTabIcon(index, icon(name))
    for action, name in (
        (window.import_action, "file-plus"),
        (window.export_action, "file-text"),
        (window.report_action, "bar-chart-2"),
        (window.statement_action, "dollar-sign"),
        (window.switch_user_action, "user"),
        (window.backup_actions.back_up_action, "save"),
        (window.backup_actions.restore_action, "rotate-ccw"),
        (window.staff_action, "scissors"),
        (window.services_action, "list"),
        (window.levels_action, "award"),
        (window.packages_action, "package"),
        (window.rules_action, "sliders"),
        (window.commission_rules_action, "percent"),
        (window.shop_action, "home"),
        (window.users_action, "key"),
        (window.audit_action, "clipboard"),
    ):
        put(action, name)

    customers = window.customers_tab
    search_box(customers.search_box)
    put(customers.new_button, "user-plus")
    put(customers.open_button, "folder")
    put(customers.duplicates_button, "users")
    put(customers.merge_action, "git-merge")
    put(customers.clear_filters_button, "x")
    care = customers.care_panel
    put(care.done_button, "phone")
    put(care.open_button, "folder")
    put(care.copy_button, "copy")

    appointments = window.appointments_tab
    put(appointments.new_button, "plus")
    put(appointments.today_button, "calendar")
    put(appointments.reminders_button, "bell")
    arrivals = appointments.arrivals
    put(arrivals.arrived_button, "log-in")
    put(arrivals.complete_button, "check-circle")
    put(arrivals.no_show_button, "user-x")
    put(arrivals.cancel_button, "x-circle")

    tickets = window.tickets_tab
    put(tickets.new_button, "plus")
    put(tickets.open_button, "folder")
    put(tickets.settings_button, "clock")

    put(window.satisfaction_tab.surveys.edit_button, "edit-2")
    put(window.satisfaction_tab.campaign.copy_button, "copy")
