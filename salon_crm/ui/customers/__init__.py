"""The customer files tab (客户档案): list, profiles, bills, tags, care lists."""

from salon_crm.ui.customers.messages import TEMPLATES
from salon_crm.ui.errors import register

register(TEMPLATES)
