"""The complaints and feedback tab (投诉与反馈)."""

from salon_crm.ui.errors import register
from salon_crm.ui.tickets.messages import TEMPLATES

register(TEMPLATES)
