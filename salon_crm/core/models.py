"""The whole data model of the shop (PRODUCT.md sections 1-9), as peewee models.

Conventions:
- Times are naive ``datetime`` values in the shop's local time; the shop has one
  clock on the wall and one time zone, so storing local time keeps every report
  and every Excel cell exactly what the owner saw.
- Money is ``DecimalField`` (two places); a ``CHECK`` keeps amounts and balances
  from going negative. Points are whole numbers.
- Customers, staff and service items are never deleted once they have history:
  foreign keys onto them ``RESTRICT``; a customer who asks to be forgotten is
  anonymised, a stylist who leaves becomes inactive, a service is retired.
- Rows that belong wholly to a parent (lines of a record, events of a ticket)
  ``CASCADE`` with it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, cast

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    Check,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
    TimeField,
)

from salon_crm.core import clock, enums

database_proxy = DatabaseProxy()


def money(column: str, *, null: bool = False, signed: bool = False, **kwargs: Any) -> Any:
    """A money column: exact to the fen, and never negative unless ``signed``."""
    checks = [] if signed else [Check(f'"{column}" >= 0')]
    field = cast(Any, DecimalField)(
        max_digits=12,
        decimal_places=2,
        auto_round=True,
        null=null,
        constraints=checks,
        **kwargs,
    )
    return field


def choice(column: str, values: type[StrEnum], *, null: bool = False, **kwargs: Any) -> Any:
    """A short code column limited by CHECK to the members of ``values``."""
    allowed = ", ".join(f"'{member.value}'" for member in values)
    field = cast(Any, CharField)(
        max_length=24,
        null=null,
        constraints=[Check(f'"{column}" IN ({allowed})')],
        **kwargs,
    )
    return field


def between(column: str, low: int, high: int, *, null: bool = False, **kwargs: Any) -> Any:
    """A small whole number held by CHECK to ``low``..``high``."""
    field = cast(Any, SmallIntegerField)(
        null=null, constraints=[Check(f'"{column}" BETWEEN {low} AND {high}')], **kwargs
    )
    return field


class BaseModel(Model):
    """Common base: one database, snake_case table names."""

    class Meta:
        database = database_proxy
        legacy_table_names = False


# --- shop, users, audit ---------------------------------------------------------


class ShopSetting(BaseModel):
    """One shop setting (name, opening hours, deadlines...) as a JSON value."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class Staff(BaseModel):
    """A person working in the shop: stylist, beautician, front desk."""

    id = AutoField()
    name = CharField(max_length=40, constraints=[Check('length(trim("name")) > 0')])
    role = choice("role", enums.StaffRole)
    skills = TextField(default="")  # comma-separated service categories
    phone = CharField(max_length=32, default="")
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)
    created_at = DateTimeField(default=clock.now)

    class Meta:
        indexes = ((("active", "sort_order"), False),)


class User(BaseModel):
    """A login to the application, with a role (PRODUCT.md section 9)."""

    id = AutoField()
    username = CharField(max_length=40, unique=True)
    display_name = CharField(max_length=40, default="")
    role = choice("role", enums.UserRole)
    password_hash = CharField(max_length=255, default="")
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="users")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=clock.now)


class AuditEntry(BaseModel):
    """Who changed which record when, with the record before and after as JSON."""

    id = AutoField()
    at = DateTimeField(default=clock.now, index=True)
    actor = CharField(max_length=40)
    action = choice("action", enums.AuditAction)
    table_name = CharField(max_length=40)
    record_id = CharField(max_length=40)
    before = TextField(null=True)
    after = TextField(null=True)
    seal = CharField(max_length=64, default="")  # core.chain: this entry's content + the previous seal

    class Meta:
        indexes = ((("table_name", "record_id"), False),)


# --- catalogue and membership --------------------------------------------------


class ServiceItem(BaseModel):
    """An item of the service catalogue (项目) with its list price and duration."""

    id = AutoField()
    name = CharField(max_length=60, unique=True, constraints=[Check('length(trim("name")) > 0')])
    category = choice("category", enums.ServiceCategory)
    price = money("price")
    duration_minutes = IntegerField(constraints=[Check('"duration_minutes" BETWEEN 5 AND 720')])
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)

    class Meta:
        indexes = ((("active", "category"), False),)


