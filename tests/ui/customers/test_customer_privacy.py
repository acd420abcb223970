"""A customer's file for each role: the owner hands over their data and refunds cards; the desk may not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salon_crm.core import audit, loyalty, profiles
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.models import Customer
from salon_crm.core.profiles import CustomerInput
from salon_crm.core.timeline import EventKind
from salon_crm.ui import session
from salon_crm.ui.customers.file_view import CustomerFileView
from salon_crm.ui.customers.ledger_dialogs import RefundDialog
from salon_crm.ui.customers.profile_dialog import CustomerDialog
from salon_crm.ui.customers.tab import CustomersTab
from salon_crm.ui.customers.table_model import Column


def open_zhang(qtbot: QtBot, settle: Callable[[], None]) -> CustomersTab:
    tab = CustomersTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    settle()
    tab.table.selectRow([row.name for row in tab.model.rows()].index("张三"))
    assert tab.open_selected() is not None
    settle()
    return tab


def test_the_owner_exports_everything_about_the_customer(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], tmp_path: Path
) -> None:
    view = open_zhang(qtbot, settle).file_views[-1]
    assert view.export_button.isVisible() and view.erase_button.isVisible()
    out = tmp_path / "张三.xlsx"
    warnings = view.warnings_label.text()
    view.export_data(out)
    settle()
    # on its own line: it wrote over the customer's warnings, and went unseen for a customer with none
    assert view.result_label.isVisible() and view.result_label.text().endswith(f"records written to {out}")
    assert view.warnings_label.text() == warnings
    sheets = load_workbook(out, read_only=True).sheetnames
    assert "消费记录 Bills" in sheets and "投诉 Tickets" in sheets


def test_the_front_desk_is_not_offered_what_it_may_not_do(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    session.start(Actor("小李", UserRole.FRONT_DESK))
    view = open_zhang(qtbot, settle).file_views[-1]
    hidden = (view.export_button, view.erase_button, view.void_button, view.edit_record_button)
    assert not any(button.isVisible() for button in hidden)
    assert view.record_button.isVisible() and view.top_up_button.isVisible()


def test_the_owner_refunds_the_card_and_the_bonus_lapses(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    view = open_zhang(qtbot, settle).file_views[-1]
    assert view.refund_button.isVisible() and view.refund_button.isEnabled()
    dialog = view.refund()
    assert isinstance(dialog, RefundDialog) and dialog.amount_edit.text() == "1000.00"
    dialog.amount_edit.setText("1000.01")
    assert dialog.message.text() == "Only the unspent principal, ¥1000.00, can be refunded, not ¥1000.01."
    dialog.amount_edit.setText("1000")
    dialog.note_edit.setText("退现金")
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    settle()
    assert loyalty.balance_of(view.customer_id) == loyalty.Balance()  # principal back, bonus lapsed


def test_the_front_desk_may_not_refund(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    session.start(Actor("小李", UserRole.FRONT_DESK))
    view = open_zhang(qtbot, settle).file_views[-1]
    assert not view.refund_button.isVisible()


def test_the_desk_shows_a_masked_number_on_purpose_and_it_is_audited(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    session.start(Actor("desk", UserRole.FRONT_DESK))
    view = open_zhang(qtbot, settle).file_views[-1]
    assert "138****8000" in view.identity_label.text() and "13800138000" not in view.identity_label.text()
    assert view.reveal_button.isVisible()
    view.reveal_button.click()
    settle()
    assert "13800138000" in view.identity_label.text() and not view.reveal_button.isVisible()
    [entry] = [e for e in audit.entries_for("customer", view.customer_id) if e.action == "reveal"]
    assert entry.actor == "desk" and "13800138000" not in str(entry.after)


def test_the_owner_and_the_stylist_get_no_reveal_button(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    view = open_zhang(qtbot, settle).file_views[-1]
    assert "13800138000" in view.identity_label.text() and not view.reveal_button.isVisible()
    session.start(Actor("stylist", UserRole.STYLIST))
    view = open_zhang(qtbot, settle).file_views[-1]
    assert "138****8000" in view.identity_label.text() and not view.reveal_button.isVisible()


def test_the_desk_edits_a_file_without_seeing_or_losing_the_number(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    session.start(Actor("desk", UserRole.FRONT_DESK))
    zhang = Customer.get(Customer.name == "张三").id
    dialog = CustomerDialog.edit(None, zhang)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.phone_edit.text() == "138****8000" and dialog.phone_edit.isReadOnly()
    dialog.wechat_edit.setText("zs_wx")
    assert "8000" not in dialog.phone_hint.text()  # no "saved as 13800138000" either
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    assert profiles.get_customer(zhang).phone == "13800138000"  # kept, not replaced by the mask
    dialog = CustomerDialog.edit(None, zhang)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    dialog.reveal_button.click()
    settle()
    assert dialog.phone_edit.text() == "13800138000" and not dialog.phone_edit.isReadOnly()
    dialog.phone_edit.setText("13900139000")
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button.click()
    assert profiles.get_customer(zhang).phone == "13900139000"
    assert [e.action for e in audit.entries_for("customer", zhang)][-3:] == ["update", "reveal", "update"]


def test_a_stylist_reads_the_visits_but_not_the_money(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    zhang = Customer.get(Customer.name == "张三").id
    loyalty.top_up(OWNER, zhang, "800")
    session.start(Actor("stylist", UserRole.STYLIST))
    tab = open_zhang(qtbot, settle)
    view = tab.file_views[-1]
    assert all(tab.table.isColumnHidden(c) for c in (Column.TOTAL_SPENT, Column.BALANCE, Column.POINTS))
    assert not view.fact_labels["balance"].isVisible() and not view.fact_labels["spent"].isVisible()
    assert view.fact_labels["visits"].isVisible() and view.fact_labels["last_visit"].isVisible()
    offered = (view.edit_button, view.record_button, view.top_up_button, view.redeem_button, view.add_tag_button)
    assert not any(button.isVisible() for button in offered)  # only what a stylist may do is offered
    assert view.care_button.isVisible()
    kinds = {row.kind for row in view.timeline.rows()}
    assert EventKind.VISIT in kinds and EventKind.LEDGER not in kinds
    assert "¥" not in " ".join(
        view.timeline.data(view.timeline.index(r, 3)) or "" for r in range(view.timeline.rowCount())
    )
    session.start(OWNER)  # the owner takes the desk: the columns come back
    tab.show_allowed_columns()
    assert not tab.table.isColumnHidden(Column.BALANCE)


def test_an_export_is_answered_for_a_customer_with_nothing_to_warn_about(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], tmp_path: Path
) -> None:
    """The answer went to the warnings line, which a customer without warnings has hidden: the
    owner clicked "Export all their data" and saw nothing happen."""
    quiet = profiles.create_customer(OWNER, CustomerInput(name="安静", phone="13700001111"))
    view = CustomerFileView(None, quiet.id)
    qtbot.addWidget(view)
    view.show()
    settle()
    assert not view.warnings_label.isVisible() and not view.result_label.isVisible()
    view.export_data(tmp_path / "安静.xlsx")
    settle()
    assert view.result_label.isVisible() and "records written to" in view.result_label.text()


def test_nothing_is_offered_before_the_file_is_read_nor_after_a_read_that_failed(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    """A file opened for a customer who is no longer there (merged or deleted meanwhile): every
    action was clickable until the read answered, and "Refund package" and the tag box stayed so
    after it failed, opening a form with no name."""
    view = CustomerFileView(None, 99_999)
    qtbot.addWidget(view)
    view.show()
    actions = [*view._buttons(), view.refund_package_button, view.tag_edit]
    assert not any(widget.isEnabled() for widget in actions)  # before the read answers
    settle()
    assert view.warnings_label.isVisible() and view.warnings_label.text()
    assert not any(widget.isEnabled() for widget in actions)


def test_a_customers_own_text_is_shown_as_typed(filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    """Allergies and a name copied from a web page: their markup is text, not formatting."""
    typed = profiles.create_customer(
        OWNER,
        CustomerInput(name="<i>王</i>芳", phone="13700002222", allergies="<b>染发剂</b>过敏", health_consent=True),
    )
    view = CustomerFileView(None, typed.id)
    qtbot.addWidget(view)
    view.show()
    settle()
    assert "<b>染发剂</b>过敏" in view.warnings_label.text() and view.name_label.text() == "<i>王</i>芳"
    assert view.warnings_label.textFormat() == view.name_label.textFormat() == Qt.TextFormat.PlainText
