"""The customer files tab (客户档案): search and filters over the paged list, and care lists.

Double-click or Enter opens a customer's file. The automatic tags are brought up
to date once a day, in the background, when the tab first loads.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import clock, customers, profiles, segments, staff, tags
from salon_crm.core.customers import CustomerFilter
from salon_crm.core.enums import AutoTag, TagKind
from salon_crm.core.permissions import Action
from salon_crm.core.rows import StaffMember
from salon_crm.ui import session, tasks, vocabulary
from salon_crm.ui.customers import segment_words
from salon_crm.ui.customers.care_panel import CarePanel
from salon_crm.ui.customers.duplicates_window import DuplicatesWindow
from salon_crm.ui.customers.file_view import CustomerFileView
from salon_crm.ui.customers.merge_dialog import MergeDialog
from salon_crm.ui.customers.profile_dialog import CustomerDialog
from salon_crm.ui.customers.table_model import AT_RISK, Column, CustomerTableModel
from salon_crm.ui.errors import describe_any
from salon_crm.ui.widgets.row_model import ROW_ROLE
from salon_crm.ui.widgets.table_tab import TableTab

SEARCH_DELAY_MS = 250  # wait for a pause in typing before querying
NO_DATE = QDate(2000, 1, 1)  # a date box at its minimum means "any"

FilterChoices = tuple[list[tags.TagRow], list[profiles.LevelChoice], list[StaffMember]]


def _filter_choices() -> FilterChoices:
    """Runs on the worker thread."""
    return tags.list_tags(), profiles.list_levels(), staff.list_staff()


def _warm_grades(today: date) -> bool:
    """Work out the shop's grades if they are not at hand (on the worker thread); True if it did."""
    if segments.cached_scores(today) is not None:
        return False
    segments.shop_scores(today)
    return True