class MembershipLevel(BaseModel):
    """A membership level (会员等级): its discount and the spend that reaches it.

    ``price_rate`` is the share of the list price a member pays: 0.90 is 九折.
    """

    id = AutoField()
    name = CharField(max_length=30, unique=True)
    rank = IntegerField(unique=True)
    price_rate = DecimalField(
        max_digits=4,
        decimal_places=3,
        constraints=[Check('"price_rate" > 0 AND "price_rate" <= 1')],
    )
    upgrade_threshold = money("upgrade_threshold")
    points_per_yuan = DecimalField(
        max_digits=6,
        decimal_places=3,
        default=1,
        constraints=[Check('"points_per_yuan" >= 0')],
    )
    # added by schema 4 with ALTER TABLE, hence the DEFAULTs written out (a replayed file must match)
    active = BooleanField(default=True, constraints=[SQL("DEFAULT 1")])  # a retired level is not reached any more
    threshold_basis = cast(Any, CharField)(
        max_length=24,
        default=enums.LevelBasis.SPENT.value,
        constraints=[SQL("DEFAULT 'spent'"), Check("\"threshold_basis\" IN ('spent', 'top_up')")],
    )


# --- customers ------------------------------------------------------------------


class Customer(BaseModel):
    """A customer file (客户档案): profile, beauty details and consent.

    The birthday is three columns because many customers give only month and day.
    ``search_text`` holds the name's pinyin and initials, digits of the phone and the
    WeChat id, lower-cased, so one LIKE finds a customer however the desk types.
    """

    id = AutoField()
    name = CharField(max_length=40, constraints=[Check('length(trim("name")) > 0')])
    gender = choice("gender", enums.Gender, default=enums.Gender.UNKNOWN.value)
    birth_year = SmallIntegerField(null=True, constraints=[Check('"birth_year" BETWEEN 1900 AND 2100')])
    birth_month = between("birth_month", 1, 12, null=True)
    birth_day = between("birth_day", 1, 31, null=True)
    phone = CharField(max_length=32, default="", index=True)
    wechat = CharField(max_length=64, default="", index=True)
    email = CharField(max_length=120, default="")
    address = CharField(max_length=200, default="")
    occupation = CharField(max_length=60, default="")
    source = choice("source", enums.SourceChannel, default=enums.SourceChannel.WALK_IN.value)
    referrer = ForeignKeyField("self", null=True, on_delete="SET NULL", backref="referrals")
    preferred_stylist = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="regulars")
    level = ForeignKeyField(MembershipLevel, null=True, on_delete="RESTRICT", backref="members")
    notes = TextField(default="")
    skin_type = CharField(max_length=40, default="")
    hair_type = CharField(max_length=40, default="")
    allergies = TextField(default="")
    preferences = TextField(default="")  # hair-colour formula, products liked
    marketing_consent = BooleanField(default=False)
    marketing_consent_on = DateField(null=True)
    search_text = TextField(default="")
    created_at = DateTimeField(default=clock.now, index=True)
    updated_at = DateTimeField(default=clock.now)
    anonymised_at = DateTimeField(null=True)
    merged_into = ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="merged_from")

    class Meta:
        indexes = (
            (("name",), False),
            (("birth_month", "birth_day"), False),
        )
        constraints = [
            # A consent is only recorded with the day it was given.
            SQL('CHECK ("marketing_consent" = 0 OR "marketing_consent_on" IS NOT NULL)'),
            SQL('CHECK ("birth_day" IS NULL OR "birth_month" IS NOT NULL)'),
        ]


class Tag(BaseModel):
    """A label on customers (标签): set by hand, or computed by a rule."""

    id = AutoField()
    name = CharField(max_length=30, unique=True)
    kind = choice("kind", enums.TagKind, default=enums.TagKind.MANUAL.value)
    color = CharField(max_length=9, default="")


