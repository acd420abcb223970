"""The satisfaction tab (满意度): charts and KPIs, the survey answers, the quarterly campaign.

``model`` and ``table`` are the survey list's, as on every tab. The charts page
imports matplotlib the first time it is shown; the campaign loads when first opened.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from salon_crm.core import surveys
from salon_crm.ui import tasks
from salon_crm.ui.errors import describe_any
from salon_crm.ui.satisfaction.campaign import CampaignPage
from salon_crm.ui.satisfaction.dashboard import ChartsPage
from salon_crm.ui.satisfaction.survey_dialog import SurveyDialog, survey_events
from salon_crm.ui.satisfaction.table_model import SurveyTableModel
from salon_crm.ui.widgets.table_tab import TableTab


class SurveyListPage(TableTab):
    """The survey answers, newest first, with a button to change the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SurveyTableModel(), parent)
        self.add_to_bar(QLabel(self.tr("Scores from 1 (poor) to 5 (excellent); newest first."), self))
        self.edit_button = QPushButton(self.tr("Change survey…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_to_bar(self.edit_button)
        self.model.loaded.connect(self._show_count)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.set_empty_text(self.tr("No survey answers yet — the survey opens when a visit is completed."))

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Answers shown: {count}").format(count=self.model.rowCount()))

    def edit_selected(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        survey_id = self.model.row_at(indexes[0].row()).id
        tasks.run_in_background(
            self,
            lambda: surveys.record_of_survey(survey_id),
            self._open_record,
            lambda error: self.count_label.setText(describe_any(error)),
        )

    def _open_record(self, record_id: int | None) -> None:
        if record_id is None:
            self.count_label.setText(self.tr("This answer came from a campaign call, not a visit."))
            return
        SurveyDialog.for_record(self, record_id)


class SatisfactionTab(QWidget):
    """Charts, survey answers and the quarterly campaign, one sub-tab each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts = ChartsPage(self)
        self.surveys = SurveyListPage(self)
        self.campaign = CampaignPage(self)
        self.model = self.surveys.model
        self.table = self.surveys.table
        self.pages = QTabWidget(self)
        self.pages.addTab(self.charts, self.tr("Charts"))
        self.pages.addTab(self.surveys, self.tr("Survey answers"))
        self.pages.addTab(self.campaign, self.tr("Quarterly campaign"))
        self._campaign_loaded = False
        self.pages.currentChanged.connect(self._page_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        survey_events().saved.connect(self.reload)

    def _page_changed(self) -> None:
        if self.pages.currentWidget() is self.campaign and not self._campaign_loaded:
            self._campaign_loaded = True
            self.campaign.reload()

    def reload(self) -> None:
        """Reload what has been shown; the charts recompute only once they were opened."""
        self.surveys.reload()
        self.charts.refresh()
        if self._campaign_loaded:
            self.campaign.reload()
