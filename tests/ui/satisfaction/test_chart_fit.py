"""Defect 5: the charts fit the window at 1366x768, and say "Computing…" while they are worked out."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.core.db import Shop
from salon_crm.ui import app as app_module
from salon_crm.ui.main_window import MainWindow
from salon_crm.ui.satisfaction.dashboard import ChartsPage, Period

CHARTS_AT_1366 = 3  # three columns side by side, as on the maximised front-desk laptop


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The app's own style sheet and font, which decide the widths; the plain look back after."""
    style, palette, font = qapp.style().name(), QPalette(qapp.palette()), QFont(qapp.font())
    app_module.apply_style(qapp)
    yield qapp
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def charts_of(window: MainWindow, size: tuple[int, int]) -> ChartsPage:
    window.resize(*size)
    window.tabs.setCurrentWidget(window.satisfaction_tab)
    return window.satisfaction_tab.charts


def inside_viewport(charts: ChartsPage, panel: QWidget) -> bool:
    """The whole width of ``panel`` is within the scroll area's visible part."""
    viewport = charts.scroll_area.viewport()
    left = panel.mapTo(viewport, QPoint(0, 0)).x()
    return left >= 0 and left + panel.width() <= viewport.width()


@pytest.mark.parametrize(("size", "columns"), [((1366, 768), CHARTS_AT_1366), ((1024, 700), 2)])
def test_every_chart_is_within_the_window_without_a_sideways_scrollbar(
    styled: QApplication,
    window: MainWindow,
    qtbot: QtBot,
    settle: Callable[[], None],
    size: tuple[int, int],
    columns: int,
) -> None:
    charts = charts_of(window, size)
    qtbot.waitUntil(lambda: charts.dashboard is not None, timeout=20_000)
    settle()
    qtbot.wait(50)  # the layout settles after the figures arrive
    assert charts.grid_host.columns == columns
    assert not charts.scroll_area.horizontalScrollBar().isVisible()
    for panel in charts.panels:
        assert inside_viewport(charts, panel), panel.name
        assert panel.canvas is not None
        assert panel.canvas.height() >= 200, panel.name  # a chart, not a squashed strip
        assert panel.canvas.width() >= 300, panel.name


def test_a_narrower_window_reflows_the_charts(
    styled: QApplication, window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    charts = charts_of(window, (1366, 768))
    qtbot.waitUntil(lambda: charts.dashboard is not None, timeout=20_000)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: charts.grid_host.columns == 2)
    qtbot.wait(20)
    assert all(inside_viewport(charts, panel) for panel in charts.panels)
    settle()


def test_each_chart_says_computing_until_its_figure_arrives(
    styled: QApplication, window: MainWindow, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    charts = charts_of(window, (1366, 768))
    # the first time the page is shown: seven full-size cards, each saying so
    assert len(charts.panels) == 7
    for panel in charts.panels:
        assert panel.is_computing() and panel.placeholder.isVisible()
        assert panel.placeholder.text() == "Computing…"
        assert panel.placeholder.height() >= 200
        assert not panel.save_button.isEnabled()
    with qtbot.waitSignal(charts.shown_dashboard, timeout=20_000):
        pass
    assert not any(panel.is_computing() for panel in charts.panels)
    # another period: the old charts give way to the same cards until the new ones are in
    charts.period.setCurrentIndex(charts.period.findData(Period.LAST_MONTH.value))
    assert all(panel.placeholder.isVisible() for panel in charts.panels)
    with qtbot.waitSignal(charts.shown_dashboard, timeout=20_000):
        pass
    assert all(panel.canvas is not None and panel.canvas.isVisible() for panel in charts.panels)
    settle()


def test_the_filters_show_their_whole_choice(styled: QApplication, filled_shop: Shop, qtbot: QtBot) -> None:
    font = QFont(styled.font())
    font.setPointSizeF(app_module.BIG_SCREEN_POINTS)  # as on a 1920x1080 screen
    styled.setFont(font)
    window = MainWindow(filled_shop)
    qtbot.addWidget(window)
    window.show()
    charts = charts_of(window, (1600, 960))
    for combo in (charts.period, charts.stylist, charts.category):
        text = combo.currentText()
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(text) + 32, (
            text
        )  # 6 px padding a side and the 20 px arrow of style.qss