class OtherPhone(BaseModel):
    """Another number of a customer (the one a merged duplicate had): found by search, shown in the file."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="other_phones")
    phone = CharField(max_length=32)
    note = CharField(max_length=60, default="")


class HealthConsent(BaseModel):
    """The customer agreed that the shop keeps their health data (allergies, skin type).

    PIPL art. 28-29 counts health data as sensitive personal information, kept only
    with its own consent: no row here, no allergy or skin notes on the file.
    """

    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE", backref="health_consents")
    given_on = DateField()


class CustomerTag(BaseModel):
    """A tag on a customer."""

    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="tag_links")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", backref="customer_links")
    created_at = DateTimeField(default=clock.now)

    class Meta:
        primary_key = CompositeKey("customer", "tag")


# --- staff scheduling -------------------------------------------------------------


class StaffShift(BaseModel):
    """A staff member's regular working hours on one weekday (0 = Monday)."""

    id = AutoField()
    staff = ForeignKeyField(Staff, on_delete="CASCADE", backref="shifts", index=False)
    weekday = between("weekday", 0, 6)
    start_time = TimeField()
    end_time = TimeField()

    class Meta:
        indexes = ((("staff", "weekday"), False),)
        constraints = [SQL('CHECK ("end_time" > "start_time")')]


class ShiftException(BaseModel):
    """A change to one day's shift: other hours, or a day off (empty times)."""

    id = AutoField()
    staff = ForeignKeyField(Staff, on_delete="CASCADE", backref="shift_exceptions", index=False)
    day = DateField()
    start_time = TimeField(null=True)
    end_time = TimeField(null=True)
    note = CharField(max_length=200, default="")

    class Meta:
        indexes = ((("staff", "day"), True),)
        constraints = [
            SQL(
                'CHECK (("start_time" IS NULL AND "end_time" IS NULL) OR '
                '("start_time" IS NOT NULL AND "end_time" > "start_time"))'
            )
        ]


class TimeOff(BaseModel):
    """A span a staff member is away (leave, training, sickness)."""

    id = AutoField()
    staff = ForeignKeyField(Staff, on_delete="CASCADE", backref="time_off", index=False)
    starts_at = DateTimeField()
    ends_at = DateTimeField()
    reason = CharField(max_length=200, default="")

    class Meta:
        indexes = ((("staff", "starts_at"), False),)
        constraints = [SQL('CHECK ("ends_at" > "starts_at")')]


# --- appointments and visits -----------------------------------------------------


