"""Satisfaction surveys (满意度调查): entering one per visit, listing them, and their statistics.

A survey belongs to one service record (at most one each); its stylist is the
record's first stylist unless the form names another. Editing writes an audit
entry with the scores before and after.

Statistics cover a date range (by the day the survey was answered) and optionally
one stylist or one service category; the response rate divides by the service
records of the same range and filter. They are summed in SQL per month, so a
year of a busy shop is a handful of grouped scans, not a million Python rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, cast

from peewee import JOIN, Expression, fn

from salon_crm.core import audit, clock
from salon_crm.core.context import Actor
from salon_crm.core.enums import AuditAction, SurveyChannel, TicketKind, TicketStatus
from salon_crm.core.errors import ConflictError, NotFoundError, ValidationError
from salon_crm.core.models import (
    ComplaintTicket,
    Customer,
    ServiceItem,
    ServiceRecord,
    ServiceRecordLine,
    Staff,
    SurveyResponse,
    database_proxy,
)
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.rows import SurveyRow
from salon_crm.core.segments import satisfaction_tier

PAGE_SIZE = 500
# PRODUCT.md §6's six 1-5 scores; the NPS question (0-10) is added in SCORES, and counted apart
DIMENSIONS = ("overall", "stylist_skill", "service_attitude", "environment", "waiting_time", "value_for_money")
SCORES = (*(getattr(SurveyResponse, name) for name in DIMENSIONS), SurveyResponse.recommend)
PROMOTER = 9  # 9-10 promote the shop
DETRACTOR = 6  # 0-6 count against it
LOW_SCORE = 2  # a 1-5 score at or below this is a low one: it stands out, and a low overall offers a complaint


def is_low_score(score: int | None) -> bool:
    """Whether a 1-5 score is low (the survey form then offers a complaint ticket: ``complaint_wanted``)."""
    return score is not None and 1 <= score <= LOW_SCORE


def complaint_wanted(survey: SurveyView) -> bool:
    """Whether to offer a complaint ticket once ``survey`` is saved: its overall score is low and
    no complaint is on file about its visit yet (editing a survey whose complaint was opened the
    first time asked again, and a second ticket about one visit splits its history)."""
    if not is_low_score(survey.overall):
        return False
    if survey.service_record_id is None:
        return True
    about_visit = (ComplaintTicket.service_record == survey.service_record_id) & (
        ComplaintTicket.kind == TicketKind.COMPLAINT.value
    )
    return not ComplaintTicket.select().where(about_visit).exists()


def is_detractor(recommend: int | None) -> bool:
    """Whether a 0-10 "would you recommend us" answer counts against the NPS."""
    return recommend is not None and 0 <= recommend <= DETRACTOR


MIN_ANSWERS = 5  # a stylist with fewer answers in the range is flagged, not compared
COMMENT_MAX = 2000


# --- entering a survey ---------------------------------------------------------------


@dataclass(frozen=True)
class SurveyInput:
    """A survey as the form submits it; ``stylist_id`` None takes the record's first stylist."""

    service_record_id: int
    overall: int
    stylist_skill: int
    service_attitude: int
    environment: int
    waiting_time: int
    value_for_money: int
    recommend: int
    comment: str = ""
    channel: str = SurveyChannel.IN_SHOP.value
    answered_at: datetime | None = None
    stylist_id: int | None = None


@dataclass(frozen=True)
class SurveyView:
    """A stored survey with the visit it is about."""

    id: int
    service_record_id: int | None
    customer_id: int
    customer_name: str
    stylist_id: int | None
    answered_at: datetime
    channel: str
    overall: int
    stylist_skill: int
    service_attitude: int
    environment: int
    waiting_time: int
    value_for_money: int
    recommend: int
    comment: str


@dataclass(frozen=True)
class RecordForSurvey:
    """What the survey form shows about the visit, and the survey if there is one."""

    record_id: int
    customer_id: int
    customer_name: str
    visited_at: datetime
    stylist_id: int | None
    stylist_name: str
    services: tuple[str, ...]
    survey: SurveyView | None


