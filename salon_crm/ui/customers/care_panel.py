"""Care lists (客户关怀): who to call, a tick for each call made, and a Copy button.

Birthdays this week or month, follow-up calls due after a visit (回访), dormant
customers to win back and customers at risk. "Call done" records a care contact,
which takes the customer off the list and shows on their timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_crm.core import care, clock
from salon_crm.core.care import CareItem
from salon_crm.core.holidays import Festival
from salon_crm.ui import vocabulary
from salon_crm.ui.customers.ledger_dialogs import CareContactDialog
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.row_model import PageQuery, RowTableModel
from salon_crm.ui.widgets.table_view import ReadOnlyTable

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# each list: how it is read (on the worker thread)
LISTS: dict[str, Callable[[date], list[CareItem]]] = {
    "birthdays_week": lambda today: care.birthdays(today, "week"),
    "birthdays_month": lambda today: care.birthdays(today, "month"),
    "follow_ups": care.follow_ups_due,
    "dormant": care.dormant,
    "at_risk": care.at_risk,
    "holidays": care.holiday_greetings,
    "packages_expiring": care.packages_expiring,
}


class CareColumn(IntEnum):
    NAME = 0
    PHONE = 1
    DUE = 2
    LAST_VISIT = 3
    REASON = 4
    STYLIST = 5
    ALLERGIES = 6


class CareModel(RowTableModel):
    """The customers on one care list (a list is short: read whole).

    Signals: those of ``RowTableModel``.
    """

    columns = CareColumn
    page_size = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.list_name = "follow_ups"

    def set_list(self, name: str) -> None:
        self.list_name = name
        self.reload()

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Due"),
            self.tr("Last visit"),
            self.tr("About"),
            self.tr("Stylist"),
            self.tr("Allergies"),
        ]

    def page_query(self) -> PageQuery:
        read = LISTS[self.list_name]
        # today asked at each read, not when the panel was made: a window left open past midnight
        # shows the new day's list (and tests set the clock)
        return lambda _offset, _limit: read(clock.today())

    def reason(self, item: CareItem) -> str:
        """What the call is about, in a few words."""
        # the most specific reason first: a dated occasion, then the visit to follow up, then the gap;
        # each list fills only the fields of its own reason (CareItem)
        occasion = self._occasion(item)
        if occasion:
            return occasion
        if item.services:
            return self.tr("Follow up on {services}").format(services=item.services)
        # at risk: the gap set against the customer's own rhythm, not one fixed number (PRODUCT.md §2)
        if item.usual_gap_days is not None:
            return self.tr("{days} days away; usually every {gap} days").format(
                days=item.days_since_last_visit, gap=f"{item.usual_gap_days:.0f}"
            )
        if item.days_since_last_visit is not None:
            return self.tr("{days} days since the last visit").format(days=item.days_since_last_visit)
        return ""

    def _occasion(self, item: CareItem) -> str:
        """A day the call is for: a birthday, a package's end, a festival ("" for none)."""
        if item.birthday is not None:
            return self.tr("Birthday on {day}").format(day=formatting.day_with_weekday(item.birthday))
        if item.package_left is not None:
            return self.tr("{left} × {service} unused; the package ends {day}").format(
                left=item.package_left, service=item.services, day=formatting.day(item.due)
            )
        if item.festival:
            # a shop's own day is stored by its name, which word() hands back as it is
            festival = vocabulary.word(Festival, item.festival)
            return self.tr("{festival} on {day}").format(festival=festival, day=formatting.day_with_weekday(item.due))
        return ""

    def text(self, item: CareItem, column: int) -> str:
        return {
            CareColumn.NAME: lambda: item.name,
            # masked for a role that may not see phones (PRODUCT.md §9); the copied list is masked too
            CareColumn.PHONE: lambda: formatting.phone(item.phone),
            CareColumn.DUE: lambda: formatting.day(item.due),
            CareColumn.LAST_VISIT: lambda: formatting.day(item.last_visit),
            CareColumn.REASON: lambda: self.reason(item),
            CareColumn.STYLIST: lambda: item.stylist,
            CareColumn.ALLERGIES: lambda: item.allergies,
        }[CareColumn(column)]()

    def cell(self, row: CareItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        # allergies show as a warning wherever the customer appears (PRODUCT.md §1): a caller may book them
        if role == Qt.ItemDataRole.ForegroundRole and column == CareColumn.ALLERGIES:
            return Qt.GlobalColor.darkRed
        return None

    def as_tsv(self) -> str:
        """The list as tab-separated text with a header line (pastes into Excel or WPS)."""
        lines = ["\t".join(self.headers())]
        for item in self.rows():
            # a tab or line break in a note would split the cell into further columns or rows on pasting
            cells = (self.text(item, column).replace("\t", " ").replace("\n", " ") for column in CareColumn)
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"


class CarePanel(QWidget):
    """The care lists, one at a time.

    Signals:
        openCustomer(int): the user asked to open a customer's file.
        contacted(): a care contact was recorded.
    """

    openCustomer = Signal(int)
    contacted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CareModel(self)
        self.list_combo = QComboBox(self)
        for key, title in (
            ("follow_ups", self.tr("Follow-up calls due")),
            ("birthdays_week", self.tr("Birthdays this week")),
            ("birthdays_month", self.tr("Birthdays this month")),
            ("dormant", self.tr("Dormant customers to win back")),
            ("at_risk", self.tr("At-risk customers")),
            ("holidays", self.tr("Holiday greetings")),
            # 30 is care.EXPIRING_DAYS, the list's default: change the two together
            ("packages_expiring", self.tr("Packages ending within 30 days")),
        ):
            self.list_combo.addItem(title, key)
        self.list_combo.currentIndexChanged.connect(lambda _index: self.model.set_list(self.current_list()))
        self.count_label = QLabel(self)
        self.done_button = QPushButton(self.tr("Call don&e…"), self)
        self.done_button.clicked.connect(self.call_done)
        self.open_button = QPushButton(self.tr("O&pen file"), self)
        self.open_button.clicked.connect(self._open_selected)
        self.copy_button = QPushButton(self.tr("Cop&y list"), self)
        self.copy_button.setToolTip(self.tr("Copy the list as tab-separated text, to paste into Excel or WPS"))
        self.copy_button.clicked.connect(self.copy)
        self.table = ReadOnlyTable(self)
        self.table.setModel(self.model)
        self.table.set_empty_text(self.tr("Nobody is due on this list — nothing to do here today."))
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._enable())
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.count_label.setText)
        self.last_dialog: CareContactDialog | None = None
        bar = QHBoxLayout()
        list_label = QLabel(self.tr("Lis&t:"), self)
        list_label.setBuddy(self.list_combo)
        bar.addWidget(list_label)
        bar.addWidget(self.list_combo)
        bar.addWidget(self.done_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.copy_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._enable()

    def current_list(self) -> str:
        return str(self.list_combo.currentData())

    def show_list(self, name: str) -> None:
        self.list_combo.setCurrentIndex(self.list_combo.findData(name))

    def reload(self) -> None:
        self.model.set_list(self.current_list())

    def _loaded(self) -> None:
        self.count_label.setText(self.tr("Customers on this list: {count}").format(count=self.model.rowCount()))
        self._enable()

    def selected(self) -> CareItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.done_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        self.copy_button.setEnabled(self.model.rowCount() > 0)

    def _open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.openCustomer.emit(item.customer_id)

    def call_done(self) -> CareContactDialog | None:
        """Ask what was said, then record the contact (the list reloads without the customer)."""
        item = self.selected()
        if item is None:
            return None
        dialog = CareContactDialog(self, item.customer_id, item.kind, item.service_record_id, item.name)
        # the contact carries the list's kind (and, for a follow-up, the bill): a list ticks off only
        # contacts of its own kind
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _row: self._contacted())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _contacted(self) -> None:
        self.reload()
        self.contacted.emit()

    def copy(self) -> None:
        # tab-separated on the clipboard: Excel and WPS paste it as cells, one customer a row
        QGuiApplication.clipboard().setText(self.model.as_tsv())
        self.count_label.setText(self.tr("Rows copied: {count}").format(count=self.model.rowCount()))