class Appointment(BaseModel):
    """A booking (预约) of a customer with a stylist for a span of time."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="appointments", index=False)
    stylist = ForeignKeyField(Staff, on_delete="RESTRICT", backref="appointments", index=False)
    starts_at = DateTimeField()
    ends_at = DateTimeField()
    status = choice("status", enums.AppointmentStatus, default=enums.AppointmentStatus.BOOKED.value)
    cancel_reason = CharField(max_length=200, default="")
    note = TextField(default="")
    series = CharField(max_length=36, null=True, index=True)  # shared by recurring bookings
    created_at = DateTimeField(default=clock.now)
    updated_at = DateTimeField(default=clock.now)

    class Meta:
        indexes = (
            (("stylist", "starts_at"), False),
            (("customer", "starts_at"), False),
            (("starts_at", "status"), False),
            # the monthly report's rebooking: the bookings made in a month (schema 11)
            (("created_at",), False),
        )
        constraints = [SQL('CHECK ("ends_at" > "starts_at")')]


class AppointmentService(BaseModel):
    """A service item booked in an appointment, with the duration planned for it."""

    id = AutoField()
    appointment = ForeignKeyField(Appointment, on_delete="CASCADE", backref="services")
    service_item = ForeignKeyField(ServiceItem, on_delete="RESTRICT")
    duration_minutes = IntegerField(constraints=[Check('"duration_minutes" > 0')])
    price = money("price")
    position = IntegerField(default=0)


class ServiceRecord(BaseModel):
    """A visit's bill (消费记录): what was done, what was paid and how.

    A voided record stays (with ``voided_at``) so history and the ledger can show it.
    ``total`` is what the customer paid: the sum of the lines less ``discount``.
    """

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="service_records", index=False)
    appointment = ForeignKeyField(Appointment, null=True, unique=True, on_delete="SET NULL", backref="record")
    visited_at = DateTimeField()
    payment_method = choice("payment_method", enums.PaymentMethod)
    subtotal = money("subtotal")
    discount = money("discount", default=0)
    total = money("total")
    products_used = TextField(default="")
    notes = TextField(default="")
    voided_at = DateTimeField(null=True)
    void_reason = CharField(max_length=200, default="")
    imported = BooleanField(default=False)
    created_at = DateTimeField(default=clock.now)
    customer_id: int
    appointment_id: int | None

    class Meta:
        indexes = (
            # "not voided" and the money in the indexes: the visit rules, grades and the report
            # read a million bills from the indexes alone, never the table (schema 11)
            (("customer", "visited_at", "voided_at", "total"), False),
            (("visited_at", "voided_at", "customer", "total"), False),
        )
        constraints = [SQL('CHECK ("discount" <= "subtotal")')]


class CustomerStats(BaseModel):
    """A customer's visit figures, kept by SQLite triggers on ``service_record`` (``STATS_TRIGGERS``);
    every customer has a row from when they are written (0 visits, no dates, until a first bill).

    The customer list sorts and filters 100,000 customers by these; summing a million bills
    for every page took a second. Voided bills do not count. ``salon-crm check`` compares
    them with the bills.
    """

    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE", backref="stats")
    first_visit = DateTimeField(null=True, index=True)  # the month's new customers (schema 11)
    last_visit = DateTimeField(null=True, index=True)
    visits = IntegerField(default=0, index=True)
    total_spent = DecimalField(max_digits=14, decimal_places=2, default=0, index=True)
    customer_id: int


class CustomerRhythm(BaseModel):
    """A customer's usual gap between visits (the churn rule's median, ``segments.usual_gap``), kept (schema 12).

    The at-risk list needs the rhythm of everyone last seen in its range: 34,000 customers'
    350,000 visit days at a busy shop, re-read on every opening of the list. A row is
    written by ``segments.kept_usual_gaps`` from the one rule in Python, and the triggers
    in ``RHYTHM_TRIGGERS`` delete it whenever one of the customer's bills is written,
    edited, voided, moved by a merge or deleted: a missing row means "work it out again",
    so no write path can leave a stale gap behind. ``usual_gap`` is NULL below three visit
    days. ``salon-crm check`` compares the kept gaps with the bills.
    """

    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE", backref="rhythm")
    usual_gap = FloatField(null=True)
    customer_id: int


class CustomerBalance(BaseModel):
    """A customer's card as their newest ledger row leaves it (stored value = 本金 + 赠送金, and
    points), kept by ``BALANCE_TRIGGERS`` (schema 13) for the customer list's sorts.

    Sorting 100,000 customers by balance looked up each one's newest ledger row before the page
    could be cut (0.1 s a page). Only customers with a ledger row have one here: no row reads
    as 0. What the list shows still comes from the ledger row itself; ``salon-crm check``
    compares the two.
    """

    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE", backref="balance")
    stored_value = DecimalField(max_digits=14, decimal_places=2)
    points = IntegerField()
    customer_id: int


# The list's default order is the name's pinyin (search_text starts "name pinyin initials ..."):
# an index on that expression hands the first page over without sorting 100,000 names. It also
# holds what a search and "listed" read (schema 11), so a search walks it in order without
# touching the table and stops at the page's last match: "z" 29 -> 0.6 ms, a rare name 18 ms.
PINYIN_ORDER = 'substr("search_text", instr("search_text", \' \') + 1)'
PINYIN_INDEX_COLUMNS = f'{PINYIN_ORDER}, "id", "search_text", "name", "anonymised_at", "merged_into_id"'
Customer.add_index(SQL(f'CREATE INDEX "customer_pinyin" ON "customer" ({PINYIN_INDEX_COLUMNS})'))


# The figures of one customer, recomputed from their bills (the index on (customer_id,
# visited_at) makes this a few rows' read); the insert trigger adds to them instead.
_RECOUNT = (
    'INSERT OR REPLACE INTO "customer_stats" ("customer_id", "first_visit", "last_visit", "visits", "total_spent") '
    'SELECT {who}, MIN("visited_at"), MAX("visited_at"), COUNT(*), COALESCE(SUM("total"), 0) '
    'FROM "service_record" WHERE "customer_id" = {who} AND "voided_at" IS NULL;'
)
STATS_TRIGGERS = [
    'CREATE TRIGGER "service_record_stats_insert" AFTER INSERT ON "service_record" WHEN NEW."voided_at" IS NULL '
    'BEGIN INSERT INTO "customer_stats" ("customer_id", "first_visit", "last_visit", "visits", "total_spent") '
    'VALUES (NEW."customer_id", NEW."visited_at", NEW."visited_at", 1, NEW."total") '
    'ON CONFLICT ("customer_id") DO UPDATE SET '
    '"first_visit" = MIN(COALESCE("first_visit", excluded."first_visit"), excluded."first_visit"), '
    '"last_visit" = MAX(COALESCE("last_visit", excluded."last_visit"), excluded."last_visit"), '
    '"visits" = "visits" + 1, "total_spent" = "total_spent" + excluded."total_spent"; END',
    'CREATE TRIGGER "service_record_stats_update" AFTER UPDATE OF "customer_id", "visited_at", "total", "voided_at" '
    'ON "service_record" BEGIN '
    + _RECOUNT.format(who='OLD."customer_id"')
    + " "
    + _RECOUNT.format(who='NEW."customer_id"')
    + " END",
    'CREATE TRIGGER "service_record_stats_delete" AFTER DELETE ON "service_record" BEGIN '
    + _RECOUNT.format(who='OLD."customer_id"')
    + " END",
    # a new customer's row of figures, 0 visits: every customer has one (schema 11), so the list
    # joins them inner and its sorts by figures walk their indexes
    'CREATE TRIGGER "customer_stats_row" AFTER INSERT ON "customer" BEGIN '
    'INSERT OR IGNORE INTO "customer_stats" ("customer_id", "visits", "total_spent") VALUES (NEW."id", 0, 0); END',
]

# A bill that counts for a customer's visit days forgets their kept rhythm (schema 12); the
# next reader works it out again. Total and other columns do not move a visit day.
_FORGET_RHYTHM = 'DELETE FROM "customer_rhythm" WHERE "customer_id" = {who};'
RHYTHM_TRIGGERS = [
    'CREATE TRIGGER "service_record_rhythm_insert" AFTER INSERT ON "service_record" WHEN NEW."voided_at" IS NULL '
    "BEGIN " + _FORGET_RHYTHM.format(who='NEW."customer_id"') + " END",
    'CREATE TRIGGER "service_record_rhythm_update" AFTER UPDATE OF "customer_id", "visited_at", "voided_at" '
    'ON "service_record" BEGIN '
    + _FORGET_RHYTHM.format(who='OLD."customer_id"')
    + " "
    + _FORGET_RHYTHM.format(who='NEW."customer_id"')
    + " END",
    'CREATE TRIGGER "service_record_rhythm_delete" AFTER DELETE ON "service_record" BEGIN '
    + _FORGET_RHYTHM.format(who='OLD."customer_id"')
    + " END",
]

# The ledger is only ever appended to (its rows are sealed in a chain): the row just written is
# the customer's newest, and its balances after it are their card (schema 13).
BALANCE_TRIGGERS = [
    'CREATE TRIGGER "ledger_entry_balance" AFTER INSERT ON "ledger_entry" BEGIN '
    'INSERT INTO "customer_balance" ("customer_id", "stored_value", "points") '
    'VALUES (NEW."customer_id", NEW."principal_after" + NEW."bonus_after", NEW."points_after") '
    'ON CONFLICT ("customer_id") DO UPDATE SET "stored_value" = excluded."stored_value", '
    '"points" = excluded."points"; END',
]


class ServiceRecordLine(BaseModel):
    """One service item on a bill, with the stylist who did it."""

    id = AutoField()
    record = ForeignKeyField(ServiceRecord, on_delete="CASCADE", backref="lines")
    service_item = ForeignKeyField(ServiceItem, on_delete="RESTRICT")
    stylist = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    unit_price = money("unit_price")
    quantity = IntegerField(default=1, constraints=[Check('"quantity" > 0')])
    discount = money("discount", default=0)
    amount = money("amount")
    record_id: int
    service_item_id: int
    stylist_id: int | None

    class Meta:
        indexes = ()


class CommissionRule(BaseModel):
    """How a stylist is paid for a service (提成): for one service item, or a whole category.

    A percentage of the line's net amount, different when the customer asked for the
    stylist (指定) and when the stylist was next in turn (轮牌), or a fixed amount per
    service; a session paid from a package earns ``package_percent`` of the session's value.
    """

    id = AutoField()
    category = CharField(max_length=24, null=True)  # a ServiceCategory code, or None with an item
    service_item = ForeignKeyField(ServiceItem, null=True, on_delete="RESTRICT")
    requested_percent = DecimalField(max_digits=5, decimal_places=2, default=0)
    rotation_percent = DecimalField(max_digits=5, decimal_places=2, default=0)
    package_percent = DecimalField(max_digits=5, decimal_places=2, default=0)
    fixed_amount = money("fixed_amount", null=True)  # per service, instead of the percentages
    active = BooleanField(default=True)


class LineCommission(BaseModel):
    """What a bill line earned its stylist, fixed when the bill was saved (a later rule change keeps it)."""

    line = ForeignKeyField(ServiceRecordLine, primary_key=True, on_delete="CASCADE", backref="commission")
    rule = ForeignKeyField(CommissionRule, null=True, on_delete="SET NULL")
    requested = BooleanField(default=False)
    base = money("base")
    amount = money("amount")


# --- loyalty ------------------------------------------------------------------------


class PackagePlan(BaseModel):
    """A package the shop sells (次卡): "10 washes for ¥300, valid 365 days" — the catalogue, not a sale."""

    id = AutoField()
    name = CharField(max_length=60, unique=True, constraints=[Check('length(trim("name")) > 0')])
    service_item = ForeignKeyField(ServiceItem, on_delete="RESTRICT")
    sessions = IntegerField(constraints=[Check('"sessions" BETWEEN 1 AND 1000')])
    price = money("price")
    valid_days = IntegerField(null=True, constraints=[Check('"valid_days" BETWEEN 1 AND 3660')])  # None: no expiry
    active = BooleanField(default=True)


class ServicePackage(BaseModel):
    """A prepaid package of sessions (次卡/套餐) sold to a customer: 10 washes, 5 facials."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="packages")
    service_item = ForeignKeyField(ServiceItem, on_delete="RESTRICT")
    sessions_total = IntegerField(constraints=[Check('"sessions_total" > 0')])
    price_paid = money("price_paid")
    bought_at = DateTimeField()
    expires_on = DateField(null=True)
    note = CharField(max_length=200, default="")


