"""The rules of the complaint workflow (001 ch. 7.1, 003 ch. 9), with no database.

received → classified → (escalated) → investigating → solution proposed → solution
agreed → implemented → followed up → closed; a closed ticket can be reopened, and a
suggestion or consultation may be answered and closed straight from received.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from salon_crm.core.enums import Severity, TicketKind, TicketStatus

S = TicketStatus


class Step(StrEnum):
    """What a person can do to a ticket; each moves it to one status."""

    CLASSIFY = "classify"
    ESCALATE = "escalate"
    INVESTIGATE = "investigate"
    PROPOSE = "propose"
    AGREE = "agree"
    IMPLEMENT = "implement"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    ANSWER = "answer"  # a suggestion or consultation answered and closed at once
    REOPEN = "reopen"


# the statuses a step starts from
SOURCES: dict[Step, frozenset[TicketStatus]] = {
    Step.CLASSIFY: frozenset({S.RECEIVED}),
    Step.ESCALATE: frozenset({S.CLASSIFIED, S.INVESTIGATING}),
    Step.INVESTIGATE: frozenset({S.CLASSIFIED, S.ESCALATED}),
    Step.PROPOSE: frozenset({S.INVESTIGATING, S.SOLUTION_PROPOSED}),  # again: a revised offer
    Step.AGREE: frozenset({S.SOLUTION_PROPOSED}),
    Step.IMPLEMENT: frozenset({S.SOLUTION_AGREED}),
    Step.FOLLOW_UP: frozenset({S.IMPLEMENTED}),
    Step.CLOSE: frozenset({S.FOLLOWED_UP}),
    Step.ANSWER: frozenset({S.RECEIVED}),
    Step.REOPEN: frozenset({S.CLOSED}),
}
TARGETS: dict[Step, TicketStatus] = {
    Step.CLASSIFY: S.CLASSIFIED,
    Step.ESCALATE: S.ESCALATED,
    Step.INVESTIGATE: S.INVESTIGATING,
    Step.PROPOSE: S.SOLUTION_PROPOSED,
    Step.AGREE: S.SOLUTION_AGREED,
    Step.IMPLEMENT: S.IMPLEMENTED,
    Step.FOLLOW_UP: S.FOLLOWED_UP,
    Step.CLOSE: S.CLOSED,
    Step.ANSWER: S.CLOSED,
    Step.REOPEN: S.INVESTIGATING,  # S.RECEIVED when it was never classified
}
GRAVE = frozenset({Severity.HIGH.value, Severity.CRITICAL.value})


@dataclass(frozen=True)
class TicketState:
    """What the rules look at: where a ticket is and what it has been through."""

    status: str
    kind: str
    severity: str | None
    escalated: bool

    @property
    def needs_escalation(self) -> bool:
        """High and critical tickets go to the owner before a solution is offered."""
        return self.severity in GRAVE and not self.escalated


def target(step: Step, state: TicketState) -> TicketStatus:
    """The status ``step`` leads to from ``state``."""
    if step is Step.REOPEN and state.severity is None:
        return S.RECEIVED
    return TARGETS[step]


def refusal(step: Step, state: TicketState) -> str | None:
    """Why ``step`` cannot be taken from ``state`` (an error code), or None."""
    if TicketStatus(state.status) not in SOURCES[step]:
        return "ticket_step_not_allowed"
    if step is Step.ANSWER and state.kind == TicketKind.COMPLAINT.value:
        return "ticket_complaint_needs_workflow"
    if step is Step.ESCALATE and state.escalated:
        return "ticket_already_escalated"
    if step is Step.PROPOSE and state.needs_escalation:
        return "ticket_escalation_required"
    if step is Step.CLOSE and state.needs_escalation:
        return "ticket_close_unescalated"
    return None


def allowed_steps(state: TicketState) -> tuple[Step, ...]:
    """The steps that may be taken now, in workflow order (the view's buttons)."""
    return tuple(step for step in Step if refusal(step, state) is None)


def reachable_statuses(state: TicketState) -> frozenset[TicketStatus]:
    """Every status one allowed step can lead to (for checks and tests)."""
    return frozenset(target(step, state) for step in allowed_steps(state))
