"""The demo shop's fixed data: settings, membership levels, staff and their week,
the service catalogue, packages, tags, and the shop's calendar (busy and quiet days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal

from salon_crm.core.enums import ServiceCategory as Cat
from salon_crm.core.enums import StaffRole

SHOP_NAME = "丽人美发美容"
OPENS = time(9, 30)
CLOSES = time(21, 0)
OPENING_HOURS = {str(weekday): ["09:30", "21:00"] for weekday in range(7)}

HISTORY_DAYS = 730  # two years of visits end today
APPOINTMENT_DAYS = 91  # the shop has booked through the app for about three months
FUTURE_DAYS = 14  # bookings already made for the next two weeks


@dataclass(frozen=True)
class LevelSpec:
    """A membership level: the share of the list price paid and the spend to reach it."""

    name: str
    rank: int
    price_rate: Decimal
    threshold: Decimal


LEVELS = (
    LevelSpec("普通会员", 1, Decimal("1.000"), Decimal("0")),
    LevelSpec("银卡", 2, Decimal("0.950"), Decimal("2000")),
    LevelSpec("金卡", 3, Decimal("0.900"), Decimal("5000")),
    LevelSpec("钻石卡", 4, Decimal("0.850"), Decimal("12000")),
)

# Shift codes of a staff member's week: early, late, front desk, rest day.
SHIFT_HOURS: dict[str, tuple[time, time]] = {
    "E": (time(10, 0), time(19, 0)),
    "L": (time(12, 0), time(21, 0)),
    "D": (time(9, 30), time(18, 30)),
}


@dataclass(frozen=True)
class StaffSpec:
    """A member of staff, their week (Monday first, ``-`` = rest day) and survey mean."""

    name: str
    role: StaffRole
    skills: tuple[Cat, ...]
    phone: str
    week: str
    quality: float  # mean survey score, so the per-stylist chart has something to show
    hired_years_before: int


HAIR = (Cat.CUT, Cat.COLOUR, Cat.PERM, Cat.CARE)
STAFF = (
    StaffSpec("王丽华", StaffRole.OWNER, HAIR, "13906518826", "-EEEEEE", 4.75, 8),
    StaffSpec("陈志强", StaffRole.STYLIST, HAIR, "13857162093", "E-LELLE", 4.6, 6),
    StaffSpec("刘洋", StaffRole.STYLIST, HAIR, "15968120375", "LE-LELE", 4.3, 4),
    StaffSpec("张晓雨", StaffRole.STYLIST, (Cat.CUT, Cat.COLOUR, Cat.CARE), "18768104429", "ELE-ELL", 4.5, 3),
    StaffSpec("赵俊杰", StaffRole.STYLIST, (Cat.CUT, Cat.CARE), "17706713358", "-LELLEE", 4.05, 2),
    StaffSpec("林美玲", StaffRole.BEAUTICIAN, (Cat.SKIN, Cat.CARE), "13588250641", "E-ELELE", 4.55, 5),
    StaffSpec("周婷", StaffRole.NAIL_TECHNICIAN, (Cat.NAILS,), "19905816672", "LE-ELEL", 4.35, 3),
    StaffSpec("孙佳怡", StaffRole.FRONT_DESK, (), "18069827715", "DDD-DDD", 4.5, 2),
)
OWNER_INDEX = 0
SENIOR_INDEX = 1
FRONT_DESK_INDEX = 7
# the demo's logins (core.users.demo_users) and the staff member each belongs to
LOGIN_STAFF = {"owner": OWNER_INDEX, "desk": FRONT_DESK_INDEX, "stylist": SENIOR_INDEX}


def login_of(staff_index: int) -> str:
    """Who recorded a step in the app: the front desk at the desk, the owner for everything else
    (a stylist's login may not take money nor handle complaints)."""
    return "desk" if staff_index == FRONT_DESK_INDEX else "owner"


@dataclass(frozen=True)
class ShiftChange:
    """One day's change to a staff member's week, ``days`` from today."""

    staff: int
    days: int
    hours: tuple[time, time] | None
    note: str


SHIFT_CHANGES = (
    ShiftChange(4, -19, None, "调休"),
    ShiftChange(2, 3, (time(14, 0), time(21, 0)), "上午参加染发技术培训"),
    ShiftChange(1, 9, (time(9, 30), time(16, 0)), "下午去供应商处看新品"),
)


@dataclass(frozen=True)
class Absence:
    """A span away from work: ``days`` from today, for ``length`` days, or hours."""

    staff: int
    days: int
    length: int
    hours: tuple[time, time] | None
    reason: str


ABSENCES = (
    Absence(3, -45, 5, None, "年假"),
    Absence(5, 8, 1, None, "外出培训（皮肤管理课程）"),
    Absence(6, 0, 1, (time(14, 0), time(17, 0)), "看牙医"),
)


@dataclass(frozen=True)
class ItemSpec:
    """An item of the service catalogue."""

    name: str
    category: Cat
    price: Decimal
    minutes: int


def _item(name: str, category: Cat, price: str, minutes: int) -> ItemSpec:
    return ItemSpec(name, category, Decimal(price), minutes)


ITEMS = (
    _item("洗剪吹", Cat.CUT, "68.00", 60),
    _item("女士精剪", Cat.CUT, "98.00", 60),
    _item("男士精剪", Cat.CUT, "58.00", 30),
    _item("洗吹造型", Cat.CUT, "48.00", 45),
    _item("儿童理发", Cat.CUT, "38.00", 30),
    _item("刘海修剪", Cat.CUT, "20.00", 15),
    _item("总监设计剪", Cat.CUT, "168.00", 60),
    _item("染发(短发)", Cat.COLOUR, "288.00", 90),
    _item("染发(长发)", Cat.COLOUR, "428.00", 120),
    _item("补染发根", Cat.COLOUR, "198.00", 90),
    _item("漂染挑染", Cat.COLOUR, "588.00", 150),
    _item("植物染", Cat.COLOUR, "498.00", 120),
    _item("潮色染发", Cat.COLOUR, "680.00", 180),
    _item("烫发(冷烫)", Cat.PERM, "298.00", 120),
    _item("烫发(数码烫)", Cat.PERM, "580.00", 150),
    _item("烫发(陶瓷烫)", Cat.PERM, "680.00", 180),
    _item("离子烫直发", Cat.PERM, "480.00", 150),
    _item("羊毛卷", Cat.PERM, "880.00", 180),
    _item("头皮护理", Cat.CARE, "168.00", 45),
    _item("深层修护发膜", Cat.CARE, "198.00", 45),
    _item("角蛋白护理", Cat.CARE, "380.00", 60),
    _item("头疗按摩", Cat.CARE, "128.00", 45),
    _item("防脱养发疗程", Cat.CARE, "268.00", 60),
    _item("补水面部护理", Cat.SKIN, "198.00", 75),
    _item("深层清洁面部", Cat.SKIN, "168.00", 60),
    _item("眼部护理", Cat.SKIN, "128.00", 45),
    _item("肩颈舒缓按摩", Cat.SKIN, "158.00", 60),
    _item("美甲(单色)", Cat.NAILS, "88.00", 60),
    _item("美甲(跳色/法式)", Cat.NAILS, "138.00", 90),
    _item("手部护理", Cat.NAILS, "68.00", 30),
)
ITEM_INDEX = {item.name: index for index, item in enumerate(ITEMS)}

# 次卡 on offer: item name -> (sessions, price paid).
PACKAGES: dict[str, tuple[int, Decimal]] = {
    "洗吹造型": (10, Decimal("380.00")),
    "头皮护理": (10, Decimal("1280.00")),
    "头疗按摩": (10, Decimal("980.00")),
    "补水面部护理": (5, Decimal("880.00")),
    "美甲(单色)": (5, Decimal("388.00")),
}

TOP_UP = Decimal("1000.00")  # 充 1000 送 200
TOP_UP_BONUS = Decimal("200.00")

TAGS = (
    ("VIP", "#D4A017"),
    ("敏感肌", "#E57373"),
    ("学生", "#64B5F6"),
    ("怕烫", "#FFB74D"),
    ("需提醒预约", "#81C784"),
)

# Chinese New Year's Day (春节): salons are packed the weeks before, quiet after.
# fmt: off
SPRING_FESTIVAL = {
    2016: date(2016, 2, 8), 2017: date(2017, 1, 28), 2018: date(2018, 2, 16), 2019: date(2019, 2, 5),
    2020: date(2020, 1, 25), 2021: date(2021, 2, 12), 2022: date(2022, 2, 1), 2023: date(2023, 1, 22),
    2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6),
    2028: date(2028, 1, 26), 2029: date(2029, 2, 13), 2030: date(2030, 2, 3), 2031: date(2031, 1, 23),
    2032: date(2032, 2, 11), 2033: date(2033, 1, 31), 2034: date(2034, 2, 19), 2035: date(2035, 2, 8),
    2036: date(2036, 1, 28), 2037: date(2037, 2, 15), 2038: date(2038, 2, 4), 2039: date(2039, 1, 24),
    2040: date(2040, 2, 12),
}
# fmt: on
WEEKDAY_DEMAND = (0.75, 0.75, 0.8, 0.9, 1.2, 1.6, 1.5)
MONTH_DEMAND = (1.0, 0.85, 0.95, 1.0, 1.2, 1.0, 1.15, 1.2, 1.0, 1.1, 0.95, 1.1)


def spring_festival(year: int) -> date:
    """New Year's Day of the lunar calendar; early February outside the table."""
    return SPRING_FESTIVAL.get(year, date(year, 2, 5))


def season(day: date) -> float:
    """How busy the shop is around ``day`` compared with an ordinary week."""
    for festival in (spring_festival(day.year), spring_festival(day.year + 1)):
        offset = (day - festival).days
        if -21 <= offset <= -2:
            return 1.6
        if -1 <= offset <= 4:
            return 0.1
        if 5 <= offset <= 14:
            return 0.5
    if day.month == 5 and day.day <= 5:
        return 1.4  # 劳动节 holiday
    return MONTH_DEMAND[day.month - 1]


def demand(day: date) -> float:
    """Relative number of visits on ``day``: weekday rhythm times season."""
    return WEEKDAY_DEMAND[day.weekday()] * season(day)


def days_between(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last`` inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
