"""Starting the window: language, fonts, the data folder, the demo offer, the login, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from salon_crm.core.db import Shop, open_shop
from salon_crm.core.errors import DataFileError, DataFolderLocked
from salon_crm.core.opening import Opening
from salon_crm.ui import front_door, session, tasks
from salon_crm.ui.backup.exit_backup import back_up_on_exit
from salon_crm.ui.backup.place_warning import show_backup_problem, show_place_warnings
from salon_crm.ui.demo_offer import offer_demo_shop
from salon_crm.ui.errors import describe
from salon_crm.ui.gc_guard import UiThreadCollector
from salon_crm.ui.login import ask_who_is_at_the_desk
from salon_crm.ui.main_window import MainWindow
from salon_crm.ui.resources import resource_path
from salon_crm.ui.seal_warning import warn_about_seals

APP_NAME = "salon_crm"
CHINESE = "zh_CN"
# Windows first, then macOS, then Linux: Chinese must never fall back to boxes (tofu)
FONT_FAMILIES = [
    "Segoe UI",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
]
ACCENT = "#2b6cb0"  # the one accent colour, the same as in resources/style.qss
# Base font: 10 pt reads well on a 1366x768 laptop (and on a 1920x1080 screen at 125-150 %);
# a big screen at 100 % gets 11 pt so the text is not tiny from the desk chair.
BASE_POINTS = 10.0
BIG_SCREEN_POINTS = 11.0
BIG_SCREEN_HEIGHT = 1000  # logical pixels: 1080 at 100 %, not 1080 at 125 % (864)


def wants_chinese(lang: str | None) -> bool:
    """Chinese when asked for, or, when nothing was asked, on a Chinese system."""
    if lang is not None:
        return lang == CHINESE
    return QLocale.system().language() == QLocale.Language.Chinese


def install_translators(app: QCoreApplication, chinese: bool) -> list[QTranslator]:
    """Load ours and Qt's own (stock buttons); returns them so they can be removed."""
    if not chinese:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = []
    # one catalogue per area of the UI (salon_crm_zh_CN for the shared parts, customers_zh_CN...)
    ours = [
        (resource_path("translations"), qm.stem) for qm in sorted(resource_path("translations").glob(f"*_{CHINESE}.qm"))
    ]
    for folder, name in (
        *ours,
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{CHINESE}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _application(argv: list[str] | None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app


def style_sheet() -> str:
    """resources/style.qss with its icon paths made absolute (a frozen build moves the folder)."""
    text = resource_path("style.qss").read_text(encoding="utf-8")
    return text.replace("@ICONS@", resource_path("icons").as_posix())


def apply_style(app: QApplication) -> None:
    """The light look, once for the whole app: Fusion (the same on every Windows), palette, font, sheet."""
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#f5f6f8"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.AlternateBase, "#f7f9fb"),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, ACCENT),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    screen = QGuiApplication.primaryScreen()
    big = screen is not None and screen.availableGeometry().height() >= BIG_SCREEN_HEIGHT
    font.setPointSizeF(BIG_SCREEN_POINTS if big else BASE_POINTS)
    app.setFont(font)
    app.setStyleSheet(style_sheet())


def _style(app: QApplication) -> None:
    apply_style(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))


def _refuse(error: DataFileError) -> int:
    """Say why the data folder cannot be opened, on screen and on stderr."""
    text = describe(error)
    print(f"salon-crm: {text}", file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("app", "Salon CRM"), text)
    return 2


def run(
    data_folder: Path, *, lang: str | None = None, argv: list[str] | None = None, begun: Opening | None = None
) -> int:
    """Open the shop in ``data_folder`` and run the window; returns the exit code.

    2 when the folder is held by another copy of the app or its file cannot be
    opened; nothing in the folder is changed then. ``begun``: the folder's opening
    started by the entry point before Qt loaded (``core.opening.begin``).
    """
    app = _application(argv)
    UiThreadCollector(app)
    translators = install_translators(app, wants_chinese(lang))
    try:
        _style(app)
        try:
            opened = open_shop(data_folder, daily_backup=True, begun=begun)  # the first start of a day backs up
        except DataFolderLocked as error:
            if front_door.knock(data_folder):  # the copy on this computer shows its window instead
                print("salon-crm: already open; its window was brought to the front", file=sys.stderr)
                return 2
            return _refuse(error)
        except DataFileError as error:
            return _refuse(error)
        return _run_window(app, opened)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _run_window(app: QApplication, opened: Shop) -> int:
    windows: list[MainWindow] = []
    door = front_door.FrontDoor(opened.folder, lambda: windows[0] if windows else None, app)

    def show_window() -> None:
        actor = ask_who_is_at_the_desk()
        if actor is None:  # the login was cancelled: nothing opens
            QTimer.singleShot(0, app.quit)
            return
        session.start(actor)
        windows.append(MainWindow(opened))
        windows[0].show()
        warn_about_seals(windows[0], opened.seal_findings)
        show_place_warnings(windows[0], opened.warnings)  # a synced or network folder: said, not blocking
        show_backup_problem(windows[0], opened.backup_problem)  # the day's first backup, or its second copy

    try:
        offer_demo_shop(then=show_window)
        return app.exec()
    finally:
        door.close()
        tasks.wait_for_done()
        back_up_on_exit(opened)  # skipped when nothing changed since a backup; else behind a busy window
        session.end()
        opened.close()