class CustomersTab(TableTab):
    """Search box, filters, the customer table and the care lists."""

    model: CustomerTableModel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CustomerTableModel(), parent)
        self.file_views: list[CustomerFileView] = []
        self.last_dialog: CustomerDialog | MergeDialog | None = None
        self._tags_refreshed_on: date | None = None
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search by name, pinyin initials (zs), mobile, WeChat or tag"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(280)
        search_label = QLabel(self.tr("Se&arch:"), self)
        search_label.setBuddy(self.search_box)
        self.new_button = QPushButton(self.tr("&New customer…"), self)
        self.new_button.clicked.connect(self.new_customer)
        self.open_button = QPushButton(self.tr("&Open file"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.add_to_bar(search_label)
        self.add_to_bar(self.search_box, 1)
        self.add_to_bar(self.new_button)
        self.add_to_bar(self.open_button)
        # one button with a menu: two buttons made the window wider than a 1366 px screen's half
        self.duplicates_button = QPushButton(self.tr("&Duplicates"), self)
        duplicates_menu = QMenu(self.duplicates_button)
        self.merge_action = duplicates_menu.addAction(self.tr("&Merge two customers…"))
        self.merge_action.triggered.connect(self.merge_duplicates)
        self.find_duplicates_action = duplicates_menu.addAction(self.tr("Find &possible duplicates…"))
        self.find_duplicates_action.triggered.connect(self.find_duplicates)
        self.duplicates_button.setMenu(duplicates_menu)
        self.add_to_bar(self.duplicates_button)
        self._build_filters()
        self._build_views()
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(*self.model.sort_state())
        header.sortIndicatorChanged.connect(self._sort)
        # Enter on a row, or a double-click (the platform's way to activate an item)
        self.table.activated.connect(self._open_row)
        self.show_allowed_columns()
        self.table.set_empty_text(self._empty_words)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.returnPressed.connect(self._search_entered)
        self.search_box.installEventFilter(self)  # Down goes from the search to the results
        self.model.modelReset.connect(self._count)
        self._open_when_found = False  # Enter came before this search's results: open the first on arrival
        self.model.loaded.connect(self._results_arrived)

    # --- layout -------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.tag_filter = QComboBox(self)
        self.level_filter = QComboBox(self)
        self.segment_filter = QComboBox(self)
        self.grade_filter = QComboBox(self)
        self.stylist_filter = QComboBox(self)
        self.month_filter = QComboBox(self)
        self.segment_filter.addItem(self.tr("Any segment"), None)
        for code in customers.LIFECYCLES:
            self.segment_filter.addItem(segment_words.lifecycle(code), code)
        self.grade_filter.addItem(self.tr("Any grade"), None)
        for grade in segment_words.GRADES:
            self.grade_filter.addItem(self.tr("Grade {grade}").format(grade=grade), grade)
        self.month_filter.addItem(self.tr("Any birthday"), None)
        for month in range(1, 13):
            self.month_filter.addItem(self.tr("Birthday in month {month}").format(month=month), month)
        self.visit_from = self._date_box()
        self.visit_to = self._date_box()
        self.clear_filters_button = QPushButton(self.tr("Clea&r filters"), self)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Filters:"), self))
        for combo in (self.tag_filter, self.level_filter, self.segment_filter, self.grade_filter):
            row.addWidget(combo)
        row.addWidget(self.stylist_filter)
        row.addWidget(self.month_filter)
        row.addWidget(QLabel(self.tr("Last visit from"), self))
        row.addWidget(self.visit_from)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.visit_to)
        row.addWidget(self.clear_filters_button)
        row.addStretch(1)
        self.filter_row = row
        self._fill_choices(([], [], []))
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self._apply_filters)
        self.visit_from.dateChanged.connect(self._apply_filters)
        self.visit_to.dateChanged.connect(self._apply_filters)

    def _date_box(self) -> QDateEdit:
        box = QDateEdit(self)
        box.setDisplayFormat("yyyy-MM-dd")
        box.setCalendarPopup(True)
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(self.tr("any"))
        box.setDate(NO_DATE)
        return box

    def _build_views(self) -> None:
        """The list and the care lists as two pages under the search bar."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.table)
        list_page = QWidget(self)
        page_layout = QVBoxLayout(list_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        # many filters: on a narrow window they scroll sideways rather than widen it
        strip = QWidget()
        strip.setLayout(self.filter_row)
        self.filter_row.setContentsMargins(0, 0, 0, 0)
        scroller = QScrollArea(list_page)
        scroller.setWidget(strip)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFixedHeight(strip.sizeHint().height() + scroller.horizontalScrollBar().sizeHint().height())
        page_layout.addWidget(scroller)
        page_layout.addWidget(self.table)
        # what the list's colours and marks mean, one line under it (they had no legend)
        self.legend = QLabel(
            self.tr(
                '<span style="color:{red}">Red segment</span>: away well beyond their usual rhythm (at risk)'
                " · ⚠ beside a name: allergies noted"
            ).format(red=AT_RISK.name()),
            list_page,
        )
        self.legend.setStyleSheet("color: #666;")
        page_layout.addWidget(self.legend)
        self.care_panel = CarePanel(self)
        self.care_panel.openCustomer.connect(self.open_customer)
        self.care_panel.contacted.connect(self._refresh_views)
        self.views = QTabWidget(self)
        self.views.addTab(list_page, self.tr("Customer &list"))
        self.views.addTab(self.care_panel, self.tr("&Care lists"))
        self.views.currentChanged.connect(self._view_changed)
        layout.addWidget(self.views)

    def _filter_combos(self) -> list[QComboBox]:
        return [
            self.tag_filter,
            self.level_filter,
            self.segment_filter,
            self.grade_filter,
            self.stylist_filter,
            self.month_filter,
        ]

    def _fill_choices(self, choices: FilterChoices) -> None:
        tag_rows, levels, people = choices
        for combo, blank, items in (
            (self.tag_filter, self.tr("Any tag"), [(_tag_word(row), row.id) for row in tag_rows]),
            (self.level_filter, self.tr("Any level"), [(level.name, level.id) for level in levels]),
            (self.stylist_filter, self.tr("Any stylist"), [(p.name, p.id) for p in people if p.active]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, None)
            for text, key in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _empty_words(self) -> str:
        if self.model.search or not self.model.filters.is_empty:
            return self.tr("No customer matches — try fewer letters, or Clear filters.")
        return self.tr(
            "No customers yet — click New customer… to add one, or File → Import customers… to bring in an Excel list."
        )

    # --- loading ------------------------------------------------------------------

    def show_allowed_columns(self) -> None:
        """Money columns only for a role that sees money (a stylist does not); again after a switch of user."""
        for column in (Column.TOTAL_SPENT, Column.BALANCE, Column.POINTS):
            self.table.setColumnHidden(column, not session.may(Action.SEE_MONEY))
        self.duplicates_button.setVisible(session.may(Action.MERGE_CUSTOMERS))  # merging is the owner's

    def reload(self, *, retag: bool = False) -> None:
        """The page again, the grades in the background, and the automatic tags once a day, or
        now when ``retag`` (an import brought customers and bills the tags have not seen)."""
        self._reload()
        today = clock.today()
        # grades compare the whole shop: work them out once in the background, then show them
        # (after the other tabs' first pages, which the main window queues right after this)
        tasks.run_in_background(self, lambda: _warm_grades(today), self._grades_ready, later=True)
        if retag or self._tags_refreshed_on != today:
            self._tags_refreshed_on = today
            # absence and birthday tags move with the calendar: bring them up to date, then show them
            tasks.run_in_background(self, lambda: tags.refresh_auto_tags(today=today), self._tags_refreshed, later=True)

    def _grades_ready(self, worked_out: bool) -> None:
        if worked_out:
            self.model.reload()

    def _tags_refreshed(self, changes: int) -> None:
        if changes:
            self._reload()

    def _reload(self) -> None:
        super().reload()
        tasks.run_in_background(self, _filter_choices, self._fill_choices)
        if self.views.currentWidget() is self.care_panel:
            self.care_panel.reload()

    def _refresh_views(self) -> None:
        self._reload()
        for view in list(self.file_views):
            if view.isVisible():
                view.refresh()

    def _view_changed(self, _index: int) -> None:
        if self.views.currentWidget() is self.care_panel:
            self.care_panel.reload()

    def show_care(self, list_name: str | None = None) -> None:
        """Show the care lists (one of them, if named)."""
        self.views.setCurrentWidget(self.care_panel)
        if list_name is not None:
            self.care_panel.show_list(list_name)

    def focus_search(self) -> None:
        self.views.setCurrentIndex(0)
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # --- search, filters, sort ------------------------------------------------------

    def current_filters(self) -> CustomerFilter:
        def day(box: QDateEdit) -> date | None:
            return None if box.date() == NO_DATE else box.date().toPython()  # type: ignore[return-value]

        return CustomerFilter(
            tag_id=self.tag_filter.currentData(),
            level_id=self.level_filter.currentData(),
            lifecycle=self.segment_filter.currentData(),
            grade=self.grade_filter.currentData(),
            stylist_id=self.stylist_filter.currentData(),
            last_visit_from=day(self.visit_from),
            last_visit_to=day(self.visit_to),
            birth_month=self.month_filter.currentData(),
        )

    def _apply_filters(self, *_args: object) -> None:
        self.model.set_filters(self.current_filters())

    def clear_filters(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.visit_from, self.visit_to):
            box.blockSignals(True)
            box.setDate(NO_DATE)
            box.blockSignals(False)
        self._apply_filters()

    def _apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search_box.text())

    def _search_entered(self) -> None:
        """Enter opens the first match: at once when the list shows this search, else as the results arrive."""
        self._debounce.stop()
        if self.model.search_text() == self.search_box.text().strip() and not self.model.is_loading():
            if self.model.rowCount() > 0:  # the results are already there
                self.table.selectRow(0)
                self._open_row(self.model.index(0, 0))
            return
        self._open_when_found = True  # "zs" Enter: one Enter searches and opens the top match
        self._apply_search()

    def _results_arrived(self) -> None:
        wanted, self._open_when_found = self._open_when_found, False
        typed_on = self._debounce.isActive() or self.model.search_text() != self.search_box.text().strip()
        if wanted and not typed_on and self.model.rowCount() > 0:
            self.table.selectRow(0)
            self._open_row(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        down = event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
        if watched is self.search_box and down and self.model.rowCount() > 0:
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _open_row(self, index: QModelIndex) -> None:
        """Enter or a double-click on a row opens that row's file (selected or not)."""
        if index.isValid():
            self.open_customer(int(self.model.data(self.model.index(index.row(), 0), ROW_ROLE).id))

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(column):
            self.model.sort(column, order)
            return
        # the tags and segment columns cannot be sorted: put the indicator back where it was
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self.model.sort_state())
        header.blockSignals(False)

    def _count(self) -> None:
        search, filters = self.model.search, self.model.filters
        tasks.run_in_background(
            self,
            lambda: customers.count_customers(search, filters=filters),
            lambda total: self._show_count(search, filters, total),
            lambda error: self.count_label.setText(describe_any(error)),
        )

    def _show_count(self, search: str, filters: CustomerFilter, total: int) -> None:
        if search != self.model.search or filters != self.model.filters:
            return  # an older search answered late
        if search or not filters.is_empty:
            text = self.tr("Customers found: {count}").format(count=f"{total:,}")
        else:
            text = self.tr("Customers: {count}").format(count=f"{total:,}")
        self.count_label.setText(text)

    # --- opening --------------------------------------------------------------------

    def selected_customer_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return int(self.model.data(rows[0], ROW_ROLE).id)
        current = self.table.currentIndex()  # the keyboard's row, even before Space selects it
        return int(self.model.data(self.model.index(current.row(), 0), ROW_ROLE).id) if current.isValid() else None

    def open_selected(self) -> CustomerFileView | None:
        customer_id = self.selected_customer_id()
        return self.open_customer(customer_id) if customer_id is not None else None

    def open_customer(self, customer_id: int) -> CustomerFileView:
        """Show the customer's file in its own window (one per customer)."""
        for view in self.file_views:
            if view.customer_id == customer_id:
                view.refresh()
                view.show()
                view.raise_()
                view.activateWindow()
                return view
        view = CustomerFileView(self, customer_id)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.changed.connect(self._reload)
        view.destroyed.connect(lambda _obj=None, v=view: self._forget(v))
        self.file_views.append(view)
        view.show()
        return view

    def _forget(self, view: CustomerFileView) -> None:
        if view in self.file_views:
            self.file_views.remove(view)

    def new_customer(self) -> CustomerDialog:
        dialog = CustomerDialog.create(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda profile: self._created(profile.id))
        dialog.openCustomer.connect(self.open_customer)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _created(self, customer_id: int) -> None:
        self._reload()
        self.open_customer(customer_id)

    def find_duplicates(self) -> DuplicatesWindow:
        """The pairs of files the duplicate rule finds, to merge or skip one by one (owner only)."""
        window = DuplicatesWindow.open_for(self)
        window.merged.connect(lambda _merged_id: self._reload())
        return window

    def merge_duplicates(self) -> MergeDialog:
        """Pick two files of one person (the selected one is kept) and merge them."""
        dialog = MergeDialog(self, self.selected_customer_id())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _profile: self._reload())
        self.last_dialog = dialog
        dialog.open()
        return dialog


def _tag_word(row: tags.TagRow) -> str:
    """A manual tag's name as typed; an automatic tag's word in the UI's language."""
    return vocabulary.word(AutoTag, row.name) if row.kind == TagKind.AUTO.value else row.name
