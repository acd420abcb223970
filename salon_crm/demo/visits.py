"""Who comes when, to whom: each customer's visit rhythm, and a day-by-day booking sheet.

Every visit, no-show and booking is placed by one allocator on a 15-minute grid of
each staff member's shift, so no stylist is ever double-booked and nobody works
outside their hours, on their rest day or on time off.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from salon_crm.core.enums import Gender
from salon_crm.demo import catalogue as cat
from salon_crm.demo.people import Profile

SLOT_MINUTES = 15
SLOTS_PER_DAY = 46  # 09:30 to 21:00
# How much a start time is wanted, by hour from 9 to 20: weekdays peak after work.
HOUR_WEIGHT_WEEKDAY = (1, 2, 3, 2, 3, 4, 4, 3, 3, 5, 4, 1)
HOUR_WEIGHT_WEEKEND = (2, 4, 5, 4, 5, 6, 6, 5, 4, 3, 3, 1)


@dataclass(frozen=True)
class Clock:
    """The demo's dates: ``now`` is the moment it is written, history starts two years before."""

    today: date
    now: datetime
    first_day: date
    booking_from: date
    horizon: date

    @classmethod
    def at(cls, now: datetime) -> Clock:
        today = now.date()
        return cls(
            today=today,
            now=now.replace(second=0, microsecond=0),
            first_day=today - timedelta(days=cat.HISTORY_DAYS - 1),
            booking_from=today - timedelta(days=cat.APPOINTMENT_DAYS),
            horizon=today + timedelta(days=cat.FUTURE_DAYS),
        )


def slot_start(day: date, slot: int) -> datetime:
    """The start of grid ``slot`` on ``day``."""
    return datetime.combine(day, cat.OPENS) + timedelta(minutes=SLOT_MINUTES * slot)


