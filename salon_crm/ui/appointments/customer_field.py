"""The customer field of the booking form: the shared ``CustomerPicker`` when it exists.

Until ``salon_crm.ui.widgets.customer_picker`` is there, a plain search box with a
combo of matches stands in, with the same signal and methods.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from salon_crm.core import customers
from salon_crm.core.records import CustomerRow
from salon_crm.ui import tasks

MATCHES = 12


class SearchCombo(QWidget):
    """A search box over a combo of the matching customers.

    Signals:
        customerChosen(int): a customer was picked.
    """

    customerChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, pinyin initials (zs), mobile or WeChat"))
        self.matches = QComboBox(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._look_up)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.matches.activated.connect(self._chosen)
        self.setFocusProxy(self.search)

    def customer_id(self) -> int | None:
        data = self.matches.currentData()
        return None if data is None else int(data)

    def set_customer(self, customer_id: int) -> None:
        from salon_crm.core import profiles

        tasks.run_in_background(
            self, lambda: profiles.get_customer(customer_id), lambda p: self._show([(p.id, p.name, p.phone)])
        )

    def _look_up(self) -> None:
        text = self.search.text().strip()
        tasks.run_in_background(
            self,
            lambda: customers.list_customers(text, limit=MATCHES),
            lambda rows: self._show([(r.id, r.name, r.phone) for r in rows if isinstance(r, CustomerRow)]),
        )

    def _show(self, rows: list[tuple[int, str, str]]) -> None:
        self.matches.clear()
        for customer_id, name, phone in rows:
            self.matches.addItem(f"{name}  {phone}".strip(), customer_id)
        if rows:
            self._chosen(0)

    def _chosen(self, _index: int) -> None:
        chosen = self.customer_id()
        if chosen is not None:
            self.customerChosen.emit(chosen)


def make_customer_picker(parent: QWidget) -> QWidget:
    """The shared picker if it is installed, else the stand-in."""
    try:
        from salon_crm.ui.widgets.customer_picker import CustomerPicker
    except ImportError:  # the shared picker has not arrived yet
        return SearchCombo(parent)
    return CustomerPicker(parent)