def _whole(value: object) -> int | None:
    # bool is an int in Python: a stray True must not pass as a score of 1
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def validate_survey(data: SurveyInput) -> None:
    """Raise ``ValidationError`` for the first thing wrong; nothing is read or written."""
    # needs no database, so the form runs it as the user types and the service runs it again
    for name in DIMENSIONS:
        value = _whole(getattr(data, name))
        if value is None or not 1 <= value <= 5:
            raise ValidationError("survey_score_invalid", dimension=name, value=getattr(data, name))
    recommend = _whole(data.recommend)
    if recommend is None or not 0 <= recommend <= 10:
        raise ValidationError("survey_recommend_invalid", value=data.recommend)
    if data.channel not in {member.value for member in SurveyChannel}:
        raise ValidationError("survey_channel_invalid", channel=data.channel)
    if len(data.comment) > COMMENT_MAX:
        raise ValidationError("survey_comment_too_long", limit=COMMENT_MAX)


def _view(survey: SurveyResponse) -> SurveyView:
    return SurveyView(
        id=survey.id,
        service_record_id=cast(Any, survey).service_record_id,
        customer_id=cast(Any, survey).customer_id,
        customer_name=Customer.get_by_id(cast(Any, survey).customer_id).name,
        stylist_id=cast(Any, survey).stylist_id,
        answered_at=survey.answered_at,
        channel=survey.channel,
        **{name: int(getattr(survey, name)) for name in (*DIMENSIONS, "recommend")},
        comment=survey.comment,
    )


def _first_stylist(record_id: int) -> int | None:
    # the first line that names a stylist, in the order the bill was written; lines without one are skipped
    line = (
        ServiceRecordLine.select(ServiceRecordLine.stylist)
        .where((ServiceRecordLine.record == record_id) & ServiceRecordLine.stylist.is_null(False))
        .order_by(ServiceRecordLine.id)
        .first()
    )
    return None if line is None else line.stylist_id


def _record(record_id: int) -> ServiceRecord:
    record = ServiceRecord.get_or_none(ServiceRecord.id == record_id)
    if record is None:
        raise NotFoundError("survey_record_not_found", record_id=record_id)
    return record


def record_for_survey(record_id: int) -> RecordForSurvey:
    """The visit a survey is (or would be) about, with its existing survey."""
    record = _record(record_id)
    stylist_id = _first_stylist(record_id)
    services = (
        ServiceItem.select(ServiceItem.name)
        .join(ServiceRecordLine, on=ServiceRecordLine.service_item == ServiceItem.id)
        .where(ServiceRecordLine.record == record_id)
        .order_by(ServiceRecordLine.id)
    )
    # the form opens on the existing survey to edit it, since a visit has at most one
    survey = SurveyResponse.get_or_none(SurveyResponse.service_record == record_id)
    return RecordForSurvey(
        record_id=record.id,
        customer_id=record.customer_id,
        customer_name=Customer.get_by_id(record.customer_id).name,
        visited_at=record.visited_at,
        stylist_id=stylist_id,
        stylist_name="" if stylist_id is None else Staff.get_by_id(stylist_id).name,
        services=tuple(item.name for item in services),
        survey=None if survey is None else _view(survey),
    )