def slot_of(moment: time) -> int:
    minutes = moment.hour * 60 + moment.minute - (cat.OPENS.hour * 60 + cat.OPENS.minute)
    return max(0, min(SLOTS_PER_DAY, minutes // SLOT_MINUTES))


@dataclass(frozen=True)
class Habit:
    """How one customer uses the shop."""

    cycle: float
    regular: bool  # was already coming before the two years began
    first: date
    last: date
    usual: int | None  # the staff member they go back to
    declared: bool  # whether that staff member is on their file as 指定技师
    colour_every: int
    perm_every: int
    care_rate: float
    kid_rate: float


@dataclass
class Request:
    """A wish to be seen on a day; the allocator gives it a staff member and a time."""

    cidx: int
    day: date
    items: tuple[int, ...]
    staff: tuple[int, ...]  # who may do it, best first
    kind: str  # visit, no_show, cancelled or in_shop
    window: tuple[int, int] = (0, SLOTS_PER_DAY)
    tries: int = 0


@dataclass(frozen=True)
class Visit:
    """A placed request: a customer with a staff member from ``start`` to ``end``."""

    cidx: int
    staff: int
    start: datetime
    end: datetime
    items: tuple[int, ...]
    kind: str


def _pick(rng: random.Random, weighted: dict[str, int]) -> int:
    name = rng.choices(list(weighted), weights=list(weighted.values()))[0]
    return cat.ITEM_INDEX[name]


def _fits(staff: int, items: tuple[int, ...]) -> bool:
    skills = cat.STAFF[staff].skills
    return all(cat.ITEMS[item].category in skills for item in items)


SERVICE_STAFF = [n for n, s in enumerate(cat.STAFF) if s.skills]


def _hair_items(rng: random.Random, p: Profile, h: Habit, n: int) -> list[int]:
    if p.gender is Gender.MALE:
        cut = _pick(rng, {"男士精剪": 80, "洗剪吹": 15, "总监设计剪": 5})
    else:
        cut = _pick(rng, {"洗剪吹": 45, "女士精剪": 25, "洗吹造型": 22, "刘海修剪": 3, "总监设计剪": 5})
    items = [cut]
    if h.colour_every and n % h.colour_every == h.colour_every - 1:
        if "PPD" in p.allergies:
            colour = cat.ITEM_INDEX["植物染"]
        else:
            full = "染发(长发)" if p.long_hair else "染发(短发)"
            colour = _pick(rng, {full: 55, "补染发根": 30, "漂染挑染": 6, "潮色染发": 6, "植物染": 3})
        items = [colour] + ([cut] if rng.random() < 0.5 else [])
    elif h.perm_every and n % h.perm_every == h.perm_every - 1:
        perm = _pick(
            rng,
            {"烫发(冷烫)": 30, "烫发(数码烫)": 30, "烫发(陶瓷烫)": 15, "离子烫直发": 15, "羊毛卷": 10},
        )
        items = [perm] + ([cut] if rng.random() < 0.5 else [])
    if rng.random() < h.care_rate:
        items.append(
            _pick(rng, {"头皮护理": 30, "深层修护发膜": 30, "角蛋白护理": 10, "头疗按摩": 25, "防脱养发疗程": 5})
        )
    if len(items) < 3 and rng.random() < h.kid_rate:
        items.append(cat.ITEM_INDEX["儿童理发"])
    return items


def _skin_items(rng: random.Random) -> list[int]:
    items = [_pick(rng, {"补水面部护理": 60, "深层清洁面部": 30, "肩颈舒缓按摩": 10})]
    if rng.random() < 0.25:
        items.append(cat.ITEM_INDEX["眼部护理"])
    return items


def _nail_items(rng: random.Random) -> list[int]:
    main = _pick(rng, {"美甲(单色)": 55, "美甲(跳色/法式)": 35, "手部护理": 10})
    items = [main]
    if main != cat.ITEM_INDEX["手部护理"] and rng.random() < 0.25:
        items.append(cat.ITEM_INDEX["手部护理"])
    return items


def visit_items(rng: random.Random, p: Profile, h: Habit, n: int) -> tuple[int, ...]:
    """The service items of a customer's ``n``-th visit."""
    interest = p.interest
    if interest == "mixed":
        interest = rng.choices(["hair", "skin", "nails"], weights=[5, 3, 2])[0]
    if interest == "skin":
        return tuple(_skin_items(rng))
    if interest == "nails":
        return tuple(_nail_items(rng))
    return tuple(_hair_items(rng, p, h, n))


def staff_for(rng: random.Random, h: Habit, items: tuple[int, ...]) -> tuple[int, ...]:
    """Who may do ``items``: the usual person first (most of the time), then others."""
    able = [s for s in SERVICE_STAFF if _fits(s, items)]
    rng.shuffle(able)
    if h.usual in able and rng.random() < 0.85:
        able.remove(h.usual)
        able.insert(0, h.usual)
    return tuple(able)


def _usual(rng: random.Random, p: Profile) -> int | None:
    if p.interest == "skin":
        return 5
    if p.interest == "nails":
        return 6
    if rng.random() < 0.2:
        return None  # goes to whoever is free
    stylists = {0: 2, 1: 3, 2: 3, 3: 3} if p.colours or p.perms else {0: 2, 1: 3, 2: 3, 3: 3, 4: 3}
    return rng.choices(list(stylists), weights=list(stylists.values()))[0]


def _cycle(rng: random.Random, p: Profile) -> float:
    if p.interest == "skin":
        return rng.choice([12, 14, 18, 21, 28])
    if p.interest == "nails":
        return rng.choice([14, 18, 21, 25])
    if p.interest == "mixed":
        return rng.choice([14, 18, 21, 28])
    if p.gender is Gender.MALE:
        return rng.choice([14, 18, 21, 24, 28])
    if p.colours:
        return rng.choice([21, 28, 35, 42])
    return rng.choice([21, 28, 35, 42, 56])


def make_habit(rng: random.Random, p: Profile, clock: Clock) -> Habit:
    """A visiting customer's rhythm: when they started, when they stop, how often."""
    cycle = _cycle(rng, p)
    span = (clock.horizon - clock.first_day).days
    regular = rng.random() < 0.45
    if regular:
        first = clock.first_day + timedelta(days=rng.randrange(int(cycle)))
    else:  # the shop keeps growing: more newcomers lately
        first = clock.first_day + timedelta(days=int(span * rng.random() ** 0.8))
    roll = rng.random()
    if roll < 0.12:  # tried once (a group-buy voucher) and never came back
        last = first + timedelta(days=int(cycle * 1.5) if rng.random() < 0.3 else 0)
    elif roll < 0.37 and first < clock.today - timedelta(days=60):
        last = first + timedelta(days=rng.randint(30, (clock.today - first).days))
    else:
        last = clock.horizon
    usual = _usual(rng, p)
    return Habit(
        cycle=cycle,
        regular=regular,
        first=first,
        last=min(last, clock.horizon),
        usual=usual,
        declared=usual is not None and rng.random() < 0.6,
        colour_every=rng.choice([2, 3, 3, 4]) if p.colours else 0,
        perm_every=rng.choice([4, 6, 8]) if p.perms else 0,
        care_rate=rng.choice([0.05, 0.1, 0.2, 0.4]),
        kid_rate=0.3 if "孩子" in p.notes else 0.02,
    )


def _near(rng: random.Random, target: date, clock: Clock) -> date:
    """A day within three of ``target``, drawn by how busy each day tends to be."""
    days = [target + timedelta(days=d) for d in range(-3, 4)]
    days = [d for d in days if clock.first_day <= d <= clock.horizon] or [target]
    weights = [cat.demand(d) * (4 - abs((d - target).days)) for d in days]
    return rng.choices(days, weights=weights)[0]


def _before_festival(rng: random.Random, previous: date, target: date) -> date:
    """Most people due just after New Year come in the fortnight before it instead."""
    festival = cat.spring_festival(target.year)
    if -1 <= (target - festival).days <= 24 and rng.random() < 0.85:
        earlier = festival - timedelta(days=rng.randint(2, 16))
        if (earlier - previous).days >= 7:
            return earlier
    return target


def plan_requests(
    rng: random.Random, profiles: list[Profile], potential: set[int], clock: Clock
) -> tuple[dict[int, Habit], list[Request]]:
    """Every customer's habit and the visits it leads to, up to the booking horizon."""
    habits: dict[int, Habit] = {}
    requests: list[Request] = []
    for cidx, profile in enumerate(profiles):
        if cidx in potential:
            continue
        habit = habits[cidx] = make_habit(rng, profile, clock)
        day, n = _near(rng, habit.first, clock), 0
        while n == 0 or day <= habit.last:
            items = visit_items(rng, profile, habit, n)
            requests.append(Request(cidx, day, items, staff_for(rng, habit, items), "visit"))
            n += 1
            busy = max(cat.season(day + timedelta(days=int(habit.cycle))), 0.6)
            gap = habit.cycle * rng.lognormvariate(0, 0.25) / busy**0.7
            target = _before_festival(rng, day, day + timedelta(days=max(10, round(gap))))
            day = _near(rng, target, clock)
    return habits, requests + _booking_extras(rng, requests, habits, clock)


def _booking_extras(
    rng: random.Random, requests: list[Request], habits: dict[int, Habit], clock: Clock
) -> list[Request]:
    """Bookings that never became visits: cancellations and no-shows."""
    extras: list[Request] = []
    regulars = sorted(habits)
    unreliable = set(rng.sample(regulars, min(30, len(regulars))))
    active = {cidx for cidx in regulars if habits[cidx].last >= clock.horizon}
    for req in requests:
        if req.day < clock.booking_from:
            continue
        if rng.random() < 0.015:
            req.kind = "cancelled"  # called off and not rebooked
            continue
        if rng.random() < 0.05:
            moved = req.day - timedelta(days=rng.randint(1, 6))
            if moved >= clock.booking_from:
                extras.append(Request(req.cidx, moved, req.items, req.staff, "cancelled"))
        missed = req.day - timedelta(days=rng.randint(2, 7))
        rate = 0.25 if req.cidx in unreliable else 0.01
        if clock.booking_from <= missed < clock.today and rng.random() < rate:
            extras.append(Request(req.cidx, missed, req.items, req.staff, "no_show"))
    # Today: two quick visits already billed, a few customers in the chairs right now, and
    # two cancellations; as many of them as the hour allows (none in the chairs after closing).
    quick = [r for r in requests if r.cidx in active and _minutes(r.items) <= 60]
    done = slot_of(clock.now.time())  # the slots of today that are over (0 before opening)
    today: list[tuple[str, tuple[int, int], bool]] = [
        ("cancelled", (0, SLOTS_PER_DAY), False),
        ("cancelled", (20, 40), False),
    ]
    if done >= 5:  # a quick visit (4 slots at most) that started by slot done-5 was paid before now
        today += [("visit", (max(0, done - 12), done - 5), True)] * 2
    if cat.OPENS <= clock.now.time() < cat.CLOSES and done >= 1:
        today += [("in_shop", (max(0, done - 4), done - 1), False)] * 3
    for kind, window, short in today:
        source = rng.choice(quick if short else requests)
        extras.append(Request(source.cidx, clock.today, source.items, source.staff, kind, window))
    return extras


def _minutes(items: tuple[int, ...]) -> int:
    return sum(cat.ITEMS[i].minutes for i in items)


class Schedule:
    """Occupancy of each staff member's day as a bit mask of 15-minute slots."""

    def __init__(self, clock: Clock) -> None:
        self.busy: dict[tuple[int, date], int] = {}
        self.changes = {(c.staff, clock.today + timedelta(days=c.days)): c.hours for c in cat.SHIFT_CHANGES}
        for absence in cat.ABSENCES:
            first = clock.today + timedelta(days=absence.days)
            for n in range(absence.length):
                day = first + timedelta(days=n)
                if absence.hours is None:
                    self.changes[(absence.staff, day)] = None
                else:
                    lo, hi = slot_of(absence.hours[0]), slot_of(absence.hours[1])
                    self.busy[(absence.staff, day)] = ((1 << (hi - lo)) - 1) << lo

    def shift(self, staff: int, day: date) -> tuple[int, int] | None:
        """The first and past-the-last slot of ``staff``'s shift on ``day``."""
        if (staff, day) in self.changes:
            hours = self.changes[(staff, day)]
        else:
            code = cat.STAFF[staff].week[day.weekday()]
            hours = cat.SHIFT_HOURS.get(code)
        if hours is None:
            return None
        return slot_of(hours[0]), slot_of(hours[1])

    def free_starts(self, staff: int, day: date, length: int, window: tuple[int, int]) -> list[int]:
        bounds = self.shift(staff, day)
        if bounds is None:
            return []
        occupied = self.busy.get((staff, day), 0)
        mask = (1 << length) - 1
        first, last = max(bounds[0], window[0]), min(bounds[1] - length, window[1])
        return [p for p in range(first, last + 1) if not occupied & (mask << p)]

    def reserve(self, staff: int, day: date, start: int, length: int) -> None:
        key = (staff, day)
        self.busy[key] = self.busy.get(key, 0) | (((1 << length) - 1) << start)


def _slot_weight(day: date, slot: int) -> int:
    hours = HOUR_WEIGHT_WEEKEND if day.weekday() >= 5 else HOUR_WEIGHT_WEEKDAY
    return hours[min(11, (slot * SLOT_MINUTES + 30) // 60)]


def allocate(rng: random.Random, requests: list[Request], clock: Clock) -> list[Visit]:
    """Place the requests day by day; a full day pushes a visit to the next one."""
    by_day: dict[date, list[Request]] = {}
    for req in requests:
        by_day.setdefault(req.day, []).append(req)
    schedule, visits = Schedule(clock), []
    for day in cat.days_between(clock.first_day, clock.horizon):
        todays = by_day.pop(day, [])
        rng.shuffle(todays)
        seen: set[int] = set()  # one booking per customer per day
        for req in todays:
            if req.kind != "cancelled" and req.cidx in seen:
                continue
            minutes = _minutes(req.items)
            length = minutes // SLOT_MINUTES
            for staff in req.staff:
                starts = schedule.free_starts(staff, day, length, req.window)
                if starts:
                    weights = [_slot_weight(day, p) for p in starts]
                    slot = rng.choices(starts, weights=weights)[0]
                    start = slot_start(day, slot)
                    visits.append(
                        Visit(req.cidx, staff, start, start + timedelta(minutes=minutes), req.items, req.kind)
                    )
                    if req.kind != "cancelled":
                        schedule.reserve(staff, day, slot, length)
                        seen.add(req.cidx)
                    break
            else:
                if req.kind == "visit" and req.tries < 2:
                    req.tries += 1
                    req.day = day + timedelta(days=1)
                    by_day.setdefault(req.day, []).append(req)
    return visits
