"""The satisfaction tab: KPIs and charts per period, entering a survey, saving a chart, the campaign."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salon_crm.core import audit, clock, ticket_intake
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, ServiceItem, ServiceRecord, ServiceRecordLine, Staff, SurveyResponse
from salon_crm.ui.satisfaction.dashboard import Period, period_range
from salon_crm.ui.satisfaction.survey_dialog import SurveyDialog
from salon_crm.ui.satisfaction.tab import SatisfactionTab


def new_visit(days_ago: int = 1) -> int:
    """A visit of 李四 with 王芳, without a survey."""
    record = ServiceRecord.create(
        customer=Customer.get(Customer.name == "李四"),
        visited_at=clock.now().replace(microsecond=0) - timedelta(days=days_ago),
        payment_method="cash",
        subtotal=68,
        total=68,
    )
    ServiceRecordLine.create(
        record=record, service_item=ServiceItem.get(), stylist=Staff.get(), unit_price=68, amount=68
    )
    return int(record.id)


@pytest.fixture
def tab(filled_shop: Shop, qtbot: QtBot) -> SatisfactionTab:
    shown = SatisfactionTab()
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    charts = shown.charts
    charts.period.setCurrentIndex(charts.period.findData(Period.CUSTOM.value))
    charts.first_day.setDate(QDate(clock.today()).addDays(-30))
    charts.last_day.setDate(QDate(clock.today()))
    with qtbot.waitSignal(charts.shown_dashboard, timeout=20_000):
        shown.show()
    return shown


def kpis(tab: SatisfactionTab) -> dict[str, str]:
    return {name: label.text() for name, label in tab.charts.kpis.items()}


def fill_survey(qtbot: QtBot, dialog: SurveyDialog, digits: str, recommend: int) -> None:
    qtbot.waitUntil(lambda: dialog.record is not None)
    first = dialog.stars["overall"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for digit in digits:
        qtbot.keyClick(QApplication.focusWidget(), digit)
    dialog.recommend.setValue(recommend)


def test_the_kpis_and_charts_show_the_period(tab: SatisfactionTab) -> None:
    assert kpis(tab) == {"overall": "4.00", "nps": "+0", "responses": "1", "rate": "100%", "complaints": "1"}
    assert len(tab.charts.panels) == 7
    distribution = tab.charts.panels[4].figure
    assert [patch.get_height() for patch in distribution.axes[0].patches] == [0, 0, 0, 1, 0]


def test_entering_a_survey_changes_the_kpis(tab: SatisfactionTab, qtbot: QtBot, settle: Callable[[], None]) -> None:
    record_id = new_visit()
    dialog = SurveyDialog.for_record(tab, record_id)
    fill_survey(qtbot, dialog, "545554", recommend=10)
    assert [rating.value() for rating in dialog.stars.values()] == [5, 4, 5, 5, 5, 4]
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(tab.charts.shown_dashboard, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # (4 + 5) / 2 overall; promoters 1 of 2 and no detractor (8 is passive): NPS +50
    assert kpis(tab) == {"overall": "4.50", "nps": "+50", "responses": "2", "rate": "100%", "complaints": "1"}
    settle()
    assert tab.model.rowCount() == 2


def test_an_incomplete_survey_is_not_saved(tab: SatisfactionTab, qtbot: QtBot, settle: Callable[[], None]) -> None:
    dialog = SurveyDialog.for_record(tab, new_visit())
    fill_survey(qtbot, dialog, "54", recommend=9)
    assert not dialog.ok_button.isEnabled()
    assert "1 to 5 stars" in dialog.message.text()
    dialog.accept()
    settle()
    assert SurveyResponse.select().count() == 1


def test_a_visit_with_a_survey_opens_it_to_change(
    tab: SatisfactionTab, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    survey = SurveyResponse.get()
    dialog = SurveyDialog.for_record(tab, survey.service_record_id)
    qtbot.waitUntil(lambda: dialog.record is not None)
    assert dialog.windowTitle() == "Change satisfaction survey"
    assert dialog.stars["waiting_time"].value() == 2
    dialog.stars["waiting_time"].setFocus()
    qtbot.keyClick(dialog.stars["waiting_time"], Qt.Key.Key_4)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.accept()
    settle()
    assert SurveyResponse.get().waiting_time == 4
    assert [entry.action for entry in audit.entries_for("survey_response", survey.id)] == ["update"]


def test_a_chart_saves_as_png(tab: SatisfactionTab, qtbot: QtBot, tmp_path: Path) -> None:
    panel = tab.charts.panels[0]
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.save_png(tmp_path / "趋势")
    assert (tmp_path / "趋势.png").read_bytes()[:4] == b"\x89PNG"
    panel.copy_to_clipboard()
    assert not QApplication.clipboard().pixmap().isNull()


def test_changing_the_stylist_filter_recomputes(tab: SatisfactionTab, qtbot: QtBot, settle: Callable[[], None]) -> None:
    charts = tab.charts
    settle()
    Staff.create(name="陈明", role="stylist")
    charts.refresh()
    settle()
    index = charts.stylist.findText("陈明")
    assert index > 0
    with qtbot.waitSignal(charts.shown_dashboard, timeout=20_000):
        charts.stylist.setCurrentIndex(index)
    assert kpis(tab)["responses"] == "0" and kpis(tab)["overall"] == "–"


def test_the_campaign_lists_customers_due_and_marks_them(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], qtmodeltester: object
) -> None:
    new_visit(days_ago=0)
    tab = SatisfactionTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.pages.setCurrentWidget(tab.campaign)
    settle()
    page = tab.campaign
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    names = [row.name for row in page.model.rows()]
    assert "李四" in names and "张三" not in names  # 张三 answered two days ago
    assert page.copy_list().splitlines()[1].startswith("李四\t13912345678\t")
    page.table.selectRow(names.index("李四"))
    page.mark_buttons["declined"].click()
    settle()
    row = next(row for row in page.model.rows() if row.name == "李四")
    assert row.status == "declined"
    assert "李四" not in page.copy_list()


def test_survey_list_model(tab: SatisfactionTab, settle: Callable[[], None], qtmodeltester: object) -> None:
    tab.reload()
    settle()
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period.THIS_MONTH, (date(2026, 11, 1), date(2026, 11, 23))),
        (Period.LAST_MONTH, (date(2026, 10, 1), date(2026, 10, 31))),
        (Period.THIS_QUARTER, (date(2026, 10, 1), date(2026, 11, 23))),
        (Period.THIS_YEAR, (date(2026, 1, 1), date(2026, 11, 23))),
    ],
)
def test_periods(period: Period, expected: tuple[date, date]) -> None:
    assert period_range(period, date(2026, 11, 23)) == expected
    assert period_range(Period.LAST_MONTH, date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_a_low_score_offers_a_complaint_ticket_prefilled(
    tab: SatisfactionTab, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    from salon_crm.ui.satisfaction.survey_dialog import survey_events

    dialog = SurveyDialog.for_record(tab, new_visit())
    fill_survey(qtbot, dialog, "121213", recommend=2)
    dialog.comment.setPlainText("染发颜色完全不对")
    with qtbot.waitSignal(survey_events().complaint_offered, timeout=10_000) as offered:
        dialog.accept()
    box = offered.args[0]
    assert "gave 1 of 5" in box.text()
    with qtbot.waitSignal(survey_events().complaint_offered, timeout=10_000) as opened:
        box.button(box.StandardButton.Yes).click()
    ticket_form = opened.args[0]
    assert type(ticket_form).__name__ == "TicketIntakeDialog"
    assert ticket_form.description.toPlainText() == "染发颜色完全不对"
    settle()
    ticket_form.reject()


def test_editing_a_low_survey_whose_complaint_is_on_file_does_not_ask_again(
    tab: SatisfactionTab, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    """The complaint was opened the first time; a later edit (a typo in the comment) asked again,
    and a Yes gave the visit a second ticket."""
    from salon_crm.ui.satisfaction.survey_dialog import survey_events

    offered: list[object] = []
    survey_events().complaint_offered.connect(offered.append)
    visit = new_visit()
    first = SurveyDialog.for_record(tab, visit)
    fill_survey(qtbot, first, "121213", recommend=2)
    with qtbot.waitSignal(first.saved):
        first.accept()
    settle()
    assert len(offered) == 1  # asked once, on the first save
    offered[0].reject()  # type: ignore[attr-defined]
    lisi = Customer.get(Customer.name == "李四").id
    ticket_intake.create_ticket(
        OWNER, ticket_intake.TicketInput("complaint", "phone", "颜色不对", lisi, service_record_id=visit)
    )
    again = SurveyDialog.for_record(tab, visit)
    qtbot.waitUntil(lambda: again.record is not None)
    again.comment.setPlainText("颜色不对，已开投诉单")
    with qtbot.waitSignal(again.saved):
        again.accept()
    settle()
    assert len(offered) == 1  # not asked again


def test_the_minimum_of_answers_to_compare_stylists(tab: SatisfactionTab, qtbot: QtBot) -> None:
    charts = tab.charts
    stylist_bars = charts.panels[2].figure.axes[0].patches
    assert [bar.get_hatch() for bar in stylist_bars] == [".."]  # 王芳 has one answer, under 5
    with qtbot.waitSignal(charts.shown_dashboard, timeout=20_000) as shown:
        charts.min_answers.setValue(1)
    assert [score.enough for score in shown.args[0].surveys.stylists] == [True]
    assert [bar.get_hatch() for bar in charts.panels[2].figure.axes[0].patches] == [None]
