"""Start-up, memory and UI stalls, each measured in a fresh process beside a bare PySide6 window.

Every launch is a new ``python`` that prints one JSON line: when its window was shown,
when it was usable (the main window's first background loads delivered), its resident
memory then, and for the stall driver the longest gap between ticks of a 10 ms timer.
The times are wall-clock seconds since the epoch, so the parent subtracts the moment
it started the child: interpreter start and imports are part of the figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

# read by every driver: the resident set now (Linux), else the peak the OS reports
RSS = r"""
def rss_mb():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20 if sys.platform == "darwin" else 1024)
"""

# The app as ``python -m salon_crm`` starts it, the login answered by the owner (a person's
# typing is not the app's time). Usable = shown and no background load still pending.
APP = (
    r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from salon_crm.core.context import OWNER
from salon_crm.ui import app, main_window, tasks
"""
    + RSS
    + r"""
app.ask_who_is_at_the_desk = lambda parent=None: OWNER
original_show = main_window.MainWindow.show

def timed_show(self):
    original_show(self)
    shown = time.time()

    def when_loaded():
        if tasks.is_busy():
            QTimer.singleShot(2, when_loaded)
            return
        print(json.dumps({"shown": shown, "loaded": time.time(), "rss": rss_mb()}), flush=True)
        self.close()

    QTimer.singleShot(0, when_loaded)

main_window.MainWindow.show = timed_show
sys.exit(app.run(Path(sys.argv[1]), argv=sys.argv[:1]))
"""
)

# What a script shows with nothing of the app: the floor for start-up and memory.
BARE = (
    r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
"""
    + RSS
    + r"""
application = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()

def shown():
    now = time.time()
    print(json.dumps({"shown": now, "loaded": now, "rss": rss_mb()}), flush=True)
    application.quit()

QTimer.singleShot(0, shown)
application.exec()
"""
)


def environment() -> dict[str, str]:
    """Offscreen unless told otherwise, and this checkout's ``salon_crm`` first on the path."""
    root = str(Path(__file__).resolve().parents[1])
    path = os.environ.get("PYTHONPATH", "")
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": root + (os.pathsep + path if path else ""),
    }


def launch(driver: str, *args: str, timeout: float = 600) -> dict[str, Any]:
    """Run ``driver`` in a new interpreter; its JSON line, with times made relative to the launch."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", driver, *args],
        capture_output=True,
        text=True,
        env=environment(),
        timeout=timeout,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"the driver failed ({result.returncode}):\n{result.stdout[-2000:]}{result.stderr[-4000:]}")
    figures: dict[str, Any] = json.loads(lines[-1])
    for key in ("shown", "loaded"):
        if key in figures:
            figures[key] -= started
    return figures
