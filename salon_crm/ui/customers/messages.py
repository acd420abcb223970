"""Sentences for the customer-file error codes (registered on import)."""

from __future__ import annotations

from salon_crm.ui.translate import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "tag_name_required": QT_TRANSLATE_NOOP("Errors", "Enter the tag's name."),
    "tag_name_too_long": QT_TRANSLATE_NOOP("Errors", "A tag can have at most {max} characters."),
    "tag_is_automatic": QT_TRANSLATE_NOOP(
        "Errors", "“{name}” is an automatic tag; the shop sets it from the customer's records."
    ),
    "tag_not_found": QT_TRANSLATE_NOOP("Errors", "This tag no longer exists."),
    "care_kind_invalid": QT_TRANSLATE_NOOP("Errors", "Choose what kind of care contact this was."),
    "merge_pick_two": QT_TRANSLATE_NOOP("Errors", "Choose the file to keep and its duplicate."),
    "merge_same_customer": QT_TRANSLATE_NOOP("Errors", "Choose two different customers to merge."),
    "merge_field_invalid": QT_TRANSLATE_NOOP("Errors", "“{field}” is not a field of the customer file."),
    "care_note_too_long": QT_TRANSLATE_NOOP("Errors", "The note can have at most {max} characters."),
}
