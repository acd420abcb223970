"""The backup at exit: skipped when nothing changed since a backup, else on the worker behind a busy window.

A 100,000-customer shop takes seconds to copy and check; the window has closed by
then, so a small window says what is happening instead of a process that seems hung.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from salon_crm.core.backup import BackupInfo
from salon_crm.core.db import Shop
from salon_crm.ui import tasks
from salon_crm.ui.errors import describe_any

SHOW_AFTER_MS = 400  # a quick backup closes without a flash


def back_up_on_exit(shop: Shop) -> BackupInfo | None:
    """Take the exit backup (None when skipped or failed; a failure is said on stderr, not fatal)."""
    busy = QProgressDialog(
        QCoreApplication.translate("ExitBackup", "Backing up the shop's data before closing…"), "", 0, 0
    )
    busy.setWindowTitle(QCoreApplication.translate("ExitBackup", "Salon CRM"))
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(0)
    busy.reset()  # a QProgressDialog shows itself after its minimum duration unless reset
    loop = QEventLoop()
    outcome: list[object] = []

    def finished(result: object) -> None:
        outcome.append(result)
        loop.quit()

    QTimer.singleShot(SHOW_AFTER_MS, lambda: busy.show() if not outcome else None)
    tasks.run_in_background(busy, shop.back_up_on_exit, finished, finished)
    if not outcome:
        loop.exec()
    busy.close()
    busy.deleteLater()
    result = outcome[0]
    if isinstance(result, BaseException):
        print(f"salon-crm: {describe_any(result)}", file=sys.stderr)
        return None
    if isinstance(result, BackupInfo) and result.second_problem is not None:
        print(f"salon-crm: {describe_any(result.second_problem)}", file=sys.stderr)
    return result if isinstance(result, BackupInfo) else None
