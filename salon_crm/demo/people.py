"""Believable customer profiles for the demo shop: names, phones, birthdays, beauty details.

Surnames follow their real frequency in China; a few customers carry 曾, 单 or 仇 so
that searching by either reading of a heteronym surname can be tried.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pypinyin import lazy_pinyin

from salon_crm.core.enums import Gender, SourceChannel

# Surname and its share (per mille, roughly) of the population.
# fmt: off
SURNAMES = (
    ("王", 72), ("李", 72), ("张", 68), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 22), ("吴", 20),
    ("周", 20), ("徐", 16), ("孙", 15), ("马", 14), ("朱", 13), ("胡", 13), ("郭", 12), ("何", 11), ("高", 10),
    ("林", 10), ("罗", 9), ("郑", 9), ("梁", 8), ("谢", 8), ("宋", 7), ("唐", 7), ("许", 6), ("韩", 6),
    ("冯", 6), ("邓", 6), ("曹", 6), ("彭", 5), ("曾", 5), ("肖", 5), ("田", 5), ("董", 5), ("袁", 4),
    ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4), ("叶", 4), ("程", 4), ("苏", 3),
    ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3), ("崔", 3),
    ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3), ("范", 3), ("金", 3), ("石", 2), ("廖", 2), ("贾", 2),
    ("夏", 2), ("韦", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2), ("熊", 2), ("秦", 2), ("邱", 2),
    ("江", 2), ("尹", 2), ("薛", 2), ("段", 2), ("雷", 2), ("侯", 2), ("龙", 2), ("史", 2), ("陶", 2),
    ("黎", 2), ("贺", 2), ("顾", 2), ("毛", 2), ("郝", 2), ("龚", 2), ("邵", 2), ("万", 2), ("钱", 2),
    ("严", 2), ("戴", 1), ("莫", 1), ("孔", 1), ("向", 1), ("汤", 1), ("单", 1), ("仇", 1),
)
HETERONYM_SURNAMES = ("曾", "单", "仇")

FEMALE_GIVEN = (
    "雨婷", "欣怡", "思琪", "梦瑶", "佳怡", "诗涵", "子涵", "晓雯", "丽娟", "秀英", "桂英", "丽华", "海燕",
    "雪梅", "美玲", "婷婷", "静怡", "晓燕", "春梅", "玉兰", "慧敏", "嘉欣", "佳琪", "雅婷", "紫涵", "可欣",
    "若曦", "梓萱", "语嫣", "芳芳", "丽丽", "娜娜", "晶晶", "文静", "秀兰", "淑芬", "艳红", "红霞", "凤英",
    "小红", "慧琳", "梦琪", "雪莹", "一诺", "依依", "欣妍", "思雨", "婉清", "雅琴", "晓琳", "彩霞", "月华",
    "丹丹", "倩倩", "璐璐", "明月", "诗雨", "心怡", "瑞雪", "雨桐", "安琪", "馨予", "晓丽", "玉梅", "丽", "静",
    "敏", "芳", "娟", "霞", "燕", "艳", "婷", "洁", "琳", "颖", "倩", "蓉", "薇", "娜", "莉", "萍", "玲", "华",
)
MALE_GIVEN = (
    "子轩", "浩然", "宇航", "俊杰", "志强", "建华", "文博", "晨阳", "一鸣", "思远", "家豪", "明辉", "国强",
    "建军", "海涛", "天宇", "博文", "皓轩", "志伟", "俊峰", "晓东", "立新", "永刚", "德华", "嘉诚", "伟", "强",
    "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "波", "鹏", "浩", "宇", "峰", "鑫", "凯", "帅",
)

PHONE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
    "156", "157", "158", "159", "173", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187",
    "188", "189", "191", "198", "199",
)
NICKNAMES = ("lily", "coco", "amy", "vivian", "cherry", "sunny", "grace", "yoyo", "mia", "jenny", "nana", "kiki")
ESTATES = (
    "阳光花园", "锦绣华庭", "金桂苑", "翠湖天地", "幸福里小区", "城南新村", "滨江一号", "星河湾", "万科城",
    "绿城桂花园", "东方名苑", "和平里",
)

OCCUPATIONS_ADULT = (
    ("公司职员", 20), ("教师", 8), ("医生", 3), ("护士", 5), ("自由职业", 8), ("个体经营", 8), ("公务员", 4),
    ("财务", 5), ("设计师", 4), ("销售", 7), ("全职妈妈", 6), ("程序员", 3), ("律师", 1), ("主播", 2), ("", 16),
)
SKIN_TYPES = (
    ("干性", 5), ("油性", 4), ("混合性", 6), ("中性", 3), ("敏感肌", 3), ("", 9),
)
HAIR_TYPES = (
    ("细软发", 5), ("粗硬发", 3), ("自然卷", 2), ("受损发质", 4), ("油性发质", 3), ("干性发质", 3), ("正常", 4),
    ("", 5),
)
# fmt: on
ALLERGIES = (
    "对PPD染发剂过敏",
    "对PPD染发剂过敏，只能做植物染",
    "对香精过敏",
    "对果酸过敏",
    "对乳胶手套过敏",
    "对薰衣草精油过敏",
)
COLOUR_FORMULAS = (
    "7/1+6%双氧 1:1",
    "6/0+5/7 各半，6%双氧 1:1.5",
    "8/11+9%双氧 1:1，发根另调",
    "5/4+3%双氧 1:2，盖白发",
    "9/12+12%双氧 1:1，先漂一次",
    "6/3+6%双氧 1:1，加护色剂",
)
PRODUCT_PREFERENCES = (
    "偏好无硅油洗发水",
    "喜欢卡诗的发膜",
    "不要喷发胶",
    "刘海不要剪太短",
    "吹风温度低一点",
    "喜欢自然蓬松的造型",
    "只用敏感肌专用产品",
    "指甲偏软，不做延长",
)
NOTES = (
    "喜欢安静，不太聊天",
    "带孩子来，需要儿童座椅",
    "一般周末下午来",
    "开车来，需要停车位",
    "怕冷，空调温度调高一点",
    "对价格比较敏感，推荐项目要适度",
    "孕期，暂停化学类项目",
)


@dataclass(frozen=True)
class Profile:
    """Who a customer is; how often they come is decided in ``demo_visits``."""

    name: str
    gender: Gender
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    age: int
    phone: str
    wechat: str
    email: str
    address: str
    occupation: str
    source: SourceChannel
    interest: str  # hair, skin, nails or mixed
    colours: bool
    perms: bool
    long_hair: bool
    skin_type: str
    hair_type: str
    allergies: str
    preferences: str
    notes: str
    marketing_consent: bool


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _surnames(rng: random.Random, count: int) -> list[str]:
    names = rng.choices([s[0] for s in SURNAMES], weights=[s[1] for s in SURNAMES], k=count)
    # Make sure every heteronym surname occurs at least twice, whatever the seed.
    for surname in HETERONYM_SURNAMES:
        for _ in range(max(0, 2 - names.count(surname))):
            names[rng.randrange(count)] = surname
    return names


def _birthday(rng: random.Random, age: int, this_year: int) -> tuple[int | None, int | None, int | None]:
    roll = rng.random()
    if roll < 0.04:
        return None, None, None
    month = rng.randint(1, 12)
    day = rng.randint(1, 28 if month == 2 else 30)
    year = None if roll < 0.24 else this_year - age
    return year, month, day


def _phone(rng: random.Random, taken: set[str]) -> str:
    while True:
        phone = rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        if phone not in taken:
            taken.add(phone)
            return phone


def _wechat(rng: random.Random, given: str, year: int, taken: set[str]) -> str:
    while True:
        style = rng.random()
        if style < 0.4:
            handle = "".join(lazy_pinyin(given)) + str(year)
        elif style < 0.7:
            handle = rng.choice(NICKNAMES) + f"_{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        else:
            alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
            handle = "wxid_" + "".join(rng.choice(alphabet) for _ in range(12))
        if handle not in taken:
            taken.add(handle)
            return handle


def _email(rng: random.Random, given: str) -> str:
    if rng.random() < 0.6:
        return f"{rng.randint(10**7, 10**10)}@qq.com"
    return "".join(lazy_pinyin(given)) + f"{rng.randint(1, 999)}@163.com"


def _address(rng: random.Random) -> str:
    building, unit = rng.randint(1, 18), rng.randint(1, 3)
    return f"{rng.choice(ESTATES)}{building}栋{unit}单元{rng.randint(2, 28)}0{rng.randint(1, 4)}"


def _occupation(rng: random.Random, age: int) -> str:
    if age <= 22:
        return "学生" if rng.random() < 0.85 else ""
    if age >= 58:
        return "退休" if rng.random() < 0.8 else ""
    return _weighted(rng, OCCUPATIONS_ADULT)


def _name(rng: random.Random, surname: str, gender: Gender, taken: set[str]) -> str:
    pool = MALE_GIVEN if gender is Gender.MALE else FEMALE_GIVEN
    for attempt in range(1000):
        if attempt >= 20:  # a common family with every name taken: pick another
            surname = rng.choice(SURNAMES)[0]
        name = surname + rng.choice(pool)
        if name not in taken:
            taken.add(name)
            return name
    raise RuntimeError("no unused customer name left")


def make_profile(rng: random.Random, surname: str, this_year: int, taken: dict[str, set[str]]) -> Profile:
    """One customer; ``taken`` keeps names, phones and WeChat ids unique."""
    gender = Gender.MALE if rng.random() < 0.18 else Gender.FEMALE
    name = _name(rng, surname, gender, taken["name"])
    age = max(16, min(72, round(rng.gauss(34, 10))))
    year, month, day = _birthday(rng, age, this_year)
    female = gender is Gender.FEMALE
    interest = rng.choices(["hair", "skin", "nails", "mixed"], weights=[64, 15, 12, 9])[0] if female else "hair"
    allergies = rng.choice(ALLERGIES) if rng.random() < 0.05 else ""
    colours = interest in ("hair", "mixed") and rng.random() < (0.55 if female else 0.15)
    perms = female and interest in ("hair", "mixed") and rng.random() < 0.25
    preferences = []
    if colours and rng.random() < 0.5 and "PPD" not in allergies:
        preferences.append("染发配方：" + rng.choice(COLOUR_FORMULAS))
    if rng.random() < 0.2:
        preferences.append(rng.choice(PRODUCT_PREFERENCES))
    source = SourceChannel(rng.choices([s.value for s in SourceChannel], weights=[45, 20, 15, 15, 5])[0])
    return Profile(
        name=name,
        gender=gender,
        birth_year=year,
        birth_month=month,
        birth_day=day,
        age=age,
        phone=_phone(rng, taken["phone"]),
        wechat=_wechat(rng, name[1:], this_year - age, taken["wechat"]) if rng.random() < 0.45 else "",
        email=_email(rng, name[1:]) if rng.random() < 0.1 else "",
        address=_address(rng) if rng.random() < 0.3 else "",
        occupation=_occupation(rng, age),
        source=source,
        interest=interest,
        colours=colours,
        perms=perms,
        long_hair=female and rng.random() < 0.55,
        skin_type=_weighted(rng, SKIN_TYPES) if female else "",
        hair_type=_weighted(rng, HAIR_TYPES),
        allergies=allergies,
        preferences="；".join(preferences),
        notes=rng.choice(NOTES) if rng.random() < 0.08 else "",
        marketing_consent=rng.random() < 0.6,
    )


def make_profiles(rng: random.Random, count: int, this_year: int) -> list[Profile]:
    """``count`` distinct customers (unique names, phones and WeChat ids)."""
    taken: dict[str, set[str]] = {"name": set(), "phone": set(), "wechat": set()}
    return [make_profile(rng, surname, this_year, taken) for surname in _surnames(rng, count)]
