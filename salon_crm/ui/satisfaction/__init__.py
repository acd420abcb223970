"""The satisfaction tab (满意度): charts and KPIs, the survey list, the quarterly campaign, the survey form."""

from salon_crm.ui.errors import register
from salon_crm.ui.satisfaction.messages import TEMPLATES

register(TEMPLATES)
