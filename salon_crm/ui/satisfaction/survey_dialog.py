"""The survey form of one visit: six 1-5 star scores, recommend 0-10, comment and channel.

Other tabs open it with ``SurveyDialog.for_record(parent, record_id)``: after an
appointment is completed, or from a customer's timeline. A visit that already has
a survey opens it for editing. A low overall score (2 or less) offers to open a
complaint ticket prefilled (the complaints tab's intake form, imported as any module).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import cache
from typing import Any, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPlainTextEdit, QSpinBox, QWidget

from salon_crm.core import surveys
from salon_crm.core.enums import SurveyChannel
from salon_crm.core.errors import ValidationError
from salon_crm.core.surveys import RecordForSurvey, SurveyInput, SurveyView
from salon_crm.ui import session, vocabulary
from salon_crm.ui.satisfaction.stars import StarRating
from salon_crm.ui.tickets.intake_dialog import TicketIntakeDialog
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.form_dialog import FormDialog


class SurveyEvents(QObject):
    """Tells every interested tab that a survey was saved.

    Signals:
        saved(object): the ``SurveyView`` that was stored.
        complaint_offered(object): the question about a low score was shown, then
            the ticket form opened (each widget, for tests).
    """

    saved = Signal(object)
    complaint_offered = Signal(object)


# One object for the whole app, made on first use: the satisfaction tab connects to it without
# knowing which dialog, opened from where, saved the survey.
@cache
def survey_events() -> SurveyEvents:
    return SurveyEvents()


class SurveyDialog(FormDialog):
    """Enter or change the survey of one visit.

    Signals: those of ``FormDialog`` (``saved`` carries a ``SurveyView``).
    """

    def __init__(self, parent: QWidget | None, record_id: int) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.survey_id: int | None = None
        self.record: RecordForSurvey | None = None
        self.setWindowTitle(self.tr("Satisfaction survey"))
        self.visit_label = QLabel(self)
        self.visit_label.setWordWrap(True)
        self.stars: dict[str, StarRating] = {}
        self.recommend = QSpinBox(self)
        # -1 stands for "not chosen yet": 0 is a real answer ("would not recommend"), so it cannot be the blank.
        self.recommend.setRange(-1, 10)
        self.recommend.setSpecialValueText(self.tr("Choose 0–10"))
        self.recommend.setValue(-1)
        self.channel = QComboBox(self)
        for code, word in vocabulary.choices(SurveyChannel):
            self.channel.addItem(word, code)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("In the customer's words"))
        # Tab leaves the comment rather than typing a tab into it: the form is filled from the keyboard.
        self.comment.setTabChangesFocus(True)
        # Four lines: the form with its six rows of stars must fit 768 px without scrolling.
        self.comment.setFixedHeight(self.fontMetrics().height() * 4)
        self.form.addRow(self.tr("Visit:"), self.visit_label)
        for name, text in self.dimension_words().items():
            rating = StarRating(self)
            rating.changed.connect(self.revalidate)
            self.stars[name] = rating
            self.form.addRow(text, rating)
        self.form.addRow(self.tr("Would &recommend us (0–10):"), self.recommend)
        self.form.addRow(self.tr("Channel:"), self.channel)
        self.form.addRow(self.tr("Comment:"), self.comment)
        hint = QLabel(self.tr("Type 1–5 on a row of stars; the next row takes the focus."), self)
        hint.setStyleSheet("color: #666666;")
        self.form.addRow("", hint)
        # the stars are made after the fields below them, so creation order would send Tab from
        # the last row of stars to the buttons: chain them in the order the form shows them
        chain = [*self.stars.values(), self.recommend, self.channel, self.comment]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.recommend.valueChanged.connect(self.revalidate)
        self.comment.textChanged.connect(self.revalidate)
        self.setMinimumWidth(480)
        # Relayed to the app-wide object, so the satisfaction tab refreshes whichever tab opened the form.
        self.saved.connect(survey_events().saved)
        self.revalidate()

    def dimension_words(self) -> dict[str, str]:
        return {
            "overall": self.tr("&Overall:"),
            "stylist_skill": self.tr("Stylist &skill:"),
            "service_attitude": self.tr("Service &attitude:"),
            "environment": self.tr("&Environment:"),
            "waiting_time": self.tr("&Waiting time:"),
            "value_for_money": self.tr("&Value for money:"),
        }

    @classmethod
    def for_record(cls, parent: QWidget | None, record_id: int) -> SurveyDialog:
        """Open the form of the visit ``record_id`` (its survey, if it has one) and return it."""
        dialog = cls(parent, record_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Loaded before filling: a visit that has a survey opens it for a change rather than adding a second.
        dialog.load(lambda: surveys.record_for_survey(record_id), dialog.fill)
        dialog.open()
        return dialog

    def fill(self, record: RecordForSurvey) -> None:
        self.record = record
        services = self.tr(", ").join(record.services)
        self.visit_label.setText(
            self.tr("{customer} · {visited} · {services} · {stylist}").format(
                customer=record.customer_name,
                visited=formatting.date_time(record.visited_at),
                services=services,
                stylist=record.stylist_name or self.tr("no stylist"),
            )
        )
        survey = record.survey
        if survey is not None:
            self.setWindowTitle(self.tr("Change satisfaction survey"))
            self.survey_id = survey.id
            for name, rating in self.stars.items():
                rating.set_value(int(getattr(survey, name)))
            self.recommend.setValue(survey.recommend)
            self.channel.setCurrentIndex(max(0, self.channel.findData(survey.channel)))
            self.comment.setPlainText(survey.comment)
        first = next(iter(self.stars.values()))
        # The first row of stars takes the focus: a digit per row, and the focus moves on by itself.
        first.setFocus()

    def survey_input(self) -> SurveyInput:
        # 0 for a row not set yet; check() refuses the form before such a score could be saved.
        score = {name: rating.value() or 0 for name, rating in self.stars.items()}
        return SurveyInput(
            service_record_id=self.record_id,
            overall=score["overall"],
            stylist_skill=score["stylist_skill"],
            service_attitude=score["service_attitude"],
            environment=score["environment"],
            waiting_time=score["waiting_time"],
            value_for_money=score["value_for_money"],
            recommend=self.recommend.value(),
            comment=self.comment.toPlainText(),
            channel=str(self.channel.currentData()),
        )

    def check(self) -> None:
        # The order is the form's: loading first, then the stars, then recommend, then the core's own rules,
        # so the message names the first thing the user still has to do.
        if self.record is None:
            raise ValidationError("survey_form_loading")
        if any(rating.value() is None for rating in self.stars.values()):
            raise ValidationError("survey_scores_missing")
        if self.recommend.value() < 0:
            raise ValidationError("survey_recommend_missing")
        surveys.validate_survey(self.survey_input())

    def save_op(self) -> Callable[[], Any]:
        data, survey_id, actor = self.survey_input(), self.survey_id, session.acting_user()

        def save() -> tuple[SurveyView, bool]:
            if survey_id is None:
                saved = surveys.record_survey(actor, data)
            else:
                saved = surveys.update_survey(actor, survey_id, data)
            # asked on the worker with the save: whether a complaint is already on file is a read
            return saved, surveys.complaint_wanted(saved)

        return save

    def _saved(self, record: object) -> None:
        survey, wanted = cast(tuple[SurveyView, bool], record)
        # The form closes first; the question about a low score comes after, over the window beneath.
        super()._saved(survey)
        if wanted:
            self.offer_complaint(survey)

    def offer_complaint(self, survey: SurveyView) -> QMessageBox | None:
        """A low overall score: offer to open a complaint ticket about the visit, prefilled.

        The question is not modal to the event loop (``open``): this form is already
        closing, so the box belongs to the form's parent.
        """
        parent = self.parentWidget()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Low score"),
            self.tr("{customer} gave {score} of 5 overall. Open a complaint ticket about this visit?").format(
                customer=survey.customer_name, score=survey.overall
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered(button: object) -> None:
            if button is yes:
                ticket_form = TicketIntakeDialog.create(
                    parent,
                    customer_id=survey.customer_id,
                    service_record_id=survey.service_record_id,
                    # The customer's own words start the ticket, so the desk need not type them twice.
                    description=survey.comment,
                )
                ticket_form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                ticket_form.open()
                survey_events().complaint_offered.emit(ticket_form)

        box.buttonClicked.connect(answered)
        box.open()
        survey_events().complaint_offered.emit(box)
        return box
