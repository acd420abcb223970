"""Reading satisfaction surveys (满意度调查): newest first (writes arrive later)."""

from __future__ import annotations

from typing import Any, cast

from peewee import JOIN, fn

from salon_crm.core.models import Customer, Staff, SurveyResponse
from salon_crm.core.records import SurveyRow

PAGE_SIZE = 500
SCORES = (
    SurveyResponse.overall,
    SurveyResponse.stylist_skill,
    SurveyResponse.service_attitude,
    SurveyResponse.environment,
    SurveyResponse.waiting_time,
    SurveyResponse.value_for_money,
    SurveyResponse.recommend,
)


def list_surveys(*, offset: int = 0, limit: int = PAGE_SIZE) -> list[SurveyRow]:
    """A page of survey answers, the newest first."""
    query = (
        SurveyResponse.select(
            SurveyResponse.id,
            SurveyResponse.answered_at,
            Customer.name.alias("customer"),
            fn.COALESCE(Staff.name, "").alias("stylist"),
            *SCORES,
            SurveyResponse.comment,
        )
        .join(Customer, on=SurveyResponse.customer == Customer.id)
        .switch(SurveyResponse)
        .join(Staff, JOIN.LEFT_OUTER, on=SurveyResponse.stylist == Staff.id)
        .order_by(SurveyResponse.answered_at.desc(), SurveyResponse.id.desc())
        .offset(offset)
        .limit(limit)
        .dicts()
    )
    return [SurveyRow(**row) for row in cast(list[dict[str, Any]], list(query))]
