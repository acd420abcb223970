"""Python's cycle collector runs on the UI thread only.

The collector runs on whichever thread happens to allocate when its threshold is
crossed, here possibly the database worker. Collecting a cycle that holds a Qt
widget there destroys the widget off the UI thread, and Qt crashes. So automatic
collection is switched off and a timer on the UI thread collects instead, with
the same generation thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that each collection stays small: what the worker allocates for an import or the
# report (hundreds of thousands of objects) made one collection a 95-187 ms stall at 1,000 ms;
# at 200 ms the longest stall while both run at 100k/1M fell from 134-142 ms to 58-64 ms.
INTERVAL_MS = 200


class UiThreadCollector(QObject):
    """Owns the cycle collector while the app runs; create it on the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        self.destroyed.connect(gc.enable)

    def collect_due(self) -> None:
        """Collect the generations whose counts are over their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
