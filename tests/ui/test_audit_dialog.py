"""Settings → Audit log: the owner reads who changed what, filters it and exports it; nobody else may."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from salon_crm.core import audit_log, loyalty
from salon_crm.core.audit_log import AuditFilter
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError
from salon_crm.core.models import Customer
from salon_crm.ui.settings.audit_dialog import AuditDialog


def test_the_owner_reads_filters_and_exports_the_log(
    filled_shop: Shop, qtbot: QtBot, settle: Callable[[], None], tmp_path: Path
) -> None:
    zhang = Customer.get(Customer.name == "张三").id
    loyalty.top_up(Actor("xiaoli", UserRole.FRONT_DESK), zhang, 500, note="前台充值")
    dialog = AuditDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.table.rowCount() > 1
    dialog.actor_combo.setCurrentIndex(dialog.actor_combo.findData("xiaoli"))
    settle()
    assert [(row.actor, row.table_name) for row in dialog.rows] == [("xiaoli", "ledger_entry")]
    dialog.table.selectRow(0)
    assert "principal_delta: 500" in dialog.after_text.toPlainText()
    out = tmp_path / "audit.xlsx"
    dialog.export(out)
    settle()
    sheet = load_workbook(out, read_only=True).active
    assert [row[1] for row in list(sheet.values)[1:]] == ["xiaoli"]


def test_only_the_owner_reads_the_log(shop: Shop) -> None:
    with pytest.raises(PermissionDeniedError):
        audit_log.list_audit_entries(Actor("xiaoli", UserRole.FRONT_DESK), AuditFilter())
    assert audit_log.list_audit_entries(OWNER, AuditFilter()) == []
