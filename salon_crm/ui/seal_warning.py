"""Telling the owner, at login, that the newest audit entries or money rows were edited outside the app.

The quick look runs in ``core.db.open_shop`` (``Shop.seal_findings``); only a role
that may read the audit log is told, because only the owner can act on it (restore
a backup, ask who had the PC). ``salon-crm check`` walks the whole file.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from salon_crm.core.integrity import Finding
from salon_crm.core.permissions import Action
from salon_crm.ui import session
from salon_crm.ui.translate import QT_TRANSLATE_NOOP

_CONTEXT = "SealWarning"
_SENTENCES = {
    "audit_entry_changed": QT_TRANSLATE_NOOP("SealWarning", "The audit log's entry {detail} was changed."),
    "audit_entry_missing": QT_TRANSLATE_NOOP("SealWarning", "Audit log entries were deleted before {detail}."),
    "audit_entry_added": QT_TRANSLATE_NOOP("SealWarning", "The audit log's entry {detail} was added."),
    "audit_entry_missing_at_end": QT_TRANSLATE_NOOP(
        "SealWarning", "The newest audit log entries were deleted (the log now ends at {detail})."
    ),
    "ledger_entry_changed": QT_TRANSLATE_NOOP("SealWarning", "A stored value or points row was changed: {detail}."),
    "ledger_entry_missing": QT_TRANSLATE_NOOP("SealWarning", "A stored value or points row was deleted: {detail}."),
}


def finding_text(finding: Finding) -> str:
    template = _SENTENCES.get(finding.code)
    if template is None:
        return f"{finding.code} {finding.detail}".strip()
    return QCoreApplication.translate(_CONTEXT, template).format(detail=finding.detail)


def warning_text(findings: Sequence[Finding]) -> str:
    lines = "\n".join(f"• {finding_text(finding)}" for finding in findings[:5])
    # literal context and one literal per sentence: lupdate reads nothing else
    lead = QCoreApplication.translate(
        "SealWarning", "The data file was edited outside Salon CRM, for example with a database tool:"
    )
    opens = QCoreApplication.translate("SealWarning", "The shop opens as usual; check the audit log.")
    restore = QCoreApplication.translate(
        "SealWarning", "If money was altered, restore a backup from before the change (File → Restore from backup)."
    )
    return f"{lead}\n{lines}\n\n{opens}\n{restore}"


def warn_about_seals(parent: QWidget, findings: Sequence[Finding]) -> QMessageBox | None:
    """A non-blocking warning over ``parent`` for the owner; nothing for other roles or a clean file."""
    if not findings or not session.may(Action.SEE_AUDIT_LOG):
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("SealWarning", "Salon CRM"), "", parent=parent
    )
    box.setText(warning_text(findings))
    box.open()
    return box
