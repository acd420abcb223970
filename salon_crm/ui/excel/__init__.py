"""Excel in the window: the import wizard, exporting the list on screen, the monthly report."""

from salon_crm.ui.errors import register
from salon_crm.ui.excel.messages import TEMPLATES

register(TEMPLATES)
