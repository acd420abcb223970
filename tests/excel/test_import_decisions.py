"""A possible duplicate in the import preview is the user's to decide, row by row (issue 13):
skipped or imported anyway; rows that are not possible duplicates cannot be decided on."""

from __future__ import annotations

from pathlib import Path

import pytest
from excel_helpers import write_workbook

from salon_crm.core import customer_imports, profiles
from salon_crm.core.context import OWNER
from salon_crm.core.customer_imports import Outcome
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import Customer
from salon_crm.excel.customer_import import build_rows, read_sheet


def _plan(tmp_path: Path) -> customer_imports.ImportPlan:
    profiles.create_customer(
        OWNER, profiles.CustomerInput("王芳", birth_year=1990, birth_month=5, birth_day=3), allow_duplicate=True
    )
    path = write_workbook(
        tmp_path / "customers.xlsx",
        [
            ["姓名", "手机", "生日"],
            ["王芳", "13800000001", "1990-05-03"],  # line 2: same name and birthday as a file in the shop
            ["李娜", "13800000002", "1988-07-09"],  # line 3: nobody
            ["李娜", "13800000003", "1988-07-09"],  # line 4: same name and birthday as line 3
            ["张三", "13800000004", ""],  # line 5: nobody
        ],
    )
    return customer_imports.plan_import(build_rows(read_sheet(path)))


def test_each_possible_duplicate_is_skipped_or_imported_as_decided(shop: Shop, tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    flagged = [planned.row.line for planned in plan.rows if customer_imports.is_possible_duplicate(planned)]
    assert flagged == [2, 4]
    decided = customer_imports.decide(plan, [2, 4], skip=True)
    decided = customer_imports.decide(decided, [4], skip=False)  # changed her mind: line 4 is another 李娜
    assert [planned.outcome for planned in decided.rows] == [Outcome.SKIPPED, Outcome.NEW, Outcome.NEW, Outcome.NEW]
    assert [planned.outcome for planned in plan.rows] == [Outcome.NEW] * 4  # the preview's plan is left alone
    result = customer_imports.commit_import(OWNER, decided, backup_dir=None)
    assert (result.created, result.skipped) == (3, 1)
    assert Customer.select().where(Customer.name == "王芳").count() == 1  # the skipped one was not written
    assert Customer.select().where(Customer.name == "李娜").count() == 2


def test_only_a_possible_duplicate_can_be_decided_on(shop: Shop, tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    for lines in ([3], [2, 99]):
        with pytest.raises(ValidationError) as caught:
            customer_imports.decide(plan, lines, skip=True)
        assert caught.value.code == "import_row_not_flagged"
