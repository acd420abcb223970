"""Reading and writing workbooks: the customer import, list exports, the monthly report.

No Qt here; the wizard in ``salon_crm.ui.excel`` only drives these modules.
openpyxl must parse XML through defusedxml, or an entity bomb in an imported
workbook could exhaust memory: we refuse to start without it.
"""

from __future__ import annotations

import openpyxl.xml

if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
    raise ImportError("openpyxl is not using defusedxml; install defusedxml before importing workbooks")