@guarded(Action.SURVEYS)
def record_survey(actor: Actor, data: SurveyInput, *, now: datetime | None = None) -> SurveyView:
    """Store the survey of a visit; a second one for the same visit is refused."""
    # checked before the transaction: bad scores are refused without touching the database
    validate_survey(data)
    now = now or clock.now()
    with database_proxy.atomic():
        record = _record(data.service_record_id)
        # a voided bill is out of every statistic (_records_per_month): a survey of it would count
        # an answer for a visit that no longer counts
        if record.voided_at is not None:
            raise ValidationError("survey_record_voided", record_id=record.id)
        # one survey per visit (PRODUCT.md §6): said in words here; the unique column stops any that slips by
        if SurveyResponse.select().where(SurveyResponse.service_record == record.id).exists():
            raise ConflictError("survey_exists", record_id=record.id)
        answered_at = data.answered_at or now
        # answered during or after the visit, not in the future; a few minutes' slack either side
        if answered_at < record.visited_at - timedelta(minutes=5) or answered_at > now + timedelta(minutes=15):
            raise ValidationError("survey_time_invalid", visited_at=record.visited_at.isoformat())
        # the stylist is stored with the survey, so the by-stylist chart does not depend on the bill's lines
        stylist_id = data.stylist_id if data.stylist_id is not None else _first_stylist(record.id)
        survey = SurveyResponse.create(
            customer=record.customer_id,
            service_record=record.id,
            stylist=stylist_id,
            answered_at=answered_at,
            channel=data.channel,
            comment=data.comment.strip(),
            recommend=data.recommend,
            **{name: getattr(data, name) for name in DIMENSIONS},
        )
        audit.record(actor, AuditAction.CREATE, "survey_response", survey.id, after=audit.snapshot(survey))
        return _view(survey)


@guarded(Action.SURVEYS)
def update_survey(actor: Actor, survey_id: int, data: SurveyInput) -> SurveyView:
    """Change a survey's scores, comment or channel; the audit keeps what it said before."""
    validate_survey(data)
    with database_proxy.atomic():
        survey = SurveyResponse.get_or_none(SurveyResponse.id == survey_id)
        if survey is None:
            raise NotFoundError("survey_not_found", survey_id=survey_id)
        before = audit.snapshot(survey)
        for name in (*DIMENSIONS, "recommend", "channel"):
            setattr(survey, name, getattr(data, name))
        survey.comment = data.comment.strip()
        # None keeps the stylist already stored: an edit does not fall back to the bill's first stylist
        if data.stylist_id is not None:
            cast(Any, survey).stylist = data.stylist_id
        survey.save()
        after = audit.snapshot(survey)
        # saving an unchanged form writes no audit entry, so the log lists real edits only
        changed = audit.changed_fields(before, after)
        if changed:
            audit.record(
                actor,
                AuditAction.UPDATE,
                "survey_response",
                survey.id,
                before={key: before[key] for key in changed},
                after=changed,
            )
        return _view(survey)


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
        # LEFT OUTER: a survey with no stylist is still listed
        .join(Staff, JOIN.LEFT_OUTER, on=SurveyResponse.stylist == Staff.id)
        # the id breaks ties between answers of the same second, so pages never repeat or skip a row
        .order_by(SurveyResponse.answered_at.desc(), SurveyResponse.id.desc())
        .offset(offset)
        .limit(limit)
        .dicts()
    )
    return [SurveyRow(**row) for row in cast(list[dict[str, Any]], list(query))]


# --- statistics -------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyFilter:
    """Days ``start``..``end`` inclusive, optionally one stylist or one service category."""

    start: date
    end: date
    stylist_id: int | None = None
    category: str | None = None


@dataclass(frozen=True)
class Tally:
    """Sums over a set of surveys, from which averages and the NPS follow."""

    responses: int = 0
    sums: tuple[int, ...] = (0,) * len(DIMENSIONS)
    promoters: int = 0
    detractors: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.responses + other.responses,
            tuple(a + b for a, b in zip(self.sums, other.sums, strict=True)),
            self.promoters + other.promoters,
            self.detractors + other.detractors,
        )

    def average(self, dimension: str = "overall") -> float | None:
        if not self.responses:
            return None
        return self.sums[DIMENSIONS.index(dimension)] / self.responses

    @property
    def nps(self) -> float | None:
        """Percent promoters (9-10) minus percent detractors (0-6), -100..100."""
        if not self.responses:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.responses

    @property
    def passives(self) -> int:
        return self.responses - self.promoters - self.detractors


@dataclass(frozen=True)
class MonthPoint:
    """One calendar month of the range: ``month`` is ``"2026-03"``."""

    month: str
    tally: Tally
    service_records: int

    @property
    def average_overall(self) -> float | None:
        return self.tally.average()

    @property
    def nps(self) -> float | None:
        return self.tally.nps


