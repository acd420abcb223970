"""The quarterly survey campaign (manual 001, 5.1.3: ask customers at least quarterly).

Due this quarter: customers who visited in the quarter and have not answered a
survey in the last 90 days. Each one asked is marked asked, answered or declined
(one ``SurveyRequest`` per customer and quarter); marked customers stay on the
list with their status so the desk sees who is done.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from peewee import fn

from salon_crm.core import audit, clock
from salon_crm.core.context import Actor
from salon_crm.core.customers import may_be_marketed_to
from salon_crm.core.enums import AuditAction, SurveyRequestStatus
from salon_crm.core.errors import NotFoundError, ValidationError
from salon_crm.core.models import Customer, ServiceRecord, SurveyRequest, SurveyResponse, database_proxy
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.surveys import rows_of

RECENT_DAYS = 90  # a customer who answered this recently is not asked again


@dataclass(frozen=True)
class CampaignRow:
    """A customer on the quarter's list; ``status`` is empty until marked."""

    customer_id: int
    name: str
    phone: str
    last_visit: datetime
    visits: int
    last_survey: datetime | None
    status: str


def quarter_of(day: date) -> str:
    """``"2026-Q4"`` for any day of October to December 2026."""
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def quarter_bounds(quarter: str) -> tuple[date, date]:
    """First and last day of ``"YYYY-Qn"``."""
    try:
        year, number = int(quarter[:4]), int(quarter[6:])
        if quarter[4:6] != "-Q" or not 1 <= number <= 4 or len(quarter) != 7:
            raise ValueError(quarter)
    except ValueError:
        raise ValidationError("quarter_invalid", quarter=quarter) from None
    first = date(year, 3 * number - 2, 1)
    following = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return first, following - timedelta(days=1)


def campaign_list(quarter: str, *, today: date | None = None) -> list[CampaignRow]:
    """Customers due in ``quarter`` and those already marked in it, latest visit first."""
    today = today or clock.today()
    first, last = quarter_bounds(quarter)
    start, stop = (
        datetime.combine(first, datetime.min.time()),
        datetime.combine(last + timedelta(1), datetime.min.time()),
    )
    recent = datetime.combine(today - timedelta(days=RECENT_DAYS), datetime.min.time())
    visits = (
        ServiceRecord.select(
            ServiceRecord.customer, fn.MAX(ServiceRecord.visited_at).alias("last"), fn.COUNT(ServiceRecord.id)
        )
        .where(
            (ServiceRecord.visited_at >= start) & (ServiceRecord.visited_at < stop) & ServiceRecord.voided_at.is_null()
        )
        .group_by(ServiceRecord.customer)
        .tuples()
    )
    seen = {cid: (last_visit, count) for cid, last_visit, count in cast(Iterable[tuple[int, datetime, int]], visits)}
    requests = SurveyRequest.select(SurveyRequest.customer, SurveyRequest.status).where(
        SurveyRequest.quarter == quarter
    )
    statuses = {cid: str(status) for cid, status in rows_of(requests)}
    answered = (
        SurveyResponse.select(SurveyResponse.customer, fn.MAX(SurveyResponse.answered_at))
        .where(SurveyResponse.customer.in_(list(seen)))
        .group_by(SurveyResponse.customer)
    )
    last_survey: dict[int, datetime] = dict(rows_of(answered))
    rows = []
    # a campaign contacts people unasked: only those who agreed to be contacted (营销同意)
    people = Customer.select(Customer.id, Customer.name, Customer.phone).where(
        Customer.id.in_(list(seen)) & may_be_marketed_to()
    )
    for customer in people:
        surveyed = last_survey.get(customer.id)
        status = statuses.get(customer.id, "")
        if not status and surveyed is not None and surveyed >= recent:
            continue
        last_visit, count = seen[customer.id]
        rows.append(CampaignRow(customer.id, customer.name, customer.phone, last_visit, count, surveyed, status))
    rows.sort(key=lambda row: (row.status != "", -row.last_visit.timestamp(), row.customer_id))
    return rows


@guarded(Action.SURVEYS)
def mark_request(
    actor: Actor,
    customer_id: int,
    quarter: str,
    status: str,
    *,
    now: datetime | None = None,
    response_id: int | None = None,
) -> CampaignRow | None:
    """Mark a customer asked / answered / declined in ``quarter`` (marking again replaces it)."""
    quarter_bounds(quarter)
    if status not in {member.value for member in SurveyRequestStatus}:
        raise ValidationError("survey_request_status_invalid", status=status)
    now = now or clock.now()
    with database_proxy.atomic():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFoundError("survey_customer_not_found", customer_id=customer_id)
        request = SurveyRequest.get_or_none(
            (SurveyRequest.customer == customer_id) & (SurveyRequest.quarter == quarter)
        )
        if request is None:
            request = SurveyRequest.create(
                customer=customer_id, quarter=quarter, status=status, at=now, response=response_id
            )
            audit.record(actor, AuditAction.CREATE, "survey_request", request.id, after=audit.snapshot(request))
        else:
            before = audit.snapshot(request)
            request.status, request.at = status, now
            if response_id is not None:
                cast(Any, request).response = response_id
            request.save()
            audit.record(actor, AuditAction.UPDATE, "survey_request", request.id, before, audit.snapshot(request))
    matching = [row for row in campaign_list(quarter, today=now.date()) if row.customer_id == customer_id]
    return matching[0] if matching else None
