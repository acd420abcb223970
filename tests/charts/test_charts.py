"""Every chart draws its data (bar heights, line points, labels) with Chinese words and no tofu."""

from __future__ import annotations

import math
from collections.abc import Callable
from io import BytesIO

import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from salon_crm.charts import complaints, satisfaction, style
from salon_crm.core.surveys import MonthPoint, StylistScore, Tally
from salon_crm.core.ticket_stats import Durations

Render = Callable[[Figure], Figure]


def tally(responses: int, overall_sum: int, promoters: int = 0, detractors: int = 0) -> Tally:
    return Tally(responses, (overall_sum, 0, 0, 0, 0, 0), promoters, detractors)


MONTHS = (
    MonthPoint("2026-09", tally(4, 18, promoters=3, detractors=1), 10),
    MonthPoint("2026-10", Tally(), 8),
    MonthPoint("2026-11", tally(2, 6, detractors=2), 5),
)


def bar_heights(figure: Figure, axes_number: int = 0) -> list[float]:
    axes = figure.axes[axes_number]
    return [patch.get_height() for patch in axes.patches if isinstance(patch, Rectangle)]


def tick_texts(figure: Figure, axis: str = "x") -> list[str]:
    ticks = figure.axes[0].get_xticklabels() if axis == "x" else figure.axes[0].get_yticklabels()
    return [label.get_text() for label in ticks]


def test_the_font_list_puts_an_installed_cjk_family_first() -> None:
    families = style.font_families()
    assert families[-1] == "DejaVu Sans"
    assert families[0] in style.CJK_FAMILIES  # a CJK font is installed on this machine


def test_monthly_trend_lines_up_averages_and_counts(rendered: Render) -> None:
    figure = rendered(
        satisfaction.monthly_trend(MONTHS, title="月度满意度趋势", score_label="平均总体评分", count_label="回复数")
    )
    assert bar_heights(figure) == [4, 0, 2]
    line = figure.axes[1].get_lines()[0]
    y = list(line.get_ydata())
    assert y[0] == pytest.approx(4.5) and math.isnan(y[1]) and y[2] == pytest.approx(3.0)
    assert figure.axes[0].get_title() == "月度满意度趋势"
    assert tick_texts(figure) == ["26-09", "26-10", "26-11"]
    assert figure.axes[1].get_legend() is not None


def test_nps_trend_is_promoters_minus_detractors(rendered: Render) -> None:
    figure = rendered(satisfaction.nps_trend(MONTHS, title="净推荐值"))
    y = list(figure.axes[0].get_lines()[-1].get_ydata())
    assert y[0] == pytest.approx(50.0) and math.isnan(y[1]) and y[2] == pytest.approx(-100.0)
    assert figure.axes[0].get_lines()[-1].get_marker() == "s"  # a marker and a dash for grey print
    assert figure.axes[0].get_lines()[-1].get_linestyle() == "--"


def test_dimension_bars_in_the_given_order(rendered: Render) -> None:
    averages = [("总体", 4.5), ("技师技术", 4.25), ("服务态度", None), ("等待时间", 3.0)]
    figure = rendered(satisfaction.dimension_scores(averages, title="各维度评分"))
    axes = figure.axes[0]
    widths = [patch.get_width() for patch in axes.patches]
    assert widths == [3.0, 0.0, 4.25, 4.5]  # drawn bottom-up, so the first is on top
    assert [label.get_text() for label in axes.get_yticklabels()] == ["等待时间", "服务态度", "技师技术", "总体"]
    assert axes.patches[-1].get_hatch() == "//"


def test_stylists_with_few_answers_are_grey_and_hatched(rendered: Render) -> None:
    stylists = [
        StylistScore(1, "王芳", tally(10, 46), True),
        StylistScore(2, "陈明", tally(2, 6), False),
    ]
    figure = rendered(
        satisfaction.stylist_comparison(stylists, few_label="回答太少", count_format="{name}\n({count}份)")
    )
    assert bar_heights(figure) == [pytest.approx(4.6), pytest.approx(3.0)]
    assert tick_texts(figure) == ["王芳\n(10份)", "陈明\n(2份)"]
    assert figure.axes[0].patches[1].get_hatch() == ".."
    assert [text.get_text() for text in figure.axes[0].get_legend().get_texts()] == ["回答太少"]


def test_score_distribution(rendered: Render) -> None:
    figure = rendered(satisfaction.score_distribution((1, 2, 5, 20, 40), star_format="{score}星"))
    assert bar_heights(figure) == [1, 2, 5, 20, 40]
    assert tick_texts(figure) == ["1星", "2星", "3星", "4星", "5星"]


def test_pareto_sorts_and_accumulates(rendered: Render) -> None:
    counts = [("等待时间", 2), ("服务质量", 5), ("价格", 0), ("服务态度", 3)]
    figure = rendered(complaints.complaints_pareto(counts, title="投诉类别（帕累托）"))
    assert bar_heights(figure) == [5, 3, 2]
    assert tick_texts(figure) == ["服务质量", "服务态度", "等待时间"]
    assert list(figure.axes[1].get_lines()[0].get_ydata()) == pytest.approx([50.0, 80.0, 100.0])


def test_resolution_boxes_per_severity_in_days(rendered: Render) -> None:
    by_severity = [("高", Durations((24.0, 48.0, 72.0))), ("中", Durations(())), ("低", Durations((240.0,)))]
    figure = rendered(complaints.resolution_times(by_severity, count_format="{name}（{count}）"))
    assert tick_texts(figure) == ["高（3）", "低（1）"]
    medians = [line for line in figure.axes[0].get_lines() if line.get_color() == style.ACCENT]
    assert [float(line.get_ydata()[0]) for line in medians] == [2.0, 10.0]


@pytest.mark.parametrize(
    "build",
    [
        lambda: satisfaction.monthly_trend((), empty="本期没有调查"),
        lambda: satisfaction.dimension_scores([("总体", None)], empty="本期没有调查"),
        lambda: satisfaction.stylist_comparison([], empty="本期没有调查"),
        lambda: satisfaction.nps_trend(MONTHS[1:2], empty="本期没有调查"),
        lambda: satisfaction.score_distribution((0, 0, 0, 0, 0), empty="本期没有调查"),
        lambda: complaints.complaints_pareto([], empty="本期没有调查"),
        lambda: complaints.resolution_times([], empty="本期没有调查"),
    ],
)
def test_an_empty_period_says_so(build: Callable[[], Figure], rendered: Render) -> None:
    figure = rendered(build())
    assert [text.get_text() for text in figure.axes[0].texts] == ["本期没有调查"]


def test_a_chart_saves_as_png(rendered: Render) -> None:
    buffer = BytesIO()
    rendered(satisfaction.score_distribution((1, 2, 3, 4, 5))).savefig(buffer, format="png")
    assert buffer.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"
