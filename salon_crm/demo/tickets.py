"""Complaint tickets (投诉与反馈) of the demo shop, in every status of the workflow.

Each ticket walks the manuals' steps with an event per step; open ones are recent
(a few of them past their deadline), closed ones are spread over the two years.
"""

from __future__ import annotations

import bisect
import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from salon_crm.core.enums import CompensationKind as Comp
from salon_crm.core.enums import Severity, TicketCategory, TicketChannel, TicketKind, TicketStatus
from salon_crm.demo import catalogue as cat
from salon_crm.demo.bookings import Bill
from salon_crm.demo.money import Compensation
from salon_crm.demo.visits import Clock

Row = dict[str, Any]
S = TicketStatus
FLOW = list(TicketStatus)  # the statuses in workflow order

# (status, how many, how many of them overdue, kinds other than complaint)
PLAN = (
    (S.RECEIVED, 3, 0, (TicketKind.CONSULTATION,)),
    (S.CLASSIFIED, 3, 0, (TicketKind.SUGGESTION,)),
    (S.ESCALATED, 2, 1, ()),
    (S.INVESTIGATING, 4, 2, ()),
    (S.SOLUTION_PROPOSED, 3, 1, ()),
    (S.SOLUTION_AGREED, 3, 0, ()),
    (S.IMPLEMENTED, 3, 0, ()),
    (S.FOLLOWED_UP, 4, 0, ()),
    (S.CLOSED, 15, 0, (TicketKind.SUGGESTION,) * 4 + (TicketKind.CONSULTATION,) * 3),
)
# Response and resolution deadlines by severity.
SLA = {
    Severity.CRITICAL: (timedelta(hours=2), timedelta(hours=24)),
    Severity.HIGH: (timedelta(hours=4), timedelta(days=3)),
    Severity.MEDIUM: (timedelta(hours=24), timedelta(days=7)),
    Severity.LOW: (timedelta(days=3), timedelta(days=14)),
}
# Opening hours each step usually takes after the one before it (a day is 11.5).
STEP_HOURS = {
    S.CLASSIFIED: (0.3, 3),
    S.ESCALATED: (0.1, 0.5),
    S.INVESTIGATING: (1, 10),
    S.SOLUTION_PROPOSED: (1, 15),
    S.SOLUTION_AGREED: (0.5, 10),
    S.IMPLEMENTED: (0.5, 20),
    S.FOLLOWED_UP: (20, 50),
    S.CLOSED: (0.5, 8),
}
COMPLAINTS = {
    TicketCategory.SERVICE_QUALITY: (
        "染发后颜色比说好的亚麻灰深很多",
        "剪完两边长短不一样",
        "烫发一周卷度就没了",
        "做完面部护理脸上起了红疹",
    ),
    TicketCategory.STAFF_ATTITUDE: ("技师全程一直推销办卡，很反感", "前台接待态度冷淡，进门没人理"),
    TicketCategory.PRODUCT_QUALITY: ("护理用的发膜味道刺鼻，怀疑过期", "美甲三天就起翘掉色"),
    TicketCategory.ENVIRONMENT: ("洗头区地面湿滑，差点摔倒", "毛巾有异味"),
    TicketCategory.PRICE: ("结账价格和预约时说的不一样", "会员折扣没有算进去"),
    TicketCategory.WAITING_TIME: ("预约了下午两点，等了四十分钟才开始", "周末排队太久，没有人告知要等多久"),
    TicketCategory.OTHER: ("店门口停车很不方便",),
}
SUGGESTIONS = ("建议增加晚上九点后的预约时段", "希望能在微信上查储值余额", "建议洗头区增加颈枕", "希望提供儿童等候区")
CONSULTATIONS = ("想咨询储值卡能否给家人共用", "孕期可以做染发吗", "次卡过期了还能延期吗", "敏感头皮适合做哪种护理")
SOLUTIONS = {
    TicketCategory.SERVICE_QUALITY: (
        ("免费返工重做，由首席技师负责", Comp.FREE_SERVICE),
        ("部分费用退到储值卡", Comp.STORED_VALUE),
    ),
    TicketCategory.STAFF_ATTITUDE: (
        ("当面致歉，对当事员工进行服务培训", Comp.APOLOGY),
        ("致歉并赠送积分", Comp.POINTS),
    ),
    TicketCategory.PRODUCT_QUALITY: (("更换产品，赠送积分作为补偿", Comp.POINTS), ("免费重做一次", Comp.FREE_SERVICE)),
    TicketCategory.ENVIRONMENT: (
        ("加强清洁巡查，赠送积分致歉", Comp.POINTS),
        ("更换毛巾清洗供应商，当面致歉", Comp.APOLOGY),
    ),
    TicketCategory.PRICE: (("核对账单，多收部分退到储值卡", Comp.STORED_VALUE),),
    TicketCategory.WAITING_TIME: (("调整预约间隔，赠送积分致歉", Comp.POINTS), ("赠送头疗一次", Comp.FREE_SERVICE)),
    TicketCategory.OTHER: (("提供附近停车场指引并赠送积分", Comp.POINTS),),
}
CATEGORY_WORDS = {
    TicketCategory.SERVICE_QUALITY: "服务质量",
    TicketCategory.STAFF_ATTITUDE: "服务态度",
    TicketCategory.PRODUCT_QUALITY: "产品质量",
    TicketCategory.ENVIRONMENT: "环境卫生",
    TicketCategory.PRICE: "价格",
    TicketCategory.WAITING_TIME: "等待时间",
    TicketCategory.OTHER: "其他",
}
SEVERITY_WORDS = {Severity.LOW: "低", Severity.MEDIUM: "中", Severity.HIGH: "高", Severity.CRITICAL: "紧急"}
# The note of each step, filled from the ticket, and the ticket fields it records.
EVENT_TEXT: dict[TicketStatus, tuple[str, tuple[str, ...]]] = {
    S.RECEIVED: ("登记顾客反馈：{description}", ("channel", "kind")),
    S.CLASSIFIED: ("分类为{category_word}，严重程度{severity_word}", ("category", "severity")),
    S.ESCALATED: ("问题较严重，已上报店长", ()),
    S.INVESTIGATING: ("调取消费记录，并与当班技师核实情况", ()),
    S.SOLUTION_PROPOSED: ("拟定方案：{solution}", ("solution", "compensation_kind")),
    S.SOLUTION_AGREED: ("顾客{agreed_how}，同意处理方案", ("agreed_by", "agreed_how")),
    S.IMPLEMENTED: ("方案已执行", ()),
    S.FOLLOWED_UP: ("回访：{followup_note}", ("followup_score",)),
    S.CLOSED: ("处理完毕，关闭工单", ()),
}
FOLLOWUP_NOTES = ("顾客表示满意", "顾客认为处理及时", "顾客基本认可，希望以后注意", "顾客仍有些不满，但接受处理结果")


