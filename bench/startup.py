"""Start-up time: from launching ``python -m salon_crm`` to a shown window with the demo shop.

Two figures per run, as wall-clock seconds from the launch of the process:
``shown`` (the window is on screen) and ``loaded`` (its first tables are filled).
Prints the median of RUNS runs. Usage: python bench/startup.py [RUNS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

DRIVER = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from salon_crm.ui import app, main_window, tasks

original_show = main_window.MainWindow.show

def timed_show(self):
    original_show(self)
    shown = time.time()

    def when_loaded():
        if tasks.is_busy():
            QTimer.singleShot(2, when_loaded)
            return
        print(json.dumps({"shown": shown, "loaded": time.time()}), flush=True)
        self.close()

    QTimer.singleShot(0, when_loaded)

main_window.MainWindow.show = timed_show
sys.exit(app.run(Path(sys.argv[1]), argv=sys.argv[:1]))
"""


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "salon_crm", "--data-dir", folder, "demo"], check=True, env=env)
        shown, loaded = [], []
        for _ in range(runs):
            started = time.time()
            result = subprocess.run(
                [sys.executable, "-c", DRIVER, folder], capture_output=True, text=True, check=True, env=env
            )
            figures = json.loads(result.stdout.strip().splitlines()[-1])
            shown.append(figures["shown"] - started)
            loaded.append(figures["loaded"] - started)
    print(f"start-up to a shown window, median of {runs}: {statistics.median(shown):.2f} s")
    print(f"start-up to filled tables,  median of {runs}: {statistics.median(loaded):.2f} s")
    print("each run (shown / loaded):", ", ".join(f"{s:.2f}/{ld:.2f}" for s, ld in zip(shown, loaded, strict=True)))


if __name__ == "__main__":
    main()
