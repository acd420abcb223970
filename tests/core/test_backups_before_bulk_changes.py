"""Every bulk change takes a verified backup first, holding the shop as it was just before.

Merge, erasure, a customer import, a service-record import, a restore and an upgrade
(the demo fill is refused on a shop that is not empty, so it never overwrites one).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from salon_crm.core import backup, bill_imports, customer_imports, restore
from salon_crm.core.backup import RecordCounts
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop, open_shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import Customer, ServiceItem
from salon_crm.core.profiles import CustomerInput
from tests import crash_harness


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return crash_harness.demo_folder(tmp_path_factory.mktemp("template"))


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Shop]:
    opened = open_shop(shutil.copytree(demo_template, tmp_path / "data"))
    yield opened
    opened.close()


def _only_backup(shop: Shop, label: str) -> Path:
    found = [info.path for info in backup.list_backups(shop.backup_dir) if info.label == label]
    assert len(found) == 1, found
    return found[0]


def _counts(path: Path) -> RecordCounts:
    return backup.verify(path)


def test_a_merge(demo: Shop) -> None:
    from salon_crm.core.merging import merge_customers

    before = crash_harness.counts_of(demo.db_path)
    keep, gone = crash_harness._busiest_pair(demo.db_path)
    merge_customers(OWNER, keep, gone)
    copy = _only_backup(demo, backup.BEFORE_MERGE)
    assert _counts(copy) == before
    assert crash_harness._merge_state(copy, gone)[0] is None  # the copy holds the unmerged file


def test_an_erasure(demo: Shop) -> None:
    from salon_crm.core.erasure import erase_personal_data

    customer = Customer.select().order_by(Customer.id).first()
    erase_personal_data(OWNER, customer.id)
    copy = _only_backup(demo, backup.BEFORE_ERASURE)
    conn = backup.read_only(copy)
    try:
        name = conn.execute("SELECT name FROM customer WHERE id = ?", (customer.id,)).fetchone()[0]
    finally:
        conn.close()
    assert name == customer.name  # the copy still knows who it was


def test_a_customer_import(demo: Shop) -> None:
    before = crash_harness.counts_of(demo.db_path)
    rows = [customer_imports.ImportRow(line=2, original=(), customer=CustomerInput(name="新客", phone="18600000001"))]
    result = customer_imports.commit_import(OWNER, customer_imports.plan_import(rows), backup_dir=demo.backup_dir)
    assert result.backup == _only_backup(demo, backup.BEFORE_IMPORT)
    assert _counts(result.backup) == before


def test_a_service_record_import(demo: Shop) -> None:
    before = crash_harness.counts_of(demo.db_path)
    customer = Customer.select().order_by(Customer.id).first()
    item = ServiceItem.select().first()
    row = bill_imports.RecordRow(
        line=2,
        original=(),
        visited_at=datetime(2025, 3, 1, 10),
        phone=customer.phone,
        service=item.name,
        amount=Decimal("88"),
        payment="现金",
    )
    planned = bill_imports.plan_record_import([row])
    assert bill_imports.commit_record_import(OWNER, planned, backup_dir=demo.backup_dir) == 1
    assert _counts(_only_backup(demo, backup.BEFORE_IMPORT)) == before


def test_a_restore(demo: Shop, tmp_path: Path) -> None:
    older = tmp_path / "older.db"
    backup.back_up_to(demo.db_path, older)
    Customer.create(name="后来的客人", phone="18600000002", search_text="后来的客人")
    before = crash_harness.counts_of(demo.db_path)
    restore.restore_backup(OWNER, demo.db_path, older)
    assert _counts(_only_backup(demo, backup.BEFORE_RESTORE)) == before


def test_an_upgrade(tmp_path: Path) -> None:
    folder = crash_harness.old_schema_folder(tmp_path, 50)
    before = crash_harness.counts_of(folder / "salon.db")
    shop = open_shop(folder)
    try:
        assert _counts(_only_backup(shop, "v1-before-upgrade")) == before
    finally:
        shop.close()


def test_the_demo_is_never_loaded_over_a_shop(demo: Shop) -> None:
    from salon_crm.demo import fill_demo_shop

    before = crash_harness.counts_of(demo.db_path)
    with pytest.raises(ValidationError) as refused:
        fill_demo_shop(OWNER)
    assert refused.value.code == "demo_shop_not_empty"
    assert crash_harness.counts_of(demo.db_path) == before
