"""Satisfaction survey answers as a table, the newest first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from salon_crm.core import surveys
from salon_crm.core.rows import SurveyRow
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel

LOW_SCORE_TEXT = QColor("#b00020")


class Column(IntEnum):
    ANSWERED = 0
    CUSTOMER = 1
    STYLIST = 2
    OVERALL = 3
    SKILL = 4
    ATTITUDE = 5
    ENVIRONMENT = 6
    WAITING = 7
    VALUE = 8
    RECOMMEND = 9
    COMMENT = 10


SCORES = {
    Column.OVERALL: "overall",
    Column.SKILL: "stylist_skill",
    Column.ATTITUDE: "service_attitude",
    Column.ENVIRONMENT: "environment",
    Column.WAITING: "waiting_time",
    Column.VALUE: "value_for_money",
}


class SurveyTableModel(RowTableModel):
    """Survey answers 500 at a time; low scores in red.

    Signals: those of ``RowTableModel``.
    """

    columns = Column
    page_size = surveys.PAGE_SIZE

    def headers(self) -> list[str]:
        return [
            self.tr("Answered"),
            self.tr("Customer"),
            self.tr("Stylist"),
            self.tr("Overall"),
            self.tr("Skill"),
            self.tr("Attitude"),
            self.tr("Environment"),
            self.tr("Waiting"),
            self.tr("Value"),
            self.tr("Recommend (0-10)"),
            self.tr("Comment"),
        ]

    def page_query(self) -> PageQuery:
        return lambda offset, limit: surveys.list_surveys(offset=offset, limit=limit or surveys.PAGE_SIZE)

    def cell(self, row: SurveyRow, column: int, role: int) -> Any:
        score = self._score(row, Column(column))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, Column(column)) if score is None else str(score)
        if score is None:
            if role == Qt.ItemDataRole.ToolTipRole and column == Column.COMMENT:
                return row.comment or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            low = surveys.is_detractor(score) if column == Column.RECOMMEND else surveys.is_low_score(score)
            return LOW_SCORE_TEXT if low else None
        return None

    @staticmethod
    def _score(row: SurveyRow, column: Column) -> int | None:
        if column == Column.RECOMMEND:
            return row.recommend
        name = SCORES.get(column)
        return None if name is None else int(getattr(row, name))

    def _text(self, row: SurveyRow, column: Column) -> str:
        match column:
            case Column.ANSWERED:
                return formatting.date_time(row.answered_at)
            case Column.CUSTOMER:
                return row.customer
            case Column.STYLIST:
                return row.stylist
            case Column.COMMENT:
                return row.comment.replace("\n", " ")
        return ""
