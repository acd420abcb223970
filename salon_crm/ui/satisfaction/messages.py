"""Sentences for the survey, campaign and statistics error codes (registered on import)."""

from __future__ import annotations

from salon_crm.ui.translate import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "survey_score_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Every score must be a whole number from 1 to 5 (got {value})."
    ),
    "survey_recommend_invalid": QT_TRANSLATE_NOOP(
        "Errors", "“Would you recommend us” must be a whole number from 0 to 10 (got {value})."
    ),
    "survey_channel_invalid": QT_TRANSLATE_NOOP("Errors", "“{channel}” is not a way of asking for a survey."),
    "survey_comment_too_long": QT_TRANSLATE_NOOP("Errors", "The comment can have at most {limit} characters."),
    "survey_record_not_found": QT_TRANSLATE_NOOP("Errors", "The visit {record_id} does not exist (any more)."),
    "survey_record_voided": QT_TRANSLATE_NOOP("Errors", "The visit {record_id} was voided; it takes no survey."),
    "survey_exists": QT_TRANSLATE_NOOP(
        "Errors", "This visit already has a survey; open it to change the answers instead."
    ),
    "survey_time_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A survey is answered after the visit ({visited_at}) and not in the future."
    ),
    "survey_not_found": QT_TRANSLATE_NOOP("Errors", "The survey {survey_id} does not exist (any more)."),
    "survey_range_invalid": QT_TRANSLATE_NOOP("Errors", "The period must end on or after its first day."),
    "ticket_range_invalid": QT_TRANSLATE_NOOP("Errors", "The period must end on or after its first day."),
    "quarter_invalid": QT_TRANSLATE_NOOP("Errors", "“{quarter}” is not a quarter such as 2026-Q4."),
    "survey_request_status_invalid": QT_TRANSLATE_NOOP("Errors", "“{status}” is not asked, answered or declined."),
    "survey_customer_not_found": QT_TRANSLATE_NOOP("Errors", "The customer {customer_id} does not exist (any more)."),
    # the survey form's own checks, before anything reaches the core
    "survey_form_loading": QT_TRANSLATE_NOOP("Errors", "Reading the visit…"),
    "survey_scores_missing": QT_TRANSLATE_NOOP("Errors", "Give every row 1 to 5 stars (type 1–5 on a row)."),
    "survey_recommend_missing": QT_TRANSLATE_NOOP(
        "Errors", "Choose how likely the customer is to recommend us, 0 to 10."
    ),
}
