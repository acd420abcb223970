"""Screenshots of the main dialogs in Chinese and English at 1366×768, for a look before a release.

    QT_QPA_PLATFORM=offscreen python scripts/dialog_shots.py OUT_FOLDER [NAME ...]

Builds a demo shop in a temporary folder, opens each dialog over a 1366×768 main window
and saves ``OUT_FOLDER/{zh,en}-NAME.png``. Without names, every dialog below is taken.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from salon_crm.__main__ import main as cli
from salon_crm.core import tags
from salon_crm.core.context import OWNER
from salon_crm.core.db import open_shop
from salon_crm.core.models import Customer
from salon_crm.ui import app, session
from salon_crm.ui.main_window import MainWindow


def _dialogs() -> dict[str, Callable[[QWidget], QDialog]]:
    from salon_crm.core.models import ServiceRecord
    from salon_crm.ui.customers.file_view import CustomerFileView
    from salon_crm.ui.customers.profile_dialog import CustomerDialog
    from salon_crm.ui.customers.record_dialog import ServiceRecordDialog
    from salon_crm.ui.settings.rules_dialog import RulesDialog
    from salon_crm.ui.settings.tag_rules_dialog import TagRulesDialog
    from salon_crm.ui.shortcuts_dialog import ShortcutsDialog

    first = int(Customer.select(Customer.id).order_by(Customer.id).get().id)
    # the customer with the most bills: a history worth looking at
    busiest = int(ServiceRecord.select(ServiceRecord.customer).order_by(ServiceRecord.customer).get().customer_id)

    def file_with_a_visit_open(parent: QWidget) -> QDialog:
        view = CustomerFileView(parent, busiest)
        view.timeline.loaded.connect(lambda: view.timeline.set_open(_first_visit_row(view), True))
        return view

    def booking_while_typing(parent: QWidget) -> QDialog:
        from salon_crm.core import clock, when
        from salon_crm.ui.appointments.booking_dialog import BookingDialog

        dialog = BookingDialog.book(parent, start=when.next_quarter_hour(clock.now()))
        dialog.picker.search.setText("w")
        dialog.picker._look_up()  # the matches, floating under the box as the desk types
        dialog.when_edit.setText("+15")
        dialog.when_edit.textEdited.emit("+15")
        return dialog

    return {
        "booking": booking_while_typing,
        "shortcuts": ShortcutsDialog,
        "customer-file": file_with_a_visit_open,
        "tag-rules": TagRulesDialog,
        "rules": RulesDialog,
        "customer": CustomerDialog.create,
        "bill": lambda parent: ServiceRecordDialog.create(parent, first),
    }


def _first_visit_row(view: QWidget) -> int:
    rows = view.timeline.rows()  # type: ignore[attr-defined]
    return next((index for index, event in enumerate(rows) if event.children), 0)


def _settle(qapp: QApplication, rounds: int = 40) -> None:
    import time

    for _ in range(rounds):  # background loads finish on worker threads and report back as events
        qapp.processEvents()
        time.sleep(0.05)


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="salon-shots-"))
    cli(["--data-dir", str(folder), "demo", "--seed", "1"])
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    app.apply_style(qapp)
    shop = open_shop(folder)
    session.start(OWNER)
    tags.refresh_auto_tags()
    try:
        wanted = argv[1:] or list(_dialogs())
        for language in ("zh", "en"):
            translators = app.install_translators(qapp, chinese=language == "zh")
            window = MainWindow(shop)
            window.resize(1366, 768)
            window.show()
            _settle(qapp)
            for name in wanted:
                dialog = _dialogs()[name](window)
                dialog.show()
                _settle(qapp)
                dialog.grab().save(str(out / f"{language}-{name}.png"))
                dialog.close()
                dialog.deleteLater()
            window.close()
            window.deleteLater()
            _settle(qapp, 5)
            for translator in translators:
                qapp.removeTranslator(translator)
    finally:
        shop.close()
    print(f"Screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