class PackageUse(BaseModel):
    """One session taken from a package, on a visit."""

    id = AutoField()
    package = ForeignKeyField(ServicePackage, on_delete="CASCADE", backref="uses")
    record = ForeignKeyField(ServiceRecord, null=True, on_delete="SET NULL")
    used_at = DateTimeField()


class PlanItem(BaseModel):
    """A service a plan covers: a plan may cover several (a wash, a cut or a blow-dry, one a session)."""

    id = AutoField()
    plan = ForeignKeyField(PackagePlan, on_delete="CASCADE", backref="items")
    service_item = ForeignKeyField(ServiceItem, on_delete="RESTRICT")

    class Meta:
        indexes = ((("plan", "service_item"), True),)


class PackageItem(BaseModel):
    """A service a sold package covers, copied from its plan at the sale."""

    id = AutoField()
    package = ForeignKeyField(ServicePackage, on_delete="CASCADE", backref="items")
    service_item = ForeignKeyField(ServiceItem, on_delete="RESTRICT")

    class Meta:
        indexes = ((("package", "service_item"), True),)


class PackageEntry(BaseModel):
    """A change to a package's sessions left, with the count after it: its own small ledger.

    The sale row carries what was paid and how; the report's pre-paid income is its sum
    for the month, and a use is valued at the package's price per session.
    """

    id = AutoField()
    package = ForeignKeyField(ServicePackage, on_delete="CASCADE", backref="entries", index=False)
    at = DateTimeField()
    kind = choice("kind", enums.PackageEntryKind)
    sessions_delta = IntegerField()
    sessions_after = IntegerField(constraints=[Check('"sessions_after" >= 0')])
    amount = money("amount", default=0)
    payment_method = choice("payment_method", enums.PaymentMethod, null=True)
    service_record = ForeignKeyField(ServiceRecord, null=True, on_delete="SET NULL")
    seller = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    actor = CharField(max_length=40)
    package_id: int

    class Meta:
        indexes = (
            (("package", "id"), False),
            (("at",), False),
        )