@dataclass(frozen=True)
class StylistScore:
    """One stylist's surveys in the range; ``enough`` is False under the minimum of answers."""

    stylist_id: int
    name: str
    tally: Tally
    enough: bool


@dataclass(frozen=True)
class SurveyStatistics:
    """Everything the satisfaction tab and the monthly report show for one range."""

    filter: SurveyFilter
    tally: Tally
    service_records: int
    distribution: tuple[int, int, int, int, int]  # answers with overall 1..5
    months: tuple[MonthPoint, ...]
    stylists: tuple[StylistScore, ...]
    tiers: dict[str, int] = field(default_factory=dict)  # customers answering: high/medium/low

    @property
    def responses(self) -> int:
        return self.tally.responses

    @property
    def response_rate(self) -> float | None:
        """Surveys per service record of the range (0..1; None without records)."""
        return self.tally.responses / self.service_records if self.service_records else None

    @property
    def nps(self) -> float | None:
        return self.tally.nps

    def averages(self) -> dict[str, float | None]:
        return {name: self.tally.average(name) for name in DIMENSIONS}


def _bounds(flt: SurveyFilter) -> tuple[datetime, datetime]:
    # the end day is inclusive for the user; the query takes [start, the day after end)
    if flt.end < flt.start:
        raise ValidationError("survey_range_invalid", start=flt.start.isoformat(), end=flt.end.isoformat())
    return datetime.combine(flt.start, datetime.min.time()), datetime.combine(
        flt.end + timedelta(days=1), datetime.min.time()
    )


def _has_line(record: Any, flt: SurveyFilter) -> Any:
    """Records with a line of the filter's stylist or category (None: no such filter).

    An ``IN`` over one uncorrelated subquery: SQLite builds the set of records
    once, where a correlated ``EXISTS`` would probe the lines once per record.
    """
    if flt.category is None and flt.stylist_id is None:
        return None
    lines = ServiceRecordLine.select(ServiceRecordLine.record)
    if flt.category is not None:
        lines = lines.join(ServiceItem, on=ServiceRecordLine.service_item == ServiceItem.id).where(
            ServiceItem.category == flt.category
        )
    if flt.stylist_id is not None:
        lines = lines.where(ServiceRecordLine.stylist == flt.stylist_id)
    return record.in_(lines)


def _survey_where(flt: SurveyFilter) -> Expression:
    start, stop = _bounds(flt)
    where = (SurveyResponse.answered_at >= start) & (SurveyResponse.answered_at < stop)
    if flt.stylist_id is not None:
        where &= SurveyResponse.stylist == flt.stylist_id
    if flt.category is not None:
        # the stylist is filtered on the survey's own column above, not on the bill's lines: a survey
        # is about its stylist even on a bill that several stylists worked on
        lines = _has_line(SurveyResponse.service_record, replace(flt, stylist_id=None))
        where &= lines
    return where


def _tally_columns() -> list[Any]:
    # TOTAL, not SUM: SQLite's TOTAL is never NULL (0.0 when nothing is summed); a comparison
    # counts as 1 or 0, so its total is the number of promoters or detractors
    return [
        fn.COUNT(SurveyResponse.id),
        *(fn.TOTAL(getattr(SurveyResponse, name)) for name in DIMENSIONS),
        fn.TOTAL(SurveyResponse.recommend >= PROMOTER),
        fn.TOTAL(SurveyResponse.recommend <= DETRACTOR),
    ]


def _tally(row: Iterable[Any]) -> Tally:
    # TOTAL hands back floats: the counts and sums of whole scores are whole, so int() loses nothing
    values = [int(value or 0) for value in row]
    return Tally(values[0], tuple(values[1 : 1 + len(DIMENSIONS)]), values[-2], values[-1])


