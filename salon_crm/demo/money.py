"""Bills and balances: prices, member discounts, payments, 次卡, stored value and points.

One pass per customer in time order, so every ledger row carries the running
balance after it and no balance ever goes below zero.
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from salon_crm.core import billing, levels, loyalty
from salon_crm.core.billing import BillFigures, LineEntry
from salon_crm.core.enums import LedgerKind, PaymentMethod, ServiceCategory, SourceChannel
from salon_crm.core.levels import LevelRule
from salon_crm.core.loyalty import Balance
from salon_crm.demo import catalogue as cat
from salon_crm.demo.bookings import Bill
from salon_crm.demo.people import Profile

FEN = Decimal("0.01")
ZERO = Decimal("0.00")
CARD_HOLDERS = 120
PACKAGE_BUYERS = 8
MAX_REDEMPTIONS = 18
VOID_RATE = 0.0018

Row = dict[str, Any]

PRODUCTS = {
    ServiceCategory.COLOUR: "欧莱雅染膏 60g，6%双氧乳 60ml",
    ServiceCategory.PERM: "施华蔻烫发水，烫后护理精华",
    ServiceCategory.CARE: "卡诗滋养发膜",
    ServiceCategory.SKIN: "补水面膜，玻尿酸精华",
}
RECORD_NOTES = (
    "顾客对颜色很满意",
    "下次想尝试短发",
    "建议三周后补染发根",
    "头皮偏敏感，已用温和洗发水",
    "顾客赶时间，吹干即走",
)
VOID_REASONS = ("录错项目，已重新开单", "重复录入", "顾客当场退单")
GIFTS = ("护发精油一瓶", "品牌洗发水一瓶", "免费头疗一次", "手部护理一次")
OTHER_METHODS = {
    PaymentMethod.WECHAT_PAY: 50,
    PaymentMethod.ALIPAY: 25,
    PaymentMethod.CASH: 10,
    PaymentMethod.CARD: 15,
}


NO_LEVEL = LevelRule(None, ZERO, billing.NO_LEVEL)


@dataclass(frozen=True)
class Compensation:
    """Points or stored value given to a customer when a ticket's solution is carried out."""

    cidx: int
    at: datetime
    ticket: int
    points: int
    amount: Decimal


@dataclass
class Wallet:
    """A customer's balances and spend while their history is replayed."""

    principal: Decimal = ZERO
    bonus: Decimal = ZERO
    points: int = 0
    spent: Decimal = ZERO
    card_from: int | None = None  # index of the bill where the card was bought
    package: tuple[int, int, date] | None = None  # item, sessions left, expiry
    package_id: int = 0


@dataclass
class Books:
    """Everything the pass writes, as rows ready for ``insert_many``."""

    records: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    packages: list[Row] = field(default_factory=list)
    uses: list[Row] = field(default_factory=list)
    ledger: list[Row] = field(default_factory=list)
    level: dict[int, int | None] = field(default_factory=dict)  # cidx -> level id
    spent: dict[int, Decimal] = field(default_factory=dict)
    voided: set[int] = field(default_factory=set)


def _weighted_sample(rng: random.Random, weights: dict[int, float], k: int) -> set[int]:
    """``k`` keys drawn without replacement, heavier keys more likely."""
    keyed = sorted(weights, key=lambda key: rng.random() ** (1 / weights[key]))
    return set(keyed[-k:])


class Ledger:
    """Runs the balances of one customer and writes a row for every change."""

    def __init__(self, books: Books, customer: int, actor: str) -> None:
        self.books, self.customer, self.actor = books, customer, actor
        self.wallet = Wallet()
        self.last = datetime.min

    def add(
        self,
        at: datetime,
        kind: LedgerKind,
        principal: Decimal = ZERO,
        bonus: Decimal = ZERO,
        points: int = 0,
        **extra: Any,
    ) -> None:
        w = self.wallet
        self.last = at = max(at, self.last)  # rows of one customer never go back in time
        # the ledger's own rule: a change that takes a balance below zero raises, as in the app
        after = loyalty.balance_after(Balance(w.principal, w.bonus, w.points), principal, bonus, points)
        w.principal, w.bonus, w.points = after.principal, after.bonus, after.points
        self.books.ledger.append(
            {
                "customer": self.customer,
                "at": at,
                "kind": kind.value,
                "principal_delta": principal,
                "bonus_delta": bonus,
                "points_delta": points,
                "principal_after": w.principal,
                "bonus_after": w.bonus,
                "points_after": w.points,
                "service_record": extra.get("record"),
                "ticket": extra.get("ticket"),
                "imported": False,
                "actor": extra.get("actor", self.actor),
                "note": extra.get("note", ""),
            }
        )


