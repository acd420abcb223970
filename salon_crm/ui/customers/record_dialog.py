"""The service-record form (消费记录): a bill with its lines, discount and payment.

The appointments tab reuses it to complete a booking: it passes the booked lines
as ``initial`` and its own ``submit`` (which completes the appointment and saves
the bill in one go).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import billing, clock, commission, packages, record_form, service_records
from salon_crm.core.billing import BillFigures, LineEntry
from salon_crm.core.enums import PaymentMethod
from salon_crm.core.errors import ValidationError
from salon_crm.core.record_form import RecordForm
from salon_crm.core.service_records import LineInput, RecordInput, ServiceRecordView
from salon_crm.ui import session, vocabulary
from salon_crm.ui.customers.package_dialogs import SellPackageDialog
from salon_crm.ui.widgets import formatting, qdates
from salon_crm.ui.widgets.form_dialog import FormDialog

Submit = Callable[[RecordInput], ServiceRecordView]
WARNING_STYLE = "color: #c0392b; font-weight: bold;"
ZERO = Decimal("0.00")


class LineColumn:
    ITEM, STYLIST, PRICE, QUANTITY, DISCOUNT, AMOUNT, PACKAGE, REQUESTED = range(8)


@dataclass
class _LineWidgets:
    """The editors of one line of the bill."""

    item: QComboBox
    stylist: QComboBox
    price: QLineEdit
    quantity: QSpinBox
    discount: QLineEdit
    package: QCheckBox  # a session of the customer's package pays for the line
    requested: QCheckBox  # the customer asked for this stylist (指定): commission's higher rate
    requested_by_hand: bool = False


class ServiceRecordDialog(FormDialog):
    """Enter or change one bill; totals follow every keystroke.

    Signals: those of ``FormDialog`` (``saved`` carries a ``ServiceRecordView``).
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        customer_id: int | None,
        initial: RecordInput | None = None,
        submit: Submit | None = None,
        record_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New service record") if record_id is None else self.tr("Edit service record"))
        self.customer_id = customer_id
        self.record_id = record_id
        self.initial = initial
        self.submit: Submit = submit or (lambda data: service_records.add_service_record(session.acting_user(), data))
        self.data: RecordForm | None = None
        self.lines: list[_LineWidgets] = []
        # the level's discount follows the subtotal until the user types their own
        self._discount_by_hand = record_id is not None or (initial is not None and initial.discount is not None)
        self._filling = False
        self._build()
        self.revalidate()
        self.load(lambda: record_form.load_record_form(customer_id, record_id=record_id), self._fill)

    @classmethod
    def create(cls, parent: QWidget | None, customer_id: int) -> ServiceRecordDialog:  # type: ignore[override]  # a form for a new record; Qt's create(window) is never called on it
        """An empty bill for ``customer_id`` (not shown yet)."""
        return cls(parent, customer_id=customer_id)

    @classmethod
    def edit(cls, parent: QWidget | None, record_id: int) -> ServiceRecordDialog:
        """The bill ``record_id`` to change; saving reverses its old ledger effects."""
        return cls(
            parent,
            customer_id=None,
            record_id=record_id,
            submit=lambda data: service_records.update_service_record(session.acting_user(), record_id, data),
        )

    # --- layout -------------------------------------------------------------------

    def _build(self) -> None:
        self.customer_label = QLabel(self)
        self.customer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allergy_label = QLabel(self)
        self.allergy_label.setStyleSheet(WARNING_STYLE)
        self.allergy_label.setWordWrap(True)
        self.allergy_label.hide()

        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service item"),
                self.tr("Stylist"),
                self.tr("Unit price"),
                self.tr("Qty"),
                self.tr("Line discount"),
                self.tr("Amount"),
                self.tr("Package"),
                self.tr("Requested"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LineColumn.ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (LineColumn.STYLIST, LineColumn.PRICE, LineColumn.DISCOUNT, LineColumn.AMOUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 100)
        header.resizeSection(LineColumn.QUANTITY, 56)
        header.resizeSection(LineColumn.PACKAGE, 130)
        header.resizeSection(LineColumn.REQUESTED, 80)
        self.table.setMinimumHeight(170)
        self.add_line_button = QPushButton(self.tr("&Add line"), self)
        self.add_line_button.clicked.connect(self._add_blank_line)
        self.remove_line_button = QPushButton(self.tr("&Remove line"), self)
        self.remove_line_button.clicked.connect(self.remove_current_line)
        # a package sold at the till is paid on its own; its sessions are then offered on this bill
        self.sell_package_button = QPushButton(self.tr("Sell pac&kage…"), self)
        self.sell_package_button.clicked.connect(self.sell_package)
        self.sell_package_button.setEnabled(False)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.sell_package_button)
        top = QVBoxLayout()
        top.addWidget(self.customer_label)
        top.addWidget(self.allergy_label)
        top.addWidget(self.table)
        top.addLayout(line_buttons)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, top)
        self._build_form()

    def _build_form(self) -> None:
        self.discount_edit = QLineEdit(self)
        self.discount_edit.setPlaceholderText("0.00")
        self.discount_edit.textEdited.connect(self._discount_typed)
        self.payment_combo = QComboBox(self)
        for code in record_form.PAYMENT_METHODS:
            self.payment_combo.addItem(vocabulary.word(PaymentMethod, code), code)
        self.balance_label = QLabel(self)
        self.level_hint = QLabel(self)  # says where the prefilled bill discount comes from
        self.level_hint.setStyleSheet("color: #555;")
        self.level_hint.hide()
        self.visited_edit = QDateTimeEdit(qdates.qdatetime(clock.now()), self)
        self.visited_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.visited_edit.setCalendarPopup(True)
        self.products_edit = QLineEdit(self)
        self.products_edit.setPlaceholderText(self.tr("Colour formula, products used"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.totals_label = QLabel(self)
        self.totals_label.setStyleSheet("font-size: 15px; font-weight: bold;")

        self.form.addRow(self.tr("Discount on the &bill (¥):"), self.discount_edit)
        self.form.addRow("", self.level_hint)
        self.form.addRow(self.tr("&Payment:"), self.payment_combo)
        self.form.addRow("", self.balance_label)
        self.form.addRow(self.tr("&Visited at:"), self.visited_edit)
        self.form.addRow(self.tr("Pro&ducts used:"), self.products_edit)
        self.form.addRow(self.tr("&Notes:"), self.notes_edit)

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.totals_label)

        self.discount_edit.textChanged.connect(self._changed)
        self.payment_combo.currentIndexChanged.connect(self._changed)
        self.visited_edit.dateTimeChanged.connect(self._changed)
        self.resize(940, 600)  # eight columns: the service name must not be cut at 1366×768

    # --- filling ------------------------------------------------------------------

    def _fill(self, data: RecordForm) -> None:
        self.data = data
        self.customer_id = data.customer_id
        self.sell_package_button.setEnabled(self.record_id is None)
        facts = [data.customer_name, formatting.phone(data.phone), data.level_name]
        self.customer_label.setText(self.tr("Customer: {facts}").format(facts="  ".join(f for f in facts if f)))
        off = (1 - data.terms.price_rate) * 100
        if off > 0:
            self.level_hint.setText(
                self.tr("{level}: {percent}% off the bill, unless you type another discount").format(
                    level=data.terms.level_name, percent=f"{off.normalize():f}"
                )
            )
            self.level_hint.show()
        if data.allergies:
            self.allergy_label.setText(self.tr("⚠ Allergies: {allergies}").format(allergies=data.allergies))
            self.allergy_label.show()
        initial = record_form.input_of(data.record) if data.record is not None else self.initial
        self._filling = True
        if initial is not None:
            for line in initial.lines:
                self.add_line(line)
            self.payment_combo.setCurrentIndex(max(0, self.payment_combo.findData(initial.payment_method)))
            self.visited_edit.setDateTime(qdates.qdatetime(initial.visited_at))
            if self._discount_by_hand and initial.discount is not None:
                self.discount_edit.setText(f"{Decimal(initial.discount):.2f}")
            self.products_edit.setText(initial.products_used)
            self.notes_edit.setPlainText(initial.notes)
        if not self.lines:
            self.add_line()
        self._filling = False
        self._changed()

    def add_line(self, line: LineInput | None = None) -> None:
        """Append a line; a new one takes the first item and the line above's stylist
        (the customer's preferred stylist on the first line)."""
        data = self.data
        if data is None:
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QComboBox(self.table)
        for service in data.items:
            item.addItem(f"{service.name}  {formatting.money(service.price)}", service.id)
        stylist = QComboBox(self.table)
        stylist.addItem(self.tr("—"), None)
        for member in data.staff:
            stylist.addItem(member.name, member.id)
        price = QLineEdit(self.table)
        quantity = QSpinBox(self.table)
        quantity.setRange(1, 99)
        discount = QLineEdit(self.table)
        discount.setPlaceholderText("0.00")
        package = QCheckBox(self.tr("session"), self.table)
        package.setToolTip(self.tr("A session of the customer's package pays for this line"))
        requested = QCheckBox(self.table)  # the column's header says what it is
        requested.setToolTip(self.tr("The customer asked for this stylist: paid at the requested rate"))
        widgets = _LineWidgets(item, stylist, price, quantity, discount, package, requested)
        self.lines.append(widgets)
        for column, widget in enumerate((item, stylist, price, quantity, discount)):
            self.table.setCellWidget(row, column, widget)
        self.table.setCellWidget(row, LineColumn.PACKAGE, package)
        self.table.setCellWidget(row, LineColumn.REQUESTED, requested)
        amount = QTableWidgetItem("")
        amount.setFlags(Qt.ItemFlag.ItemIsEnabled)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, LineColumn.AMOUNT, amount)

        if line is not None:
            item.setCurrentIndex(max(0, item.findData(line.service_item_id)))
            stylist.setCurrentIndex(max(0, stylist.findData(line.stylist_id)))
            unit = self._list_price(line.service_item_id) if line.unit_price is None else Decimal(line.unit_price)
            price.setText(f"{unit:.2f}" if unit is not None else "")
            quantity.setValue(line.quantity)
            if Decimal(line.discount):
                discount.setText(f"{Decimal(line.discount):.2f}")
            package.setChecked(line.use_package)
            if line.requested is not None:
                requested.setChecked(line.requested)
                widgets.requested_by_hand = line.requested != self._requested_by_default(widgets)
            else:
                self._follow_stylist(widgets)
        else:
            previous = self.lines[-2].stylist.currentData() if len(self.lines) > 1 else data.preferred_stylist_id
            stylist.setCurrentIndex(max(0, stylist.findData(previous)))
            self._price_of_item(widgets)
            self._follow_stylist(widgets)
        self._connect_line(widgets)
        self.table.setCurrentCell(row, LineColumn.ITEM)
        self._changed()

    def _connect_line(self, widgets: _LineWidgets) -> None:
        widgets.item.currentIndexChanged.connect(lambda _index: self._price_of_item(widgets))
        for edit in (widgets.price, widgets.discount):
            edit.textChanged.connect(self._changed)
        widgets.quantity.valueChanged.connect(self._changed)
        widgets.package.toggled.connect(self._changed)
        widgets.stylist.currentIndexChanged.connect(self._changed)
        widgets.stylist.currentIndexChanged.connect(lambda _index: self._follow_stylist(widgets))
        widgets.requested.clicked.connect(lambda _checked: setattr(widgets, "requested_by_hand", True))

    def _requested_by_default(self, widgets: _LineWidgets) -> bool:
        preferred = self.data.preferred_stylist_id if self.data is not None else None
        return commission.requested_by_default(widgets.stylist.currentData(), preferred)

    def _follow_stylist(self, widgets: _LineWidgets) -> None:
        """The 指定 box follows the stylist chosen (the customer's own stylist) until the desk ticks it."""
        if not widgets.requested_by_hand:
            widgets.requested.setChecked(self._requested_by_default(widgets))

    def _add_blank_line(self) -> None:
        self.add_line()

    def remove_current_line(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.lines):
            return
        self.table.removeRow(row)
        del self.lines[row]
        self._changed()

    def _list_price(self, item_id: int) -> Decimal | None:
        assert self.data is not None
        return next((service.price for service in self.data.items if service.id == item_id), None)

    def _price_of_item(self, widgets: _LineWidgets) -> None:
        item_id = widgets.item.currentData()
        price = self._list_price(int(item_id)) if item_id is not None else None
        widgets.price.setText("" if price is None else f"{price:.2f}")
        # a customer holding sessions of this service uses one first (the desk may untick it)
        widgets.package.setChecked(item_id is not None and self._sessions_left(int(item_id), widgets) >= 1)
        self._changed()

    def _sessions_left(self, item_id: int, asking: _LineWidgets | None = None) -> int:
        """Sessions of ``item_id`` the other lines have not taken yet (a plan's count is shared by its services)."""
        if self.data is None:
            return 0
        taken = [
            (int(widgets.item.currentData()), widgets.quantity.value())
            for widgets in self.lines
            if widgets is not asking and widgets.package.isChecked() and widgets.item.currentData() is not None
        ]
        left = packages.pools_after(self.data.session_pools, taken)
        return packages.sessions_for(left, item_id) if left is not None else 0

    def _show_packages(self) -> None:
        """A line's session box is offered only while the customer holds a session for its service."""
        for widgets in self.lines:
            item_id = widgets.item.currentData()
            left = self._sessions_left(int(item_id), widgets) if item_id is not None else 0
            widgets.package.setEnabled(widgets.package.isChecked() or left >= widgets.quantity.value())
            after = left - widgets.quantity.value() if widgets.package.isChecked() else left  # once saved
            widgets.package.setText(self.tr("session ({left} left)").format(left=max(after, 0)))

    def sell_package(self) -> QDialog | None:
        """Sell a package to this bill's customer; its sessions are offered at once on the lines."""
        if self.data is None:
            return None
        dialog = SellPackageDialog(self, self.data.customer_id, self.data.customer_name)
        dialog.saved.connect(self._package_sold)
        dialog.open()
        return dialog

    def _package_sold(self, _row: object) -> None:
        if self.data is None:
            return
        pools = record_form.session_pools(self.data.customer_id)
        self.data = dataclasses.replace(self.data, session_pools=pools)
        for widgets in self.lines:  # a line of a service the package covers uses a session first
            item_id = widgets.item.currentData()
            if item_id is not None and not widgets.package.isChecked():
                widgets.package.setChecked(self._sessions_left(int(item_id), widgets) >= widgets.quantity.value())
        self._changed()

    def _discount_typed(self, _text: str) -> None:
        self._discount_by_hand = True

    # --- figures ------------------------------------------------------------------
    # Every figure comes from core.billing, the rule saving applies too: the form only
    # hands it what is typed.

    def _entries(self) -> list[LineEntry]:
        return [
            LineEntry(
                widgets.price.text(),
                widgets.quantity.value(),
                widgets.discount.text(),
                item_name=widgets.item.currentText().split("  ")[0],
                package_session=widgets.package.isChecked(),
            )
            for widgets in self.lines
        ]

    def _bill_discount(self) -> str | None:
        """The discount typed on the bill; None while it is the member level's (core works it out)."""
        return self.discount_edit.text() if self._discount_by_hand else None

    def figures(self, *, as_saved: bool = True) -> BillFigures:
        """The bill's figures; ``ValidationError`` for the first thing wrong.

        ``as_saved`` False leaves out the visit time and the card balance, so the
        totals still show while only those are wrong.
        """
        assert self.data is not None
        visited = self.record_input().visited_at
        now = clock.now()
        return billing.bill_figures(
            self._entries(),
            terms=self.data.terms,
            payment_method=str(self.payment_combo.currentData()),
            visited_at=visited if as_saved else now,
            now=now,
            discount=self._bill_discount(),
            stored_value=self.data.stored_value if as_saved else None,
        )

    def subtotal(self) -> Decimal:
        """The sum of the lines' amounts (``ValidationError`` while one is wrong)."""
        return sum((billing.line_figures(entry).amount for entry in self._entries()), ZERO)

    def _changed(self, *_args: object) -> None:
        if self._filling or self.data is None:
            return
        self._show_packages()
        for row, entry in enumerate(self._entries()):
            cell = self.table.item(row, LineColumn.AMOUNT)
            if cell is None:  # made with the line; absent only while a line is being built
                continue
            try:
                cell.setText(formatting.money(billing.line_figures(entry).amount))
            except ValidationError:
                cell.setText("")
        try:
            figures: BillFigures | None = self.figures(as_saved=False)
        except ValidationError:
            figures = None
        if figures is not None and not self._discount_by_hand:
            self._filling = True
            self.discount_edit.setText(f"{figures.level_discount:.2f}" if figures.level_discount else "")
            self._filling = False
        self._show_totals(figures)
        self.revalidate()

    def _show_totals(self, figures: BillFigures | None) -> None:
        data = self.data
        is_card = self.payment_combo.currentData() == PaymentMethod.STORED_VALUE.value
        if data is not None:
            self.balance_label.setText(
                self.tr("Card balance: {balance}").format(balance=formatting.money(data.stored_value))
            )
            self.balance_label.setVisible(is_card)
        if figures is None:
            self.totals_label.setText("")
            return
        self.totals_label.setText(
            self.tr("Subtotal {subtotal} − discount {discount} = total {total}  ·  earns {points} points").format(
                subtotal=formatting.money(figures.subtotal),
                discount=formatting.money(figures.discount),
                total=formatting.money(figures.total),
                points=figures.points,
            )
        )

    # --- FormDialog ---------------------------------------------------------------

    def record_input(self) -> RecordInput:
        """The bill as typed (no checks)."""
        lines = tuple(
            LineInput(
                service_item_id=int(widgets.item.currentData()),
                stylist_id=widgets.stylist.currentData(),
                unit_price=widgets.price.text().strip(),  # blank is refused, never the list price unseen
                quantity=widgets.quantity.value(),
                discount=widgets.discount.text().strip() or Decimal(0),
                use_package=widgets.package.isChecked(),
                # said only when it differs from the rule, so a shop without commission rules writes nothing
                requested=(
                    widgets.requested.isChecked()
                    if widgets.requested.isChecked() != self._requested_by_default(widgets)
                    else None
                ),
            )
            for widgets in self.lines
            if widgets.item.currentData() is not None
        )
        return RecordInput(
            customer_id=self.customer_id or 0,
            visited_at=qdates.py_datetime(self.visited_edit.dateTime()),
            lines=lines,
            payment_method=str(self.payment_combo.currentData()),
            discount=self._bill_discount(),
            products_used=self.products_edit.text(),
            notes=self.notes_edit.toPlainText(),
            appointment_id=self.initial.appointment_id if self.initial is not None else None,
        )

    def check(self) -> None:
        # the bill rule as saving applies it; core checks again, with the same function
        if self.data is None:
            return
        self.figures()

    def problem(self) -> str:
        if self.data is None:
            return ""  # still loading: OK waits without a message
        return super().problem()

    def revalidate(self) -> None:
        super().revalidate()
        if self.data is None:
            self.ok_button.setEnabled(False)
        self.add_line_button.setEnabled(self.data is not None)
        self.remove_line_button.setEnabled(bool(self.lines))

    def accept(self) -> None:
        if self.data is not None:  # nothing to save before the form has loaded
            super().accept()

    def save_op(self) -> Callable[[], Any]:
        data, submit = self.record_input(), self.submit
        return lambda: submit(data)
