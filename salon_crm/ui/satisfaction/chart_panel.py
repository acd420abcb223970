"""One chart of the grid: a matplotlib canvas with Save as PNG and Copy buttons.

This module imports matplotlib's Qt backend, so only the charts page imports it,
and only when it is first shown (start-up stays free of matplotlib).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salon_crm.ui import tasks
from salon_crm.ui.errors import describe_any

SAVE_DPI = 150
MIN_SIZE = (420, 280)


def _save(figure: Figure, path: Path) -> Path:
    figure.savefig(path, format="png", dpi=SAVE_DPI)
    return path


class ChartPanel(QFrame):
    """A chart and its two buttons; ``set_figure`` swaps in a new period's Figure.

    Signals:
        saved(str): the PNG was written to this path.
    """

    saved = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name  # the file name offered when saving
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._retired: dict[int, FigureCanvasQTAgg] = {}
        self.save_button = QPushButton(self.tr("Save as PNG…"), self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the chart as a picture, to paste into a message or document"))
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #666666;")
        for button in (self.save_button, self.copy_button):
            button.setEnabled(False)
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.copy_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addLayout(bar)
        self.setMinimumSize(*MIN_SIZE)

    def set_figure(self, figure: Any) -> None:
        """Show ``figure`` (built on the worker) in place of the previous one."""
        canvas = FigureCanvasQTAgg(figure)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if self.canvas is not None:
            old = self.canvas
            self._layout.replaceWidget(old, canvas)
            # The old canvas and its Figure refer to each other. Held here until Qt has
            # deleted it on this thread: the cycle collector, which may run on the
            # worker thread, must never be the one to destroy a widget.
            key = id(old)
            self._retired[key] = old
            old.destroyed.connect(lambda *_args: self._retired.pop(key, None))
            old.hide()
            old.deleteLater()
        else:
            self._layout.insertWidget(0, canvas, 1)
        self.figure, self.canvas = figure, canvas
        for button in (self.save_button, self.copy_button):
            button.setEnabled(True)
        self.status.clear()

    def ask_where_to_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"{self.name}.png", self.tr("PNG pictures (*.png)")
        )
        if path:
            self.save_png(Path(path))

    def save_png(self, path: Path) -> None:
        """Write the chart as a PNG in the background; ``saved`` says when it is there."""
        if self.figure is None:
            return
        path = path if path.suffix.lower() == ".png" else path.with_suffix(".png")
        tasks.run_in_background(self, lambda figure=self.figure: _save(figure, path), self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {name}").format(name=path.name))
        self.saved.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe_any(error))

    def copy_to_clipboard(self) -> None:
        if self.canvas is None:
            return
        QApplication.clipboard().setPixmap(self.canvas.grab())
        self.status.setText(self.tr("Copied"))
