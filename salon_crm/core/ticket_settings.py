"""Ticket deadlines per severity and the escalation thresholds, kept as shop settings.

Each severity has a response deadline and a resolution deadline (SLA); a
compensation above the escalation amount (or points) needs the owner first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from salon_crm.core.context import Actor
from salon_crm.core.enums import Severity
from salon_crm.core.errors import ValidationError
from salon_crm.core.models import database_proxy
from salon_crm.core.money import to_money
from salon_crm.core.permissions import Action, guarded
from salon_crm.core.shop import get_setting, set_setting

DEADLINES_KEY = "ticket_deadlines"
ESCALATION_AMOUNT_KEY = "ticket_escalation_amount"
ESCALATION_POINTS_KEY = "ticket_escalation_points"
HOUR = 60
DAY = 24 * HOUR
# minutes to the first response and to the resolution
DEFAULT_DEADLINES: dict[str, tuple[int, int]] = {
    Severity.CRITICAL.value: (2 * HOUR, 1 * DAY),
    Severity.HIGH.value: (4 * HOUR, 3 * DAY),
    Severity.MEDIUM.value: (1 * DAY, 7 * DAY),
    Severity.LOW.value: (3 * DAY, 14 * DAY),
}
DEFAULT_ESCALATION_AMOUNT = Decimal("200.00")
DEFAULT_ESCALATION_POINTS = 2000
MAX_DEADLINE_MINUTES = 365 * DAY


@dataclass(frozen=True)
class Deadline:
    """How long the shop gives itself to answer and to resolve a ticket of one severity."""

    severity: str
    response: timedelta
    resolution: timedelta


@dataclass(frozen=True)
class TicketSettings:
    """Every ticket setting, with the defaults filled in."""

    deadlines: tuple[Deadline, ...]
    escalation_amount: Decimal
    escalation_points: int

    def deadline(self, severity: str) -> Deadline:
        for deadline in self.deadlines:
            if deadline.severity == severity:
                return deadline
        raise ValidationError("severity_invalid", severity=severity)


def _minutes(raw: object, fallback: int) -> int:
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and 0 < raw <= MAX_DEADLINE_MINUTES else fallback


def get_ticket_settings() -> TicketSettings:
    """The stored settings; anything missing or damaged falls back to its default."""
    stored = get_setting(DEADLINES_KEY, {})
    stored = stored if isinstance(stored, dict) else {}
    deadlines = []
    for severity in Severity:
        default_response, default_resolution = DEFAULT_DEADLINES[severity.value]
        pair = stored.get(severity.value)
        response, resolution = pair if isinstance(pair, list) and len(pair) == 2 else (None, None)
        deadlines.append(
            Deadline(
                severity.value,
                timedelta(minutes=_minutes(response, default_response)),
                timedelta(minutes=_minutes(resolution, default_resolution)),
            )
        )
    try:
        amount = to_money(str(get_setting(ESCALATION_AMOUNT_KEY, DEFAULT_ESCALATION_AMOUNT)))
    except ValidationError:
        amount = DEFAULT_ESCALATION_AMOUNT
    points = get_setting(ESCALATION_POINTS_KEY, DEFAULT_ESCALATION_POINTS)
    if not isinstance(points, int) or isinstance(points, bool) or points < 0:
        points = DEFAULT_ESCALATION_POINTS
    return TicketSettings(tuple(deadlines), amount, points)


def _whole_minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


@guarded(Action.CHANGE_SETTINGS)
def update_ticket_settings(actor: Actor, settings: TicketSettings) -> TicketSettings:
    """Validate and store the deadlines and thresholds; nothing is written if one is wrong."""
    if {d.severity for d in settings.deadlines} != {s.value for s in Severity}:
        raise ValidationError("deadlines_incomplete")
    for deadline in settings.deadlines:
        response, resolution = _whole_minutes(deadline.response), _whole_minutes(deadline.resolution)
        if not 0 < response <= MAX_DEADLINE_MINUTES or not 0 < resolution <= MAX_DEADLINE_MINUTES:
            raise ValidationError("deadline_out_of_range", severity=deadline.severity)
        if resolution < response:
            raise ValidationError("resolution_before_response", severity=deadline.severity)
    amount = to_money(settings.escalation_amount, field="amount")
    if amount < 0:
        raise ValidationError("amount_not_positive", field="amount", value=str(amount))
    if settings.escalation_points < 0:
        raise ValidationError("points_not_positive", value=str(settings.escalation_points))
    encoded = {d.severity: [_whole_minutes(d.response), _whole_minutes(d.resolution)] for d in settings.deadlines}
    with database_proxy.atomic():
        set_setting(actor, DEADLINES_KEY, encoded)
        set_setting(actor, ESCALATION_AMOUNT_KEY, format(amount, "f"))
        set_setting(actor, ESCALATION_POINTS_KEY, settings.escalation_points)
    return get_ticket_settings()
