"""The import wizard, the list export and the monthly report, driven as the owner would."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from salon_crm.core import clock, customers
from salon_crm.core.db import Shop
from salon_crm.core.enums import AutoTag
from salon_crm.core.models import Customer, LedgerEntry
from salon_crm.ui import tasks
from salon_crm.ui.excel.import_wizard import ImportWizard
from salon_crm.ui.excel.report_dialog import MonthlyReportDialog
from salon_crm.ui.main_window import MainWindow

SAMPLES = Path(__file__).parent.parent.parent / "fixtures" / "excel"


def _to_preview(wizard: ImportWizard, path: Path, qtbot: QtBot, settle: Callable[[], None]) -> None:
    wizard.file_page.choose_file(path)
    settle()
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    settle()
    qtbot.waitUntil(lambda: wizard.plan is not None)


def test_the_wizard_previews_then_imports_the_messy_sample(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None], qtmodeltester: object
) -> None:
    before = Customer.select().count()
    path = tmp_path / "messy.xlsx"
    shutil.copy(SAMPLES / "sample_customers_messy.xlsx", path)
    wizard = window.import_customers()
    _to_preview(wizard, path, qtbot, settle)
    page = wizard.preview_page
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 60
    assert "60 new" in page.summary.text()
    assert Customer.select().count() == before  # the preview wrote nothing
    wizard.resize(1366, 768)
    wizard.grab().save(str(tmp_path / "excel_preview.png"))
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert imported.args[0].created == 60
    settle()
    assert Customer.select().count() == before + 60
    assert LedgerEntry.select().where(LedgerEntry.imported).count() > 0


def test_headers_nobody_recognises_are_refused_with_a_reason(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    workbook = Workbook()
    workbook.active.append(["客户", "号码"])  # headers nobody maps automatically
    workbook.active.append(["王芳", "13900000001"])
    workbook.save(tmp_path / "odd.xlsx")
    wizard = window.import_customers()
    wizard.file_page.choose_file(tmp_path / "odd.xlsx")
    settle()
    assert not wizard.file_page.isComplete()
    assert "No customer columns" in wizard.file_page.status.text()


def test_a_bad_file_is_explained_on_the_first_page(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    wizard = window.import_customers()
    wizard.file_page.choose_file(tmp_path / "old.xls")
    settle()
    assert "save it as .xlsx" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()


def test_a_photo_named_xlsx_is_not_offered_as_a_csv_file(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    # issue 15: the sheet box said "(CSV file)" for a PNG renamed .xlsx, and the error had no sign
    (tmp_path / "photo.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    wizard = window.import_customers()
    wizard.file_page.choose_file(tmp_path / "photo.xlsx")
    settle()
    status = wizard.file_page.status.text()
    assert status.startswith("⚠ ") and "not an .xlsx workbook" in status
    assert wizard.file_page.sheet_box.count() == 0 and not wizard.file_page.isComplete()


def test_a_wrong_column_choice_is_fixed_in_the_mapping_page(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    workbook = Workbook()
    workbook.active.append(["姓名", "电话", "介绍"])
    workbook.active.append(["王芳", "13900000001", "老顾客"])
    workbook.save(tmp_path / "m.xlsx")
    wizard = window.import_customers()
    wizard.file_page.choose_file(tmp_path / "m.xlsx")
    settle()
    wizard.next()
    page = wizard.mapping_page
    assert page.mapping() == {0: "name", 1: "phone"}
    page.boxes[2].setCurrentIndex(page.boxes[2].findData("notes"))
    assert page.mapping() == {0: "name", 1: "phone", 2: "notes"}
    page.boxes[0].setCurrentIndex(0)
    assert not page.isComplete()  # no name, no import


def test_export_list_writes_the_customer_tab(
    window: MainWindow, filled_shop: Shop, tmp_path: Path, settle: Callable[[], None], qtbot: QtBot
) -> None:
    window.tabs.setCurrentWidget(window.customers_tab)
    settle()
    out = tmp_path / "customers.xlsx"
    from salon_crm.ui.excel.export import export_list

    assert export_list(window, window.customers_tab, "Customers", path=out)
    qtbot.waitUntil(out.exists, timeout=20_000)
    settle()
    sheet = load_workbook(out).active
    headers = [cell.value for cell in sheet[1]]
    assert headers[:2] == ["Name", "Mobile"]
    assert sheet.max_row - 1 == window.customers_tab.model.rowCount()
    phones = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True) if row[1]]
    assert all(isinstance(phone, str) for phone in phones)
    assert sheet.freeze_panes == "A2"


def test_the_monthly_report_dialog_writes_the_workbook(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    dialog = window.monthly_report()
    dialog.path_edit.setText(str(tmp_path / "report.xlsx"))
    dialog.resize(1366 // 2, 200)
    dialog.grab().save(str(tmp_path / "excel_report_dialog.png"))
    dialog.write()
    settle()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert load_workbook(tmp_path / "report.xlsx").sheetnames[0] == "Summary"


def test_the_report_month_defaults_to_last_month(qtbot: QtBot, shop: Shop) -> None:
    from datetime import date

    dialog = MonthlyReportDialog(today=date(2026, 1, 15))
    qtbot.addWidget(dialog)
    assert str(dialog.month()) == "2025-12"
    assert dialog.path_edit.text().endswith("monthly-report-2025-12.xlsx")


def test_imported_customers_get_their_automatic_tags_at_once(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    """The customers tab works the automatic tags out once a day; an import retags at once, so a
    customer imported with a birthday this month is tagged so today, not after tomorrow's start."""
    settle()  # the start's own recomputation of the day is done
    today = clock.today()
    path = tmp_path / "new.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "生日"])
    sheet.append(["林小满", "16612345678", f"1990-{today.month:02d}-01"])
    book.save(path)
    wizard = window.import_customers()
    _to_preview(wizard, path, qtbot, settle)
    assert "1 new" in wizard.preview_page.summary.text()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    settle()
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=20_000)
    [row] = customers.list_customers("林小满")
    assert AutoTag.BIRTHDAY_MONTH.value in row.auto_tags
