"""The fixed vocabularies of the shop, stored as short English codes.

The UI translates each code; the database keeps the code and a CHECK constraint
refuses anything else.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class SourceChannel(StrEnum):
    """How a customer first came to the shop (来源)."""

    WALK_IN = "walk_in"
    REFERRAL = "referral"
    SOCIAL_MEDIA = "social_media"
    GROUP_BUY = "group_buy"
    OTHER = "other"


class StaffRole(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    STYLIST = "stylist"
    ASSISTANT = "assistant"
    BEAUTICIAN = "beautician"
    NAIL_TECHNICIAN = "nail_technician"
    FRONT_DESK = "front_desk"


class ServiceCategory(StrEnum):
    CUT = "cut"
    COLOUR = "colour"
    PERM = "perm"
    CARE = "care"
    SKIN = "skin"
    NAILS = "nails"
    OTHER = "other"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    WECHAT_PAY = "wechat_pay"
    ALIPAY = "alipay"
    STORED_VALUE = "stored_value"
    PACKAGE = "package"


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class TicketKind(StrEnum):
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    CONSULTATION = "consultation"


class TicketChannel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    WECHAT = "wechat"
    REVIEW_SITE = "review_site"
    OTHER = "other"


class TicketCategory(StrEnum):
    SERVICE_QUALITY = "service_quality"
    STAFF_ATTITUDE = "staff_attitude"
    PRODUCT_QUALITY = "product_quality"
    ENVIRONMENT = "environment"
    PRICE = "price"
    WAITING_TIME = "waiting_time"
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class TicketStatus(StrEnum):
    """The manuals' complaint workflow (001 ch. 7.1, 003 ch. 9)."""

    RECEIVED = "received"
    CLASSIFIED = "classified"
    ESCALATED = "escalated"
    INVESTIGATING = "investigating"
    SOLUTION_PROPOSED = "solution_proposed"
    SOLUTION_AGREED = "solution_agreed"
    IMPLEMENTED = "implemented"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"


class CompensationKind(StrEnum):
    NONE = "none"
    APOLOGY = "apology"
    REFUND = "refund"
    POINTS = "points"
    STORED_VALUE = "stored_value"
    FREE_SERVICE = "free_service"


class SurveyChannel(StrEnum):
    IN_SHOP = "in_shop"
    PHONE = "phone"
    WECHAT = "wechat"


class SurveyRequestStatus(StrEnum):
    """Where a customer stands in the quarterly survey campaign."""

    ASKED = "asked"
    ANSWERED = "answered"
    DECLINED = "declined"


class LedgerKind(StrEnum):
    """Why a stored-value or points balance changed."""

    TOP_UP = "top_up"
    SPEND = "spend"
    REFUND = "refund"
    POINTS_EARN = "points_earn"
    POINTS_REDEEM = "points_redeem"
    ADJUST = "adjust"
    COMPENSATION = "compensation"
    VOID = "void"
    IMPORT = "import"


class PackageEntryKind(StrEnum):
    """Why a package's sessions left changed (the package's own ledger)."""

    SALE = "sale"
    USE = "use"  # a bill took sessions
    RETURN = "return"  # a voided or edited bill gave them back
    REFUND = "refund"  # the unused sessions paid back; the package ends


class SaleKind(StrEnum):
    """What a seller is credited with (售卡提成): a card top-up or a package sold."""

    TOP_UP = "top_up"
    PACKAGE = "package"


class TagKind(StrEnum):
    MANUAL = "manual"
    AUTO = "auto"


class AutoTag(StrEnum):
    """The automatic tags (core.tags), stored by these codes and worded in the reader's language."""

    HIGH_SPENDER = "high_spender"
    REGULAR = "regular"
    NEW_CUSTOMER = "new_customer"
    COLOUR = "colour"
    PERM = "perm"
    SKIN = "skin"
    ABSENT = "absent"
    BIRTHDAY_MONTH = "birthday_month"


class Lifecycle(StrEnum):
    """Where a customer stands (core.segments.lifecycle)."""

    POTENTIAL = "potential"
    NEW = "new"
    ACTIVE = "active"
    DORMANT = "dormant"
    LOST = "lost"


class UserRole(StrEnum):
    OWNER = "owner"
    FRONT_DESK = "front_desk"
    STYLIST = "stylist"


class CareKind(StrEnum):
    """A contact made to care for a customer (关怀), ticked off a care list."""

    FOLLOW_UP = "follow_up"
    BIRTHDAY = "birthday"
    WIN_BACK = "win_back"
    HOLIDAY = "holiday"
    REMINDER = "reminder"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ANONYMISE = "anonymise"
    IMPORT = "import"
    REVEAL = "reveal"  # a masked phone shown in full: reading, but audited


class LevelBasis(StrEnum):
    """What a membership level's threshold counts: the customer's total spent, or their total top-ups."""

    SPENT = "spent"
    TOP_UP = "top_up"
