"""The appointments tab (预约): day and week views, bookings, shifts and reminders."""

from salon_crm.ui.appointments.messages import TEMPLATES
from salon_crm.ui.errors import register

register(TEMPLATES)
