"""The charts page: period and filters, KPI numbers across the top, seven charts in a grid.

Changing the period or a filter recomputes statistics and Figures on the worker
thread; a result that arrives after a newer request is dropped. matplotlib (and
the chart panels) are imported on the first show, never at start-up.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import clock, staff, surveys
from salon_crm.core.enums import ServiceCategory, Severity, TicketCategory
from salon_crm.core.rows import StaffMember
from salon_crm.core.surveys import SurveyFilter
from salon_crm.ui import tasks, vocabulary
from salon_crm.ui.errors import describe_any
from salon_crm.ui.satisfaction.dashboard_data import ChartWords, Dashboard, load_dashboard
from salon_crm.ui.widgets.formatting import DATE_FORMAT

COLUMNS = 3  # at most; fewer when the window is too narrow for three (see ChartGrid)
PANEL_MIN_WIDTH = 360  # chart_panel.MIN_SIZE's width, known here without importing matplotlib
CHART_NAMES = ("trend", "dimensions", "stylists", "nps", "distribution", "complaints_pareto", "days_to_close")


class Period(StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


def period_range(period: Period, today: date) -> tuple[date, date]:
    """The first and last day of ``period`` around ``today`` (custom keeps the year so far)."""
    month_start = today.replace(day=1)
    if period == Period.THIS_MONTH:
        return month_start, today
    if period == Period.LAST_MONTH:
        # The day before the 1st is the last day of the previous month whatever its length (28 to 31).
        last = month_start - timedelta(days=1)
        return last.replace(day=1), last
    if period == Period.THIS_QUARTER:
        return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    return date(today.year, 1, 1), today


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class KpiLabel(QFrame):
    """A big number with its caption under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")  # white, rounded: styled in resources/style.qss
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–", self)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f3b73;")
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def text(self) -> str:
        return self.value.text()


