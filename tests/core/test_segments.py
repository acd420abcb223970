"""Segments on hand-built histories whose answers can be worked out on paper."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from salon_crm.core import segments
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, ServiceRecord
from salon_crm.core.segments import SegmentSettings, Visit

TODAY = date(2026, 11, 23)


def visits_every(days: int, count: int, *, last: date, amount: str = "100") -> list[Visit]:
    return [Visit(last - timedelta(days=days * i), Decimal(amount)) for i in reversed(range(count))]


def test_quintiles_rank_ten_customers_two_per_score() -> None:
    scores = segments.quintile_scores({i: i for i in range(1, 11)})
    assert [scores[i] for i in range(1, 11)] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    recency = segments.quintile_scores({i: i for i in range(1, 11)}, higher_is_better=False)
    assert recency[1] == 5
    assert recency[10] == 1


def test_equal_values_get_equal_scores() -> None:
    scores = segments.quintile_scores(dict.fromkeys(range(8), 3) | {8: 10, 9: 20})
    assert len({scores[i] for i in range(8)}) == 1


def test_contribution_grades_follow_the_revenue_share() -> None:
    # 1000 in all: 500 (A: nothing before it), 300 (B: 50 % before), 150 (C: 80 %), 50 (D: 95 %)
    revenue = {1: Decimal(500), 2: Decimal(300), 3: Decimal(150), 4: Decimal(50), 5: Decimal(0)}
    assert segments.contribution_grades(revenue, (0.5, 0.8, 0.95)) == {1: "A", 2: "B", 3: "C", 4: "D", 5: "D"}


def test_equal_revenue_is_graded_by_id_and_fen_grade_as_yuan() -> None:
    """Ties go in id order, and the shop's figures in whole fen (as the grades read them) give the
    grades the same amounts in yuan give, where a share's line falls between two whole fen too."""
    # 10.00 yuan in all: 3 and 7 tie at 4.00 (3 first: nothing before it; 7: 4.00 before, under
    # half: A), 5 and 9 tie at 1.00 (5: 8.00 before, past 80 %: C; 9: 9.00, under 95 %: C)
    yuan = {7: Decimal("4.00"), 3: Decimal("4.00"), 9: Decimal("1.00"), 5: Decimal("1.00")}
    fen = {cid: int(amount * 100) for cid, amount in yuan.items()}
    expected = {3: "A", 7: "A", 5: "C", 9: "C"}
    assert segments.contribution_grades(yuan, (0.5, 0.8, 0.95)) == expected
    assert segments.contribution_grades(fen, (0.5, 0.8, 0.95)) == expected
    # a tie across the 50 % line: the lower id is before it, whatever order the figures came in
    assert segments.contribution_grades({4: 500, 2: 500}, (0.5, 0.8, 0.95)) == {2: "A", 4: "B"}
    # 1,001 fen in all: the 80 % line is 800.8 fen; customer 3 has 800 before it, under the line: B
    edge = {1: 400, 2: 400, 3: 200, 4: 1}
    graded = {1: "A", 2: "A", 3: "B", 4: "D"}
    assert segments.contribution_grades(edge, (0.5, 0.8, 0.95)) == graded
    assert segments.contribution_grades({cid: Decimal(v) / 100 for cid, v in edge.items()}, (0.5, 0.8, 0.95)) == graded


def test_lifecycle_stages() -> None:
    settings = SegmentSettings()
    assert segments.lifecycle([], TODAY, settings) == "potential"
    assert segments.lifecycle(visits_every(30, 2, last=TODAY - timedelta(days=5)), TODAY, settings) == "new"
    assert segments.lifecycle(visits_every(30, 10, last=TODAY - timedelta(days=20)), TODAY, settings) == "active"
    assert segments.lifecycle(visits_every(30, 10, last=TODAY - timedelta(days=120)), TODAY, settings) == "dormant"
    assert segments.lifecycle(visits_every(30, 10, last=TODAY - timedelta(days=400)), TODAY, settings) == "lost"


