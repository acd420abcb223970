"""One chart of the grid: a matplotlib canvas with Save as PNG and Copy buttons.

Until its Figure arrives (and while a new period is computed) the panel shows a
"Computing…" card of the chart's full size, never a squashed or blank frame.

This module imports matplotlib's Qt backend, so only the charts page imports it,
and only when it is first shown (start-up stays free of matplotlib).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salon_crm.ui import icons, tasks
from salon_crm.ui.errors import describe_any

SAVE_DPI = 150
# Three panels side by side fit a maximised 1366x768 window (and a 1280 one) without a scrollbar.
MIN_SIZE = (360, 280)


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
        self.setObjectName("card")  # white, rounded: styled in resources/style.qss
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._retired: dict[int, FigureCanvasQTAgg] = {}
        self.save_button = QPushButton(self.tr("Save as PNG…"), self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the chart as a picture, to paste into a message or document"))
        icons.put(self.save_button, "download")
        icons.put(self.copy_button, "copy")
        self.placeholder = QLabel(self.tr("Computing…"), self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
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
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addWidget(self.stack, 1)
        self._layout.addLayout(bar)
        self.setMinimumSize(*MIN_SIZE)

    def set_figure(self, figure: Any) -> None:
        """Show ``figure`` (built on the worker) in place of the previous one."""
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]  # matplotlib's Qt canvas is untyped
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(1, 1)  # the panel, not the figure's inches, decides the size
        self.stack.addWidget(canvas)
        self.stack.setCurrentWidget(canvas)
        if self.canvas is not None:
            old = self.canvas
            self.stack.removeWidget(old)
            # The old canvas and its Figure refer to each other. Held here until Qt has
            # deleted it on this thread: the cycle collector, which may run on the
            # worker thread, must never be the one to destroy a widget.
            key = id(old)
            self._retired[key] = old
            old.destroyed.connect(lambda *_args: self._retired.pop(key, None))
            old.hide()
            old.deleteLater()
        self.figure, self.canvas = figure, canvas
        for button in (self.save_button, self.copy_button):
            button.setEnabled(True)
        self.status.clear()

    def show_computing(self, text: str) -> None:
        """The placeholder, with ``text``, in place of the chart (computing, or why there is none)."""
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        for button in (self.save_button, self.copy_button):
            button.setEnabled(False)

    def is_computing(self) -> bool:
        return self.stack.currentWidget() is self.placeholder

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
        figure = self.figure  # the one shown now, whatever is shown when the worker gets to it
        tasks.run_in_background(self, lambda: _save(figure, path), self._saved, self._failed)

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
