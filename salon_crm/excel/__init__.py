"""Reading and writing workbooks: the customer import, list exports, the monthly report.

No Qt here; the wizard in ``salon_crm.ui.excel`` only drives these modules.
openpyxl must parse XML through defusedxml, or an entity bomb in an imported
workbook could exhaust memory: we refuse to start without it. openpyxl itself (and
the numpy it pulls in, 170 ms) is imported only where a workbook is written or read
with it, so the reading child (``excel.isolation``) starts without it.
"""

from __future__ import annotations

import importlib.util
import os

# openpyxl's own test (openpyxl.xml.DEFUSEDXML), without importing openpyxl; the reader checks the flag too.
if importlib.util.find_spec("defusedxml") is None or os.environ.get("OPENPYXL_DEFUSEDXML", "True") != "True":
    raise ImportError("openpyxl is not using defusedxml; install defusedxml before importing workbooks")
