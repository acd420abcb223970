"""At the first start on an empty data folder: offer to load the demo shop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from salon_crm.core.context import SYSTEM
from salon_crm.ui import tasks
from salon_crm.ui.errors import describe_any


class _Progress(QObject):
    """Carries the filler's progress from the worker thread to the dialog.

    Signals:
        percent(int): how far the demo shop is, 0-100.
    """

    percent = Signal(int)

    def report(self, done: float, total: float = 1.0) -> None:
        self.percent.emit(int(100 * done / total) if total else 0)


def _asked(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DemoOffer", "Demo shop"),
        QCoreApplication.translate("DemoOffer", "This data folder is empty. Load the demo shop to try things out?"),
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_demo_shop(then: Callable[[], None], parent: QWidget | None = None) -> None:
    """Ask, and fill an empty shop in the background; ``then()`` runs either way."""
    from salon_crm import demo  # the demo's data tables load only when needed

    if not demo.shop_is_empty() or not _asked(parent):
        then()
        return
    dialog = QProgressDialog(QCoreApplication.translate("DemoOffer", "Loading the demo shop…"), "", 0, 100, parent)
    dialog.setWindowTitle(QCoreApplication.translate("DemoOffer", "Demo shop"))
    dialog.setCancelButton(None)  # the fill cannot be stopped halfway
    # not modal: a modal dialog's setValue() runs a nested event loop, and the fill's
    # own result could then be handled inside it
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(0)
    progress = _Progress(dialog)
    progress.percent.connect(dialog.setValue)

    def finished(_summary: object) -> None:
        dialog.deleteLater()
        then()

    def failed(error: BaseException) -> None:
        dialog.deleteLater()
        QMessageBox.warning(parent, QCoreApplication.translate("DemoOffer", "Demo shop"), describe_any(error))
        then()

    dialog.show()
    tasks.run_in_background(
        None,
        lambda: demo.fill_demo_shop(SYSTEM, seed=1, progress=progress.report),
        finished,
        failed,
    )