@dataclass
class Tickets:
    """The ticket rows, their events, the compensations to book, the bills they cite."""

    tickets: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    compensations: list[Compensation] = field(default_factory=list)
    cited: set[int] = field(default_factory=set)


def _minutes(hours: float) -> timedelta:
    return timedelta(minutes=max(1, round(hours * 60)))


class TicketMaker:
    """Writes the demo shop's tickets; see :func:`make_tickets`."""

    def __init__(
        self,
        rng: random.Random,
        clock: Clock,
        bills: list[Bill],
        names: list[str],
        created: list[datetime],
        potential: list[int],
        cid: list[int],
    ) -> None:
        self.rng, self.clock, self.bills = rng, clock, bills
        self.names, self.created, self.potential, self.cid = names, created, potential, cid
        self.ends = [bill.visit.end for bill in bills]
        self.out = Tickets()
        self.drafts: list[Row] = []

    def _severity(self, status: TicketStatus, kind: TicketKind, overdue: bool) -> Severity:
        if status is S.ESCALATED:
            return self.rng.choice((Severity.HIGH, Severity.CRITICAL))
        late_stage = FLOW.index(status) >= FLOW.index(S.SOLUTION_AGREED)
        if kind is not TicketKind.COMPLAINT or (late_stage and status is not S.CLOSED):
            return self.rng.choice((Severity.LOW, Severity.MEDIUM))
        weights = {Severity.LOW: 25, Severity.MEDIUM: 45, Severity.HIGH: 22, Severity.CRITICAL: 8}
        if overdue:
            weights[Severity.CRITICAL] = 0  # an overdue critical one would be absurd
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def _bill_before(self, moment: datetime) -> Bill:
        """A visit that ended in the three days before ``moment``."""
        hi = bisect.bisect_right(self.ends, moment - timedelta(minutes=30))
        lo = bisect.bisect_left(self.ends, moment - timedelta(days=3), hi=hi)
        return self.bills[self.rng.randrange(lo, hi) if hi > lo else hi - 1]

    def make(self, status: TicketStatus, kind: TicketKind, overdue: bool) -> None:
        rng, now = self.rng, self.clock.now
        severity = None if status is S.RECEIVED else self._severity(status, kind, overdue)
        path = [
            s
            for s in FLOW[: FLOW.index(status) + 1]
            if s is not S.ESCALATED or severity in (Severity.HIGH, Severity.CRITICAL)
        ]
        steps = [rng.uniform(*STEP_HOURS[s]) for s in path[1:]]
        if status is S.CLOSED:
            if severity is Severity.CRITICAL:
                steps = [h * 0.3 for h in steps]  # an urgent one is dealt with at once
            latest = now - timedelta(days=20)
            span = (latest.date() - self.clock.first_day).days
            moment = latest - timedelta(days=rng.randint(0, span - 3))
            bill = self.bills[bisect.bisect_left(self.ends, moment)]
            received = self._in_hours(bill.visit.end + _minutes(rng.uniform(0.2, 30)))
        else:
            if severity is None:
                age = rng.uniform(0.3, 2.3)
            elif overdue:
                age = SLA[severity][1].total_seconds() / 3600 + rng.uniform(24, 96)
            else:
                age = SLA[severity][1].total_seconds() / 3600 * rng.uniform(0.35, 0.85)
            received = min(self._in_hours(now - _minutes(age)), now - timedelta(minutes=40))
            bill = self._bill_before(received)
            fit = age * (rng.uniform(0.3, 0.7) if overdue else rng.uniform(0.6, 0.9))
            if sum(steps) > fit:
                steps = [h * fit / sum(steps) for h in steps]
        times = self._walk(received, steps)
        while status is not S.CLOSED and times[-1] > now - timedelta(minutes=10):
            steps = [h * 0.7 for h in steps]  # still open: every step so far is done by now
            times = self._walk(received, steps)
        self._draft(kind, severity, path, times, bill)

    def _in_hours(self, moment: datetime) -> datetime:
        """``moment``, or the next opening when the shop is closed then."""
        moment = moment.replace(second=0, microsecond=0)
        opens = datetime.combine(moment.date(), cat.OPENS)
        if moment >= datetime.combine(moment.date(), cat.CLOSES):
            opens += timedelta(days=1)
        elif moment >= opens:
            return moment
        return opens + timedelta(minutes=self.rng.randint(0, 150))

    @staticmethod
    def _walk(start: datetime, steps: list[float]) -> list[datetime]:
        """The time of each step, counting only the shop's opening hours."""
        times = [start]
        for hours in steps:
            moment, left = times[-1], max(1, round(hours * 60))
            while True:
                room = (datetime.combine(moment.date(), cat.CLOSES) - moment).total_seconds() // 60
                if left < room:
                    times.append(moment + timedelta(minutes=left))
                    break
                left -= int(room)
                moment = datetime.combine(moment.date() + timedelta(days=1), cat.OPENS)
        return times

    def _customer(self, kind: TicketKind, bill: Bill, received: datetime) -> int:
        if kind is TicketKind.CONSULTATION and self.rng.random() < 0.6:
            ready = [c for c in self.potential if self.created[c] < received - timedelta(days=1)]
            if ready:
                return self.rng.choice(ready)
        return bill.visit.cidx

    def _draft(
        self,
        kind: TicketKind,
        severity: Severity | None,
        path: list[TicketStatus],
        times: list[datetime],
        bill: Bill,
    ) -> None:
        rng = self.rng
        reached = dict(zip(path, times, strict=True))
        cidx = self._customer(kind, bill, times[0])
        if kind is TicketKind.COMPLAINT:
            category = rng.choice(list(COMPLAINTS))
            description = rng.choice(COMPLAINTS[category])
            solution, compensation = rng.choice(SOLUTIONS[category])
        elif kind is TicketKind.SUGGESTION:
            category = rng.choice((TicketCategory.ENVIRONMENT, TicketCategory.WAITING_TIME, TicketCategory.OTHER))
            description, solution, compensation = rng.choice(SUGGESTIONS), "已采纳建议，下月起实施", Comp.NONE
        else:
            category = rng.choice((TicketCategory.OTHER, TicketCategory.PRICE, TicketCategory.PRODUCT_QUALITY))
            description, solution, compensation = rng.choice(CONSULTATIONS), "已详细解答顾客疑问", Comp.NONE
        on_record = kind is TicketKind.COMPLAINT and cidx == bill.visit.cidx
        if on_record:
            self.out.cited.add(bill.id)
        received_by = rng.choices([cat.FRONT_DESK_INDEX, cat.OWNER_INDEX, cat.SENIOR_INDEX], weights=[60, 25, 15])[0]
        high = severity in (Severity.HIGH, Severity.CRITICAL)
        assignee = cat.OWNER_INDEX if high or rng.random() < 0.6 else cat.SENIOR_INDEX
        proposed = S.SOLUTION_PROPOSED in reached
        points = rng.choice((200, 300, 500)) if proposed and compensation is Comp.POINTS else 0
        amount = Decimal("0.00")
        if proposed and compensation is Comp.STORED_VALUE:
            amount = Decimal(rng.choice((50, 100, 200)))
        elif proposed and compensation is Comp.FREE_SERVICE:
            amount = cat.ITEMS[cat.ITEM_INDEX["头疗按摩"]].price
        score = rng.choices([1, 2, 3, 4, 5], weights=[3, 5, 12, 35, 45])[0]
        self.drafts.append(
            {
                "customer": self.cid[cidx],
                "kind": kind.value,
                "channel": rng.choices(list(TicketChannel), weights=[35, 25, 30, 7, 3])[0].value,
                "category": category.value if severity else None,
                "severity": severity.value if severity else None,
                "status": path[-1].value,
                "description": description,
                "received_at": times[0],
                "received_by": received_by + 1,
                "assignee": assignee + 1 if severity else None,
                "service_record": bill.id if on_record else None,
                "appointment": bill.booking if on_record and category is TicketCategory.WAITING_TIME else None,
                "escalated_at": reached.get(S.ESCALATED),
                "first_response_at": reached.get(S.CLASSIFIED),
                "response_due_at": times[0] + SLA[severity][0] if severity else None,
                "resolution_due_at": times[0] + SLA[severity][1] if severity else None,
                "solution": solution if proposed else "",
                "compensation_kind": compensation.value if proposed else Comp.NONE.value,
                "compensation_amount": amount,
                "compensation_points": points,
                "agreed_by": self.names[cidx] if S.SOLUTION_AGREED in reached else "",
                "agreed_how": rng.choice(("电话确认", "到店面谈", "微信确认")) if S.SOLUTION_AGREED in reached else "",
                "followup_score": score if S.FOLLOWED_UP in reached else None,
                "followup_note": FOLLOWUP_NOTES[min(3, 5 - score)] if S.FOLLOWED_UP in reached else "",
                "closed_at": reached.get(S.CLOSED),
                "created_at": times[0],
                "updated_at": times[-1],
                "_path": reached,
                "_cidx": cidx,
                "_actors": (received_by, assignee),
                "_category": category,
            }
        )

    def finish(self) -> Tickets:
        """Number the tickets by when they came in, then write their events."""
        self.drafts.sort(key=lambda row: row["received_at"])
        for number, row in enumerate(self.drafts, start=1):
            row["id"] = number
            reached: dict[TicketStatus, datetime] = row.pop("_path")
            cidx: int = row.pop("_cidx")
            received_by, assignee = row.pop("_actors")
            category: TicketCategory = row.pop("_category")
            previous = None
            for status, moment in reached.items():
                actor = received_by if FLOW.index(status) < FLOW.index(S.INVESTIGATING) else assignee
                if status is S.FOLLOWED_UP:
                    actor = cat.FRONT_DESK_INDEX
                note, data = self._event_text(status, row, category)
                self.out.events.append(
                    {
                        "ticket": number,
                        "at": moment,
                        "actor": cat.login_of(actor),  # a login, as the app writes it
                        "from_status": previous,
                        "to_status": status.value,
                        "note": note,
                        "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
                    }
                )
                previous = status.value
            implemented = reached.get(S.IMPLEMENTED)
            if implemented and (row["compensation_points"] or row["compensation_kind"] == "stored_value"):
                amount = row["compensation_amount"] if row["compensation_kind"] == "stored_value" else Decimal("0.00")
                self.out.compensations.append(
                    Compensation(cidx, implemented, number, row["compensation_points"], amount)
                )
            self.out.tickets.append(row)
        self.out.events.sort(key=lambda event: (event["at"], event["ticket"]))
        return self.out

    @staticmethod
    def _event_text(status: TicketStatus, row: Row, category: TicketCategory) -> tuple[str, dict[str, Any]]:
        note, keys = EVENT_TEXT[status]
        severity = SEVERITY_WORDS[Severity(row["severity"])] if row["severity"] else ""
        words = {**row, "category_word": CATEGORY_WORDS[category], "severity_word": severity}
        return note.format_map(words), {key: row[key] for key in keys}


def make_tickets(
    rng: random.Random,
    clock: Clock,
    bills: list[Bill],
    names: list[str],
    created: list[datetime],
    potential: list[int],
    cid: list[int],
) -> Tickets:
    """About forty tickets in every status; ``cid`` maps customer index to row id."""
    maker = TicketMaker(rng, clock, bills, names, created, potential, cid)
    for status, count, overdue, others in PLAN:
        kinds = list(others) + [TicketKind.COMPLAINT] * (count - len(others))
        for n, kind in enumerate(kinds):
            maker.make(status, kind, overdue=n >= count - overdue)
    return maker.finish()
