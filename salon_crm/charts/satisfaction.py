"""Satisfaction charts (满意度): trend, dimensions, stylists, NPS and the score distribution.

Each function takes the statistics of ``core.surveys`` and the words to show (the
UI translates them), and returns a new ``Figure``. A month without answers is a
gap in a line, not a zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from salon_crm.charts import style
from salon_crm.core.surveys import MonthPoint, StylistScore


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def _month_labels(months: Sequence[MonthPoint]) -> list[str]:
    """``2026-03`` becomes ``26-03``: twelve of them fit under a small chart."""
    return [point.month[2:] for point in months]


def monthly_trend(
    months: Sequence[MonthPoint],
    *,
    title: str = "Monthly satisfaction",
    score_label: str = "Average overall (1-5)",
    count_label: str = "Responses",
    empty: str = "No surveys in this period",
) -> Figure:
    """The average overall score per month as a line, the number of answers as bars behind it."""
    figure = style.new_figure()
    if not any(point.tally.responses for point in months):
        return style.no_data(figure, title, empty)
    counts_axes = figure.add_subplot()
    positions = list(range(len(months)))
    counts_axes.bar(
        positions,
        [point.tally.responses for point in months],
        color=style.PALE,
        hatch="//",
        edgecolor="white",
        label=count_label,
    )
    counts_axes.set_ylabel(count_label)
    counts_axes.set_ylim(0, 1.4 * max(point.tally.responses for point in months))  # room for the legend
    counts_axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    counts_axes.grid(False)
    scores = counts_axes.twinx()
    scores.plot(
        positions,
        [_nan(point.average_overall) for point in months],
        color=style.INK,
        marker="o",
        linewidth=2,
        label=score_label,
    )
    scores.set_ylim(1, 5.9)
    scores.set_ylabel(score_label)
    scores.spines["right"].set_visible(True)
    counts_axes.set_xticks(positions, _month_labels(months), rotation=45 if len(months) > 8 else 0)
    counts_axes.set_title(title)
    handles = [*counts_axes.get_legend_handles_labels()[0], *scores.get_legend_handles_labels()[0]]
    scores.legend(handles=handles, loc="upper center", ncols=2, fontsize=8, framealpha=0.9)
    return figure


def dimension_scores(
    averages: Sequence[tuple[str, float | None]],
    *,
    title: str = "Scores by dimension",
    empty: str = "No surveys in this period",
) -> Figure:
    """One horizontal bar per dimension (already worded), its average written at the end."""
    figure = style.new_figure()
    if all(value is None for _name, value in averages):
        return style.no_data(figure, title, empty)
    axes = figure.add_subplot()
    names = [name for name, _value in averages][::-1]
    values = [value or 0.0 for _name, value in averages][::-1]
    bars = axes.barh(names, values, color=style.INK, edgecolor="white")
    bars[-1].set_color(style.ACCENT)  # the overall score, drawn first, stands apart
    bars[-1].set_hatch("//")
    axes.bar_label(bars, labels=[f"{value:.2f}" for value in values], padding=3)
    axes.set_xlim(0, 5.5)
    axes.set_title(title)
    axes.grid(axis="y", visible=False)
    return figure


def stylist_comparison(
    stylists: Sequence[StylistScore],
    *,
    title: str = "Average overall by stylist",
    few_label: str = "Too few answers",
    count_format: str = "{name}\n(n={count})",
    empty: str = "No surveys in this period",
) -> Figure:
    """A bar per stylist with the number of answers under the name; thin samples greyed and hatched."""
    figure = style.new_figure()
    if not stylists:
        return style.no_data(figure, title, empty)
    axes = figure.add_subplot()
    labels = [count_format.format(name=score.name, count=score.tally.responses) for score in stylists]
    values = [score.tally.average() or 0.0 for score in stylists]
    bars = axes.bar(labels, values, color=style.INK, edgecolor="white")
    for bar, score in zip(bars, stylists, strict=True):
        if not score.enough:
            bar.set_color(style.MUTED)
            bar.set_hatch("..")
            bar.set_edgecolor("#777777")
            bar.set_label(few_label)
    axes.bar_label(bars, labels=[f"{value:.2f}" for value in values], padding=2, fontsize=8)
    axes.set_ylim(1, 5.3)
    axes.set_title(title)
    axes.grid(axis="x", visible=False)
    if any(not score.enough for score in stylists):
        first_thin = next(bar for bar, score in zip(bars, stylists, strict=True) if not score.enough)
        axes.legend(handles=[first_thin], fontsize=8, loc="lower right")
    if len(stylists) > 6:
        axes.tick_params(axis="x", labelsize=7)
    return figure


def nps_trend(
    months: Sequence[MonthPoint],
    *,
    title: str = "Net Promoter Score by month",
    nps_label: str = "NPS",
    empty: str = "No surveys in this period",
) -> Figure:
    """NPS (-100..100) per month as a dashed line with square markers, zero marked."""
    figure = style.new_figure()
    if not any(point.tally.responses for point in months):
        return style.no_data(figure, title, empty)
    axes = figure.add_subplot()
    positions = list(range(len(months)))
    axes.axhline(0, color="#555555", linewidth=0.8)
    axes.plot(
        positions,
        [_nan(point.nps) for point in months],
        color=style.ACCENT,
        marker="s",
        linestyle="--",
        linewidth=2,
        label=nps_label,
    )
    axes.set_ylim(-100, 100)
    axes.set_ylabel(nps_label)
    axes.set_xticks(positions, _month_labels(months), rotation=45 if len(months) > 8 else 0)
    axes.set_title(title)
    return figure


def score_distribution(
    distribution: Sequence[int],
    *,
    title: str = "Overall scores",
    count_label: str = "Answers",
    star_format: str = "{score}★",
    empty: str = "No surveys in this period",
) -> Figure:
    """How many answers gave each overall score 1..5, low scores hatched and lighter."""
    figure = style.new_figure()
    if not any(distribution):
        return style.no_data(figure, title, empty)
    axes = figure.add_subplot()
    labels = [star_format.format(score=score) for score in range(1, 6)]
    bars = axes.bar(labels, list(distribution), color=style.INK, edgecolor="white")
    for bar in bars[:2]:
        bar.set_color(style.ACCENT)
        bar.set_hatch("xx")
    bars[2].set_color(style.PALE)
    axes.bar_label(bars, padding=2)
    axes.set_ylabel(count_label)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title(title)
    axes.grid(axis="x", visible=False)
    return figure