class Till:
    """Prices each bill of the shop and keeps the books (one instance per demo shop)."""

    def __init__(
        self,
        rng: random.Random,
        levels: list[LevelRule],
        profiles: list[Profile],
        cid: list[int],
        now: datetime,
    ) -> None:
        self.rng, self.levels, self.profiles, self.cid, self.now = rng, levels, profiles, cid, now
        self.spend_order = loyalty.spend_order()  # the shop's setting, as the app spends a card
        self.books = Books()
        self.redemptions = 0
        self.desk = cat.login_of(cat.FRONT_DESK_INDEX)  # the ledger names logins, as the app does
        self.owner = cat.login_of(cat.OWNER_INDEX)

    def level_for(self, spent: Decimal) -> LevelRule:
        """The level reached with ``spent`` (core's rule); none (list price) below the lowest one."""
        reached = levels.level_reached(((lv.id, lv.threshold) for lv in self.levels if lv.id is not None), spent)
        return next((lv for lv in self.levels if lv.id == reached), NO_LEVEL)

    def run(self, bills: list[Bill], compensations: list[Compensation], protected: set[int]) -> Books:
        by_customer: dict[int, list[Bill]] = {}
        for bill in bills:
            by_customer.setdefault(bill.visit.cidx, []).append(bill)
        counts = {cidx: float(len(b)) for cidx, b in by_customer.items() if len(b) >= 6}
        holders = _weighted_sample(self.rng, counts, min(CARD_HOLDERS, len(counts)))
        packages = self._package_plans(by_customer)
        comp_by: dict[int, list[Compensation]] = {}
        for comp in compensations:
            comp_by.setdefault(comp.cidx, []).append(comp)
        for cidx in sorted(set(by_customer) | set(comp_by)):
            ledger = Ledger(self.books, self.cid[cidx], self.desk)
            own = by_customer.get(cidx, [])
            if cidx in holders:
                ledger.wallet.card_from = self.rng.randint(0, min(4, len(own) - 3))
            self._replay(ledger, own, comp_by.get(cidx, []), packages.get(cidx), protected)
            if own:
                self.books.level[cidx] = self.level_for(ledger.wallet.spent).id
                self.books.spent[cidx] = ledger.wallet.spent
        return self._in_time_order()

    def _in_time_order(self) -> Books:
        """Rows were made customer by customer; number them in the order things happened."""
        books = self.books
        books.records.sort(key=lambda row: row["id"])
        books.lines.sort(key=lambda row: row["record"])  # stable: a bill's lines keep their order
        books.uses.sort(key=lambda row: (row["used_at"], row["record"]))
        books.packages.sort(key=lambda row: (row["bought_at"], row["customer"]))
        renumber = {row["id"]: n for n, row in enumerate(books.packages, start=1)}
        for row in books.packages:
            row["id"] = renumber[row["id"]]
        for row in books.uses:
            row["package"] = renumber[row["package"]]
        books.ledger.sort(key=lambda row: row["at"])  # stable: one customer's rows stay in order
        for n, row in enumerate(books.ledger, start=1):
            row["id"] = n
        return books

    def _package_plans(self, by_customer: dict[int, list[Bill]]) -> dict[int, tuple[int, int]]:
        """Customers who buy a 次卡: cidx -> (item, index of the bill where they buy it)."""
        since = self.now - timedelta(days=450)
        offers = {cat.ITEM_INDEX[name] for name in cat.PACKAGES}
        candidates: dict[int, tuple[int, int]] = {}
        for cidx, own in by_customer.items():
            recent = [(n, b) for n, b in enumerate(own) if b.visited_at >= since]
            for item in sorted(offers):
                having = [n for n, b in recent if item in b.visit.items]
                if len(having) >= 4:
                    candidates[cidx] = (item, having[0])
                    break
        chosen = sorted(candidates)
        self.rng.shuffle(chosen)
        return {cidx: candidates[cidx] for cidx in chosen[:PACKAGE_BUYERS]}

    def _replay(
        self,
        ledger: Ledger,
        own: list[Bill],
        comps: list[Compensation],
        package: tuple[int, int] | None,
        protected: set[int],
    ) -> None:
        queue: list[tuple[datetime, int, str, int]] = []
        for n, bill in enumerate(own):
            heapq.heappush(queue, (bill.visit.end, len(queue), "bill", n))
        for n, comp in enumerate(comps):
            heapq.heappush(queue, (comp.at, len(queue), "comp", n))
        pending_voids: dict[int, tuple[list[tuple[Decimal, Decimal, int]], str]] = {}
        while queue:
            moment, _, what, n = heapq.heappop(queue)
            if what == "bill":
                voided = self._bill(ledger, own, n, package, protected)
                if voided is not None:
                    pending_voids[n] = voided[1:]
                    heapq.heappush(queue, (voided[0], len(queue) + 10_000, "void", n))
            elif what == "void":
                # the app's own reversal: one VOID per entry of the bill, each negated
                written, reason = pending_voids[n]
                for principal, bonus, points in loyalty.undoing(written):  # noted with the reason, as the app does
                    ledger.add(moment, LedgerKind.VOID, principal, bonus, points, record=own[n].id, note=reason)
            else:
                comp = comps[n]
                ledger.add(
                    comp.at,
                    LedgerKind.COMPENSATION,
                    ZERO,
                    comp.amount,
                    comp.points,
                    ticket=comp.ticket,
                    actor=self.owner,
                    note=f"投诉补偿（工单 {comp.ticket}）",
                )

    def _lines(
        self,
        bill: Bill,
        first: bool,
        wallet: Wallet,
        package: tuple[int, int] | None,
        n: int,
    ) -> tuple[list[LineEntry], bool]:
        """The bill's lines as the desk would enter them, and whether a 次卡 session was used on it."""
        entries, used = [], False
        profile = self.profiles[bill.visit.cidx]
        for position, item in enumerate(bill.visit.items):
            spec = cat.ITEMS[item]
            quantity, discount, session = 1, ZERO, False
            if package is not None and item == package[0] and n == package[1]:
                # the package is sold on the bill: its sessions at the package price, today's the first
                sessions, paid = cat.PACKAGES[spec.name]
                quantity, discount = sessions, spec.price * sessions - paid
                self._buy_package(bill, wallet, item, sessions, paid)
                used = True
            elif (
                wallet.package
                and item == wallet.package[0]
                and wallet.package[1] > 0
                and bill.visited_at.date() <= wallet.package[2]
            ):
                session = used = True
                wallet.package = (item, wallet.package[1] - 1, wallet.package[2])
            elif first and position == 0 and profile.source is SourceChannel.GROUP_BUY:
                discount = (spec.price * Decimal("0.35")).quantize(Decimal("1"))  # 团购价
            elif spec.price >= 88 and self.rng.random() < 0.03:
                discount = Decimal(self.rng.choice((10, 20)))
            entries.append(LineEntry(spec.price, quantity, discount, spec.name, package_session=session))
        if used:
            self.books.uses.append(
                {
                    "package": wallet.package_id,
                    "record": bill.id,
                    "used_at": bill.visit.end,
                }
            )
        return entries, used

    def _buy_package(self, bill: Bill, wallet: Wallet, item: int, sessions: int, paid: Decimal) -> None:
        wallet.package_id = len(self.books.packages) + 1
        expires = bill.visited_at.date() + timedelta(days=365)
        wallet.package = (item, sessions - 1, expires)  # the first session is today's
        self.books.packages.append(
            {
                "id": wallet.package_id,
                "customer": self.cid[bill.visit.cidx],
                "service_item": item + 1,
                "sessions_total": sessions,
                "price_paid": paid,
                "bought_at": bill.visited_at,
                "expires_on": expires,
                "note": f"{cat.ITEMS[item].name} {sessions} 次卡",
            }
        )

    def _method(self, ledger: Ledger, bill: Bill, n: int, total: Decimal) -> PaymentMethod:
        """How the customer pays ``total``; a card holder tops up first when the card runs short."""
        w = ledger.wallet
        if w.card_from is None or n < w.card_from:
            methods = list(OTHER_METHODS)
            return self.rng.choices(methods, weights=list(OTHER_METHODS.values()))[0]
        if n == w.card_from or (w.principal + w.bonus < total and self.rng.random() < 0.65):
            times = 1 if self.rng.random() < 0.8 else 2
            while w.principal + w.bonus + cat.TOP_UP_BONUS * times + cat.TOP_UP * times < total:
                times += 1
            ledger.add(
                bill.visit.end - timedelta(minutes=2),
                LedgerKind.TOP_UP,
                cat.TOP_UP * times,
                cat.TOP_UP_BONUS * times,
                note=f"充值 {cat.TOP_UP * times:.0f} 元，赠送 {cat.TOP_UP_BONUS * times:.0f} 元",
            )
        return PaymentMethod.WECHAT_PAY if w.principal + w.bonus < total else PaymentMethod.STORED_VALUE

    def _price(self, entries: list[LineEntry], level: LevelRule, bill: Bill, method: PaymentMethod) -> BillFigures:
        """The bill's figures by the app's own rule, as if the desk had entered it when it was paid."""
        return billing.bill_figures(
            entries,
            terms=level.terms,
            payment_method=method.value,
            visited_at=bill.visited_at,
            now=self.now,
        )

    def _bill(
        self,
        ledger: Ledger,
        own: list[Bill],
        n: int,
        package: tuple[int, int] | None,
        protected: set[int],
    ) -> tuple[datetime, list[tuple[Decimal, Decimal, int]], str] | None:
        """Price and pay bill ``n``; returns when it is voided, its ledger entries and the reason, if it is."""
        bill, w, rng = own[n], ledger.wallet, self.rng
        level = self.level_for(w.spent)
        entries, used = self._lines(bill, n == 0, w, package, n)
        priced = self._price(entries, level, bill, PaymentMethod.CASH)  # the method follows the total
        if priced.total == 0:
            method = PaymentMethod.PACKAGE if priced.package_sessions else PaymentMethod.CASH
        else:
            method = self._method(ledger, bill, n, priced.total)
        if method in (PaymentMethod.STORED_VALUE, PaymentMethod.PACKAGE):
            priced = self._price(entries, level, bill, method)  # the rule's checks for these methods
        written: list[tuple[Decimal, Decimal, int]] = []  # the bill's ledger entries, as a void undoes them
        if priced.from_stored_value:
            balance = Balance(w.principal, w.bonus, w.points)
            from_principal, from_bonus = loyalty.split_spend(balance, priced.from_stored_value, self.spend_order)
            ledger.add(
                bill.visit.end, LedgerKind.SPEND, -from_principal, -from_bonus, record=bill.id, note="储值卡消费"
            )
            written.append((-from_principal, -from_bonus, 0))
        points = priced.points
        if points:
            ledger.add(bill.visit.end, LedgerKind.POINTS_EARN, points=points, record=bill.id, note="消费积分")
            written.append((ZERO, ZERO, points))
        void_at = bill.visit.end + timedelta(minutes=rng.randint(5, 90))
        voided = not used and bill.id not in protected and void_at <= self.now and rng.random() < VOID_RATE
        if not voided:
            w.spent += priced.total
            redeem_at = bill.visit.end + timedelta(minutes=2)
            if (
                w.points >= 2000
                and self.redemptions < MAX_REDEMPTIONS
                and redeem_at <= self.now
                and rng.random() < 0.05
            ):
                self.redemptions += 1
                ledger.add(redeem_at, LedgerKind.POINTS_REDEEM, points=-1000, note="积分兑换：" + rng.choice(GIFTS))
        categories = {cat.ITEMS[i].category for i in bill.visit.items}
        notes = rng.choice(RECORD_NOTES) if rng.random() < 0.04 else ""
        reason = rng.choice(VOID_REASONS) if voided else ""
        self.books.records.append(
            {
                "id": bill.id,
                "customer": self.cid[bill.visit.cidx],
                "appointment": bill.booking,
                "visited_at": bill.visited_at,
                "payment_method": method.value,
                "subtotal": priced.subtotal,
                "discount": priced.discount,
                "total": priced.total,
                "products_used": "；".join(p for c, p in PRODUCTS.items() if c in categories),
                "notes": notes,
                "voided_at": void_at if voided else None,
                "void_reason": reason,
                "imported": False,
                "created_at": bill.visit.end,
            }
        )
        self.books.lines.extend(
            {
                "record": bill.id, "service_item": item + 1, "stylist": bill.visit.staff + 1,
                "unit_price": line.unit_price, "quantity": line.quantity, "discount": line.discount,
                "amount": line.amount,
            }
            for item, line in zip(bill.visit.items, priced.lines, strict=True)
        )  # fmt: skip
        if not voided:
            return None
        self.books.voided.add(bill.id)
        return void_at, written, reason
