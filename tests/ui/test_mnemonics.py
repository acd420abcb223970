"""Alt+letter must reach one control: no two mnemonics clash in a window, in English and Chinese."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenuBar, QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.ui import app, tasks
from salon_crm.ui.customers.profile_dialog import CustomerDialog
from salon_crm.ui.main_window import MainWindow
from salon_crm.ui.satisfaction.stars import StarRating
from salon_crm.ui.satisfaction.survey_dialog import SurveyDialog


def wait_for_tasks(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=20_000)


# "&&" is a literal ampersand; the letter after a single "&" is the mnemonic
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible control Alt+letter reaches in ``top``."""
    found: list[tuple[str, str]] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel):
            text = widget.text() if widget.buddy() is not None else ""
        elif isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and (letter := mnemonic(widget.tabText(index))):
                    found.append((letter, widget.tabText(index)))
            continue
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible() and (letter := mnemonic(action.text())):
                    found.append((letter, action.text()))
            continue
        else:
            continue
        if letter := mnemonic(text):
            found.append((letter, text))
    return found


def clashes(top: QWidget) -> list[list[str]]:
    found = mnemonics(top)
    counts = Counter(letter for letter, _text in found)
    return [[text for letter, text in found if letter == twice] for twice in counts if counts[twice] > 1]


@pytest.fixture(params=["en", "zh"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = app.install_translators(qapp, chinese=request.param == "zh")
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    app.install_translators(qapp, chinese=False)


@pytest.fixture
def main(language: str, filled_shop, qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(filled_shop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_tasks(qtbot)
    yield window
    wait_for_tasks(qtbot)


def test_every_tab_of_the_main_window_has_distinct_mnemonics(main: MainWindow, qtbot: QtBot) -> None:
    found = {}
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        wait_for_tasks(qtbot)
        found[main.tabs.tabText(index)] = clashes(main)
        # the pages inside a tab (day/week/list, customer list/care lists) each show their own controls
        for inner in main.tabs.currentWidget().findChildren(QTabWidget):
            for page in range(inner.count()):
                if inner.isVisibleTo(main):
                    inner.setCurrentIndex(page)
                    wait_for_tasks(qtbot)
                    if found_here := clashes(main):
                        found[main.tabs.tabText(index) + " / " + inner.tabText(page)] = found_here
    assert found == {main.tabs.tabText(index): [] for index in range(main.tabs.count())}, found


def test_the_customer_form_has_distinct_mnemonics(language: str, filled_shop, qtbot: QtBot) -> None:
    dialog = CustomerDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_tasks(qtbot)
    assert clashes(dialog) == []


def test_the_survey_form_has_distinct_mnemonics_and_tab_leaves_the_stars(
    language: str, filled_shop, qtbot: QtBot
) -> None:
    from salon_crm.core.models import ServiceRecord

    dialog = SurveyDialog(None, ServiceRecord.select().first().id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_tasks(qtbot)
    assert clashes(dialog) == []
    assert mnemonic(dialog.form.labelForField(dialog.recommend).text()) == "R"
    last = list(dialog.stars.values())[-1]
    assert isinstance(last, StarRating)
    dialog.activateWindow()
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.recommend


def _dialogs() -> list[tuple[str, Callable[[], QWidget]]]:
    from salon_crm.core import clock
    from salon_crm.core.models import Customer
    from salon_crm.ui.appointments.booking_dialog import BookingDialog
    from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
    from salon_crm.ui.settings import (
        commission_dialogs,
        levels_dialog,
        packages_dialog,
        rules_dialog,
        service_dialogs,
        shop_dialog,
        staff_dialogs,
        users_dialog,
    )

    def customer() -> int:
        return int(Customer.select().first().id)

    return [
        ("booking", lambda: BookingDialog(None, start=clock.now(), customer_id=customer())),
        ("bill", lambda: ServiceRecordDialog(None, customer_id=customer())),
        ("shop", lambda: shop_dialog.ShopDialog(None)),
        ("rules", lambda: rules_dialog.RulesDialog(None)),
        ("staff", lambda: staff_dialogs.StaffDialog(None)),
        ("staff list", lambda: staff_dialogs.StaffListDialog(None)),
        ("service", lambda: service_dialogs.ServiceItemDialog(None)),
        ("service list", lambda: service_dialogs.ServiceListDialog(None)),
        ("level", lambda: levels_dialog.LevelDialog(None)),
        ("level list", lambda: levels_dialog.LevelListDialog(None)),
        ("package", lambda: packages_dialog.PlanDialog(None)),
        ("package list", lambda: packages_dialog.PlanListDialog(None)),
        ("commission rule", lambda: commission_dialogs.RuleDialog(None)),
        ("commission rules", lambda: commission_dialogs.RuleListDialog(None)),
        ("commission statement", lambda: commission_dialogs.StatementDialog(None)),
        ("user", lambda: users_dialog.UserDialog(None)),
        ("users", lambda: users_dialog.UsersDialog(None)),
    ]


def test_every_main_dialog_has_distinct_mnemonics(language: str, filled_shop, qtbot: QtBot) -> None:
    found = {}
    for name, make in _dialogs():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        wait_for_tasks(qtbot)
        found[name] = clashes(dialog)
        dialog.close()
        wait_for_tasks(qtbot)
    assert found == {name: [] for name in found}
