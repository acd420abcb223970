"""Layouts read and cleared without layout items reaching Python (see salon_crm/ui/widgets/layouts.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from salon_crm.ui.widgets import layouts

UI = Path(__file__).resolve().parents[3] / "salon_crm" / "ui"


def test_the_widgets_of_a_nested_layout_in_order_and_cleared(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    outer = QVBoxLayout(window)
    outer.addWidget(QLabel("above", window))
    grid = QGridLayout()
    outer.addLayout(grid)
    cells = [QPushButton(f"cell {n}", window) for n in range(4)]
    for n, cell in enumerate(reversed(cells)):  # added last first: the layout's order is what counts
        grid.addWidget(cell, n // 2, n % 2)
    assert [widget.text() for widget in layouts.widgets_in(grid)] == ["cell 3", "cell 2", "cell 1", "cell 0"]
    layouts.clear(grid)
    assert layouts.widgets_in(grid) == [] and grid.count() == 0
    assert [widget.text() for widget in layouts.widgets_in(outer)] == ["above"]


def test_no_window_asks_a_layout_for_its_items() -> None:
    # a stale QLayoutItem wrapper once came back as a new table's header: keep items out of Python
    pattern = re.compile(r"\.(itemAt|takeAt)\(")
    offenders = [
        f"{path.relative_to(UI)}:{number}"
        for path in UI.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []
