"""Complaint charts (投诉): categories as a Pareto chart, and time to resolve by severity."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from salon_crm.charts import style
from salon_crm.core.ticket_stats import Durations

PARETO_LINE = 80.0  # the "vital few" causes make up this share


def complaints_pareto(
    counts: Sequence[tuple[str, int]],
    *,
    title: str = "Complaints by category",
    count_label: str = "Complaints",
    share_label: str = "Cumulative share",
    empty: str = "No complaints in this period",
) -> Figure:
    """Bars of complaints per category (largest first) and the cumulative share as a line."""
    figure = style.new_figure()
    ordered = sorted((item for item in counts if item[1] > 0), key=lambda item: -item[1])
    if not ordered:
        return style.no_data(figure, title, empty)
    axes = figure.add_subplot()
    names = [name for name, _count in ordered]
    values = [count for _name, count in ordered]
    bars = axes.bar(names, values, color=style.INK, edgecolor="white", label=count_label)
    axes.bar_label(bars, padding=2)
    axes.set_ylabel(count_label)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.grid(False)
    total = sum(values)
    running, shares = 0, []
    for value in values:
        running += value
        shares.append(100.0 * running / total)
    share_axes = axes.twinx()
    share_axes.plot(names, shares, color=style.ACCENT, marker="D", linestyle="-", linewidth=2, label=share_label)
    share_axes.axhline(PARETO_LINE, color="#777777", linestyle=":", linewidth=1)
    share_axes.set_ylim(0, 105)
    share_axes.grid(False)  # its lines would cross the bars in front of them
    share_axes.yaxis.set_major_formatter(PercentFormatter())
    share_axes.spines["right"].set_visible(True)
    share_axes.set_ylabel(share_label)
    axes.set_title(title)
    if len(names) > 4:
        # slanted, anchored at the bar and wrapped: long English names no longer run into each other
        axes.set_xticks(
            range(len(names)),
            [textwrap.fill(name, 12) for name in names],
            rotation=40,
            ha="right",
            rotation_mode="anchor",
            fontsize=8,
        )
    return figure


def resolution_times(
    by_severity: Sequence[tuple[str, Durations]],
    *,
    title: str = "Days to close by severity",
    days_label: str = "Days",
    count_format: str = "{name}\n(n={count})",
    empty: str = "No complaints closed in this period",
) -> Figure:
    """A box per severity (already worded) of days from receipt to close; one ticket is a dot."""
    figure = style.new_figure()
    groups = [(name, [hours / 24 for hours in durations.hours]) for name, durations in by_severity if durations.hours]
    if not groups:
        return style.no_data(figure, title, empty)
    axes = figure.add_subplot()
    labels = [count_format.format(name=name, count=len(days)) for name, days in groups]
    boxes = axes.boxplot(
        [days for _name, days in groups],
        tick_labels=labels,
        patch_artist=True,
        widths=0.5,
        medianprops={"color": style.ACCENT, "linewidth": 2},
        flierprops={"marker": "o", "markersize": 4},
    )
    for number, patch in enumerate(boxes["boxes"]):
        patch.set_facecolor(style.PALE)
        patch.set_hatch(style.HATCHES[number % len(style.HATCHES)])
    axes.set_ylabel(days_label)
    axes.set_ylim(bottom=0)
    axes.set_title(title)
    axes.grid(axis="x", visible=False)
    return figure
