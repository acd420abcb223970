"""The quarterly survey campaign page: who to ask, with phone and last visit, and how it went."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget

from salon_crm.core import clock, survey_campaign
from salon_crm.core.enums import SurveyRequestStatus
from salon_crm.core.survey_campaign import CampaignRow
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel
from salon_crm.ui.widgets.table_tab import TableTab


class Column(IntEnum):
    CUSTOMER = 0
    PHONE = 1
    LAST_VISIT = 2
    VISITS = 3
    LAST_SURVEY = 4
    STATUS = 5


def previous_quarters(today: date, count: int = 4) -> list[str]:
    """This quarter and the ones before it, newest first."""
    # Four quarters: a campaign that runs late can still be finished and marked in its own quarter.
    year, number = today.year, (today.month - 1) // 3 + 1
    quarters = []
    for _ in range(count):
        quarters.append(f"{year:04d}-Q{number}")
        # Q1 steps back to the last year's Q4, so January still offers the quarters of the year before.
        year, number = (year - 1, 4) if number == 1 else (year, number - 1)
    return quarters


class CampaignTableModel(RowTableModel):
    """The customers due in one quarter (all at once: a quarter's visitors are hundreds)."""

    columns = Column
    page_size = None

    def __init__(self, quarter: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.quarter = quarter

    def headers(self) -> list[str]:
        return [
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("Last visit"),
            self.tr("Visits this quarter"),
            self.tr("Last survey"),
            self.tr("Status"),
        ]

    def page_query(self) -> PageQuery:
        quarter = self.quarter
        # The quarter is read here, on the UI thread, so a late answer is still for the quarter asked
        # (row_model drops it anyway if the combo changed meanwhile).
        return lambda _offset, _limit: survey_campaign.campaign_list(quarter)

    def cell(self, row: CampaignRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, Column(column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VISITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CampaignRow, column: Column) -> str:
        # A customer not marked yet has no request row in the core: "Due" is the UI's word for that.
        status = vocabulary.word(SurveyRequestStatus, row.status) if row.status else self.tr("Due")
        texts = {
            Column.CUSTOMER: row.name,
            Column.PHONE: formatting.phone(row.phone),
            Column.LAST_VISIT: formatting.day(row.last_visit),
            Column.VISITS: formatting.whole_number(row.visits),
            Column.LAST_SURVEY: formatting.day(row.last_survey),
            Column.STATUS: status,
        }
        return texts[column]


class CampaignPage(TableTab):
    """Pick a quarter, copy the call list, mark each customer asked / answered / declined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        quarters = previous_quarters(clock.today())
        # The current quarter first: it is the one the desk works through.
        super().__init__(CampaignTableModel(quarters[0]), parent)
        self.quarter = QComboBox(self)
        for quarter in quarters:
            self.quarter.addItem(quarter, quarter)
        self.quarter.currentIndexChanged.connect(self._quarter_changed)
        self.add_to_bar(QLabel(self.tr("Quarter:"), self))
        self.add_to_bar(self.quarter)
        # The rule in words on the bar, so nobody wonders why a regular is missing from the list (the
        # core also leaves out anyone who has not agreed to be contacted).
        rule = QLabel(self.tr("Visited this quarter, no survey in the last 90 days."), self)
        rule.setWordWrap(True)
        self.add_to_bar(rule, 1)
        self.copy_button = QPushButton(self.tr("Copy list"), self)
        self.copy_button.setToolTip(self.tr("Copy name, phone and last visit of everyone due, to paste into a sheet"))
        self.copy_button.clicked.connect(self.copy_list)
        self.add_to_bar(self.copy_button)
        self.mark_buttons: dict[str, QPushButton] = {}
        for status, text in (
            (SurveyRequestStatus.ASKED, self.tr("Mark asked")),
            (SurveyRequestStatus.ANSWERED, self.tr("Mark answered")),
            (SurveyRequestStatus.DECLINED, self.tr("Mark declined")),
        ):
            button = QPushButton(text, self)
            # ``code=`` binds each button's own status now; a plain closure would mark all three "declined".
            button.clicked.connect(lambda _checked=False, code=status.value: self.mark_selected(code))
            self.mark_buttons[status.value] = button
            self.add_to_bar(button)
        self.model.loaded.connect(self._show_count)
        self.table.set_empty_text(self.tr("Nobody is due for a survey call this quarter."))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Nothing is selected yet: the mark buttons start disabled.
        self._update_buttons()

    def _quarter_changed(self) -> None:
        assert isinstance(self.model, CampaignTableModel)
        self.model.quarter = self.quarter.currentData()
        self.model.reload()

    def _show_count(self) -> None:
        rows: list[CampaignRow] = self.model.rows()
        # Both counts: marked customers stay in the list (after those due, with their status), so a
        # slip can be seen and marked again.
        due = sum(1 for row in rows if not row.status)
        self.count_label.setText(self.tr("Due: {due} · marked: {marked}").format(due=due, marked=len(rows) - due))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        for button in self.mark_buttons.values():
            button.setEnabled(chosen)

    def selected_row(self) -> CampaignRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def copy_list(self) -> str:
        """The customers still due as tab-separated lines (a sheet pastes them into columns)."""
        # Tabs and newlines, because Excel and WPS paste them straight into cells and columns.
        header = "\t".join((self.tr("Customer"), self.tr("Phone"), self.tr("Last visit")))
        rows: list[CampaignRow] = self.model.rows()
        lines = [header] + [
            # The same masking as on screen: the clipboard must not hand out what the table hides.
            f"{row.name}\t{formatting.phone(row.phone)}\t{formatting.day(row.last_visit)}"
            for row in rows
            # Only those still due: the list is for the calls left to make.
            if not row.status
        ]
        text = "\n".join(lines)
        QApplication.clipboard().setText(text)
        self.count_label.setText(self.tr("Copied {count} customers").format(count=len(lines) - 1))
        return text

    def mark_selected(self, status: str) -> None:
        row = self.selected_row()
        if row is None:
            return
        # Read now, not in the worker: the user may switch quarter before the mark is written.
        quarter = self.quarter.currentData()
        tasks.run_in_background(
            self,
            lambda: survey_campaign.mark_request(session.acting_user(), row.customer_id, quarter, status),
            # Reloaded, not patched: the core decides the row's status and the counts follow from it.
            lambda _row: self.model.reload(),
            lambda error: self.count_label.setText(describe_any(error)),
        )
