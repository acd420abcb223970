"""What the charts page computes on the worker thread: statistics, then the Figures.

The words are translated on the UI thread first and passed in, so the worker never
calls Qt's translator. matplotlib is imported here only when the op runs; the
Figures are built with the object API (no pyplot), which needs no GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from salon_crm.core import surveys, ticket_stats
from salon_crm.core.enums import TicketKind
from salon_crm.core.surveys import SurveyFilter, SurveyStatistics
from salon_crm.core.ticket_stats import TicketStatistics


@dataclass(frozen=True)
class ChartWords:
    """Every word the charts show, already in the UI's language."""

    dimensions: tuple[str, ...]  # in the order of surveys.DIMENSIONS
    categories: dict[str, str]  # ticket category code -> word ("" is not classified)
    severities: dict[str, str]
    trend_title: str
    score_label: str
    count_label: str
    dimensions_title: str
    stylists_title: str
    few_label: str
    count_format: str
    nps_title: str
    distribution_title: str
    star_format: str
    pareto_title: str
    complaints_label: str
    share_label: str
    resolution_title: str
    days_label: str
    no_surveys: str
    no_complaints: str
    none_closed: str


@dataclass(frozen=True)
class Dashboard:
    """The figures of one period; ``charts`` holds matplotlib Figures in grid order."""

    filter: SurveyFilter
    surveys: SurveyStatistics
    tickets: TicketStatistics
    charts: tuple[Any, ...]


def load_statistics(
    flt: SurveyFilter, *, min_answers: int = surveys.MIN_ANSWERS, now: datetime | None = None
) -> tuple[SurveyStatistics, TicketStatistics]:
    # the tab shows no tiers, which cost a pass over every answering customer's history
    survey_figures = surveys.survey_statistics(flt, min_answers=min_answers, with_tiers=False)
    complaint_figures = ticket_stats.ticket_statistics(flt.start, flt.end, kind=TicketKind.COMPLAINT.value, now=now)
    return survey_figures, complaint_figures


def build_charts(stats: SurveyStatistics, tickets: TicketStatistics, words: ChartWords) -> tuple[Any, ...]:
    """The seven Figures of the page, in grid order."""
    from salon_crm.charts import complaints, satisfaction

    averages = stats.averages()
    return (
        satisfaction.monthly_trend(
            stats.months,
            title=words.trend_title,
            score_label=words.score_label,
            count_label=words.count_label,
            empty=words.no_surveys,
        ),
        satisfaction.dimension_scores(
            [(word, averages[name]) for name, word in zip(surveys.DIMENSIONS, words.dimensions, strict=True)],
            title=words.dimensions_title,
            empty=words.no_surveys,
        ),
        satisfaction.stylist_comparison(
            stats.stylists,
            title=words.stylists_title,
            few_label=words.few_label,
            count_format=words.count_format,
            empty=words.no_surveys,
        ),
        satisfaction.nps_trend(stats.months, title=words.nps_title, empty=words.no_surveys),
        satisfaction.score_distribution(
            stats.distribution,
            title=words.distribution_title,
            count_label=words.count_label,
            star_format=words.star_format,
            empty=words.no_surveys,
        ),
        complaints.complaints_pareto(
            [(words.categories.get(code, code), count) for code, count in tickets.by_category],
            title=words.pareto_title,
            count_label=words.complaints_label,
            share_label=words.share_label,
            empty=words.no_complaints,
        ),
        complaints.resolution_times(
            [(words.severities.get(code, code), durations) for code, durations in tickets.close_by_severity],
            title=words.resolution_title,
            days_label=words.days_label,
            count_format=words.count_format,
            empty=words.none_closed,
        ),
    )


def load_dashboard(
    flt: SurveyFilter, words: ChartWords, *, min_answers: int = surveys.MIN_ANSWERS, now: datetime | None = None
) -> Dashboard:
    """Statistics and charts for ``flt``: the whole op the page runs in the background."""
    stats, tickets = load_statistics(flt, min_answers=min_answers, now=now)
    return Dashboard(flt, stats, tickets, build_charts(stats, tickets, words))
