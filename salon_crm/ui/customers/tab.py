"""The customer files tab (客户档案): a search box over the paged customer list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from salon_crm.core import customers
from salon_crm.ui import tasks
from salon_crm.ui.customers.table_model import CustomerTableModel
from salon_crm.ui.widgets.table_tab import TableTab

SEARCH_DELAY_MS = 250  # wait for a pause in typing before querying


class CustomersTab(TableTab):
    """Search box, match count and the customer table."""

    model: CustomerTableModel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CustomerTableModel(), parent)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search by name, pinyin initials (zs), mobile or WeChat"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(360)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_box)
        self.add_to_bar(search_label)
        self.add_to_bar(self.search_box, 1)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(*self.model.sort_state())
        header.sortIndicatorChanged.connect(self._sort)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.returnPressed.connect(self._apply_search)
        self.model.modelReset.connect(self._count)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search_box.text())

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(column):
            self.model.sort(column, order)
            return
        # the tags column cannot be sorted: put the indicator back where it was
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self.model.sort_state())
        header.blockSignals(False)

    def _count(self) -> None:
        search = self.model.search
        tasks.run_in_background(
            self,
            lambda: customers.count_customers(search),
            lambda total: self._show_count(search, total),
        )

    def _show_count(self, search: str, total: int) -> None:
        if search != self.model.search:
            return  # an older search answered late
        if search:
            text = self.tr("Customers found: {count}").format(count=f"{total:,}")
        else:
            text = self.tr("Customers: {count}").format(count=f"{total:,}")
        self.count_label.setText(text)
