"""Backups in the window: Back up now, Restore from backup, and the sentences for damaged files."""

from salon_crm.ui.backup.messages import TEMPLATES
from salon_crm.ui.errors import register

register(TEMPLATES)
