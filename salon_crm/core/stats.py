"""Record counts of the shop, for the main window's status bar."""

from __future__ import annotations

from salon_crm.core.customers import is_listed
from salon_crm.core.enums import TicketStatus
from salon_crm.core.models import (
    Appointment,
    ComplaintTicket,
    Customer,
    ServiceRecord,
    SurveyResponse,
)
from salon_crm.core.rows import ShopCounts


def shop_counts() -> ShopCounts:
    """Listed customers, non-voided visits, and every appointment, ticket and survey."""
    return ShopCounts(
        customers=Customer.select().where(is_listed()).count(),
        visits=ServiceRecord.select().where(ServiceRecord.voided_at.is_null()).count(),
        appointments=Appointment.select().count(),
        tickets=ComplaintTicket.select().count(),
        open_tickets=ComplaintTicket.select().where(ComplaintTicket.status != TicketStatus.CLOSED.value).count(),
        surveys=SurveyResponse.select().count(),
    )
