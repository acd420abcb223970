"""A second start of the app brings the first one's window to the front.

The data folder's lock (``core.instance_lock``) keeps a second copy out; before this,
the second start only said so in a box while the open window stayed hidden behind
other programs. The running copy now listens on a local socket named after its data
folder; a second start knocks, the first raises its window, and the second ends
quietly. When nobody answers (the other copy runs on another computer, or hangs), the
second start says why the folder is busy, as before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

KNOCK = b"show\n"
WAIT_MS = 1500


def door_name(folder: Path) -> str:
    """One name per data folder (and per user on Windows, where names are machine-wide pipes)."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"salon-crm-{digest}"


class FrontDoor(QObject):
    """Listens while the window is open; ``window()`` gives the window to raise (None before login)."""

    def __init__(self, folder: Path, window: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._server = QLocalServer(self)
        name = door_name(folder)
        QLocalServer.removeServer(name)  # a socket file left by a copy that crashed (Unix)
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._knocked)

    def _knocked(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # no deleteLater on disconnect: the socket's Python wrapper, held by this lambda, could be
            # collected after Qt deleted the socket and delete it a second time (a crash seen under load);
            # the server owns its sockets and they go with it (a knock is once per second start)
            socket.readyRead.connect(lambda socket=socket: self._read(socket))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(KNOCK.strip()):
            self.show_window()
        socket.disconnectFromServer()

    def show_window(self) -> None:
        window = self._window()
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def close(self) -> None:
        self._server.close()


def knock(folder: Path, wait_ms: int = WAIT_MS) -> bool:
    """Ask the copy holding ``folder`` to show its window; True when it heard."""
    socket = QLocalSocket()
    socket.connectToServer(door_name(folder))
    if not socket.waitForConnected(wait_ms):
        return False
    socket.write(KNOCK)
    heard = socket.waitForBytesWritten(wait_ms)
    socket.disconnectFromServer()
    return bool(heard)
