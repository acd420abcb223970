"""The satisfaction tab (满意度): the survey answers (charts arrive in a later version)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from salon_crm.ui.satisfaction.table_model import SurveyTableModel
from salon_crm.ui.widgets.table_tab import TableTab


class SatisfactionTab(TableTab):
    """The survey table with how many answers it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SurveyTableModel(), parent)
        self.add_to_bar(QLabel(self.tr("Scores from 1 (poor) to 5 (excellent); newest first."), self))
        self.model.loaded.connect(self._show_count)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Answers shown: {count}").format(count=self.model.rowCount()))
