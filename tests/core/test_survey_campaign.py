"""The quarterly campaign: who is due, and marking them asked / answered / declined."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from salon_crm.core import audit
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import Customer, ServiceRecord, SurveyRequest, SurveyResponse
from salon_crm.core.survey_campaign import campaign_list, mark_request, quarter_bounds, quarter_of

TODAY = date(2026, 11, 23)


def customer(name: str, *visits: datetime, surveyed: datetime | None = None, consent: bool = True) -> int:
    person = Customer.create(
        name=name, phone="13800138000", marketing_consent=consent, marketing_consent_on=TODAY if consent else None
    )
    for at in visits:
        record = ServiceRecord.create(customer=person, visited_at=at, payment_method="cash", subtotal=50, total=50)
    if surveyed is not None:
        scores = dict.fromkeys(("overall", "stylist_skill", "service_attitude", "environment"), 4)
        scores |= {"waiting_time": 4, "value_for_money": 4, "recommend": 8}
        SurveyResponse.create(customer=person, service_record=record, answered_at=surveyed, channel="phone", **scores)
    return int(person.id)


def test_quarters() -> None:
    assert quarter_of(TODAY) == "2026-Q4"
    assert quarter_of(date(2026, 3, 31)) == "2026-Q1"
    assert quarter_bounds("2026-Q4") == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter_bounds("2027-Q1") == (date(2027, 1, 1), date(2027, 3, 31))
    with pytest.raises(ValidationError, match="quarter_invalid"):
        quarter_bounds("2026-Q5")


def test_due_are_visitors_of_the_quarter_not_surveyed_in_90_days(shop: Shop) -> None:
    due = customer("张三", datetime(2026, 10, 5, 10), datetime(2026, 11, 2, 15))
    customer("李四", datetime(2026, 9, 28, 10))  # last quarter only
    customer("王五", datetime(2026, 11, 10, 10), surveyed=datetime(2026, 11, 11, 9))  # answered lately
    old = customer("赵六", datetime(2026, 10, 20, 10), surveyed=datetime(2026, 7, 1, 9))
    rows = campaign_list("2026-Q4", today=TODAY)
    assert [(row.customer_id, row.visits, row.status) for row in rows] == [(due, 2, ""), (old, 1, "")]
    assert rows[0].last_visit == datetime(2026, 11, 2, 15)
    assert rows[1].last_survey == datetime(2026, 7, 1, 9)


def test_marking_keeps_the_customer_listed_with_the_status(shop: Shop) -> None:
    first = customer("张三", datetime(2026, 10, 5, 10))
    second = customer("李四", datetime(2026, 10, 6, 10))
    row = mark_request(OWNER, first, "2026-Q4", "declined", now=datetime(2026, 11, 23, 10))
    assert row is not None and row.status == "declined"
    mark_request(OWNER, first, "2026-Q4", "asked", now=datetime(2026, 11, 23, 11))
    rows = campaign_list("2026-Q4", today=TODAY)
    assert [(row.customer_id, row.status) for row in rows] == [(second, ""), (first, "asked")]
    assert SurveyRequest.select().count() == 1
    request = SurveyRequest.get()
    assert [entry.action for entry in audit.entries_for("survey_request", request.id)] == ["create", "update"]


def test_a_bad_status_is_refused_and_nothing_written(shop: Shop) -> None:
    first = customer("张三", datetime(2026, 10, 5, 10))
    with pytest.raises(ValidationError, match="survey_request_status_invalid"):
        mark_request(OWNER, first, "2026-Q4", "maybe")
    assert SurveyRequest.select().count() == 0


def test_a_customer_who_did_not_agree_to_be_contacted_is_not_listed(shop: Shop) -> None:
    customer("未同意", datetime(2026, 10, 5, 15), consent=False)
    agreed = customer("同意", datetime(2026, 10, 6, 15))
    assert [row.customer_id for row in campaign_list("2026-Q4", today=TODAY)] == [agreed]
