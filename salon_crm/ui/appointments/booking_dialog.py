"""The booking form (新建预约): customer or walk-in, services, stylist, start, note, repeats."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import appointments, catalogue, search_text, service_records, staff, when
from salon_crm.core.appointments import BookingInput, Occurrence, RecurringResult
from salon_crm.core.enums import StaffRole
from salon_crm.core.errors import ValidationError
from salon_crm.core.rows import ServiceItemRow, StaffMember
from salon_crm.ui import session, tasks
from salon_crm.ui.errors import describe, describe_any
from salon_crm.ui.widgets import formatting
from salon_crm.ui.widgets.customer_picker import CustomerPicker
from salon_crm.ui.widgets.form_dialog import FormDialog

WARNING_STYLE = "color: #b9770e; font-weight: bold;"
FREE_STYLE = "color: #1e6b34;"
SLOT_CHECK_MS = 250  # a pause in typing before the core is asked
ANY_STYLIST = -1
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the service's name, for finding it by pinyin
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2  # "name · minutes · price" without the ★ mark
ORDER_ROLE = Qt.ItemDataRole.UserRole + 3  # its place in the catalogue


@dataclass(frozen=True)
class Choices:
    """What the form offers: the catalogue and the stylists."""

    items: list[ServiceItemRow]
    stylists: list[StaffMember]


def _choices() -> Choices:
    stylists = [m for m in staff.list_staff(include_inactive=False) if m.role != StaffRole.FRONT_DESK.value]
    return Choices(catalogue.list_service_items(include_inactive=False), stylists)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


class BookingDialog(FormDialog):
    """Book a customer or a walk-in; a repeat books the same time every N weeks.

    Signals: those of ``FormDialog`` (``saved`` carries an ``AppointmentView`` or,
    for a repeat, a ``RecurringResult``).
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        start: datetime,
        stylist_id: int | None = None,
        customer_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New booking"))
        self._wanted_stylist = stylist_id
        self.durations: dict[int, int] = {}
        self._usual: tuple[int, ...] = ()  # the chosen customer's usual services, most often first
        self.clash_box: QMessageBox | None = None
        self._slot_serial = 0
        self._base_day = start.date()  # "+15" in the When box counts from the day the form opened on
        walk_in, repeat = self._build(start)
        services, when = self._build_quick_fields()
        self.form.addRow(self.tr("&Customer:"), self.picker)
        self.form.addRow("", self.walk_in_box)
        self.form.addRow(self.tr("Walk-in:"), walk_in)
        self.form.addRow("", self.no_show_label)
        self.form.addRow(self.tr("Ser&vices:"), services)
        self.form.addRow("", self.length_label)
        self.form.addRow(self.tr("W&hen:"), when)
        self.form.addRow(self.tr("S&tylist:"), self.stylist_combo)
        self.form.addRow("", self.slot_label)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.form.addRow("", repeat)
        self.setMinimumWidth(560)
        # the keyboard path: customer → find a service → when → stylist → note; the list by Down or a click
        for first, second in (
            (self.picker.search, self.service_filter),
            (self.service_filter, self.when_edit),
            (self.when_edit, self.start_edit),
            (self.start_edit, self.stylist_combo),
            (self.stylist_combo, self.note_edit),
            (self.note_edit, self.services),
        ):
            QWidget.setTabOrder(first, second)

        self.picker.customerChosen.connect(self._customer_chosen)
        self.service_filter.textChanged.connect(self._filter_services)
        self.service_filter.installEventFilter(self)
        self.when_edit.textEdited.connect(self._when_typed)
        self.walk_in_box.toggled.connect(self._walk_in_toggled)
        for edit in (self.walk_in_name, self.walk_in_phone, self.note_edit):
            edit.textChanged.connect(self.revalidate)
        self.services.itemChanged.connect(self.revalidate)
        self.start_edit.dateTimeChanged.connect(self.revalidate)
        self.repeat_box.toggled.connect(self.revalidate)
        self.stylist_combo.currentIndexChanged.connect(lambda _index: self.revalidate())
        self._slot_timer = QTimer(self)
        self._slot_timer.setSingleShot(True)
        self._slot_timer.setInterval(SLOT_CHECK_MS)
        self._slot_timer.timeout.connect(self.check_slot)
        self._walk_in_toggled(False)
        if customer_id is not None:
            self.picker.set_customer(customer_id)
        self.load(_choices, self._fill)

    def _build(self, start: datetime) -> tuple[QWidget, QWidget]:
        """The fields; returns the two rows made of several widgets."""
        self.picker = CustomerPicker(self)
        self.walk_in_box = QCheckBox(self.tr("&Walk-in (not on file yet)"), self)
        self.walk_in_name = QLineEdit(self)
        self.walk_in_name.setPlaceholderText(self.tr("Name"))
        self.walk_in_phone = QLineEdit(self)
        self.walk_in_phone.setPlaceholderText(self.tr("Mobile"))
        walk_in = QWidget(self)
        row = QHBoxLayout(walk_in)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.walk_in_name, 1)
        row.addWidget(self.walk_in_phone, 1)
        self.no_show_label = QLabel(self)
        self.no_show_label.setStyleSheet(WARNING_STYLE)
        # its line is kept while empty: choosing a customer must not make the form jump under the cursor
        self.no_show_label.setMinimumHeight(self.fontMetrics().height())
        self.services = QListWidget(self)
        self.services.setMinimumHeight(150)
        self.length_label = QLabel(self)
        self.slot_label = QLabel(self)
        self.slot_label.setWordWrap(True)
        self.stylist_combo = QComboBox(self)
        self.stylist_combo.addItem(self.tr("Any free stylist"), ANY_STYLIST)
        self.start_edit = QDateTimeEdit(to_qdatetime(start), self)
        self.start_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start_edit.setCalendarPopup(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(appointments.NOTE_MAX)
        self.repeat_box = QCheckBox(self.tr("&Repeat every"), self)
        self.every_weeks = QSpinBox(self)
        self.every_weeks.setRange(1, appointments.MAX_EVERY_WEEKS)
        self.every_weeks.setValue(4)
        self.every_weeks.setSuffix(self.tr(" weeks"))
        self.times = QSpinBox(self)
        self.times.setRange(2, appointments.MAX_OCCURRENCES)
        self.times.setValue(4)
        self.times.setSuffix(self.tr(" times"))
        repeat = QWidget(self)
        row = QHBoxLayout(repeat)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.repeat_box, self.every_weeks, self.times):
            row.addWidget(widget)
        row.addStretch(1)
        return walk_in, repeat

    def _build_quick_fields(self) -> tuple[QWidget, QWidget]:
        """The services with a type-to-find box over them, and the When box beside the exact start."""
        self.service_filter = QLineEdit(self)
        self.service_filter.setPlaceholderText(self.tr("Find: name or pinyin initials (jf), Enter ticks the first"))
        self.service_filter.setClearButtonEnabled(True)
        services = QWidget(self)
        column = QVBoxLayout(services)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.service_filter)
        column.addWidget(self.services)
        services.setFocusProxy(self.service_filter)
        self.when_edit = QLineEdit(self)
        self.when_edit.setPlaceholderText(self.tr("15, 1530 or +15 for tomorrow"))
        self.when_edit.setToolTip(
            self.tr("15 = 15:00 today · 1530 = 15:30 · +15 = tomorrow 15:00 · +2 9:30 = in two days, 9:30")
        )
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.when_edit, 1)
        row.addWidget(self.start_edit, 1)
        when.setFocusProxy(self.when_edit)
        return services, when

    @property
    def base_day(self) -> date:
        """The day "+15" counts from: the day the form opened on."""
        return self._base_day

    @classmethod
    def book(
        cls,
        parent: QWidget | None,
        *,
        start: datetime,
        stylist_id: int | None = None,
        customer_id: int | None = None,
    ) -> BookingDialog:
        """A new booking at ``start`` (with ``stylist_id``, or any free one); not shown yet."""
        return cls(parent, start=start, stylist_id=stylist_id, customer_id=customer_id)

    # --- filling ---------------------------------------------------------------------

    def _fill(self, choices: Choices) -> None:
        self.services.blockSignals(True)
        for position, item in enumerate(choices.items):
            entry = QListWidgetItem(
                self.tr("{name} · {minutes} min · {price}").format(
                    name=item.name, minutes=item.duration_minutes, price=formatting.money(item.price)
                )
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setData(NAME_ROLE, item.name)
            entry.setData(LABEL_ROLE, entry.text())
            entry.setData(ORDER_ROLE, position)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.services.addItem(entry)
            self.durations[item.id] = item.duration_minutes
        self.services.blockSignals(False)
        for member in choices.stylists:
            self.stylist_combo.addItem(member.name, member.id)
        if self._wanted_stylist is not None:
            self.stylist_combo.setCurrentIndex(max(0, self.stylist_combo.findData(self._wanted_stylist)))
        self._put_usual_first()
        self._filter_services(self.service_filter.text())
        self.revalidate()

    def choose_services(self, *item_ids: int) -> None:
        """Tick the services ``item_ids`` (and untick the others)."""
        for number in range(self.services.count()):
            entry = self.services.item(number)
            ticked = entry.data(Qt.ItemDataRole.UserRole) in item_ids
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen_services(self) -> tuple[int, ...]:
        return tuple(
            int(self.services.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.services.count())
            if self.services.item(n).checkState() == Qt.CheckState.Checked
        )

    def _walk_in_toggled(self, walk_in: bool) -> None:
        self.picker.setEnabled(not walk_in)
        self.walk_in_name.setEnabled(walk_in)
        self.walk_in_phone.setEnabled(walk_in)
        if walk_in:
            self.no_show_label.clear()
            self.walk_in_name.setFocus()
        self.revalidate()

    def _customer_chosen(self, customer_id: int) -> None:
        self.revalidate()
        if self.picker.search.hasFocus():  # chosen by Enter: on to the services, no Tab needed
            self.service_filter.setFocus()
        tasks.run_in_background(self, lambda: appointments.no_show_count(customer_id), self._show_no_shows)
        tasks.run_in_background(self, lambda: service_records.usual_services(customer_id), self._usual_read)

    def _usual_read(self, usual: tuple[int, ...]) -> None:
        self._usual = usual
        self._put_usual_first()
        self._filter_services(self.service_filter.text())

    def _put_usual_first(self) -> None:
        """The customer's usual services at the top, marked ★, in the catalogue's order after them."""
        blocked = self.services.blockSignals(True)  # a relabel is not a tick: no revalidation per item
        current = self.services.currentItem()
        entries = [self.services.takeItem(0) for _ in range(self.services.count())]
        catalogue_order = sorted(entries, key=lambda entry: int(entry.data(ORDER_ROLE) or 0))
        usual = [entry for entry in catalogue_order if entry.data(Qt.ItemDataRole.UserRole) in self._usual]
        usual.sort(key=lambda entry: self._usual.index(entry.data(Qt.ItemDataRole.UserRole)))
        for entry in catalogue_order:
            entry.setText(entry.data(LABEL_ROLE))
        for entry in usual:
            entry.setText(self.tr("★ {service} (usual)").format(service=entry.data(LABEL_ROLE)))
        for entry in [*usual, *(entry for entry in catalogue_order if entry not in usual)]:
            self.services.addItem(entry)
        if current is not None:
            self.services.setCurrentItem(current)
        self.services.blockSignals(blocked)

    def _filter_services(self, text: str) -> None:
        """Show the services ``text`` finds (name, pinyin or initials); the first shown is current."""
        first = None
        for number in range(self.services.count()):
            entry = self.services.item(number)
            shown = search_text.name_matches(str(entry.data(NAME_ROLE)), text)
            entry.setHidden(not shown)
            if shown and first is None:
                first = entry
        if first is not None:
            self.services.setCurrentItem(first)

    def _tick_current_service(self) -> None:
        entry = self.services.currentItem()
        if entry is None or entry.isHidden():
            return
        entry.setCheckState(Qt.CheckState.Checked)
        self.service_filter.clear()  # ready for the next service, or Tab on to the time

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the services' find box: Enter ticks the current service, Up and Down move through the list."""
        if watched is self.service_filter and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            # a name typed, or nothing chosen yet (the first shown is the usual service): Enter ticks it,
            # and is taken here so the form's OK does not fire on the same Enter
            choosing = self.service_filter.text().strip() or not self.chosen_services()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and choosing:
                self._tick_current_service()
                return True
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(key))
            if step is not None:
                self._step_service(step)
                return True
        return super().eventFilter(watched, event)

    def _step_service(self, step: int) -> None:
        visible = [n for n in range(self.services.count()) if not self.services.item(n).isHidden()]
        if not visible:
            return
        current = self.services.currentRow()
        position = visible.index(current) + step if current in visible else 0
        self.services.setCurrentRow(visible[max(0, min(len(visible) - 1, position))])

    def _when_typed(self, text: str) -> None:
        try:
            moment = when.read_when(text, self._base_day)
        except ValidationError:
            self.revalidate()  # check() names the problem
            return
        self.start_edit.setDateTime(to_qdatetime(moment))

    def _show_no_shows(self, count: int) -> None:
        warned = count > 0 and not self.walk_in_box.isChecked()
        text = self.tr("⚠ This customer missed {count} booking(s) without coming (no-show).").format(count=count)
        self.no_show_label.setText(text if warned else "")

    # --- FormDialog ------------------------------------------------------------------

    def booking_input(self) -> BookingInput:
        walk_in = self.walk_in_box.isChecked()
        stylist = self.stylist_combo.currentData()
        start: datetime = self.start_edit.dateTime().toPython()  # type: ignore[assignment]
        return BookingInput(
            starts_at=start.replace(second=0, microsecond=0),
            service_item_ids=self.chosen_services(),
            customer_id=None if walk_in else self.picker.customer_id(),
            stylist_id=None if stylist in (None, ANY_STYLIST) else int(stylist),
            walk_in_name=self.walk_in_name.text() if walk_in else "",
            walk_in_phone=self.walk_in_phone.text() if walk_in else "",
            note=self.note_edit.text(),
        )

    def check(self) -> None:
        if self.when_edit.text().strip():
            when.read_when(self.when_edit.text(), self._base_day)  # "25" or "abc" is said, not ignored
        data = self.booking_input()
        if data.customer_id is None and not data.walk_in_name.strip():
            raise ValidationError("booking_needs_a_customer")
        if not data.service_item_ids:
            raise ValidationError("booking_needs_a_service")

    def check_slot(self) -> None:
        """Ask the core, in the background, whether the span is free (OK checks again)."""
        self._slot_serial += 1
        serial = self._slot_serial
        if self.problem() or self._busy:
            self.slot_label.clear()
            return
        data = self.booking_input()
        tasks.run_in_background(
            self,
            lambda: appointments.check_booking(data),
            lambda stylist: self._slot_checked(serial, stylist, None),
            lambda error: self._slot_checked(serial, None, error),
        )

    def _slot_checked(self, serial: int, stylist: tuple[int, str] | None, error: BaseException | None) -> None:
        if serial != self._slot_serial:  # the form changed meanwhile
            return
        if error is not None:
            self.slot_label.setStyleSheet(WARNING_STYLE)
            self.slot_label.setText("⚠ " + describe_any(error))
        elif stylist is not None:
            self.slot_label.setStyleSheet(FREE_STYLE)
            self.slot_label.setText(self.tr("✓ Free: {stylist}").format(stylist=stylist[1]))

    def revalidate(self) -> None:
        minutes = sum(self.durations.get(item_id, 0) for item_id in self.chosen_services())
        if minutes:
            end = self.booking_input().starts_at + timedelta(minutes=minutes)
            self.length_label.setText(
                self.tr("{minutes} minutes, until {end}").format(minutes=minutes, end=end.strftime("%H:%M"))
            )
        else:
            self.length_label.setText("")
        super().revalidate()
        if hasattr(self, "_slot_timer"):
            self._slot_timer.start()

    def save_op(self) -> Callable[[], Any]:
        data = self.booking_input()
        return lambda: appointments.book_appointment(session.acting_user(), data)

    def accept(self) -> None:
        if not self.repeat_box.isChecked() or self.problem():
            super().accept()
            return
        data, weeks, times = self.booking_input(), self.every_weeks.value(), self.times.value()
        self.set_busy(True)
        tasks.run_in_background(
            self,
            lambda: appointments.plan_recurring(data, weeks, times),
            lambda plan: self._planned(data, weeks, times, plan),
            self._refused,
        )

    def _planned(self, data: BookingInput, weeks: int, times: int, plan: list[Occurrence]) -> None:
        clashes = [occurrence for occurrence in plan if occurrence.problem is not None]
        if not clashes:
            self._book_series(data, weeks, times)
            return
        self.set_busy(False)
        if len(clashes) == len(plan):
            self.show_message(self.tr("Every date clashes; nothing can be booked."))
            return
        lines = "\n".join(
            f"{formatting.day_with_weekday(o.starts_at)} {o.starts_at:%H:%M}: {describe(o.problem)}"
            for o in clashes
            if o.problem is not None
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Some dates clash"),
            self.tr("{count} of the {total} dates cannot be booked:\n\n{lines}\n\nBook the other {free}?").format(
                count=len(clashes), total=len(plan), lines=lines, free=len(plan) - len(clashes)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(
            lambda button: self._book_series(data, weeks, times, skip=True) if button is yes else None
        )
        self.clash_box = box
        box.open()

    def _book_series(self, data: BookingInput, weeks: int, times: int, *, skip: bool = False) -> None:
        self.set_busy(True)
        tasks.run_in_background(
            self,
            lambda: appointments.book_recurring(session.acting_user(), data, weeks, times, skip_clashes=skip),
            self._series_booked,
            self._refused,
        )

    def _series_booked(self, result: RecurringResult) -> None:
        self.set_busy(False)
        self.saved.emit(result)
        QDialog.accept(self)  # saved already: past FormDialog's own save

    def _refused(self, error: BaseException) -> None:
        self.set_busy(False)
        self.show_message(describe_any(error))