class SaleCredit(BaseModel):
    """What a seller earned on a top-up or a package sold (售卡提成), fixed when the sale is made."""

    id = AutoField()
    at = DateTimeField()
    kind = choice("kind", enums.SaleKind)
    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    base = money("base")
    percent = DecimalField(max_digits=5, decimal_places=2, default=0)
    amount = money("amount")
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", index=False)

    class Meta:
        indexes = ((("at",), False),)


# --- complaints -------------------------------------------------------------------


class ComplaintTicket(BaseModel):
    """A feedback ticket (投诉与反馈): a complaint, suggestion or consultation.

    Category and severity are empty until the ticket is classified. The deadlines are
    fixed when it is classified, from the shop's settings for its severity.
    """

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="tickets")
    kind = choice("kind", enums.TicketKind)
    channel = choice("channel", enums.TicketChannel)
    category = choice("category", enums.TicketCategory, null=True)
    severity = choice("severity", enums.Severity, null=True)
    status = choice("status", enums.TicketStatus, default=enums.TicketStatus.RECEIVED.value)
    description = TextField(constraints=[Check('length(trim("description")) > 0')])
    received_at = DateTimeField()
    received_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="tickets_received")
    assignee = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="tickets_assigned")
    service_record = ForeignKeyField(ServiceRecord, null=True, on_delete="SET NULL", backref="tickets")
    appointment = ForeignKeyField(Appointment, null=True, on_delete="SET NULL", backref="tickets")
    escalated_at = DateTimeField(null=True)
    first_response_at = DateTimeField(null=True)
    response_due_at = DateTimeField(null=True)
    resolution_due_at = DateTimeField(null=True)
    solution = TextField(default="")
    compensation_kind = choice(
        "compensation_kind",
        enums.CompensationKind,
        default=enums.CompensationKind.NONE.value,
    )
    compensation_amount = money("compensation_amount", default=0)
    compensation_points = IntegerField(default=0, constraints=[Check('"compensation_points" >= 0')])
    agreed_by = CharField(max_length=60, default="")
    agreed_how = CharField(max_length=60, default="")
    followup_score = between("followup_score", 1, 5, null=True)
    followup_note = TextField(default="")
    closed_at = DateTimeField(null=True, index=True)  # the month's closed complaints (schema 11)
    created_at = DateTimeField(default=clock.now)
    updated_at = DateTimeField(default=clock.now)

    class Meta:
        indexes = (
            (("status", "resolution_due_at"), False),
            (("received_at",), False),
        )