def rows_of(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (peewee's stubs type them as model instances)."""
    return cast(list[tuple[Any, ...]], list(query.tuples()))


def _month_key(column: Any) -> Any:
    """``"2026-03"`` of a stored time (stored as ``2026-03-05 14:30:00``; cheaper than strftime)."""
    return fn.substr(column, 1, 7)


def months_between(start: date, end: date) -> list[str]:
    """``"YYYY-MM"`` of every calendar month touched by ``start``..``end``."""
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _records_per_month(flt: SurveyFilter) -> dict[str, int]:
    start, stop = _bounds(flt)
    lines = _has_line(ServiceRecord.id, flt)
    # the time index holds voided_at (schema 11): a year of visits is counted from it alone
    where = (ServiceRecord.visited_at >= start) & (ServiceRecord.visited_at < stop) & ServiceRecord.voided_at.is_null()
    if lines is not None:
        where &= lines
    month = _month_key(ServiceRecord.visited_at)
    query = ServiceRecord.select(month, fn.COUNT(ServiceRecord.id)).where(where).group_by(month)
    return {key: count for key, count in rows_of(query)}


def _tiers(flt: SurveyFilter) -> dict[str, int]:
    """Satisfaction tiers of the customers who answered in the range, from all their history."""
    answering = SurveyResponse.select(SurveyResponse.customer).where(_survey_where(flt)).distinct()
    scores: dict[int, list[int]] = {}
    query = SurveyResponse.select(SurveyResponse.customer, SurveyResponse.overall).where(
        SurveyResponse.customer.in_(answering)
    )
    for customer_id, overall in cast(Iterable[tuple[int, int]], query.tuples()):
        scores.setdefault(customer_id, []).append(overall)
    # [complaints, still open] per customer, the two figures satisfaction_tier weighs; suggestions and
    # consultations are not complaints and do not lower a tier
    complaints: dict[int, list[int]] = {customer_id: [0, 0] for customer_id in scores}
    tickets = ComplaintTicket.select(ComplaintTicket.customer, ComplaintTicket.status).where(
        (ComplaintTicket.kind == TicketKind.COMPLAINT.value) & ComplaintTicket.customer.in_(answering)
    )
    for customer_id, status in cast(Iterable[tuple[int, str]], tickets.tuples()):
        complaints[customer_id][0] += 1
        complaints[customer_id][1] += status != TicketStatus.CLOSED.value
    counts = {"high": 0, "medium": 0, "low": 0}
    for customer_id, overalls in scores.items():
        tier = satisfaction_tier(overalls, *complaints[customer_id])
        # the same rule as one customer's tier (customer_tier): segments.satisfaction_tier
        if tier is not None:
            counts[tier] += 1
    return counts


Group = tuple[str, int, int | None, Tally]  # month ("2026-03"), overall score, stylist, their sums


def _groups(flt: SurveyFilter) -> list[Group]:
    """The range's surveys summed by month, overall score and stylist: one scan of the range."""
    month = _month_key(SurveyResponse.answered_at)
    query = (
        SurveyResponse.select(month, SurveyResponse.overall, SurveyResponse.stylist, *_tally_columns())
        .where(_survey_where(flt))
        .group_by(month, SurveyResponse.overall, SurveyResponse.stylist)
    )
    return [(row[0], row[1], row[2], _tally(row[3:])) for row in rows_of(query)]


def _stylist_names(groups: Iterable[Group]) -> dict[int, str]:
    ids = sorted({stylist_id for _, _, stylist_id, _ in groups if stylist_id is not None})
    return {key: str(name) for key, name in rows_of(Staff.select(Staff.id, Staff.name).where(Staff.id.in_(ids)))}


def _statistics(
    flt: SurveyFilter,
    groups: Iterable[Group],
    records: dict[str, int],
    names: dict[int, str],
    *,
    min_answers: int,
    tiers: dict[str, int],
) -> SurveyStatistics:
    """The statistics of ``flt`` from its fine groups (summed three ways) and its records per month."""
    by_month: dict[str, Tally] = {}
    by_stylist: dict[int, Tally] = {}
    distribution = [0] * 5
    for key, overall, stylist_id, tally in groups:
        by_month[key] = by_month.get(key, Tally()) + tally
        distribution[overall - 1] += tally.responses
        if stylist_id is not None:
            by_stylist[stylist_id] = by_stylist.get(stylist_id, Tally()) + tally
    # every month of the range, a quiet one too (no answers: averages None), so months line up with the range
    months = tuple(
        MonthPoint(key, by_month.get(key, Tally()), records.get(key, 0)) for key in months_between(flt.start, flt.end)
    )
    total = sum((point.tally for point in months), Tally())
    stylists = [
        StylistScore(stylist_id, names.get(stylist_id, ""), tally, tally.responses >= min_answers)
        for stylist_id, tally in by_stylist.items()
    ]
    # enough answers first (MIN_ANSWERS), then the best average: a stylist with two answers cannot top the list
    stylists.sort(key=lambda score: (not score.enough, -(score.tally.average() or 0), score.name))
    return SurveyStatistics(
        filter=flt,
        tally=total,
        service_records=sum(point.service_records for point in months),
        distribution=(distribution[0], distribution[1], distribution[2], distribution[3], distribution[4]),
        months=months,
        stylists=tuple(stylists),
        tiers=tiers,
    )


def survey_statistics(
    flt: SurveyFilter, *, min_answers: int = MIN_ANSWERS, with_tiers: bool = True
) -> SurveyStatistics:
    """Averages, NPS, response rate, distribution, months and stylists for ``flt``."""
    groups = _groups(flt)
    return _statistics(
        flt,
        groups,
        _records_per_month(flt),
        _stylist_names(groups),
        min_answers=min_answers,
        tiers=_tiers(flt) if with_tiers else {},
    )


def statistics_by_month(
    flt: SurveyFilter, *, min_answers: int = MIN_ANSWERS, with_records: bool = True
) -> tuple[SurveyStatistics, dict[str, SurveyStatistics]]:
    """:func:`survey_statistics` of the range and of each of its months (``"2026-03"``, cut to the
    range), without tiers, from one read of the range's surveys: the monthly report's year of
    trend holds the three months it compares, and reading each again cost a fifth of a second.

    Without ``with_records`` the bills are not counted (``service_records`` 0, no response rate).
    """
    groups = _groups(flt)
    records = _records_per_month(flt) if with_records else {}
    names = _stylist_names(groups)
    whole = _statistics(flt, groups, records, names, min_answers=min_answers, tiers={})
    by_month = {}
    for key in months_between(flt.start, flt.end):
        first = date(int(key[:4]), int(key[5:]), 1)
        last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        part = replace(flt, start=max(first, flt.start), end=min(last, flt.end))
        inside = [group for group in groups if group[0] == key]
        by_month[key] = _statistics(part, inside, records, names, min_answers=min_answers, tiers={})
    return whole, by_month


def customer_tier(customer_id: int) -> str | None:
    """One customer's satisfaction tier (high / medium / low) from all their surveys and complaints."""
    scores = [
        int(overall)
        for (overall,) in rows_of(
            SurveyResponse.select(SurveyResponse.overall).where(SurveyResponse.customer == customer_id)
        )
    ]
    tickets = ComplaintTicket.select(ComplaintTicket.status).where(
        (ComplaintTicket.customer == customer_id) & (ComplaintTicket.kind == TicketKind.COMPLAINT.value)
    )
    statuses = [str(status) for (status,) in rows_of(tickets)]
    unresolved = sum(status != TicketStatus.CLOSED.value for status in statuses)
    return satisfaction_tier(scores, len(statuses), unresolved)


def record_of_survey(survey_id: int) -> int | None:
    """The visit a survey is about (None for a campaign answer without one)."""
    survey = SurveyResponse.get_or_none(SurveyResponse.id == survey_id)
    if survey is None:
        raise NotFoundError("survey_not_found", survey_id=survey_id)
    record_id: int | None = cast(Any, survey).service_record_id
    return record_id
