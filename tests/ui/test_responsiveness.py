"""The window keeps answering while a big import and the monthly report run in the background.

A 10 ms timer on the UI thread notes the longest gap between its ticks while the
owner imports 20,000 customers through the wizard and writes the month's report
over a shop of 60,000 bills, both through ``ui.tasks`` as the app does. The issue's
goal is under 100 ms; this machine shows 39-46 ms (100-105 ms before the preview sized its
columns from 100 rows instead of 1000), and
the test allows 250 ms so a slow or busy CI machine does not fail it while a
real stall (heavy work on the UI thread, seconds long) still does.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from bench.customers_list import build
from salon_crm.core import clock
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer
from salon_crm.ui.main_window import MainWindow

IMPORT_ROWS = 20_000
LONGEST_GAP_ALLOWED = 0.250  # seconds; the goal is 0.100, the margin is for noisy machines


class GapWatch:
    """Ticks every 10 ms on the UI thread and keeps the longest time between two ticks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._tick()
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1


def _customers_sheet(path: Path, rows: int) -> None:
    """A shop's sheet as exported from another program: names, phones, birthdays, balances."""
    rng = random.Random(rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("客户资料")
    sheet.append(["姓名", "性别", "手机号码", "生日", "余额", "备注"])
    for number in range(rows):
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(16000))
        sheet.append([f"顾客{number}", rng.choice("男女"), f"135{number:08d}", born, rng.choice(["", "300"]), ""])
    workbook.save(path)


def test_the_window_keeps_ticking_while_an_import_and_the_report_run(
    shop: Shop, tmp_path: Path, qtbot: QtBot, settle: Callable[[], None]
) -> None:
    build(5_000, 60_000, today=clock.today())  # bills over the two years before today, written in bulk
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    path = tmp_path / "customers.xlsx"
    _customers_sheet(path, IMPORT_ROWS)
    before = Customer.select().count()
    wizard = window.import_customers()
    watch = GapWatch()  # from here: opening the wizard loads its module once, before any work starts
    watch.start()
    wizard.file_page.choose_file(path)
    settle()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=60_000)
    wizard.next()  # the mapping page
    wizard.next()  # the preview: the plan is worked out in the background
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=60_000)
    wizard.button(QWizard.WizardButton.FinishButton).click()  # the commit starts on the worker
    report = window.monthly_report()  # queued behind the import on the same worker
    report.path_edit.setText(str(tmp_path / "report.xlsx"))
    report.write()
    qtbot.waitUntil(lambda: report.written is not None, timeout=120_000)
    settle()
    watch.stop()

    assert Customer.select().count() == before + IMPORT_ROWS
    assert (tmp_path / "report.xlsx").stat().st_size > 0
    assert watch.ticks > 100  # the timer really ran through the work
    print(f"longest gap between 10 ms ticks: {watch.longest * 1000:.0f} ms over {watch.ticks} ticks")
    assert watch.longest < LONGEST_GAP_ALLOWED, f"the UI thread stalled for {watch.longest * 1000:.0f} ms"
