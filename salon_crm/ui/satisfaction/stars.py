"""A 1-5 star rating a receptionist sets with the mouse or the keys 1-5 (arrows step)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

FULL, EMPTY = "★", "☆"
STARS = 5


class StarRating(QWidget):
    """Five star buttons; ``value()`` is 1..5, or None until chosen.

    Signals:
        changed(int): the rating the user chose.
    """

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(0)
        self.buttons: list[QToolButton] = []
        for number in range(1, STARS + 1):
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("{count} of 5").format(count=number))
            button.clicked.connect(lambda _checked=False, n=number: self.set_value(n, by_user=True))
            layout.addWidget(button)
            self.buttons.append(button)
        self.hint = QLabel(self)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._paint()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, *, by_user: bool = False) -> None:
        self._value = value
        self._paint()
        if by_user and value is not None:
            self.changed.emit(value)

    def _paint(self) -> None:
        for number, button in enumerate(self.buttons, start=1):
            chosen = self._value is not None and number <= self._value
            button.setText(FULL if chosen else EMPTY)
            button.setStyleSheet(f"font-size: 16pt; color: {'#d9822b' if chosen else '#888888'};")
        self.hint.setText(self.tr("not chosen") if self._value is None else f"{self._value}/5")
        self.setAccessibleDescription(self.hint.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.set_value(key - Qt.Key.Key_0, by_user=True)
            self.focusNextChild()  # six scores typed as six digits
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(min(STARS, (self._value or 0) + 1), by_user=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(max(1, (self._value or 2) - 1), by_user=True)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.hint.setStyleSheet("text-decoration: underline;")
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.hint.setStyleSheet("")
        super().focusOutEvent(event)