class ChartGrid(QWidget):
    """The chart panels in as many columns as the scroll area's width holds, three at most.

    The width is read from the scroll area's viewport, not from this widget: a
    widget wider than its minimum never learns that the window got narrower.
    """

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.grid = QGridLayout(self)
        self.panels: list[QWidget] = []
        self.columns = 0
        self._viewport = scroll.viewport()
        self._viewport.installEventFilter(self)

    def add(self, panel: QWidget) -> None:
        self.panels.append(panel)
        self.place(force=True)
        panel.show()  # now, not at the next turn of the event loop: never a frame of nothing

    def columns_for(self, width: int) -> int:
        margins = self.grid.contentsMargins()
        spacing = max(0, self.grid.horizontalSpacing())
        room = width - margins.left() - margins.right()
        return max(1, min(COLUMNS, (room + spacing) // (PANEL_MIN_WIDTH + spacing)))

    def place(self, force: bool = False) -> None:
        columns = self.columns_for(self._viewport.width())
        if columns == self.columns and not force:
            return
        self.columns = columns
        for panel in self.panels:
            # Taken out first, so each panel is placed once, in its new cell, rather than moved within the grid.
            self.grid.removeWidget(panel)
        for number, panel in enumerate(self.panels):
            self.grid.addWidget(panel, number // columns, number % columns)
        for column in range(COLUMNS):
            # Columns no longer used get no stretch, or they would keep an empty share of the width.
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.place()
        # Never eaten: the viewport still needs its own resize to lay out the grid.
        return False


class ChartsPage(QWidget):
    """KPIs and the chart grid for the chosen period, stylist and category.

    Signals:
        shown_dashboard(object): a period's ``Dashboard`` is on screen (for tests).
    """

    shown_dashboard = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A function, not a date: the page may stay open past midnight, and the tests set the clock.
        self.today = clock.today
        self.dashboard: Dashboard | None = None
        self.panels: list[Any] = []
        self._ready = False  # matplotlib imported and panels made (first show)
        self._generation = 0
        self._build_filters()
        self.kpis = {
            "overall": KpiLabel(self.tr("Average overall (1–5)"), self),
            "nps": KpiLabel(self.tr("NPS"), self),
            "responses": KpiLabel(self.tr("Responses"), self),
            "rate": KpiLabel(self.tr("Response rate"), self),
            "complaints": KpiLabel(self.tr("Open complaints"), self),
        }
        self.kpis["rate"].setToolTip(self.tr("Surveys per visit in the period"))
        # Open complaints are a count of now, not of the period: an old complaint still open is still owed.
        self.kpis["complaints"].setToolTip(self.tr("Complaints not closed yet, whatever the period"))
        kpi_row = QHBoxLayout()
        for label in self.kpis.values():
            kpi_row.addWidget(label)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #666666;")
        self.scroll_area = scroll = QScrollArea(self)  # not "scroll": QWidget.scroll() is a method
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host = ChartGrid(scroll)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addLayout(kpi_row)
        note_row = QHBoxLayout()
        note_row.addWidget(self.message, 1)
        note_row.addWidget(self.min_answers)
        layout.addLayout(note_row)
        layout.addWidget(scroll, 1)

    # --- filters ------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.period = QComboBox(self)
        for period, text in (
            (Period.THIS_MONTH, self.tr("This month")),
            (Period.LAST_MONTH, self.tr("Last month")),
            (Period.THIS_QUARTER, self.tr("This quarter")),
            (Period.THIS_YEAR, self.tr("This year")),
            (Period.CUSTOM, self.tr("Custom…")),
        ):
            self.period.addItem(text, period.value)
        # The year so far by default: enough surveys to read, whatever the day of the month.
        self.period.setCurrentIndex(self.period.findData(Period.THIS_YEAR.value))
        self.first_day = QDateEdit(self)
        self.last_day = QDateEdit(self)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
        self.stylist = QComboBox(self)
        self.stylist.addItem(self.tr("All stylists"), None)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("All services"), None)
        for code, word in vocabulary.choices(ServiceCategory):
            self.category.addItem(word, code)
        for combo in (self.period, self.stylist, self.category):
            # as wide as the longest choice: six characters cut "All services" at 11 pt
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.min_answers = QSpinBox(self)
        self.min_answers.setRange(1, 200)
        self.min_answers.setValue(surveys.MIN_ANSWERS)
        self.min_answers.setPrefix(self.tr("Compare stylists from "))
        self.min_answers.setSuffix(self.tr(" answers"))
        self.min_answers.setToolTip(self.tr("Stylists with fewer answers in the period are shown grey and hatched"))
        self.min_answers.valueChanged.connect(self.refresh)
        self.filter_bar = QHBoxLayout()
        caption: str | None
        for caption, widget in (
            (self.tr("Period:"), self.period),
            (None, self.first_day),
            ("\N{EN DASH}", self.last_day),
            (None, self.stylist),
            (None, self.category),
        ):
            if caption is not None:
                label = QLabel(caption, self)
                label.setBuddy(widget)
                self.filter_bar.addWidget(label)
            self.filter_bar.addWidget(widget)
        self.first_day.setToolTip(self.tr("First day of the period"))
        self.last_day.setToolTip(self.tr("Last day of the period"))
        self.filter_bar.addStretch(1)
        # Dates set before the signals are connected, so building the bar does not compute the charts.
        self._set_dates_from_period()
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self._dates_changed)
        self.stylist.currentIndexChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)

    def _set_dates_from_period(self) -> None:
        period = Period(self.period.currentData())
        custom = period == Period.CUSTOM
        for edit in (self.first_day, self.last_day):
            # The date boxes are only for "Custom…": with a named period they show the range, greyed.
            edit.setEnabled(custom)
        if not custom:
            start, end = period_range(period, self.today())
            for edit, day in ((self.first_day, start), (self.last_day, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)

    def _period_changed(self) -> None:
        self._set_dates_from_period()
        self.refresh()

    def _dates_changed(self) -> None:
        if Period(self.period.currentData()) == Period.CUSTOM:
            self.refresh()

    def current_filter(self) -> SurveyFilter | None:
        start, end = _day(self.first_day.date()), _day(self.last_day.date())
        # None rather than an empty range: refresh says what is wrong instead of drawing empty charts.
        if end < start:
            return None
        return SurveyFilter(start, end, self.stylist.currentData(), self.category.currentData())

    def _staff_loaded(self, members: list[StaffMember]) -> None:
        # The list is refilled on every refresh (a stylist may have been added or left): the choice is
        # kept by id, with signals blocked so refilling does not compute the charts again.
        chosen = self.stylist.currentData()
        self.stylist.blockSignals(True)
        self.stylist.clear()
        self.stylist.addItem(self.tr("All stylists"), None)
        # Leavers stay choosable, marked as such: their surveys are still in past periods.
        for member in members:
            self.stylist.addItem(
                member.name if member.active else self.tr("{name} (left)").format(name=member.name), member.id
            )
        self.stylist.setCurrentIndex(max(0, self.stylist.findData(chosen)))
        self.stylist.blockSignals(False)

    # --- showing --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ready:
            self._ready = True
            self._make_panels()
            self.refresh()

    def _make_panels(self) -> None:
        from salon_crm.ui.satisfaction.chart_panel import ChartPanel  # imports matplotlib

        for name in CHART_NAMES:
            panel = ChartPanel(name, self.grid_host)
            self.grid_host.add(panel)
            self.panels.append(panel)

    def refresh(self) -> None:
        """Recompute for the current choices (only once the page has been shown)."""
        if not self._ready:
            return
        tasks.run_in_background(self, lambda: staff.list_staff(include_inactive=True), self._staff_loaded)
        flt = self.current_filter()
        if flt is None:
            self.message.setText(self.tr("The period must end on or after its first day."))
            return
        self._generation += 1
        generation = self._generation
        self.message.setText(self.tr("Computing…"))
        for panel in self.panels:  # a clear card each, not a squashed or stale chart
            panel.show_computing(self.tr("Computing…"))
        # The chart words are translated here, on the UI thread: the worker only draws the Figures,
        # with the words it is given (see dashboard_data).
        words = self.chart_words()
        min_answers = self.min_answers.value()
        tasks.run_in_background(
            self,
            lambda: load_dashboard(flt, words, min_answers=min_answers),
            lambda result: self._show(generation, result),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe_any(error))
        for panel in self.panels:
            panel.show_computing(describe_any(error))

    def _show(self, generation: int, dashboard: Dashboard) -> None:
        if generation != self._generation:
            return  # the user chose another period meanwhile
        self.dashboard = dashboard
        stats, tickets = dashboard.surveys, dashboard.tickets
        overall = stats.averages()["overall"]
        self.kpis["overall"].value.setText("–" if overall is None else f"{overall:.2f}")
        self.kpis["nps"].value.setText("–" if stats.nps is None else f"{stats.nps:+.0f}")
        self.kpis["responses"].value.setText(f"{stats.responses:,}")
        rate = stats.response_rate
        self.kpis["rate"].value.setText("–" if rate is None else f"{rate:.0%}")
        self.kpis["complaints"].value.setText(f"{tickets.open_now:,}")
        # strict: a chart added to CHART_NAMES but not to load_dashboard must fail loudly, not vanish.
        for panel, figure in zip(self.panels, dashboard.charts, strict=True):
            panel.set_figure(figure)
        self.message.setText(
            self.tr(
                "{first} to {last}: {responses} surveys, {visits} visits. Stylists under {min} answers are grey."
            ).format(
                first=dashboard.filter.start.isoformat(),
                last=dashboard.filter.end.isoformat(),
                responses=f"{stats.responses:,}",
                visits=f"{stats.service_records:,}",
                min=self.min_answers.value(),
            )
        )
        self.shown_dashboard.emit(dashboard)

    # --- words ------------------------------------------------------------------------

    def chart_words(self) -> ChartWords:
        categories: dict[str, str] = {code.value: vocabulary.word(TicketCategory, code) for code in TicketCategory}
        # A ticket not yet classified has an empty category; it still counts in the Pareto.
        categories[""] = self.tr("Not classified")
        severities: dict[str, str] = {code.value: vocabulary.word(Severity, code) for code in Severity}
        severities[""] = self.tr("Not classified")
        return ChartWords(
            dimensions=(
                self.tr("Overall"),
                self.tr("Stylist skill"),
                self.tr("Service attitude"),
                self.tr("Environment"),
                self.tr("Waiting time"),
                self.tr("Value for money"),
            ),
            categories=categories,
            severities=severities,
            trend_title=self.tr("Monthly satisfaction trend"),
            score_label=self.tr("Average overall (1–5)"),
            count_label=self.tr("Responses"),
            dimensions_title=self.tr("Scores by dimension"),
            stylists_title=self.tr("Average overall by stylist"),
            few_label=self.tr("Too few answers"),
            count_format=self.tr("{name}\n(n={count})"),
            nps_title=self.tr("Net Promoter Score by month"),
            distribution_title=self.tr("Distribution of overall scores"),
            star_format=self.tr("{score} stars"),
            pareto_title=self.tr("Complaints by category (Pareto)"),
            complaints_label=self.tr("Complaints"),
            share_label=self.tr("Cumulative share"),
            resolution_title=self.tr("Days to close a complaint, by severity"),
            days_label=self.tr("Days"),
            no_surveys=self.tr("No surveys in this period"),
            no_complaints=self.tr("No complaints in this period"),
            none_closed=self.tr("No complaints closed in this period"),
        )
