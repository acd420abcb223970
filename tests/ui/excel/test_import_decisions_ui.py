"""The import preview's per-row decision on possible duplicates (issue 13): skip or import anyway."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from salon_crm.core import profiles
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.ui.excel.import_wizard import ImportWizard, PreviewPage


def _wizard(shop: Shop, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None]) -> ImportWizard:
    profiles.create_customer(
        OWNER, profiles.CustomerInput("王芳", birth_year=1990, birth_month=5, birth_day=3), allow_duplicate=True
    )
    workbook = Workbook()
    for row in (
        ["姓名", "手机", "生日"],
        ["王芳", "13800000001", "1990-05-03"],  # same name and birthday as a file in the shop
        ["李娜", "13800000002", "1988-07-09"],
        ["李娜", "13800000003", "1988-07-09"],  # same name and birthday as the row above
    ):
        workbook.active.append(row)
    workbook.save(tmp_path / "customers.xlsx")
    wizard = ImportWizard(shop.backup_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.choose_file(tmp_path / "customers.xlsx")
    settle()
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    settle()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    return wizard


def _select(page: PreviewPage, *rows: int) -> None:
    page.view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        page.view.selectionModel().select(page.model.index(row, 0), flags)


def _outcomes(page: PreviewPage) -> list[str]:
    return [page.model.index(row, 1).data() for row in range(page.model.rowCount())]


def test_a_possible_duplicate_is_skipped_or_imported_row_by_row(
    shop: Shop, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    wizard = _wizard(shop, tmp_path, qtbot, settle)
    page = wizard.preview_page
    assert _outcomes(page) == ["Possible duplicate (imported)", "New", "Possible duplicate (imported)"]
    assert "2 possible duplicates (0 skipped)" in page.summary.text()
    _select(page, 1)  # not a possible duplicate: nothing to decide
    assert not page.skip_button.isEnabled() and not page.import_anyway_button.isEnabled()
    _select(page, 0, 2)
    assert page.skip_button.isEnabled() and not page.import_anyway_button.isEnabled()
    page.skip_button.click()
    settle()
    assert _outcomes(page) == ["Possible duplicate (skipped)", "New", "Possible duplicate (skipped)"]
    assert page.selected_lines() == {2, 4}  # the rows stay selected
    _select(page, 2)
    page.import_anyway_button.click()  # the second 李娜 is another person after all
    settle()
    assert _outcomes(page) == ["Possible duplicate (skipped)", "New", "Possible duplicate (imported)"]
    assert "2 possible duplicates (1 skipped)" in page.summary.text()
    assert Customer.select().count() == 1  # nothing written by deciding
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert (imported.args[0].created, imported.args[0].skipped) == (2, 1)
    assert Customer.select().where(Customer.name == "王芳").count() == 1
    assert Customer.select().where(Customer.name == "李娜").count() == 2
