"""A sentence in the middle of an empty list or view that says what to do next.

An empty white table reads as "broken" or "still loading"; the booking apps put
one calm line there ("No appointments today"). The overlay lets clicks through,
so a double-click on an empty day still books.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

Words = str | Callable[[], str]


class EmptyState(QLabel):
    """A centred, wrapped sentence over ``host``; ``show_if(empty)`` shows or hides it.

    ``words`` may be a function, asked each time it is shown, when the sentence
    depends on the moment (a search that found nothing, or a shop with no one yet).
    """

    def __init__(self, host: QWidget, words: Words) -> None:
        super().__init__(host)
        self.setObjectName("emptyState")  # styled in resources/style.qss
        self.words = words
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        host.installEventFilter(self)

    def show_if(self, empty: bool) -> None:
        if empty:
            self.setText(self.words() if callable(self.words) else self.words)
            self._place()
            self.show()
            self.raise_()
        else:
            self.hide()

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:  # not placed in a table yet
            return
        margin = 24
        width = max(120, min(host.width() - 2 * margin, 560))
        height = self.heightForWidth(width) if self.text() else 0
        self.setGeometry((host.width() - width) // 2, max(0, (host.height() - height) // 3), width, max(height, 40))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
