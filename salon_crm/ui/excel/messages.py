"""Sentences for the import, export and report error codes (registered on import)."""

from __future__ import annotations

from salon_crm.ui.translate import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "import_file_not_found": QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."),
    "import_file_unreadable": QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read: {reason}."),
    "import_file_empty": QT_TRANSLATE_NOOP("Errors", "The file {file} is empty."),
    "import_file_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} is damaged or not a workbook (was it copied completely?)."
    ),
    "import_not_a_workbook": QT_TRANSLATE_NOOP("Errors", "The file {file} is not an .xlsx workbook or a CSV file."),
    "import_legacy_xls": QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} is an old-style .xls workbook: open it in Excel or WPS and save it as .xlsx, "
        "then import that.",
    ),
    "import_file_encrypted": QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} is protected by a password: open it in Excel or WPS, remove the password, save, "
        "and import again.",
    ),
    "import_file_too_large": QT_TRANSLATE_NOOP("Errors", "The file {file} is larger than {megabytes} MB unpacked."),
    "import_too_many_rows": QT_TRANSLATE_NOOP(
        "Errors", "The sheet in {file} has more than {max} rows; split it into smaller files."
    ),
    "import_rows_after_gap": QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} of {file} has values after {empty} empty rows: delete that row or move it up, then import again.",
    ),
    "import_row_not_flagged": QT_TRANSLATE_NOOP(
        "Errors", "Row {line} is not a possible duplicate: there is nothing to decide for it."
    ),
    "import_too_many_columns": QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} of {file} has values after its first {max} columns, which are all that is read: "
        "move or delete them, then import again.",
    ),
    "import_too_many_cells": QT_TRANSLATE_NOOP(
        "Errors", "The sheet in {file} has {cells} cells, more than {max}; split it into smaller files."
    ),
    "import_reader_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The file {file} could not be read within {megabytes} MB of memory: open it in Excel or WPS, "
        "save it again as .xlsx (or CSV UTF-8), and import that.",
    ),
    "import_no_rows": QT_TRANSLATE_NOOP("Errors", "The file {file} has no rows to import."),
    "import_sheet_not_found": QT_TRANSLATE_NOOP("Errors", "The file {file} has no sheet named {sheet}."),
    "import_encoding_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The text encoding of {file} is not UTF-8 or GB18030/GBK; save it again as CSV UTF-8."
    ),
    "import_encoding_foreign": QT_TRANSLATE_NOOP(
        "Errors",
        "The text of {file} looks like {seen}, not Chinese or UTF-8: save it again as CSV UTF-8 and import that.",
    ),
    "import_no_customer_columns": QT_TRANSLATE_NOOP(
        "Errors", "No customer columns (a name, a phone…) were found in {file}: is it a customer list?"
    ),
    "import_on_duplicate_invalid": QT_TRANSLATE_NOOP("Errors", "Choose whether to skip or update existing customers."),
    "import_level_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no membership level named {level}: it is kept in the notes."
    ),
    "phone_doubtful": QT_TRANSLATE_NOOP(
        "Errors", "The phone {phone} is too short to be anyone's number: imported as written, check it."
    ),
    "import_possible_duplicate": QT_TRANSLATE_NOOP(
        "Errors",
        "A customer named {name} with the same birthday is already on file: imported as a new customer; "
        "merge the two if they are one person.",
    ),
    "import_possible_duplicate_in_file": QT_TRANSLATE_NOOP(
        "Errors",
        "Same name and birthday as row {line}: imported as a separate customer; merge them if they are one person.",
    ),
    "date_unreadable": QT_TRANSLATE_NOOP("Errors", "The date {value} cannot be read."),
    "gender_unreadable": QT_TRANSLATE_NOOP("Errors", "The gender {value} cannot be read."),
    "money_negative": QT_TRANSLATE_NOOP("Errors", "The amount {value} is negative."),
    "number_invalid": QT_TRANSLATE_NOOP("Errors", "The number {value} is not a whole number of at least 0."),
    "export_text_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A text of {length} characters is longer than an Excel cell holds ({max}); nothing was written."
    ),
    "ledger_not_empty": QT_TRANSLATE_NOOP(
        "Errors", "A customer being imported already has balance entries; nothing was written."
    ),
    "import_no_record_columns": QT_TRANSLATE_NOOP(
        "Errors",
        "No service-record columns (a date, a service, an amount, and a name or mobile) were found in {file}.",
    ),
    "record_date_required": QT_TRANSLATE_NOOP("Errors", "The date of the visit is missing."),
    "record_customer_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No single customer matches {name} {phone}: import the customers first."
    ),
    "service_item_unknown": QT_TRANSLATE_NOOP("Errors", "There is no service item named {item}."),
    "stylist_unknown": QT_TRANSLATE_NOOP("Errors", "There is no member of staff named {name}."),
    "report_month_invalid": QT_TRANSLATE_NOOP("Errors", "The month {month} is not a month like 2026-10."),
}
