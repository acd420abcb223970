"""The main window: four tabs, the menus, and a status bar with the shop's counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

import salon_crm
from salon_crm.core import migrations, permissions, shop, stats
from salon_crm.core.db import Shop
from salon_crm.core.permissions import Action
from salon_crm.core.rows import ShopCounts, ShopSettings
from salon_crm.ui import icons, session, shortcuts, tasks
from salon_crm.ui.appointments.tab import AppointmentsTab
from salon_crm.ui.backup.actions import BackupActions
from salon_crm.ui.customers.tab import CustomersTab
from salon_crm.ui.excel import messages as _excel_messages  # noqa: F401 - registers the sentences; no openpyxl yet
from salon_crm.ui.idle_lock import IdleLock, idle_minutes
from salon_crm.ui.satisfaction.tab import SatisfactionTab
from salon_crm.ui.settings.audit_dialog import AuditDialog
from salon_crm.ui.settings.commission_dialogs import RuleListDialog, StatementDialog
from salon_crm.ui.settings.levels_dialog import LevelListDialog
from salon_crm.ui.settings.packages_dialog import PlanListDialog
from salon_crm.ui.settings.rules_dialog import RulesDialog
from salon_crm.ui.settings.service_dialogs import ServiceListDialog
from salon_crm.ui.settings.shop_dialog import ShopDialog
from salon_crm.ui.settings.staff_dialogs import StaffListDialog
from salon_crm.ui.settings.tag_rules_dialog import TagRulesDialog
from salon_crm.ui.settings.users_dialog import UsersDialog
from salon_crm.ui.shortcuts_dialog import ShortcutsDialog
from salon_crm.ui.tickets.tab import TicketsTab
from salon_crm.ui.widgets.form_dialog import any_form_saved

if TYPE_CHECKING:
    from salon_crm.ui.excel.import_wizard import ImportWizard
    from salon_crm.ui.excel.report_dialog import MonthlyReportDialog

GEOMETRY_KEY = "main_window/geometry"
TAB_KEY = "main_window/tab"
# A screen up to this size (the 1366x768 front-desk laptop, 1440x900) gets the whole screen
# on a first start; a bigger one a window of MAX_FIRST_SIZE at most, centred.
MAXIMISE_UP_TO = (1440, 900)
MAX_FIRST_SIZE = (1600, 960)


def first_size(width: int, height: int) -> tuple[int, int] | None:
    """The size of the first window on a screen of ``width`` x ``height``; None: maximised."""
    if width <= MAXIMISE_UP_TO[0] or height <= MAXIMISE_UP_TO[1]:
        return None
    return min(MAX_FIRST_SIZE[0], width * 9 // 10), min(MAX_FIRST_SIZE[1], height * 9 // 10)


class MainWindow(QMainWindow):
    """Customers, appointments, complaints and satisfaction, one tab each."""

    def __init__(self, opened: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = opened
        self.shop_name = ""
        self.customers_tab = CustomersTab(self)
        self.appointments_tab = AppointmentsTab(self)
        self.tickets_tab = TicketsTab(self)
        self.satisfaction_tab = SatisfactionTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.customers_tab, self.tr("Customers"))
        self.tabs.addTab(self.appointments_tab, self.tr("Appointments"))
        self.tabs.addTab(self.tickets_tab, self.tr("Complaints"))
        self.tabs.addTab(self.satisfaction_tab, self.tr("Satisfaction"))
        self.setCentralWidget(self.tabs)
        # each tab writes through its own dialogs: a tab switch and every saved form bring the counts up to date
        self.tabs.currentChanged.connect(lambda _index: self.refresh_counts())
        any_form_saved().saved.connect(self.refresh_counts)
        for number in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))
        QShortcut(shortcuts.FIND.sequence(), self).activated.connect(self._find)
        QShortcut(shortcuts.REFRESH.sequence(), self).activated.connect(self.refresh)

        self._build_menus()
        icons.dress(self)
        self.session = session.current()  # the person at the desk; File → Switch user changes it
        self.session.changed.connect(lambda _actor: self._user_changed())
        self.idle_lock = IdleLock(self, idle_minutes())
        self._show_allowed()
        self.path_label = QLabel(self.tr("Data file: {path}").format(path=self.shop.db_path), self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel(self)
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._show_title()
        self._restore_state()
        self.refresh()

    # --- menus ----------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self._menu(self.tr("&File"))
        # the two things a front desk does most, from any tab (the shortcuts table holds the keys)
        self.new_customer_action = file_menu.addAction(self.tr("&New customer…"))
        self.new_customer_action.setShortcut(shortcuts.NEW_CUSTOMER.sequence())
        self.new_customer_action.triggered.connect(self.new_customer)
        self.new_booking_action = file_menu.addAction(self.tr("New boo&king…"))
        self.new_booking_action.setShortcut(shortcuts.NEW_BOOKING.sequence())
        self.new_booking_action.triggered.connect(self.new_booking)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(self.tr("&Import customers…"))
        self.import_action.triggered.connect(self.import_customers)
        self.export_action = file_menu.addAction(self.tr("&Export list…"))
        self.export_action.setStatusTip(self.tr("Save the list on the current tab, as filtered, to an Excel workbook"))
        self.export_action.triggered.connect(self.export_list)
        self.report_action = file_menu.addAction(self.tr("&Monthly report…"))
        self.report_action.triggered.connect(self.monthly_report)
        self.statement_action = file_menu.addAction(self.tr("&Commission statement…"))
        self.statement_action.triggered.connect(lambda: self.open_settings(StatementDialog(self)))
        self.switch_user_action = file_menu.addAction(self.tr("S&witch user…"))
        self.switch_user_action.setShortcut(shortcuts.SWITCH_USER.sequence())
        self.switch_user_action.setStatusTip(self.tr("Another member of staff takes the desk: log in as them"))
        self.switch_user_action.triggered.connect(self.switch_user)
        self.backup_actions = BackupActions(self, file_menu)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self._build_settings_menu()
        self._build_help_menu()

    def _build_settings_menu(self) -> None:
        settings_menu = self._menu(self.tr("&Settings"))
        self.staff_action = settings_menu.addAction(self.tr("&Staff…"))
        self.staff_action.triggered.connect(lambda: self.open_settings(StaffListDialog(self)))
        self.services_action = settings_menu.addAction(self.tr("S&ervices…"))
        self.services_action.triggered.connect(lambda: self.open_settings(ServiceListDialog(self)))
        self.levels_action = settings_menu.addAction(self.tr("Membership &levels…"))
        self.levels_action.triggered.connect(lambda: self.open_settings(LevelListDialog(self)))
        self.packages_action = settings_menu.addAction(self.tr("&Packages…"))
        self.packages_action.triggered.connect(lambda: self.open_settings(PlanListDialog(self)))
        self.rules_action = settings_menu.addAction(self.tr("&Rules…"))
        self.rules_action.triggered.connect(lambda: self.open_settings(RulesDialog(self)))
        self.tag_rules_action = settings_menu.addAction(self.tr("Automatic &tags…"))
        self.tag_rules_action.triggered.connect(lambda: self.open_settings(TagRulesDialog(self)))
        self.commission_rules_action = settings_menu.addAction(self.tr("&Commission rules…"))
        self.commission_rules_action.triggered.connect(lambda: self.open_settings(RuleListDialog(self)))
        self.shop_action = settings_menu.addAction(self.tr("S&hop…"))
        self.shop_action.triggered.connect(lambda: self.open_settings(ShopDialog.edit(self)))
        self.users_action = settings_menu.addAction(self.tr("&Users…"))
        self.users_action.triggered.connect(lambda: self.open_settings(UsersDialog(self)))
        self.audit_action = settings_menu.addAction(self.tr("&Audit log…"))
        self.audit_action.triggered.connect(lambda: self.open_settings(AuditDialog(self)))

    def _build_help_menu(self) -> None:
        help_menu = self._menu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts…"))
        self.shortcuts_action.setShortcut(shortcuts.HELP.sequence())
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        about: QAction = help_menu.addAction(self.tr("&About Salon CRM…"))
        about.triggered.connect(self.show_about)

    def new_customer(self) -> QDialog:
        """The new-customer form, over whichever tab is showing; the customer list shows the result."""
        return self.customers_tab.new_customer()

    def new_booking(self) -> QDialog:
        """The booking form at the next quarter hour of the day the appointments tab shows."""
        return self.appointments_tab.new_booking()

    def show_shortcuts(self) -> QDialog:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_customers(self) -> ImportWizard:
        """Open the import wizard; after an import every tab shows the new customers."""
        from salon_crm.ui.excel.import_wizard import ImportWizard

        wizard = ImportWizard(self.shop.backup_dir, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # retag: the imported customers get their automatic tags now, not at tomorrow's first start
        wizard.imported.connect(lambda _result: self.refresh(retag=True))
        wizard.open()
        return wizard

    def export_list(self) -> None:
        """Save what the current tab lists (with its filter) as .xlsx."""
        from salon_crm.ui.excel.export import export_list

        title = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        export_list(self, self.tabs.currentWidget(), title)

    def monthly_report(self) -> MonthlyReportDialog:
        from salon_crm.ui.excel.report_dialog import MonthlyReportDialog

        dialog = MonthlyReportDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _menu(self, title: str) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setToolTipsVisible(True)
        return menu

    def open_settings(self, dialog: QDialog) -> QDialog:
        """Show a settings dialog; when it closes, what it changed is shown everywhere."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def about_text(self) -> str:
        return self.tr(
            "<h3>Salon CRM {version}</h3>"
            "<p>Customer files, appointments, complaints and satisfaction for one "
            "salon, on this computer only.</p>"
            "<p>Data folder: {folder}<br>Data file schema version: {schema}</p>"
        ).format(
            version=salon_crm.__version__,
            folder=self.shop.folder,
            schema=migrations.CURRENT_VERSION,
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Salon CRM"), self.about_text())

    # --- contents ---------------------------------------------------------------

    def refresh(self, *, retag: bool = False) -> None:
        """Reload every tab, the title and the counts (after a change or at start); ``retag``
        works out every automatic tag again (else the customers tab does so once a day)."""
        self.customers_tab.reload(retag=retag)
        for tab in (self.appointments_tab, self.tickets_tab, self.satisfaction_tab):
            tab.reload()
        tasks.run_in_background(self, shop.get_shop_settings, self._shop_settings_read)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Re-read the status bar's counts (cheap: a handful of COUNTs)."""
        tasks.run_in_background(self, stats.shop_counts, self._show_counts)

    def _shop_settings_read(self, settings: ShopSettings) -> None:
        self.shop_name = settings.shop_name
        self._show_title()

    def _show_title(self) -> None:
        app_name = self.tr("Salon CRM")
        title = f"{self.shop_name} — {app_name}" if self.shop_name else app_name
        self.setWindowTitle(f"{title} — {self.session.actor.username}")

    # --- who is at the desk --------------------------------------------------------

    def _show_allowed(self) -> None:
        """Hide what the person at the desk may not do (a courtesy: core refuses it anyway)."""
        for action, needs in (
            (self.new_customer_action, Action.EDIT_CUSTOMERS),
            (self.new_booking_action, Action.BOOK),
            (self.import_action, Action.IMPORT_DATA),
            (self.export_action, Action.EXPORT_PERSONAL_DATA),
            (self.report_action, Action.EXPORT_PERSONAL_DATA),
            (self.staff_action, Action.CHANGE_STAFF),
            (self.services_action, Action.CHANGE_CATALOGUE),
            (self.levels_action, Action.CHANGE_CATALOGUE),
            (self.packages_action, Action.CHANGE_CATALOGUE),
            (self.rules_action, Action.CHANGE_SETTINGS),
            (self.tag_rules_action, Action.CHANGE_SETTINGS),
            (self.commission_rules_action, Action.CHANGE_SETTINGS),
            (self.statement_action, Action.SEE_COMMISSION),
            (self.shop_action, Action.CHANGE_SETTINGS),
            (self.users_action, Action.MANAGE_USERS),
            (self.audit_action, Action.SEE_AUDIT_LOG),
            (self.backup_actions.restore_action, Action.RESTORE_BACKUP),
        ):
            action.setVisible(permissions.allowed(self.session.actor, needs))

    def _user_changed(self) -> None:
        self._show_allowed()
        self._show_title()
        self.customers_tab.show_allowed_columns()
        self.customers_tab.model.reload()  # phones masked or whole for the new user

    def switch_user(self) -> None:
        """Someone else takes the desk: the login over the window, which keeps its tabs."""
        from salon_crm.ui.login import LoginDialog

        dialog = LoginDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: session.start(dialog.actor) if dialog.actor is not None else None)
        dialog.open()

    def _show_counts(self, counts: ShopCounts) -> None:
        self.counts_label.setText(
            self.tr(
                "Customers {customers} · Visits {visits} · Appointments {appointments}"
                " · Tickets {tickets} ({open_tickets} open) · Surveys {surveys}"
            ).format(
                customers=f"{counts.customers:,}",
                visits=f"{counts.visits:,}",
                appointments=f"{counts.appointments:,}",
                tickets=f"{counts.tickets:,}",
                open_tickets=f"{counts.open_tickets:,}",
                surveys=f"{counts.surveys:,}",
            )
        )

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.customers_tab)
        self.customers_tab.focus_search()

    # --- window state -------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._first_geometry()
        tab = settings.value(TAB_KEY, 0)
        try:
            self.tabs.setCurrentIndex(int(tab))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            self.tabs.setCurrentIndex(0)

    def _first_geometry(self) -> None:
        """No saved size: maximised on a small screen, else a roomy window in the middle."""
        screen = self.screen().availableGeometry()
        size = first_size(screen.width(), screen.height())
        if size is None:
            # the whole screen also as the normal size: without a window manager (a kiosk
            # session, the screenshot tool) "maximised" alone changes nothing
            self.setGeometry(screen)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        self.resize(*size)
        self.move(screen.x() + (screen.width() - size[0]) // 2, screen.y() + (screen.height() - size[1]) // 2)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(TAB_KEY, self.tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
