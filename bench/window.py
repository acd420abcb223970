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

# The app as ``python -m salon_crm`` starts it (the folder's opening begun before Qt loads), the
# login answered by the owner (a person's typing is not the app's time). Usable = shown and no
# background load still pending.
APP = (
    r"""
import json, sys, time
from pathlib import Path
from salon_crm.core import opening
begun = opening.begin(Path(sys.argv[1]))
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
sys.exit(app.run(Path(sys.argv[1]), argv=sys.argv[:1], begun=begun))
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


# The main window on the folder, then the owner's 20,000-row import through the wizard and
# the month's report through its dialog, both on ui/tasks' worker as in the app, while a 10 ms
# timer notes its longest gap; the same timer over an idle stretch of the shown window first.
STALL = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from salon_crm.core.context import OWNER
from salon_crm.core.db import open_shop
from salon_crm.ui import session, tasks
from salon_crm.ui.main_window import MainWindow

from salon_crm.ui.gc_guard import UiThreadCollector

application = QApplication(sys.argv[:1])
UiThreadCollector(application)  # as app.run: the cycle collector runs on the UI thread's timer
shop = open_shop(Path(sys.argv[1]))
session.start(OWNER)
window = MainWindow(shop)
window.show()

class Gaps:
    def __init__(self):
        self.longest, self.last = 0.0, time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
    def start(self):
        self.longest, self.last = 0.0, time.perf_counter()
        self.timer.start()
    def tick(self):
        now = time.perf_counter()
        self.longest, self.last = max(self.longest, now - self.last), now
    def stop(self):
        self.tick()
        self.timer.stop()
        return self.longest

def wait_until(done, limit=900.0):
    ends = time.perf_counter() + limit
    while not done():
        if time.perf_counter() > ends:
            raise TimeoutError("the window never finished")
        application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)

wait_until(lambda: not tasks.is_busy())
gaps = Gaps()
gaps.start()
idle_ends = time.perf_counter() + 2.0
wait_until(lambda: time.perf_counter() > idle_ends)
idle = gaps.stop()

wizard = window.import_customers()  # its module loads once here, before the watch starts
gaps.start()
working = time.perf_counter()
wizard.file_page.choose_file(Path(sys.argv[2]))
wait_until(lambda: not tasks.is_busy() and wizard.file_page.isComplete())
wizard.next()
wizard.next()
wait_until(lambda: wizard.plan is not None)
wizard.button(QWizard.WizardButton.FinishButton).click()
report = window.monthly_report()
report.path_edit.setText(sys.argv[3])
report.write()
wait_until(lambda: report.written is not None and not tasks.is_busy())
stall = gaps.stop()
print(json.dumps({"stall": stall, "idle": idle, "seconds": time.perf_counter() - working}), flush=True)
window.close()
tasks.wait_for_done()
shop.close()
"""


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