def test_churn_warning_follows_each_customers_own_rhythm() -> None:
    settings = SegmentSettings(churn_factor=2.0, churn_min_days=30)
    every_three_weeks = visits_every(21, 8, last=TODAY - timedelta(days=45))  # 45 > 2 x 21
    every_two_months = visits_every(60, 8, last=TODAY - timedelta(days=45))  # 45 < 2 x 60
    assert segments.churn_warning(every_three_weeks, TODAY, settings)
    assert not segments.churn_warning(every_two_months, TODAY, settings)
    weekly = visits_every(7, 8, last=TODAY - timedelta(days=20))  # 20 > 2 x 7 but under 30 days
    assert not segments.churn_warning(weekly, TODAY, settings)
    assert not segments.churn_warning(visits_every(7, 2, last=TODAY - timedelta(days=200)), TODAY, settings)


def test_classify_puts_it_together() -> None:
    histories = {
        1: visits_every(14, 20, last=TODAY - timedelta(days=3), amount="300"),
        2: visits_every(60, 3, last=TODAY - timedelta(days=150), amount="80"),
        3: [],
    }
    result = segments.classify(histories, TODAY)
    assert result[1].lifecycle == "active"
    assert result[1].grade == "A"
    assert result[1].rfm == "555"
    assert result[2].lifecycle == "dormant"
    assert result[2].rfm == "111"
    assert result[3].lifecycle == "potential"
    assert result[3].rfm == ""
    assert result[1].usual_gap_days == 14


def test_satisfaction_tiers() -> None:
    assert segments.satisfaction_tier([5, 5, 4], complaints=0, unresolved=0) == "high"
    assert segments.satisfaction_tier([5, 4, 4], complaints=1, unresolved=0) == "medium"
    assert segments.satisfaction_tier([2, 3], complaints=0, unresolved=0) == "low"
    assert segments.satisfaction_tier([5], complaints=1, unresolved=1) == "low"
    assert segments.satisfaction_tier([], complaints=0, unresolved=0) is None


def test_histories_come_from_non_voided_records(shop: Shop) -> None:
    customer = Customer.create(name="张三")
    for day, voided in ((1, None), (2, datetime(2026, 3, 2, 12)), (3, None)):
        ServiceRecord.create(
            customer=customer, visited_at=datetime(2026, 3, day, 11), payment_method="cash",
            subtotal=Decimal("88"), total=Decimal("88"), voided_at=voided,
        )  # fmt: skip
    histories = segments.load_histories()
    assert histories == {customer.id: [Visit(date(2026, 3, 1), Decimal("88")), Visit(date(2026, 3, 3), Decimal("88"))]}


def test_the_pages_churn_warnings_agree_with_the_rule_on_each_history(shop: Shop) -> None:
    # the list's quick path (issue 16: kept figures first, visit days straight from the cursor)
    # must warn exactly whom the rule warns when it reads every visit
    rng = random.Random(4)
    today = date(2026, 6, 1)
    ids = []
    for number in range(60):
        cid = Customer.create(name=f"客{number}").id
        ids.append(cid)
        gap, visits = rng.choice((7, 21, 30, 45)), rng.randint(0, 8)
        last = today - timedelta(days=rng.randint(0, 200))
        for index in range(visits):
            day = last - timedelta(days=gap * index + rng.randint(0, 3))
            ServiceRecord.create(
                customer=cid, visited_at=datetime.combine(day, datetime.min.time()).replace(hour=11),
                payment_method="cash", subtotal=68, total=68,
                voided_at=datetime(2026, 1, 1) if rng.random() < 0.1 else None,
            )  # fmt: skip
    settings = segments.segment_settings()
    expected = {
        cid for cid, visits in segments.load_histories(ids).items() if segments.churn_warning(visits, today, settings)
    }
    assert expected  # the sample holds some customers to warn
    assert segments.churn_warnings(ids, today) == expected
    # the same with the gaps kept (schema 12), as after the at-risk list was opened, and then with
    # half of them forgotten by a moved bill
    assert len(segments.kept_usual_gaps(ids)) == len(ids)
    assert segments.churn_warnings(ids, today) == expected
    ServiceRecord.update(visited_at=ServiceRecord.visited_at).where(ServiceRecord.customer.in_(ids[::2])).execute()
    assert segments.churn_warnings(ids, today) == expected
