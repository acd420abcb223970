"""The complaints and feedback tab (投诉与反馈): filters with counts per status, the urgent list, the ticket."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import clock, tickets
from salon_crm.core.enums import Severity, TicketCategory, TicketKind, TicketStatus
from salon_crm.core.tickets import TicketFilter
from salon_crm.ui import tasks, vocabulary
from salon_crm.ui.tickets.intake_dialog import TicketIntakeDialog
from salon_crm.ui.tickets.settings_dialog import TicketSettingsDialog
from salon_crm.ui.tickets.step_dialogs import StaffCombo, vocabulary_combo
from salon_crm.ui.tickets.table_model import TicketTableModel
from salon_crm.ui.tickets.ticket_view import TicketView
from salon_crm.ui.widgets.row_model import ROW_ROLE
from salon_crm.ui.widgets.table_tab import TableTab

# The list waits for a pause in typing: one query for a word, not one per character.
SEARCH_DELAY_MS = 300
OPEN, ALL = "open", "all"
DEFAULT_DAYS = 365


class TicketsTab(TableTab):
    """Status buttons with their counts, filters and a search over the list; a double-click opens a ticket."""

    model: TicketTableModel  # the base keeps it as a RowTableModel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TicketTableModel(), parent)
        self.model.loaded.connect(self._show_count)
        self.new_button = QPushButton(self.tr("&New feedback…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search text, customer, mobile"))
        self.search.setClearButtonEnabled(True)
        self.kind = vocabulary_combo(self, TicketKind, empty=self.tr("Any type"))
        self.category = vocabulary_combo(self, TicketCategory, empty=self.tr("Any category"))
        self.severity = vocabulary_combo(self, Severity, empty=self.tr("Any severity"))
        self.assignee = StaffCombo(self, self.tr("Anyone"))
        self.overdue_box = QCheckBox(self.tr("Overdue only"), self)
        self.dates_box = QCheckBox(self.tr("Received"), self)
        today = clock.today()
        self.first_day = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS)), self)
        self.last_day = QDateEdit(_qdate(today), self)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            # Off until "Received" is ticked, so the dates never narrow the list unseen.
            edit.setEnabled(False)
        self.add_to_bar(self.new_button)
        self.add_to_bar(self.open_button)
        self.add_to_bar(self.search, 1)
        self.settings_button = QPushButton(self.tr("&Deadlines…"), self)
        self.settings_button.setToolTip(self.tr("Response and resolution deadlines per severity, escalation amounts"))
        self.add_to_bar(self.settings_button)
        self.status_buttons: dict[str, QToolButton] = {}
        self.status_group = QButtonGroup(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # Under the bar TableTab made: status buttons first, the finer filters below them, then the list.
        layout.insertWidget(1, self._status_row())
        layout.insertWidget(2, self._filter_row())
        self._counts: dict[str, int] = {}
        # Worded before the first counts arrive, so the buttons never show empty.
        self._word_status_buttons()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        # textEdited, not textChanged: only the user's typing waits; Enter searches at once.
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.reload)
        for combo in (self.kind, self.category, self.severity, self.assignee):
            # activated fires only on the user's choice, not when StaffCombo fills itself in the background.
            combo.activated.connect(lambda _index: self.reload())
        for box in (self.overdue_box, self.dates_box):
            box.toggled.connect(lambda _on: self.reload())
        self.dates_box.toggled.connect(self.first_day.setEnabled)
        self.dates_box.toggled.connect(self.last_day.setEnabled)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(lambda _day: self._dates_changed())
        self.status_group.buttonClicked.connect(lambda _button: self.reload())
        self.new_button.clicked.connect(self.new_ticket)
        self.open_button.clicked.connect(self.open_current)
        self.settings_button.clicked.connect(self.edit_settings)
        self.table.doubleClicked.connect(self._open_index)
        self.table.set_empty_text(
            self.tr("No complaints or suggestions here — New feedback… records one; other filters show more.")
        )

    def _status_row(self) -> QWidget:
        """A button per status (and "open", "all") showing its count; it may clip when narrow."""
        row = QWidget(self)
        # Ignored width: on a narrow window the row of buttons clips rather than widening the whole
        # window past the screen.
        row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        bar = QHBoxLayout(row)
        bar.setContentsMargins(0, 0, 0, 0)
        # "Open" first and checked: the desk's daily question is what is still to be handled.
        for key in (OPEN, *(status.value for status in TicketStatus), ALL):
            button = QToolButton(row)
            button.setCheckable(True)
            self.status_group.addButton(button)
            bar.addWidget(button)
            self.status_buttons[key] = button
        bar.addStretch(1)
        self.status_buttons[OPEN].setChecked(True)
        return row

    def _filter_row(self) -> QWidget:
        row = QWidget(self)
        row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        bar = QHBoxLayout(row)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.category, self.severity, self.assignee, self.overdue_box, self.dates_box):
            bar.addWidget(widget)
        bar.addWidget(self.first_day)
        bar.addWidget(QLabel("–", row))
        bar.addWidget(self.last_day)
        bar.addStretch(1)
        return row

    # --- the filter ------------------------------------------------------------------------

    def current_filter(self) -> TicketFilter:
        chosen = next((key for key, button in self.status_buttons.items() if button.isChecked()), OPEN)
        statuses = () if chosen in (OPEN, ALL) else (chosen,)
        return TicketFilter(
            statuses=statuses,
            open_only=chosen == OPEN,
            kind=self.kind.currentData(),
            category=self.category.currentData(),
            severity=self.severity.currentData(),
            assignee_id=self.assignee.staff_id(),
            overdue_only=self.overdue_box.isChecked(),
            received_from=self.first_day.date().toPython() if self.dates_box.isChecked() else None,  # type: ignore[arg-type]
            received_to=self.last_day.date().toPython() if self.dates_box.isChecked() else None,  # type: ignore[arg-type]
            search=self.search.text(),
        )

    def choose_status(self, key: str) -> None:
        """Show only tickets in ``key`` (a status, "open" or "all")."""
        self.status_buttons[key].setChecked(True)
        self.reload()

    def _dates_changed(self) -> None:
        # Moving the start past the end drags the end along, rather than listing nothing with no word why.
        if self.last_day.date() < self.first_day.date():
            self.last_day.setDate(self.first_day.date())
        if self.dates_box.isChecked():
            self.reload()

    def reload(self) -> None:
        where = self.current_filter()
        self.model.set_filter(where)
        # The counts ignore the status chosen (core): each button says what choosing it would list.
        tasks.run_in_background(self, lambda: tickets.count_by_status(where), self._show_counts)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self._word_status_buttons()

    def _word_status_buttons(self) -> None:
        counts = self._counts
        open_count = sum(n for status, n in counts.items() if status != TicketStatus.CLOSED.value)
        for key, button in self.status_buttons.items():
            if key == OPEN:
                word, count = self.tr("Open"), open_count
            elif key == ALL:
                word, count = self.tr("All"), sum(counts.values())
            else:
                word, count = vocabulary.word(TicketStatus, key), counts.get(key, 0)
            button.setText(f"{word} {count}" if counts else word)

    def _show_count(self) -> None:
        rows = self.model.rows()
        overdue = sum(1 for row in rows if row.overdue)
        self.count_label.setText(
            self.tr("Tickets shown: {count}, overdue: {overdue}").format(count=len(rows), overdue=overdue)
        )

    # --- acting ------------------------------------------------------------------------------

    def new_ticket(self) -> TicketIntakeDialog:
        dialog = TicketIntakeDialog.create(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda ticket: self._created(ticket.id))
        dialog.open()
        return dialog

    def _created(self, ticket_id: int) -> None:
        self.reload()
        # A new ticket opens straight away, its next steps (classify, assign) one click away.
        self.open_ticket(ticket_id)

    def edit_settings(self) -> TicketSettingsDialog:
        dialog = TicketSettingsDialog.edit(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_current(self) -> TicketView | None:
        index = self.table.currentIndex()
        return self._open_index(index) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> TicketView:
        return self.open_ticket(index.data(ROW_ROLE).id)

    def open_ticket(self, ticket_id: int) -> TicketView:
        view = TicketView.open_ticket(self, ticket_id)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A step may move the ticket to another status: the list and the counts are asked again.
        view.changed.connect(lambda _ticket_id: self.reload())
        view.open()
        return view


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
