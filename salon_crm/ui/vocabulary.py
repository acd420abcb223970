"""The words shown for the codes the database stores (enums.py), in the UI's language.

One translation context per vocabulary, so "Other" as a category and "Other" as
a channel can be worded differently if a language needs it. Chinese comes from
PRODUCT.md through the .ts file.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from salon_crm.core import enums
from salon_crm.core.holidays import Festival
from salon_crm.core.permissions import Action

_WORDS: dict[type[StrEnum], dict[str, str]] = {
    enums.Gender: {
        "female": QT_TRANSLATE_NOOP("Gender", "Female"),
        "male": QT_TRANSLATE_NOOP("Gender", "Male"),
        "unknown": QT_TRANSLATE_NOOP("Gender", "Not given"),
    },
    enums.SourceChannel: {
        "walk_in": QT_TRANSLATE_NOOP("SourceChannel", "Walk-in"),
        "referral": QT_TRANSLATE_NOOP("SourceChannel", "Referral"),
        "social_media": QT_TRANSLATE_NOOP("SourceChannel", "Social media"),
        "group_buy": QT_TRANSLATE_NOOP("SourceChannel", "Group-buy"),
        "other": QT_TRANSLATE_NOOP("SourceChannel", "Other"),
    },
    enums.StaffRole: {
        "owner": QT_TRANSLATE_NOOP("StaffRole", "Owner"),
        "manager": QT_TRANSLATE_NOOP("StaffRole", "Manager"),
        "stylist": QT_TRANSLATE_NOOP("StaffRole", "Stylist"),
        "assistant": QT_TRANSLATE_NOOP("StaffRole", "Assistant"),
        "beautician": QT_TRANSLATE_NOOP("StaffRole", "Beautician"),
        "nail_technician": QT_TRANSLATE_NOOP("StaffRole", "Nail technician"),
        "front_desk": QT_TRANSLATE_NOOP("StaffRole", "Front desk"),
    },
    Festival: {
        "spring_festival": QT_TRANSLATE_NOOP("Festival", "Spring Festival"),
        "womens_day": QT_TRANSLATE_NOOP("Festival", "Women's Day"),
        "qixi": QT_TRANSLATE_NOOP("Festival", "Qixi"),
        "mid_autumn": QT_TRANSLATE_NOOP("Festival", "Mid-Autumn Festival"),
    },
    enums.LevelBasis: {
        "spent": QT_TRANSLATE_NOOP("LevelBasis", "total spent"),
        "top_up": QT_TRANSLATE_NOOP("LevelBasis", "total topped up"),
    },
    enums.ServiceCategory: {
        "cut": QT_TRANSLATE_NOOP("ServiceCategory", "Cut"),
        "colour": QT_TRANSLATE_NOOP("ServiceCategory", "Colour"),
        "perm": QT_TRANSLATE_NOOP("ServiceCategory", "Perm"),
        "care": QT_TRANSLATE_NOOP("ServiceCategory", "Hair care"),
        "skin": QT_TRANSLATE_NOOP("ServiceCategory", "Skin care"),
        "nails": QT_TRANSLATE_NOOP("ServiceCategory", "Nails"),
        "other": QT_TRANSLATE_NOOP("ServiceCategory", "Other"),
    },
    enums.PaymentMethod: {
        "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
        "card": QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
        "wechat_pay": QT_TRANSLATE_NOOP("PaymentMethod", "WeChat Pay"),
        "alipay": QT_TRANSLATE_NOOP("PaymentMethod", "Alipay"),
        "stored_value": QT_TRANSLATE_NOOP("PaymentMethod", "Stored value"),
        "package": QT_TRANSLATE_NOOP("PaymentMethod", "Package"),
    },
    enums.AppointmentStatus: {
        "booked": QT_TRANSLATE_NOOP("AppointmentStatus", "Booked"),
        "arrived": QT_TRANSLATE_NOOP("AppointmentStatus", "Arrived"),
        "completed": QT_TRANSLATE_NOOP("AppointmentStatus", "Completed"),
        "cancelled": QT_TRANSLATE_NOOP("AppointmentStatus", "Cancelled"),
        "no_show": QT_TRANSLATE_NOOP("AppointmentStatus", "No-show"),
    },
    enums.TicketKind: {
        "complaint": QT_TRANSLATE_NOOP("TicketKind", "Complaint"),
        "suggestion": QT_TRANSLATE_NOOP("TicketKind", "Suggestion"),
        "consultation": QT_TRANSLATE_NOOP("TicketKind", "Consultation"),
    },
    enums.TicketChannel: {
        "in_person": QT_TRANSLATE_NOOP("TicketChannel", "In person"),
        "phone": QT_TRANSLATE_NOOP("TicketChannel", "Phone"),
        "wechat": QT_TRANSLATE_NOOP("TicketChannel", "WeChat"),
        "review_site": QT_TRANSLATE_NOOP("TicketChannel", "Review site"),
        "other": QT_TRANSLATE_NOOP("TicketChannel", "Other"),
    },
    enums.TicketCategory: {
        "service_quality": QT_TRANSLATE_NOOP("TicketCategory", "Service quality"),
        "staff_attitude": QT_TRANSLATE_NOOP("TicketCategory", "Staff attitude"),
        "product_quality": QT_TRANSLATE_NOOP("TicketCategory", "Product quality"),
        "environment": QT_TRANSLATE_NOOP("TicketCategory", "Environment and hygiene"),
        "price": QT_TRANSLATE_NOOP("TicketCategory", "Price"),
        "waiting_time": QT_TRANSLATE_NOOP("TicketCategory", "Waiting time"),
        "other": QT_TRANSLATE_NOOP("TicketCategory", "Other"),
    },
    enums.Severity: {
        "low": QT_TRANSLATE_NOOP("Severity", "Low"),
        "medium": QT_TRANSLATE_NOOP("Severity", "Medium"),
        "high": QT_TRANSLATE_NOOP("Severity", "High"),
        "critical": QT_TRANSLATE_NOOP("Severity", "Critical"),
    },
    enums.TicketStatus: {
        "received": QT_TRANSLATE_NOOP("TicketStatus", "Received"),
        "classified": QT_TRANSLATE_NOOP("TicketStatus", "Classified"),
        "escalated": QT_TRANSLATE_NOOP("TicketStatus", "Escalated"),
        "investigating": QT_TRANSLATE_NOOP("TicketStatus", "Investigating"),
        "solution_proposed": QT_TRANSLATE_NOOP("TicketStatus", "Solution proposed"),
        "solution_agreed": QT_TRANSLATE_NOOP("TicketStatus", "Solution agreed"),
        "implemented": QT_TRANSLATE_NOOP("TicketStatus", "Implemented"),
        "followed_up": QT_TRANSLATE_NOOP("TicketStatus", "Followed up"),
        "closed": QT_TRANSLATE_NOOP("TicketStatus", "Closed"),
    },
    enums.SurveyChannel: {
        "in_shop": QT_TRANSLATE_NOOP("SurveyChannel", "In the shop"),
        "phone": QT_TRANSLATE_NOOP("SurveyChannel", "Phone"),
        "wechat": QT_TRANSLATE_NOOP("SurveyChannel", "WeChat"),
    },
    enums.SurveyRequestStatus: {
        "asked": QT_TRANSLATE_NOOP("SurveyRequestStatus", "Asked"),
        "answered": QT_TRANSLATE_NOOP("SurveyRequestStatus", "Answered"),
        "declined": QT_TRANSLATE_NOOP("SurveyRequestStatus", "Declined"),
    },
    enums.CompensationKind: {
        "none": QT_TRANSLATE_NOOP("CompensationKind", "None"),
        "apology": QT_TRANSLATE_NOOP("CompensationKind", "Apology"),
        "refund": QT_TRANSLATE_NOOP("CompensationKind", "Refund"),
        "points": QT_TRANSLATE_NOOP("CompensationKind", "Points"),
        "stored_value": QT_TRANSLATE_NOOP("CompensationKind", "Stored value"),
        "free_service": QT_TRANSLATE_NOOP("CompensationKind", "Free service"),
    },
    enums.LedgerKind: {
        "top_up": QT_TRANSLATE_NOOP("LedgerKind", "Top-up"),
        "spend": QT_TRANSLATE_NOOP("LedgerKind", "Spend"),
        "refund": QT_TRANSLATE_NOOP("LedgerKind", "Card refund"),
        "points_earn": QT_TRANSLATE_NOOP("LedgerKind", "Points earned"),
        "points_redeem": QT_TRANSLATE_NOOP("LedgerKind", "Points redeemed"),
        "adjust": QT_TRANSLATE_NOOP("LedgerKind", "Adjustment"),
        "compensation": QT_TRANSLATE_NOOP("LedgerKind", "Compensation"),
        "void": QT_TRANSLATE_NOOP("LedgerKind", "Void"),
        "import": QT_TRANSLATE_NOOP("LedgerKind", "Import"),
    },
    enums.TagKind: {
        "manual": QT_TRANSLATE_NOOP("TagKind", "Manual"),
        "auto": QT_TRANSLATE_NOOP("TagKind", "Automatic"),
    },
    Action: {
        "edit_customers": QT_TRANSLATE_NOOP("Action", "change customer files"),
        "merge_customers": QT_TRANSLATE_NOOP("Action", "merge customers"),
        "erase_customers": QT_TRANSLATE_NOOP("Action", "erase a customer's personal data"),
        "import_data": QT_TRANSLATE_NOOP("Action", "import data"),
        "export_personal_data": QT_TRANSLATE_NOOP("Action", "export customers' personal data"),
        "book": QT_TRANSLATE_NOOP("Action", "make or change appointments"),
        "bill": QT_TRANSLATE_NOOP("Action", "enter bills"),
        "change_past_bills": QT_TRANSLATE_NOOP("Action", "edit or void a bill"),
        "top_up": QT_TRANSLATE_NOOP("Action", "top up stored value"),
        "top_up_over_limit": QT_TRANSLATE_NOOP("Action", "take a top-up above the limit the owner set"),
        "redeem_points": QT_TRANSLATE_NOOP("Action", "redeem points"),
        "refund_card": QT_TRANSLATE_NOOP("Action", "refund a stored-value card"),
        "adjust_balances": QT_TRANSLATE_NOOP("Action", "adjust balances or points by hand"),
        "care_calls": QT_TRANSLATE_NOOP("Action", "record care calls"),
        "surveys": QT_TRANSLATE_NOOP("Action", "record surveys"),
        "tickets": QT_TRANSLATE_NOOP("Action", "handle complaint tickets"),
        "change_catalogue": QT_TRANSLATE_NOOP("Action", "change services and prices"),
        "change_staff": QT_TRANSLATE_NOOP("Action", "change staff, shifts or time off"),
        "change_settings": QT_TRANSLATE_NOOP("Action", "change the shop's settings"),
        "manage_users": QT_TRANSLATE_NOOP("Action", "manage users"),
        "restore_backup": QT_TRANSLATE_NOOP("Action", "restore a backup"),
        "see_audit_log": QT_TRANSLATE_NOOP("Action", "see the audit log"),
        "see_phones": QT_TRANSLATE_NOOP("Action", "see customers' whole phone numbers"),
        "reveal_phone": QT_TRANSLATE_NOOP("Action", "show a customer's whole phone number"),
        "see_money": QT_TRANSLATE_NOOP("Action", "see balances, points and takings"),
        "see_commission": QT_TRANSLATE_NOOP("Action", "see the stylists' commission"),
    },
    enums.UserRole: {
        "owner": QT_TRANSLATE_NOOP("UserRole", "Owner"),
        "front_desk": QT_TRANSLATE_NOOP("UserRole", "Front desk"),
        "stylist": QT_TRANSLATE_NOOP("UserRole", "Stylist"),
    },
    enums.CareKind: {
        "follow_up": QT_TRANSLATE_NOOP("CareKind", "Follow-up call"),
        "birthday": QT_TRANSLATE_NOOP("CareKind", "Birthday"),
        "win_back": QT_TRANSLATE_NOOP("CareKind", "Win-back"),
        "holiday": QT_TRANSLATE_NOOP("CareKind", "Holiday greeting"),
        "reminder": QT_TRANSLATE_NOOP("CareKind", "Reminder"),
    },
    enums.AuditAction: {
        "create": QT_TRANSLATE_NOOP("AuditAction", "Created"),
        "update": QT_TRANSLATE_NOOP("AuditAction", "Changed"),
        "delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
        "anonymise": QT_TRANSLATE_NOOP("AuditAction", "Anonymised"),
        "import": QT_TRANSLATE_NOOP("AuditAction", "Imported"),
        "reveal": QT_TRANSLATE_NOOP("AuditAction", "Phone shown"),
    },
}


def word(vocabulary: type[StrEnum], code: str | None) -> str:
    """The translated word for ``code`` of ``vocabulary``; the code itself if unknown."""
    if code is None:
        return ""
    english = _WORDS[vocabulary].get(code)
    if english is None:
        return code
    return QCoreApplication.translate(vocabulary.__name__, english)


def choices(vocabulary: type[StrEnum]) -> list[tuple[str, str]]:
    """Every ``(code, word)`` of ``vocabulary`` in its declared order, for combo boxes."""
    return [(member.value, word(vocabulary, member.value)) for member in vocabulary]


def weekday_name(weekday: int) -> str:
    """Monday is 0, as in Python; the name in the UI's locale."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)
