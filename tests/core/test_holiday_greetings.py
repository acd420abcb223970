"""Holiday greetings: the festivals' dates per year, and who is on the list two weeks before one."""

from __future__ import annotations

from datetime import date, datetime

from salon_crm.core import care, holidays, service_records
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.enums import CareKind
from salon_crm.core.holidays import Festival
from salon_crm.core.models import Customer, ServiceItem
from salon_crm.core.service_records import LineInput, RecordInput


def test_the_lunar_festivals_move_with_the_year() -> None:
    assert [(one.festival, one.day) for one in holidays.festival_days(2026)] == [
        (Festival.SPRING_FESTIVAL, date(2026, 2, 17)),
        (Festival.WOMENS_DAY, date(2026, 3, 8)),
        (Festival.QIXI, date(2026, 8, 19)),
        (Festival.MID_AUTUMN, date(2026, 9, 25)),
    ]
    assert holidays.festival_days(2027)[0].day == date(2027, 2, 6)
    assert holidays.coming_festival(date(2026, 12, 30)) is None
    assert holidays.coming_festival(date(2027, 1, 25)) == holidays.FestivalDay(
        Festival.SPRING_FESTIVAL, date(2027, 2, 6)
    )


def test_the_list_before_mid_autumn(shop: Shop) -> None:
    item = ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id
    agreed = Customer.create(
        name="李梅", phone="13800138000", marketing_consent=True, marketing_consent_on=date(2026, 1, 1)
    )
    silent = Customer.create(name="王芳", phone="13900139000")  # no marketing consent: never on the list
    long_ago = Customer.create(name="赵敏", marketing_consent=True, marketing_consent_on=date(2024, 1, 1))
    for person, day in ((agreed, datetime(2026, 8, 1, 10)), (silent, datetime(2026, 8, 2, 10)),
                        (long_ago, datetime(2025, 5, 1, 10))):  # fmt: skip
        data = RecordInput(person.id, day, (LineInput(item),), "cash")
        service_records.add_service_record(OWNER, data, now=day)
    assert care.holiday_greetings(date(2026, 9, 5)) == []  # three weeks before: not yet
    [greeting] = care.holiday_greetings(date(2026, 9, 15))
    assert (greeting.name, greeting.festival, greeting.due) == ("李梅", "mid_autumn", date(2026, 9, 25))
    care.record_contact(OWNER, agreed.id, CareKind.HOLIDAY.value, at=datetime(2026, 9, 16, 11))
    assert care.holiday_greetings(date(2026, 9, 17)) == []  # greeted once
