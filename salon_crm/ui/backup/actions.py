"""File → Back up now… and File → Restore from backup…, run on the worker with a busy dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog

from salon_crm.core import backup, restore
from salon_crm.core.backup import BackupInfo
from salon_crm.core.restore import RestoreResult
from salon_crm.ui import session, tasks
from salon_crm.ui.backup.restore_dialog import RestoreDialog, counts_text
from salon_crm.ui.errors import describe_any

if TYPE_CHECKING:
    from salon_crm.ui.main_window import MainWindow


class BackupActions(QObject):
    """The two backup entries of the File menu and what they do.

    Signals:
        backed_up(object): a ``BackupInfo`` once a backup by hand is written.
        restored(object): a ``RestoreResult`` once the shop holds the restored data.
    """

    backed_up = Signal(object)
    restored = Signal(object)

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.busy: QProgressDialog | None = None
        self.back_up_action = menu.addAction(self.tr("&Back up now…"))
        self.back_up_action.setStatusTip(self.tr("Copy the shop's data into the backups folder and check the copy"))
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = menu.addAction(self.tr("&Restore from backup…"))
        self.restore_action.setStatusTip(self.tr("Replace the shop's data with a backup (owner only)"))
        self.restore_action.triggered.connect(self.choose_backup)

    def _run(self, label: str, op: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``op`` on the worker behind a busy dialog the user cannot close."""
        self.busy = QProgressDialog(label, "", 0, 0, self.window)
        self.busy.setCancelButton(None)
        self.busy.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy.setMinimumDuration(0)
        self.back_up_action.setEnabled(False)
        self.restore_action.setEnabled(False)
        self.busy.show()

        def finish() -> None:
            self.back_up_action.setEnabled(True)
            self.restore_action.setEnabled(True)
            if self.busy is not None:
                self.busy.close()
                self.busy.deleteLater()
                self.busy = None

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(error: BaseException) -> None:
            finish()
            QMessageBox.warning(self.window, self.tr("Salon CRM"), describe_any(error))

        tasks.run_in_background(self, op, done, failed)

    # --- back up now ---------------------------------------------------------------------

    def back_up_now(self) -> None:
        shop = self.window.shop
        self._run(self.tr("Backing up the shop's data…"), lambda: shop.back_up(backup.MANUAL), self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        text = self.tr("The backup was written and checked: {path}\n{counts}").format(
            path=info.path, counts=counts_text(info.counts)
        )
        if info.second_copy is not None:
            text += "\n" + self.tr("Also copied to the second backup folder: {path}").format(path=info.second_copy)
        if info.second_problem is not None:
            text += "\n\n" + describe_any(info.second_problem)
        self.window.statusBar().showMessage(self.tr("Backup written to {path}").format(path=info.path), 10_000)
        self.backed_up.emit(info)
        QMessageBox.information(self.window, self.tr("Back up now"), text)

    # --- restore ---------------------------------------------------------------------------

    def choose_backup(self) -> RestoreDialog | None:
        """Owner only (asked again in core); the dialog lists the backups with their counts."""
        try:
            restore.check_may_restore(session.acting_user())  # early, for the user's sake; core asks again
        except Exception as error:
            QMessageBox.warning(self.window, self.tr("Salon CRM"), describe_any(error))
            return None
        dialog = RestoreDialog(self.window.shop.backup_dir, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.restore_from)
        dialog.open()
        return dialog

    def restore_from(self, info: BackupInfo) -> None:
        shop, actor = self.window.shop, session.acting_user()
        self._run(
            self.tr("Checking and restoring the backup…"),
            lambda: restore.restore_backup(actor, shop.db_path, info.path, backup_dir=shop.backup_dir),
            self._restored,
        )

    def _restored(self, result: RestoreResult) -> None:
        # every tab reads the file again: close it, check it, upgrade it if older, open it (lock kept)
        tasks.wait_for_done()
        try:
            self.window.shop.reopen()
        except Exception as error:
            QMessageBox.critical(self.window, self.tr("Salon CRM"), describe_any(error))
            return
        self.window.refresh()
        self.restored.emit(result)
        kept = ""
        if result.previous is not None:
            kept = self.tr("The data it replaced was kept as {path}.").format(path=result.previous)
        QMessageBox.information(
            self.window,
            self.tr("Restore from backup"),
            self.tr("The shop now holds the data of {path}:\n{counts}\n{kept}").format(
                path=result.restored_from.name, counts=counts_text(result.counts), kept=kept
            ),
        )
