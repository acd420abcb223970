"""Sentences for the feedback ticket error codes (registered on import).

Values that are codes (a status, a step, a severity) are worded by
``describe_ticket_error`` before the sentence is filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.core import enums
from salon_crm.core.errors import SalonError
from salon_crm.ui import vocabulary
from salon_crm.ui.errors import describe, describe_any
from salon_crm.ui.translate import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    # intake
    "ticket_kind_invalid": QT_TRANSLATE_NOOP("Errors", "Choose whether it is a complaint, a suggestion or a question."),
    "ticket_channel_invalid": QT_TRANSLATE_NOOP("Errors", "Choose how the feedback reached the shop."),
    "ticket_customer_required": QT_TRANSLATE_NOOP(
        "Errors", "Choose the customer, or enter the name of the person giving the feedback."
    ),
    "ticket_description_required": QT_TRANSLATE_NOOP("Errors", "Write down the feedback in the customer's words."),
    "ticket_text_too_long": QT_TRANSLATE_NOOP("Errors", "The text can have at most {max} characters."),
    "ticket_received_in_future": QT_TRANSLATE_NOOP("Errors", "The time it was received cannot be in the future."),
    "ticket_classification_incomplete": QT_TRANSLATE_NOOP(
        "Errors", "Choose both a category and a severity, or neither (classify later)."
    ),
    "ticket_record_not_customers": QT_TRANSLATE_NOOP("Errors", "The related visit is not this customer's."),
    "ticket_appointment_not_customers": QT_TRANSLATE_NOOP("Errors", "The related booking is not this customer's."),
    "ticket_staff_not_found": QT_TRANSLATE_NOOP("Errors", "This member of staff no longer exists."),
    "ticket_not_found": QT_TRANSLATE_NOOP("Errors", "This ticket no longer exists."),
    # the workflow
    "ticket_step_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "A ticket that is “{status}” cannot take the step “{step}”."
    ),
    "ticket_complaint_needs_workflow": QT_TRANSLATE_NOOP(
        "Errors", "A complaint cannot be closed with an answer alone: classify and handle it first."
    ),
    "ticket_already_escalated": QT_TRANSLATE_NOOP("Errors", "This ticket has already been escalated to the owner."),
    "ticket_escalation_required": QT_TRANSLATE_NOOP(
        "Errors", "A ticket of severity “{severity}” must be escalated to the owner before a solution is proposed."
    ),
    "ticket_close_unescalated": QT_TRANSLATE_NOOP(
        "Errors", "A ticket of severity “{severity}” cannot be closed before it was escalated to the owner."
    ),
    "ticket_compensation_needs_escalation": QT_TRANSLATE_NOOP(
        "Errors",
        "A compensation above ¥{amount} or {points} points must be escalated to the owner first.",
    ),
    "ticket_category_required": QT_TRANSLATE_NOOP("Errors", "Choose the category."),
    "ticket_severity_required": QT_TRANSLATE_NOOP("Errors", "Choose the severity."),
    "ticket_escalation_note_required": QT_TRANSLATE_NOOP("Errors", "Say why the ticket goes to the owner."),
    "ticket_solution_required": QT_TRANSLATE_NOOP("Errors", "Describe the proposed solution."),
    "ticket_agreed_by_required": QT_TRANSLATE_NOOP("Errors", "Enter who agreed to the solution."),
    "ticket_agreed_how_required": QT_TRANSLATE_NOOP("Errors", "Enter how the customer agreed (phone, in person…)."),
    "followup_score_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "The customer's satisfaction must be from 1 to 5 (not {score})."
    ),
    "followup_note_required": QT_TRANSLATE_NOOP("Errors", "Note what the customer said on the follow-up call."),
    "ticket_answer_required": QT_TRANSLATE_NOOP("Errors", "Write the answer given to the customer."),
    "ticket_reopen_reason_required": QT_TRANSLATE_NOOP("Errors", "Say why the ticket is reopened."),
    # compensation
    "compensation_kind_invalid": QT_TRANSLATE_NOOP("Errors", "Choose a kind of compensation."),
    "compensation_negative": QT_TRANSLATE_NOOP("Errors", "A compensation cannot be negative."),
    "compensation_points_required": QT_TRANSLATE_NOOP("Errors", "Enter how many points the customer gets."),
    "compensation_amount_required": QT_TRANSLATE_NOOP("Errors", "Enter the amount of the compensation."),
    "compensation_voucher_required": QT_TRANSLATE_NOOP("Errors", "Describe the free service (the voucher)."),
    "compensation_not_expected": QT_TRANSLATE_NOOP(
        "Errors", "This kind of compensation takes no amount (or no points): clear it."
    ),
    "refund_needs_service_record": QT_TRANSLATE_NOOP("Errors", "A refund needs the related visit on the ticket."),
    "refund_exceeds_paid": QT_TRANSLATE_NOOP(
        "Errors", "A refund of ¥{amount} is more than is left of the ¥{paid} paid for the visit (¥{left})."
    ),
    # settings
    "deadlines_incomplete": QT_TRANSLATE_NOOP("Errors", "Every severity needs its deadlines."),
    "deadline_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "The deadlines for “{severity}” must be between one minute and a year."
    ),
    "resolution_before_response": QT_TRANSLATE_NOOP(
        "Errors", "For “{severity}” the resolution deadline cannot be shorter than the response deadline."
    ),
    "severity_invalid": QT_TRANSLATE_NOOP("Errors", "“{severity}” is not a severity."),
}

STEP_WORDS: dict[str, str] = {
    "classify": QT_TRANSLATE_NOOP("TicketStep", "Classify"),
    "escalate": QT_TRANSLATE_NOOP("TicketStep", "Escalate to the owner"),
    "investigate": QT_TRANSLATE_NOOP("TicketStep", "Investigate"),
    "propose": QT_TRANSLATE_NOOP("TicketStep", "Propose a solution"),
    "agree": QT_TRANSLATE_NOOP("TicketStep", "Customer agrees"),
    "implement": QT_TRANSLATE_NOOP("TicketStep", "Implement"),
    "follow_up": QT_TRANSLATE_NOOP("TicketStep", "Follow up"),
    "close": QT_TRANSLATE_NOOP("TicketStep", "Close the ticket"),
    "answer": QT_TRANSLATE_NOOP("TicketStep", "Answer and close"),
    "reopen": QT_TRANSLATE_NOOP("TicketStep", "Reopen"),
}


def step_word(step: str) -> str:
    """The button text of a workflow step, in the UI's language."""
    text = STEP_WORDS.get(step)
    return step if text is None else QCoreApplication.translate("TicketStep", text)


def describe_ticket_error(error: BaseException) -> str:
    """A sentence for ``error`` with statuses, steps and severities in words."""
    if not isinstance(error, SalonError):
        return describe_any(error)
    values = dict(error.values)
    if isinstance(values.get("status"), str):
        values["status"] = vocabulary.word(enums.TicketStatus, values["status"])
    if isinstance(values.get("severity"), str):
        values["severity"] = vocabulary.word(enums.Severity, values["severity"])
    if isinstance(values.get("step"), str):
        values["step"] = step_word(values["step"])
    return describe(type(error)(error.code, **values))
