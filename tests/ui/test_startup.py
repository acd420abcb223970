"""Start-up stays light: building the window loads neither matplotlib nor openpyxl."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from salon_crm.core.db import open_shop
from salon_crm.core.context import OWNER
from salon_crm.ui import session, tasks
from salon_crm.ui.main_window import MainWindow

app = QApplication([])
shop = open_shop(Path(sys.argv[1]))
session.start(OWNER)  # as after the login
window = MainWindow(shop)
window.show()
app.processEvents()
tasks.wait_for_done()
app.processEvents()
print(",".join(sorted({name.split(".")[0] for name in sys.modules} & {"matplotlib", "openpyxl"})))
window.close()
shop.close()
"""


def test_the_window_starts_without_matplotlib_or_openpyxl(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == ""
