"""A customer's request for their data: every row about them in one workbook, owner only."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from salon_crm.core import privacy
from salon_crm.core.context import OWNER, Actor
from salon_crm.core.db import Shop
from salon_crm.core.enums import UserRole
from salon_crm.core.errors import PermissionDeniedError
from salon_crm.core.models import AuditEntry, Customer, LedgerEntry, ServiceRecord
from salon_crm.demo import fill_demo_shop
from salon_crm.excel.dossier import write_dossier


def test_every_row_about_the_customer_is_in_the_workbook(shop: Shop, tmp_path: Path) -> None:
    fill_demo_shop(OWNER, seed=2)
    customer = Customer.select().join(LedgerEntry, on=LedgerEntry.customer == Customer.id).group_by(Customer.id).first()
    sections = privacy.customer_dossier(OWNER, customer.id)
    out = tmp_path / "dossier.xlsx"
    written = write_dossier(sections, customer.id, out)
    workbook = load_workbook(out, read_only=True)
    assert workbook.sheetnames[:6] == [
        "说明 About",
        "客户档案 Profile",
        "其他电话 Other phones",
        "标签 Tags",
        "标签名 Tag names",
        "消费记录 Bills",
    ]
    profile = list(workbook["客户档案 Profile"].values)
    assert profile[0][:2] == ("id", "name") and profile[1][1] == customer.name
    bills = list(workbook["消费记录 Bills"].values)[1:]
    assert len(bills) == ServiceRecord.select().where(ServiceRecord.customer == customer.id).count()
    ledger = list(workbook["储值积分 Ledger"].values)[1:]
    assert len(ledger) == LedgerEntry.select().where(LedgerEntry.customer == customer.id).count() > 0
    assert written == sum(len(section.rows) for section in sections)
    audit_rows = {row[0] for row in list(workbook["操作记录 Audit log"].values)[1:]}
    assert audit_rows <= {entry.id for entry in AuditEntry.select()}


def test_only_the_owner_may_take_someones_data_out(shop: Shop) -> None:
    customer = Customer.create(name="张三")
    with pytest.raises(PermissionDeniedError):
        privacy.customer_dossier(Actor("前台", UserRole.FRONT_DESK), customer.id)
