"""One complaint from intake to closed through the tab, the view and the step forms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salon_crm.core import loyalty, ticket_intake, tickets
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import ComplaintTicket, Customer, ServiceRecord, TicketEvent
from salon_crm.core.ticket_rules import Step
from salon_crm.ui.tickets.intake_dialog import TicketIntakeDialog
from salon_crm.ui.tickets.step_dialogs import StepDialog
from salon_crm.ui.tickets.tab import TicketsTab
from salon_crm.ui.tickets.ticket_view import TicketView

Opened = Callable[[Any, type[Any]], Any]


def choose(combo: Any, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def take(qtbot: QtBot, settle: Callable[[], None], opened: Opened, view: TicketView, step: Step) -> StepDialog:
    """Click the step's button and return its form."""
    qtbot.waitUntil(lambda: step in view.step_buttons)
    view.step_buttons[step].click()
    return opened(view, StepDialog)


def ok(qtbot: QtBot, settle: Callable[[], None], dialog: Any) -> None:
    assert dialog.ok_button.isEnabled(), dialog.message.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()


def record_complaint(qtbot: QtBot, settle: Callable[[], None], tab: TicketsTab, zhang: int, visit: int) -> None:
    """Fill the intake form as the desk would: search the customer, pick the visit, classify."""
    intake = tab.new_ticket()
    qtbot.keyClicks(intake.picker.search, "zs")
    qtbot.waitUntil(lambda: intake.picker.matches.isVisible() and intake.picker.matches.count() > 0)
    qtbot.keyClick(intake.picker.search, Qt.Key.Key_Return)
    settle()
    assert intake.picker.customer_id() == zhang
    qtbot.waitUntil(lambda: intake.record.count() > 1)
    choose(intake.record, visit)
    choose(intake.channel, "phone")
    choose(intake.category, "service_quality")
    assert "category and a severity" in intake.message.text()  # one without the other
    choose(intake.severity, "medium")
    intake.description.insertPlainText("剪完两边长短不一样")
    ok(qtbot, settle, intake)


def test_a_complaint_from_intake_to_closed_with_points_on_the_ledger(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], opened: Opened
) -> None:
    zhang = Customer.get(Customer.name == "张三")
    visit = ServiceRecord.get(ServiceRecord.customer == zhang)
    points_before = loyalty.balance_of(zhang.id).points
    tab = TicketsTab()
    qtbot.addWidget(tab)
    tab.reload()
    settle()

    record_complaint(qtbot, settle, tab, zhang.id, visit.id)
    view = opened(tab, TicketView)
    settle()
    assert view.ticket is not None and view.ticket.status == "classified"
    assert view.fact_labels["customer"].text().startswith("张三")

    take(qtbot, settle, opened, view, Step.INVESTIGATE).note.setPlainText("看了照片，确实不齐")
    ok(qtbot, settle, view.findChildren(StepDialog)[-1])
    propose = take(qtbot, settle, opened, view, Step.PROPOSE)
    propose.solution.insertPlainText("免费修剪并赠送积分")
    choose(propose.kind, "points")
    assert "points" in propose.message.text()  # no points yet
    propose.points.setValue(300)
    ok(qtbot, settle, propose)
    agree = take(qtbot, settle, opened, view, Step.AGREE)
    assert agree.agreed_by.text() == "张三"
    ok(qtbot, settle, agree)
    implement = take(qtbot, settle, opened, view, Step.IMPLEMENT)
    ok(qtbot, settle, implement)
    follow = take(qtbot, settle, opened, view, Step.FOLLOW_UP)
    assert not follow.ok_button.isEnabled()  # no score chosen yet
    choose(follow.score, 5)
    follow.note.insertPlainText("顾客很满意")
    ok(qtbot, settle, follow)
    ok(qtbot, settle, take(qtbot, settle, opened, view, Step.CLOSE))

    assert view.ticket.status == "closed"
    assert list(view.step_buttons) == [Step.REOPEN]
    assert len(view.timeline.entries()) == 8
    assert "Satisfaction 5/5" in view.timeline.entries()[-2]
    # the points are on the customer's ledger, linked to the ticket
    assert loyalty.balance_of(zhang.id).points == points_before + 300
    entry = loyalty.ledger_of(zhang.id)[0]
    assert (entry.kind, entry.points_delta, entry.ticket_id) == ("compensation", 300, view.ticket_id)
    # and the ticket is among the customer's tickets
    mine = tickets.list_tickets(tickets.TicketFilter(customer_id=zhang.id))
    assert view.ticket_id in [row.id for row in mine]
    tab.choose_status("closed")
    settle()
    assert [row.id for row in tab.model.rows()] == [view.ticket_id]


