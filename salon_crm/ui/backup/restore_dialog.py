"""The list of backups to restore from: date, why it was taken, size and record counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salon_crm.core import backup
from salon_crm.core.backup import BackupInfo, RecordCounts
from salon_crm.ui import tasks


def counts_text(counts: RecordCounts | None) -> str:
    if counts is None:
        return QCoreApplication.translate("RestoreDialog", "cannot be read")
    return QCoreApplication.translate(
        "RestoreDialog", "{customers} customers · {records} bills · {appointments} appointments · {tickets} tickets"
    ).format(
        customers=f"{counts.customers:,}",
        records=f"{counts.service_records:,}",
        appointments=f"{counts.appointments:,}",
        tickets=f"{counts.tickets:,}",
    )


def reason_text(label: str) -> str:
    reasons = {
        backup.AT_START: QCoreApplication.translate("RestoreDialog", "first start of the day"),
        backup.AT_EXIT: QCoreApplication.translate("RestoreDialog", "on exit"),
        backup.MANUAL: QCoreApplication.translate("RestoreDialog", "by hand"),
        backup.BEFORE_IMPORT: QCoreApplication.translate("RestoreDialog", "before an import"),
        backup.BEFORE_RESTORE: QCoreApplication.translate("RestoreDialog", "before a restore"),
        backup.BEFORE_MERGE: QCoreApplication.translate("RestoreDialog", "before a merge"),
        backup.BEFORE_ERASURE: QCoreApplication.translate("RestoreDialog", "before an erasure"),
    }
    if label.endswith("before-upgrade"):
        return QCoreApplication.translate("RestoreDialog", "before an upgrade")
    return reasons.get(label, label)


class RestoreDialog(QDialog):
    """Pick a backup; the list is read on the worker (each file is opened to count its records).

    Signals:
        chosen(object): the ``BackupInfo`` the owner confirmed restoring.
    """

    chosen = Signal(object)

    def __init__(self, backup_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backup_dir = backup_dir
        self.backups: list[BackupInfo] = []
        self.note = QLabel(
            self.tr(
                "The shop's data will be replaced by the backup you choose. The current data is backed up "
                "first, and a backup that fails its check changes nothing."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Holds")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        tasks.run_in_background(self, lambda: backup.list_backups(backup_dir), self.show_backups)

    def show_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            cells = (
                info.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                reason_text(info.label),
                self.tr("{size} MB").format(size=f"{info.size / 1_048_576:.1f}"),
                counts_text(info.counts),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if not backups:
            self.note.setText(self.tr("There is no backup in {folder} yet.").format(folder=self.backup_dir))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def confirm(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr("Replace the shop's data with the backup taken {taken} ({counts})?").format(
                taken=info.taken_at.strftime("%Y-%m-%d %H:%M"), counts=counts_text(info.counts)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.chosen.emit(info)
