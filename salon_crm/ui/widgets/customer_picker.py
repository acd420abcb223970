"""Choosing a customer by typing: name, pinyin initials, phone digits or WeChat id.

Used wherever a form needs a customer (a booking, a complaint, a bill). The search
is the customer list's own (``core.customers.list_customers``), run off the UI
thread; the matches show in a short list under the box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from salon_crm.core import customers, profiles
from salon_crm.core.rows import CustomerRow
from salon_crm.ui import tasks
from salon_crm.ui.widgets import formatting

MATCHES = 8
DEBOUNCE_MS = 200
WARNING_STYLE = "color: #b9770e;"


class CustomerPicker(QWidget):
    """A search box with its matches; Enter or a click chooses one.

    Signals:
        customerChosen(int): the id of the customer just chosen.
    """

    customerChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customer_id: int | None = None
        self._query_serial = 0
        self._looking = False  # a search is on the worker thread
        self._choose_when_found = False  # Enter came before the matches: take the first as they arrive
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, pinyin initials (zs), mobile or WeChat"))
        self.search.setClearButtonEnabled(True)
        # the matches float over the form under the box (placed by _place_matches), so the form never
        # changes height while the desk types; they take no focus: typing goes on in the box
        self.matches = QListWidget(self)
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.setFrameShape(QFrame.Shape.Box)
        self.matches.hide()
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.chosen.setMinimumHeight(self.fontMetrics().height())  # kept while empty: no jump on choosing
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.search)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._look_up)
        self.search.textEdited.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._choose_first)
        self.search.installEventFilter(self)
        self.matches.itemActivated.connect(self._choose_item)
        self.matches.itemClicked.connect(self._choose_item)

    def customer_id(self) -> int | None:
        """The chosen customer, or None."""
        return self._customer_id

    def set_customer(self, customer_id: int) -> None:
        """Show ``customer_id`` as chosen (loaded in the background)."""
        tasks.run_in_background(self, lambda: profiles.get_customer(customer_id), self._show_profile)

    def clear(self) -> None:
        self._customer_id = None
        self.search.clear()
        self.chosen.clear()
        self.matches.clear()
        self.matches.hide()

    # --- searching ----------------------------------------------------------------

    def _look_up(self) -> None:
        text = self.search.text().strip()
        self._query_serial += 1
        serial = self._query_serial
        if not text:
            self.matches.clear()
            self.matches.hide()
            return
        self._looking = True
        tasks.run_in_background(
            self,
            lambda: customers.list_customers(text, limit=MATCHES),
            lambda rows: self._show_matches(serial, rows),
        )

    def _show_matches(self, serial: int, rows: list[CustomerRow]) -> None:
        if serial != self._query_serial:  # the user typed on; an older answer
            return
        self._looking = False
        self.matches.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row in rows:
            item = QListWidgetItem(f"{row.name}  {formatting.phone(row.phone)}".strip())
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.allergies:
                item.setIcon(warning)
                item.setToolTip(self.tr("Allergies: {allergies}").format(allergies=row.allergies))
            self.matches.addItem(item)
        if not rows:
            self.matches.addItem(self.tr("No customer matches “{text}”").format(text=self.search.text().strip()))
            self.matches.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.matches.setCurrentRow(0)
        self._place_matches()
        if self._choose_when_found:
            self._choose_when_found = False
            self._choose_first()

    def _place_matches(self) -> None:
        """Show the matches as a layer of the window, just under the search box and as wide."""
        top = self.window()
        if self.matches.parentWidget() is not top:
            self.matches.setParent(top)
        rows = max(1, min(self.matches.count(), MATCHES))
        height = self.matches.sizeHintForRow(0) * rows + 2 * self.matches.frameWidth() + 2
        where = self.search.mapTo(top, QPoint(0, self.search.height()))
        self.matches.setGeometry(where.x(), where.y(), self.search.width(), height)
        self.matches.show()
        self.matches.raise_()

    # --- choosing -----------------------------------------------------------------

    def _choose_first(self) -> None:
        if self._debounce.isActive() or self._looking:  # Enter before the matches: choose when they come
            self._debounce.stop()
            self._choose_when_found = True
            if not self._looking:
                self._look_up()
            return
        item = self.matches.currentItem() or self.matches.item(0)
        if item is not None and self.matches.isVisible():
            self._choose_item(item)

    def _choose_item(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if customer_id is None:
            return
        self.matches.hide()
        self.set_customer(int(customer_id))

    def _show_profile(self, profile: profiles.CustomerProfile) -> None:
        self._customer_id = profile.id
        self.search.setText(profile.name)
        text = f"{profile.name}  {formatting.phone(profile.phone)}".strip()
        if profile.allergies:
            text += "  " + self.tr("⚠ Allergies: {allergies}").format(allergies=profile.allergies)
            self.chosen.setStyleSheet(WARNING_STYLE)
        else:
            self.chosen.setStyleSheet("")
        self.chosen.setText(text)
        self.customerChosen.emit(profile.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the matches; Enter that chooses goes no further."""
        if watched is not self.search:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusOut:
            self.matches.hide()  # tabbed away: the floating list must not cover the next field
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        key = event.key()
        if key == Qt.Key.Key_Escape and self.matches.isVisible():
            self.matches.hide()  # Esc closes the list first, the form only on a second Esc
            return True
        choosing = self.matches.isVisible() or self._debounce.isActive() or self._looking
        if choosing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose_first()
            return True  # the form's OK must not fire on the Enter that chose the customer
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(key))
        if step is not None and self.matches.isVisible():
            row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
            self.matches.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)