def test_a_refusal_is_told_in_the_form_and_writes_nothing(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], opened: Opened
) -> None:
    ticket = ComplaintTicket.get(ComplaintTicket.status == "investigating")  # high severity, not escalated
    tab = TicketsTab()
    qtbot.addWidget(tab)
    view = tab.open_ticket(ticket.id)
    settle()
    assert Step.PROPOSE not in view.step_buttons and Step.ESCALATE in view.step_buttons
    escalate = take(qtbot, settle, opened, view, Step.ESCALATE)
    assert "why" in escalate.message.text().lower()
    escalate.note.setPlainText("等待太久，顾客很生气")
    ok(qtbot, settle, escalate)
    ok(qtbot, settle, take(qtbot, settle, opened, view, Step.INVESTIGATE))
    events = TicketEvent.select().count()
    propose = take(qtbot, settle, opened, view, Step.PROPOSE)
    propose.solution.insertPlainText("退款")
    choose(propose.kind, "refund")
    propose.amount.setText("500")
    ok(qtbot, settle, propose)  # the core refuses: no visit on this ticket
    assert propose.isVisible()
    assert "needs the related visit" in propose.message.text()
    assert TicketEvent.select().count() == events


def test_filters_counts_and_overdue_in_red(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], qtmodeltester: Any
) -> None:
    tab = TicketsTab()
    qtbot.addWidget(tab)
    tab.reload()
    settle()
    qtmodeltester.check(tab.model)
    assert tab.status_buttons["open"].text() == "Open 2"
    assert tab.status_buttons["investigating"].text() == "Investigating 1"
    tab.overdue_box.setChecked(True)
    settle()
    assert [row.status for row in tab.model.rows()] == ["investigating"]
    assert "overdue" in tab.model.index(0, 9).data()
    tab.overdue_box.setChecked(False)
    choose(tab.kind, "suggestion")
    tab.reload()
    settle()
    assert [row.description for row in tab.model.rows()] == ["希望周一也营业"]
    choose(tab.kind, None)
    tab.search.insert("四十")
    tab.reload()
    settle()
    assert [row.customer for row in tab.model.rows()] == ["张三"]


def test_intake_for_a_low_survey_score_and_for_an_unknown_person(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    zhang = Customer.get(Customer.name == "张三")
    visit = ServiceRecord.get(ServiceRecord.customer == zhang)
    dialog = TicketIntakeDialog.create(None, customer_id=zhang.id, service_record_id=visit.id, description="等太久")
    qtbot.addWidget(dialog)
    settle()
    assert dialog.picker.customer_id() == zhang.id
    assert dialog.record.currentData() == visit.id
    assert dialog.description.toPlainText() == "等太久"

    other = TicketIntakeDialog.create(None)
    qtbot.addWidget(other)
    other.unknown_box.setChecked(True)
    other.name_edit.insert("路人甲")
    qtbot.keyClicks(other.phone_edit, "13600001111")
    choose(other.kind, "consultation")
    other.description.insertPlainText("周末几点开门？")
    ok(qtbot, settle, other)
    ticket = ComplaintTicket.get(ComplaintTicket.description == "周末几点开门？")
    assert Customer.get_by_id(ticket.customer_id).name == "路人甲"


def test_the_customers_words_are_shown_as_typed_never_as_html(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    """A complaint pasted from a web page: its markup is text, not formatting (it rendered as HTML)."""
    words = '<b>剪坏了</b> <img src="/etc/hosts"> 要求退款'
    zhang = Customer.get(Customer.name == "张三")
    ticket = ticket_intake.create_ticket(OWNER, ticket_intake.TicketInput("complaint", "phone", words, zhang.id))
    view = TicketView(None, ticket.id)
    qtbot.addWidget(view)
    view.show()
    settle()
    shown = view.fact_labels["description"]
    assert shown.text() == words and shown.textFormat() == Qt.TextFormat.PlainText
