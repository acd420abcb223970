"""Who sold it: the staff member credited with a top-up or a package sale (售卡提成)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from salon_crm.core import staff
from salon_crm.ui import session


class SellerBox(QComboBox):
    """The active staff, "nobody" first; the logged-in person's staff member is chosen when linked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("(nobody)"), None)
        for member in staff.list_staff(include_inactive=False):
            self.addItem(member.name, member.id)
        own = session.acting_user().staff_id
        if own is not None and self.findData(own) >= 0:
            self.setCurrentIndex(self.findData(own))

    def seller_id(self) -> int | None:
        value = self.currentData()
        return None if value is None else int(value)
