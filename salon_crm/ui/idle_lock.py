"""The desk locks itself: after some minutes without a key or a click the login comes back.

The login opens over the window (window-modal), so whatever form was open stays
open, with what was typed in it, under the login; the person who logs in carries
on where it was, or, if someone else logs in, the session switches to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from salon_crm.core import shop_rules
from salon_crm.ui import session

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def idle_minutes() -> int:
    """The shop's setting (core.shop_rules); 0 turns the lock off."""
    return shop_rules.idle_minutes()


class IdleLock(QObject):
    """Watches every input event of the application and locks ``window`` when none came."""

    def __init__(self, window: QWidget, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.lock)
        self.locked = False
        if minutes > 0:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked:
            self.timer.start()  # any key or click at the desk restarts the count
        return False

    def lock(self) -> None:
        from salon_crm.ui.login import LoginDialog

        if self.locked:
            return
        self.locked = True
        dialog = LoginDialog(self.window)
        dialog.setWindowTitle(QCoreApplication.translate("IdleLock", "Locked — log in to carry on"))
        dialog.accepted.connect(lambda: self._unlocked(dialog))
        dialog.rejected.connect(dialog.open)  # Cancel does not get past the lock
        dialog.open()

    def _unlocked(self, dialog: QWidget) -> None:
        actor = getattr(dialog, "actor", None)
        if actor is not None and actor != session.acting_user():
            session.start(actor)
        self.locked = False
        dialog.deleteLater()
        self.timer.start()