class TicketEvent(BaseModel):
    """One step of a ticket's workflow: who moved it, when, and why."""

    id = AutoField()
    ticket = ForeignKeyField(ComplaintTicket, on_delete="CASCADE", backref="events", index=False)
    at = DateTimeField()
    actor = CharField(max_length=40)
    from_status = choice("from_status", enums.TicketStatus, null=True)
    to_status = choice("to_status", enums.TicketStatus)
    note = TextField(default="")
    data = TextField(default="{}")  # JSON of what the step recorded

    class Meta:
        indexes = ((("ticket", "at"), False),)


# --- satisfaction -------------------------------------------------------------------


class SurveyResponse(BaseModel):
    """A satisfaction survey (满意度调查): six 1-5 scores and a 0-10 recommendation.

    At most one per service record; a campaign answer may have no record.
    """

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="surveys")
    service_record = ForeignKeyField(ServiceRecord, null=True, unique=True, on_delete="SET NULL", backref="survey")
    stylist = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="surveys", index=False)
    answered_at = DateTimeField()
    channel = choice("channel", enums.SurveyChannel)
    overall = between("overall", 1, 5)
    stylist_skill = between("stylist_skill", 1, 5)
    service_attitude = between("service_attitude", 1, 5)
    environment = between("environment", 1, 5)
    waiting_time = between("waiting_time", 1, 5)
    value_for_money = between("value_for_money", 1, 5)
    recommend = between("recommend", 0, 10)
    comment = TextField(default="")

    class Meta:
        indexes = (
            (("answered_at",), False),
            (("stylist", "answered_at"), False),
        )


