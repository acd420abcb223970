"""The front-desk look: one icon set, the light style sheet, fitted columns, empty states, the first size."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.ui import app as app_module
from salon_crm.ui import icons
from salon_crm.ui.appointments.arrivals import Column as ArrivalColumn
from salon_crm.ui.main_window import GEOMETRY_KEY, MainWindow, first_size
from salon_crm.ui.resources import resource_path
from salon_crm.ui.widgets.table_view import ReadOnlyTable, squeeze


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The app's look for one test, then the plain one back for the tests after it."""
    style, palette, font = qapp.style().name(), QPalette(qapp.palette()), QFont(qapp.font())
    app_module.apply_style(qapp)
    yield qapp
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def fresh_window(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> MainWindow:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


# --- icons and style sheet ---------------------------------------------------------------


def test_every_icon_the_window_uses_draws(window: MainWindow) -> None:
    """A missing or unreadable SVG would be a blank square on the button."""
    for index in range(window.tabs.count()):
        assert not window.tabs.tabIcon(index).pixmap(24, 24).isNull()
    for target in (
        window.import_action,
        window.backup_actions.back_up_action,
        window.staff_action,
        window.customers_tab.new_button,
        window.customers_tab.care_panel.done_button,
        window.appointments_tab.new_button,
        window.appointments_tab.arrivals.complete_button,
        window.tickets_tab.new_button,
        window.satisfaction_tab.surveys.edit_button,
    ):
        assert not target.icon().pixmap(16, 16).isNull(), target.text()


def test_the_icon_set_is_one_licensed_set() -> None:
    folder = resource_path("icons")
    svgs = sorted(folder.glob("*.svg"))
    assert len(svgs) > 30
    assert "MIT License" in (folder / "LICENSE-feather.txt").read_text(encoding="utf-8")
    for svg in svgs:  # one stroke colour for the whole set
        assert 'stroke="#44546a"' in svg.read_text(encoding="utf-8"), svg.name
    with pytest.raises(FileNotFoundError):
        icons.icon("no-such-icon")


def test_the_style_sheet_is_applied_once_with_readable_font(styled: QApplication) -> None:
    sheet = styled.styleSheet()
    assert "#2b6cb0" in sheet and "@ICONS@" not in sheet
    for url in re.findall(r"url\(([^)]+)\)", sheet):  # arrows of combo boxes and spin boxes
        assert resource_path("icons", url.rsplit("/", 1)[-1]).is_file(), url
    assert styled.font().pointSizeF() >= app_module.BASE_POINTS
    assert "WenQuanYi Micro Hei" in styled.font().families()
    assert "Microsoft YaHei" in styled.font().families()
    assert styled.palette().color(QPalette.ColorRole.Highlight).name() == app_module.ACCENT


def test_rows_are_roomier_than_the_text(window: MainWindow) -> None:
    table = window.customers_tab.table
    assert table.verticalHeader().defaultSectionSize() >= table.fontMetrics().height() + 12


# --- the first size -------------------------------------------------------------------------


def test_first_start_on_a_small_screen_fills_it(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    """The offscreen screen is 800x600, smaller than 1366x768: the window takes all of it."""
    assert QSettings().value(GEOMETRY_KEY) is None
    window = fresh_window(shop, qtbot, settle)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() >= screen.width() - 10  # less the frame, where there is one
    assert window.height() >= screen.height() - 10


@pytest.mark.parametrize(
    ("screen", "size"),
    [
        ((1366, 728), None),  # the front-desk laptop (less the taskbar): maximised
        ((1280, 680), None),  # 1920x1080 at 150 %: maximised
        ((1440, 860), None),
        ((1920, 1040), (1600, 936)),  # a big screen: a roomy window, not a wall of grey
        ((2560, 1400), (1600, 960)),
    ],
)
def test_the_first_size_follows_the_screen(screen: tuple[int, int], size: tuple[int, int] | None) -> None:
    assert first_size(*screen) == size


# --- columns -----------------------------------------------------------------------------------


def test_squeeze_keeps_short_columns_whole_and_cuts_the_wide_ones() -> None:
    assert squeeze([90, 300, 80], 1000, short=100) == [90, 300, 80]  # room enough: nothing changes
    assert squeeze([90, 300, 300, 80], 500, short=100) == [90, 165, 165, 80]
    assert squeeze([90, 300, 80], 200, short=100, floor=50) == [66, 66, 66]  # last resort: all give way
    assert sum(squeeze([95, 70, 97, 70, 200, 70], 400, short=110)) <= 400


def test_todays_arrivals_show_every_column_without_a_scrollbar(
    styled: QApplication, window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.appointments_tab)
    table = window.appointments_tab.arrivals.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    qtbot.wait(50)
    header = table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + 40 <= table.viewport().width()  # Status is in sight
    assert not table.horizontalScrollBar().isVisible()


def test_a_column_the_user_widened_stays_so(window: MainWindow, qtbot: QtBot) -> None:
    table: ReadOnlyTable = window.customers_tab.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    header = table.horizontalHeader()
    edge = QPoint(header.sectionViewportPosition(1) + header.sectionSize(1) - 1, header.height() // 2)
    wider = header.sectionSize(1) + 60
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(header.viewport(), edge + QPoint(60, 0))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(60, 0))
    assert header.sectionSize(1) == wider
    window.resize(window.width() - 100, window.height())
    window.customers_tab.reload()  # a reload resets the model, not the user's widths
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    assert header.sectionSize(1) == wider


# --- empty states ------------------------------------------------------------------------------


def visible_words(table: ReadOnlyTable) -> str:
    state = table.empty_state
    assert state is not None
    return "" if state.isHidden() else state.text()  # shown, even on a tab in the background


def test_a_fresh_shop_says_what_to_do_on_every_list(shop: Shop, qtbot: QtBot, settle: Callable[[], None]) -> None:
    window = fresh_window(shop, qtbot, settle)
    customers = window.customers_tab
    assert "New customer" in visible_words(customers.table)
    assert "Import customers" in visible_words(customers.table)
    window.tabs.setCurrentWidget(window.appointments_tab)
    assert visible_words(window.appointments_tab.arrivals.table).startswith("No bookings today")
    window.tabs.setCurrentWidget(window.tickets_tab)
    assert "New feedback" in visible_words(window.tickets_tab.table)
    window.tabs.setCurrentWidget(window.satisfaction_tab)
    window.satisfaction_tab.pages.setCurrentWidget(window.satisfaction_tab.surveys)
    assert "No survey answers yet" in visible_words(window.satisfaction_tab.table)
    window.tabs.setCurrentWidget(customers)
    customers.views.setCurrentWidget(customers.care_panel)
    settle()
    assert "nothing to do" in visible_words(customers.care_panel.table)


def test_a_search_without_hits_says_so_not_how_to_add(window: MainWindow, qtbot: QtBot) -> None:
    customers = window.customers_tab
    assert visible_words(customers.table) == ""  # five customers: no sentence over them
    customers.search_box.setText("zzzzqqq")
    qtbot.waitUntil(lambda: visible_words(customers.table) != "", timeout=5_000)
    assert visible_words(customers.table).startswith("No customer matches")
    customers.search_box.clear()
    qtbot.waitUntil(lambda: visible_words(customers.table) == "", timeout=5_000)


def test_a_list_says_nothing_while_it_loads(window: MainWindow, qtbot: QtBot) -> None:
    table = window.tickets_tab.table
    window.tickets_tab.search.setText("nothing like this")
    window.tickets_tab.reload()
    assert visible_words(table) == ""  # not "no complaints" before the answer is in
    qtbot.waitUntil(lambda: visible_words(table) != "", timeout=5_000)


def test_the_customer_file_fits_a_1366_screen(styled: QApplication, window: MainWindow, qtbot: QtBot) -> None:
    """A dozen actions in one row: with the larger font the window must still fit the laptop's width."""
    view = window.customers_tab.open_customer(Customer.get(Customer.name == "张三").id)
    qtbot.addWidget(view)
    assert view.minimumSizeHint().width() <= 1366 - 16  # less the window's frame


def test_a_narrow_arrivals_panel_leaves_out_the_mobile_rather_than_cut_the_time(
    styled: QApplication, window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.appointments_tab)
    table = window.appointments_tab.arrivals.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    qtbot.wait(20)
    assert table.isColumnHidden(ArrivalColumn.PHONE)
    for column in (ArrivalColumn.TIME, ArrivalColumn.STATUS):  # whole, no "…"
        needed = table.fontMetrics().horizontalAdvance(table.model().index(0, column).data())
        assert table.columnWidth(column) >= needed, column.name
    window.appointments_tab.arrivals.reload()  # a reload leaves the fitting on
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    splitter = window.appointments_tab.findChild(QSplitter)
    splitter.setSizes([500, 850])  # the panel dragged wider: the mobile comes back
    qtbot.waitUntil(lambda: not table.isColumnHidden(ArrivalColumn.PHONE))


def test_an_empty_list_has_no_sideways_scrollbar(
    styled: QApplication, shop: Shop, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    window = fresh_window(shop, qtbot, settle)
    table = window.customers_tab.table
    header = table.horizontalHeader()
    assert sum(header.sectionSize(column) for column in range(header.count() - 1)) < 1000  # not 100 px a title
    assert header.sectionSize(0) >= table.fontMetrics().horizontalAdvance("Name")
