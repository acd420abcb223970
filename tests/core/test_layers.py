"""core, excel and charts load without Qt; core loads without matplotlib or openpyxl."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import salon_crm.core, salon_crm.excel, salon_crm.charts
for package in (salon_crm.core, salon_crm.excel, salon_crm.charts):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in {"PySide6", "shiboken6"})
print(",".join(loaded))
"""

CORE_ONLY = """
import importlib, pkgutil, sys
import salon_crm.core
for module in pkgutil.walk_packages(salon_crm.core.__path__, "salon_crm.core."):
    importlib.import_module(module.name)
print(",".join(sorted({n.split(".")[0] for n in sys.modules} & {"PySide6", "matplotlib", "openpyxl"})))
"""


def loaded_by(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_domain_excel_and_charts_never_load_qt() -> None:
    assert loaded_by(CHECK) == ""


def test_core_loads_neither_qt_nor_matplotlib_nor_openpyxl() -> None:
    assert loaded_by(CORE_ONLY) == ""