class SurveyRequest(BaseModel):
    """A customer asked in a quarterly survey campaign, and how it went."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="survey_requests")
    quarter = CharField(
        max_length=7,
        constraints=[Check("\"quarter\" GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'")],
    )
    status = choice("status", enums.SurveyRequestStatus)
    at = DateTimeField()
    response = ForeignKeyField(SurveyResponse, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("quarter", "customer"), True),)


# --- ledger and care ------------------------------------------------------------------


class LedgerEntry(BaseModel):
    """A change to a customer's stored value (本金 and 赠送金 apart) or points.

    Each row carries the deltas and the balances after it; the CHECKs on the
    ``*_after`` columns are the last guard that no balance goes negative.
    """

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="ledger", index=False)
    at = DateTimeField()
    kind = choice("kind", enums.LedgerKind)
    principal_delta = money("principal_delta", signed=True, default=0)
    bonus_delta = money("bonus_delta", signed=True, default=0)
    points_delta = IntegerField(default=0)
    principal_after = money("principal_after")
    bonus_after = money("bonus_after")
    points_after = IntegerField(constraints=[Check('"points_after" >= 0')])
    service_record = ForeignKeyField(ServiceRecord, null=True, on_delete="RESTRICT", backref="ledger")
    ticket = ForeignKeyField(ComplaintTicket, null=True, on_delete="RESTRICT", backref="ledger")
    imported = BooleanField(default=False)
    actor = CharField(max_length=40)
    note = CharField(max_length=200, default="")
    seal = CharField(max_length=64, default="")  # core.chain: this row + the customer's previous seal
    customer_id: int
    service_record_id: int | None
    ticket_id: int | None

    class Meta:
        indexes = (
            (("customer", "id"), False),
            (("at",), False),
        )


class CareContact(BaseModel):
    """A care call or message done for a customer (回访, birthday, win-back)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", backref="care_contacts", index=False)
    kind = choice("kind", enums.CareKind)
    done_at = DateTimeField()
    service_record = ForeignKeyField(ServiceRecord, null=True, on_delete="SET NULL")
    actor = CharField(max_length=40)
    note = TextField(default="")

    class Meta:
        indexes = ((("customer", "done_at"), False), (("kind", "done_at"), False))


# The field helpers above return Any: peewee's stubs type a field by a literal
# ``null=True/False``, which a helper passing ``null`` through cannot satisfy.
# Bare annotations such as ``customer_id: int`` in a model declare, for type
# checkers, the id accessors peewee adds for its foreign keys.

ALL_MODELS: list[type[BaseModel]] = [
    ShopSetting,
    Staff,
    User,
    AuditEntry,
    ServiceItem,
    MembershipLevel,
    Customer,
    OtherPhone,
    HealthConsent,
    Tag,
    CustomerTag,
    StaffShift,
    ShiftException,
    TimeOff,
    Appointment,
    AppointmentService,
    ServiceRecord,
    CustomerStats,
    CustomerRhythm,
    CustomerBalance,
    ServiceRecordLine,
    CommissionRule,
    LineCommission,
    PackagePlan,
    ServicePackage,
    PackageUse,
    PlanItem,
    PackageItem,
    PackageEntry,
    ComplaintTicket,
    TicketEvent,
    SurveyResponse,
    SurveyRequest,
    LedgerEntry,
    CareContact,
    SaleCredit,
]
