"""Satisfaction surveys (满意度调查) after visits, and care calls (回访, 生日, 召回).

Scores differ by stylist and drift up over the two years, waiting time suffers on
busy weekends, so every satisfaction chart has a story to tell.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import Any

from salon_crm.core.enums import CareKind, ServiceCategory, SurveyChannel
from salon_crm.demo import catalogue as cat
from salon_crm.demo.bookings import Bill
from salon_crm.demo.people import Profile
from salon_crm.demo.visits import Clock

Row = dict[str, Any]
SURVEY_SHARE = 0.34
# Offsets of each dimension from the stylist's mean.
DIMENSIONS = {
    "stylist_skill": 0.05,
    "service_attitude": 0.1,
    "environment": 0.1,
    "waiting_time": -0.25,
    "value_for_money": -0.3,
}
PRAISE = (
    "技术很好，剪得很满意",
    "环境干净，服务热情",
    "颜色很自然，朋友都说好看",
    "技师很耐心，会给建议",
    "预约很方便，到店就做",
    "性价比不错，会再来",
)
SO_SO = ("整体还可以", "效果一般，希望下次更好", "价格稍微有点贵")
COMPLAINT_WORDS = ("等待时间太长了", "效果和预期差很多", "推销太多，体验不好", "洗头水温太烫")
CARE_NOTES = {
    ServiceCategory.COLOUR: "回访：颜色满意，提醒使用护色洗发水",
    ServiceCategory.PERM: "回访：卷度保持良好，叮嘱用弹力素打理",
    ServiceCategory.SKIN: "回访：皮肤状态稳定，建议两周后再做补水",
}
WIN_BACK_NOTES = (
    "电话邀约回店：顾客表示最近工作忙，下月再来",
    "微信发送老客回归优惠券",
    "电话邀约：顾客已搬家，暂不方便到店",
)


def _clip(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _answered(rng: random.Random, end: datetime) -> tuple[SurveyChannel, datetime]:
    channel = rng.choices(list(SurveyChannel), weights=[45, 20, 35])[0]
    if channel is SurveyChannel.IN_SHOP:
        return channel, end + timedelta(minutes=rng.randint(3, 25))
    if channel is SurveyChannel.WECHAT:
        answered = end + timedelta(minutes=rng.randint(40, 20 * 60))
        if not time(8) <= answered.time() <= time(23):  # people answer WeChat awake
            answered = datetime.combine(answered.date(), time(8)) + timedelta(minutes=rng.randint(0, 150))
            if answered < end:
                answered = end + timedelta(minutes=rng.randint(40, 120))
        return channel, answered
    day = end.date() + timedelta(days=rng.randint(1, 3))
    return channel, datetime.combine(day, time(rng.randint(10, 19), rng.randrange(0, 60, 5)))


def make_surveys(
    rng: random.Random,
    clock: Clock,
    bills: list[Bill],
    skip: set[int],
    unhappy: set[int],
    cid: list[int],
) -> list[Row]:
    """A survey for about a third of the visits not in ``skip`` (the voided ones)."""
    rows: list[Row] = []
    bias: dict[int, float] = {}
    span = (clock.today - clock.first_day).days or 1
    for bill in bills:
        if bill.id in skip or rng.random() >= SURVEY_SHARE:
            continue
        channel, answered = _answered(rng, bill.visit.end)
        if answered > clock.now:
            continue
        visit = bill.visit
        mood = bias.setdefault(visit.cidx, rng.gauss(0, 0.25))
        trend = 0.3 * (visit.start.date() - clock.first_day).days / span - 0.15
        mean = cat.STAFF[visit.staff].quality + mood + trend
        if bill.id in unhappy:
            mean = 2.4  # the visit they complained about
        scores = {}
        for name, offset in DIMENSIONS.items():
            crowded = name == "waiting_time" and visit.start.weekday() >= 5
            scores[name] = _clip(mean + offset - (0.3 if crowded else 0) + rng.gauss(0, 0.6), 1, 5)
        overall = _clip(sum(scores.values()) / len(scores) + 0.15 + rng.gauss(0, 0.35), 1, 5)
        comment = ""
        if rng.random() < 0.3:
            if overall >= 4:
                comment = rng.choice(PRAISE)
            elif overall == 3:
                comment = rng.choice(SO_SO)
            else:
                comment = rng.choice(COMPLAINT_WORDS)
        rows.append(
            {
                "customer": cid[visit.cidx],
                "service_record": bill.id,
                "stylist": visit.staff + 1,
                "answered_at": answered,
                "channel": channel.value,
                "overall": overall,
                **scores,
                "recommend": _clip(2 * overall - 0.5 + rng.gauss(0, 1.2), 0, 10),
                "comment": comment,
            }
        )
    rows.sort(key=lambda row: (row["answered_at"], row["service_record"]))
    for n, row in enumerate(rows, start=1):
        row["id"] = n
    return rows


def make_care(
    rng: random.Random,
    clock: Clock,
    bills: list[Bill],
    skip: set[int],
    profiles: list[Profile],
    cid: list[int],
) -> list[Row]:
    """Follow-up calls after colour, perm and facials; birthday wishes; win-back calls."""
    desk = cat.login_of(cat.FRONT_DESK_INDEX)
    rows: list[Row] = []
    since = clock.now - timedelta(days=75)
    for bill in bills:
        if bill.visit.end < since or bill.id in skip or rng.random() >= 0.12:
            continue
        kinds = [cat.ITEMS[i].category for i in bill.visit.items]
        topic = next((k for k in CARE_NOTES if k in kinds), None)
        day = bill.visit.end.date() + timedelta(days=rng.randint(2, 4))
        done = datetime.combine(day, time(rng.randint(14, 18), rng.randrange(0, 60, 5)))
        if topic is None or done > clock.now:
            continue
        rows.append(
            {
                "customer": cid[bill.visit.cidx],
                "kind": CareKind.FOLLOW_UP.value,
                "done_at": done,
                "service_record": bill.id,
                "actor": desk,
                "note": CARE_NOTES[topic],
            }
        )
    last_visit: dict[int, datetime] = {}
    for bill in bills:
        last_visit[bill.visit.cidx] = bill.visit.end
    for cidx in sorted(last_visit):
        p = profiles[cidx]
        if p.birth_month is None or p.birth_day is None or not p.marketing_consent:
            continue
        try:
            birthday = clock.today.replace(month=p.birth_month, day=p.birth_day)
        except ValueError:
            continue
        if timedelta(0) < clock.today - birthday <= timedelta(days=30) and rng.random() < 0.5:
            rows.append(
                {
                    "customer": cid[cidx],
                    "kind": CareKind.BIRTHDAY.value,
                    "done_at": datetime.combine(birthday, time(10, rng.randrange(0, 60, 5))),
                    "service_record": None,
                    "actor": desk,
                    "note": "生日祝福短信，赠送生日护理券",
                }
            )
    lapsed = [c for c in sorted(last_visit) if timedelta(days=90) <= clock.now - last_visit[c] <= timedelta(days=200)]
    for cidx in rng.sample(lapsed, min(4, len(lapsed))):
        done = clock.now - timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 2))
        rows.append(
            {
                "customer": cid[cidx],
                "kind": CareKind.WIN_BACK.value,
                "done_at": done,
                "service_record": None,
                "actor": desk,
                "note": rng.choice(WIN_BACK_NOTES),
            }
        )
    rows.sort(key=lambda row: (row["done_at"], row["customer"]))
    for n, row in enumerate(rows, start=1):
        row["id"] = n
    return rows
