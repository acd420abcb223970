"""Surveys: entering and editing one per visit, refusals, statistics against hand-computed values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from salon_crm.core import audit, surveys
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import (
    ComplaintTicket,
    Customer,
    ServiceItem,
    ServiceRecord,
    ServiceRecordLine,
    Staff,
    SurveyResponse,
)
from salon_crm.core.surveys import SurveyFilter, SurveyInput

NOW = datetime(2026, 11, 23, 16, 0)
Salon = dict[str, int]


def visit(salon: Salon, at: datetime, stylist: str, item: str, *, customer: str = "zhang", void: bool = False) -> int:
    record = ServiceRecord.create(
        customer=salon[customer],
        visited_at=at,
        payment_method="cash",
        subtotal=100,
        total=100,
        voided_at=at if void else None,
    )
    ServiceRecordLine.create(
        record=record, service_item=salon[item], stylist=salon[stylist], unit_price=100, amount=100
    )
    return int(record.id)


def answer(record_id: int, overall: int, recommend: int, **scores: int) -> SurveyInput:
    values = {name: overall for name in surveys.DIMENSIONS} | scores
    return SurveyInput(service_record_id=record_id, recommend=recommend, **values)


@pytest.fixture
def salon(shop: Shop) -> Salon:
    return {
        "zhang": Customer.create(name="张三", phone="13800138000").id,
        "li": Customer.create(name="李四", phone="13912345678").id,
        "wang": Staff.create(name="王芳", role="stylist").id,
        "chen": Staff.create(name="陈明", role="stylist").id,
        "cut": ServiceItem.create(name="洗剪吹", category="cut", price=68, duration_minutes=45).id,
        "colour": ServiceItem.create(name="染发", category="colour", price=380, duration_minutes=120).id,
    }


@pytest.fixture
def autumn(salon: Salon) -> Salon:
    """Four visits in September (three surveyed), three in October (one surveyed, one voided)."""
    sept = [visit(salon, datetime(2026, 9, day, 10), "wang", "cut") for day in (3, 10, 17)]
    sept.append(visit(salon, datetime(2026, 9, 20, 10), "chen", "colour", customer="li"))
    octo = [visit(salon, datetime(2026, 10, day, 10), "chen", "colour", customer="li") for day in (5, 12)]
    visit(salon, datetime(2026, 10, 14, 10), "wang", "cut", void=True)
    for record_id, overall, recommend, extra in (
        (sept[0], 5, 10, {"environment": 4}),
        (sept[1], 4, 8, {"environment": 4}),
        (sept[2], 2, 3, {"environment": 2}),
        (octo[0], 3, 9, {"environment": 4}),
    ):
        record = ServiceRecord.get_by_id(record_id)
        surveys.record_survey(
            OWNER, replace(answer(record_id, overall, recommend, **extra), answered_at=record.visited_at), now=NOW
        )
    return salon


AUTUMN = SurveyFilter(date(2026, 9, 1), date(2026, 10, 31))


def test_totals_averages_and_nps_match_hand_counts(autumn: Salon) -> None:
    stats = surveys.survey_statistics(AUTUMN)
    assert stats.responses == 4
    assert stats.service_records == 6  # the voided visit is not a visit
    assert stats.response_rate == pytest.approx(4 / 6)
    assert stats.averages()["overall"] == pytest.approx((5 + 4 + 2 + 3) / 4)
    assert stats.averages()["environment"] == pytest.approx((4 + 4 + 2 + 4) / 4)
    # promoters 10 and 9, detractor 3, passive 8: (2 - 1) / 4
    assert (stats.tally.promoters, stats.tally.passives, stats.tally.detractors) == (2, 1, 1)
    assert stats.nps == pytest.approx(25.0)
    assert stats.distribution == (0, 1, 1, 1, 1)


def test_monthly_series(autumn: Salon) -> None:
    months = surveys.survey_statistics(AUTUMN).months
    assert [point.month for point in months] == ["2026-09", "2026-10"]
    assert [point.tally.responses for point in months] == [3, 1]
    assert [point.service_records for point in months] == [4, 2]
    assert months[0].average_overall == pytest.approx(11 / 3)
    assert months[0].nps == pytest.approx(0.0)  # one promoter, one detractor of three
    assert months[1].nps == pytest.approx(100.0)


def test_an_empty_month_is_in_the_series_with_no_average(autumn: Salon) -> None:
    months = surveys.survey_statistics(SurveyFilter(date(2026, 8, 15), date(2026, 9, 30))).months
    first = months[0]
    assert (first.month, first.tally.responses, first.average_overall) == ("2026-08", 0, None)


def test_one_stylist_or_one_category(autumn: Salon) -> None:
    wang = surveys.survey_statistics(replace(AUTUMN, stylist_id=autumn["wang"]))
    assert (wang.responses, wang.service_records) == (3, 3)
    assert wang.averages()["overall"] == pytest.approx(11 / 3)
    colour = surveys.survey_statistics(replace(AUTUMN, category="colour"))
    assert (colour.responses, colour.service_records, colour.nps) == (1, 3, 100.0)


def test_stylists_compared_with_counts_and_few_answers_flagged(autumn: Salon) -> None:
    stylists = surveys.survey_statistics(AUTUMN, min_answers=3).stylists
    assert [(s.name, s.tally.responses, s.enough) for s in stylists] == [("王芳", 3, True), ("陈明", 1, False)]
    assert stylists[0].tally.average() == pytest.approx(11 / 3)


def test_satisfaction_tiers_of_the_customers_answering(autumn: Salon) -> None:
    # 张三 averages 11/3 with no complaint: medium; 李四 answered a 3: medium until a complaint
    assert surveys.survey_statistics(AUTUMN).tiers == {"high": 0, "medium": 2, "low": 0}
    ComplaintTicket.create(
        customer=autumn["li"], kind="complaint", channel="phone", description="颜色不对", received_at=NOW
    )
    assert surveys.customer_tier(autumn["li"]) == "low"
    assert surveys.survey_statistics(AUTUMN).tiers == {"high": 0, "medium": 1, "low": 1}


def test_a_survey_names_the_visits_stylist_and_is_listed(salon: Salon) -> None:
    record_id = visit(salon, datetime(2026, 11, 20, 10), "chen", "colour")
    saved = surveys.record_survey(OWNER, answer(record_id, 4, 9), now=NOW)
    assert (saved.stylist_id, saved.customer_name, saved.answered_at) == (salon["chen"], "张三", NOW)
    assert surveys.record_for_survey(record_id).survey == saved
    assert [row.overall for row in surveys.list_surveys()] == [4]
    assert [entry.action for entry in audit.entries_for("survey_response", saved.id)] == ["create"]


def test_editing_keeps_what_it_said_before(salon: Salon) -> None:
    record_id = visit(salon, datetime(2026, 11, 20, 10), "wang", "cut")
    saved = surveys.record_survey(OWNER, answer(record_id, 2, 4), now=NOW)
    changed = surveys.update_survey(OWNER, saved.id, replace(answer(record_id, 4, 7), comment="后来觉得还行"))
    assert (changed.overall, changed.recommend, changed.comment) == (4, 7, "后来觉得还行")
    entries = audit.entries_for("survey_response", saved.id)
    assert [entry.action for entry in entries] == ["create", "update"]
    assert '"overall": 2' in (entries[1].before or "") and '"overall": 4' in (entries[1].after or "")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"overall": 0}, "survey_score_invalid"),
        ({"waiting_time": 6}, "survey_score_invalid"),
        ({"recommend": 11}, "survey_recommend_invalid"),
        ({"recommend": -1}, "survey_recommend_invalid"),
        ({"channel": "fax"}, "survey_channel_invalid"),
        ({"comment": "好" * 2001}, "survey_comment_too_long"),
    ],
)
def test_bad_scores_are_refused_and_nothing_is_written(salon: Salon, changes: dict[str, object], code: str) -> None:
    record_id = visit(salon, datetime(2026, 11, 20, 10), "wang", "cut")
    with pytest.raises(ValidationError) as refused:
        surveys.record_survey(OWNER, replace(answer(record_id, 4, 8), **changes), now=NOW)  # type: ignore[arg-type]
    assert refused.value.code == code
    assert SurveyResponse.select().count() == 0


def test_one_survey_per_visit_and_none_for_a_voided_or_missing_one(salon: Salon) -> None:
    record_id = visit(salon, datetime(2026, 11, 20, 10), "wang", "cut")
    surveys.record_survey(OWNER, answer(record_id, 4, 8), now=NOW)
    with pytest.raises(ConflictError, match="survey_exists"):
        surveys.record_survey(OWNER, answer(record_id, 5, 10), now=NOW)
    voided = visit(salon, datetime(2026, 11, 21, 10), "wang", "cut", void=True)
    with pytest.raises(ValidationError, match="survey_record_voided"):
        surveys.record_survey(OWNER, answer(voided, 4, 8), now=NOW)
    with pytest.raises(NotFoundError, match="survey_record_not_found"):
        surveys.record_survey(OWNER, answer(9999, 4, 8), now=NOW)
    later = visit(salon, datetime(2026, 11, 22, 10), "wang", "cut")
    with pytest.raises(ValidationError, match="survey_time_invalid"):
        surveys.record_survey(OWNER, replace(answer(later, 4, 8), answered_at=datetime(2026, 1, 1)), now=NOW)
    assert SurveyResponse.select().count() == 1


def test_a_backwards_range_is_refused(salon: Salon) -> None:
    with pytest.raises(ValidationError, match="survey_range_invalid"):
        surveys.survey_statistics(SurveyFilter(date(2026, 10, 1), date(2026, 9, 1)))


def test_a_long_range_counts_the_same_visits(autumn: Salon) -> None:
    # past two months the visits are counted by reading the table in order
    long = surveys.survey_statistics(SurveyFilter(date(2026, 6, 1), date(2026, 11, 30)))
    assert (long.responses, long.service_records) == (4, 6)
    assert [point.service_records for point in long.months] == [0, 0, 0, 4, 2, 0]


def test_each_month_of_a_range_read_once_is_that_months_statistics(autumn: Salon) -> None:
    """The monthly report reads a year of surveys once for its trend and the months it compares:
    each month (cut to the range) is what the satisfaction tab shows for it, and so is the whole."""
    mid_august = SurveyFilter(date(2026, 8, 15), date(2026, 10, 31))
    whole, months = surveys.statistics_by_month(mid_august, min_answers=3)
    assert whole == surveys.survey_statistics(mid_august, min_answers=3, with_tiers=False)
    assert list(months) == ["2026-08", "2026-09", "2026-10"]
    assert months["2026-08"] == surveys.survey_statistics(
        SurveyFilter(date(2026, 8, 15), date(2026, 8, 31)), min_answers=3, with_tiers=False
    )
    september = months["2026-09"]
    assert september == surveys.survey_statistics(
        SurveyFilter(date(2026, 9, 1), date(2026, 9, 30)), min_answers=3, with_tiers=False
    )
    assert (september.responses, september.service_records, september.nps) == (3, 4, 0.0)
    assert [(s.name, s.tally.responses, s.enough) for s in september.stylists] == [("王芳", 3, True)]
    # the bills need not be counted when no response rate is shown
    october = surveys.statistics_by_month(AUTUMN, with_records=False)[1]["2026-10"]
    assert (october.responses, october.service_records, october.response_rate) == (1, 0, None)
