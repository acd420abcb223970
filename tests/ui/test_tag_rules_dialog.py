"""Settings → Automatic tags from the window: thresholds checked as typed, saved, tags worked out again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from salon_crm.core import tags
from salon_crm.core.context import Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError
from salon_crm.core.models import AuditEntry, Customer
from salon_crm.ui import app, session
from salon_crm.ui.customers.tab import CustomersTab
from salon_crm.ui.customers.table_model import Column, CustomerTableModel
from salon_crm.ui.main_window import MainWindow
from salon_crm.ui.settings.tag_rules_dialog import TagRulesDialog


def tags_shown(qtbot: QtBot, settle: Callable[[], None], name: str) -> str:
    """The Tags cell of ``name``'s row in a fresh customer list."""
    tab = CustomersTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    settle()
    model: CustomerTableModel = tab.model
    row = [each.name for each in model.rows()].index(name)
    return str(model.data(model.index(row, Column.TAGS)))


def open_dialog(window: MainWindow, qtbot: QtBot, settle: Callable[[], None]) -> TagRulesDialog:
    window.tag_rules_action.trigger()
    dialog = window.findChild(TagRulesDialog)
    assert isinstance(dialog, TagRulesDialog)
    settle()
    return dialog


def test_the_owner_changes_a_threshold_and_the_customer_list_shows_the_new_tags(
    window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    zhang = int(Customer.get(Customer.name == "张三").id)  # one visit 3 days ago, ¥68
    tags.refresh_auto_tags()
    assert tags.tags_of(zhang).automatic == ("new_customer",)
    dialog = open_dialog(window, qtbot, settle)
    assert dialog.spend_edit.text() == "5000.00" and dialog.new_spin.value() == 30  # the defaults
    assert dialog.focusWidget() is dialog.spend_edit
    dialog.spend_edit.setText("abc")
    assert not dialog.ok_button.isEnabled() and "abc" in dialog.message.text()
    dialog.spend_edit.setText("0")
    assert not dialog.ok_button.isEnabled() and "¥0" in dialog.message.text()
    dialog.spend_edit.setText("50")
    dialog.new_spin.setValue(1)  # three days ago is no longer new
    assert dialog.ok_button.isEnabled(), dialog.message.text()
    entries = AuditEntry.select().count()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.ok_button.click()
    assert AuditEntry.select().count() == entries + 1  # one audited setting
    assert tags.tags_of(zhang).automatic == ("high_spender",)
    assert tags_shown(qtbot, settle, "张三") == "Big spender"


def test_the_automatic_tags_read_in_chinese_in_the_chinese_window(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], qapp: object
) -> None:
    tags.refresh_auto_tags()
    translators = app.install_translators(qapp, chinese=True)  # type: ignore[arg-type]
    try:
        assert tags_shown(qtbot, settle, "张三") == "新客"
        dialog = TagRulesDialog(None)
        qtbot.addWidget(dialog)
        labels = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
        assert "高消费" in labels and "久未到店" in labels and "Big spender" not in labels
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)  # type: ignore[attr-defined]
        app.install_translators(qapp, chinese=False)  # type: ignore[arg-type]


def test_the_front_desk_may_not_change_the_tag_rules(filled_shop: Shop, qtbot: QtBot) -> None:
    desk = Actor("desk", UserRole.FRONT_DESK)
    with pytest.raises(PermissionDeniedError):
        tags.save_tag_rules(desk, tags.TagRules(regular_visits=2))
    assert tags.tag_rules() == tags.TagRules()
    session.start(desk)
    main = MainWindow(filled_shop)
    qtbot.addWidget(main)
    assert not main.tag_rules_action.isVisible()  # the menu does not offer it to the desk
