"""Sentences for the data-file, backup, restore and disk error codes (registered on import)."""

from __future__ import annotations

from salon_crm.ui.translate import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, str] = {
    "data_file_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "The data file {path} is empty (0 bytes). It was not opened and not replaced by an empty shop: "
        "restore a backup, or move the file away to start a new shop.",
    ),
    "data_file_not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not a Salon CRM data file. It was not opened and not changed."
    ),
    "data_file_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The data file {path} is damaged ({detail}). Nothing was opened and nothing was written to it. "
        "The newest backup that passes the check is {backup}: restore it with "
        "“salon-crm restore {backup}”.",
    ),
    "data_file_damaged_no_backup": QT_TRANSLATE_NOOP(
        "Errors",
        "The data file {path} is damaged ({detail}). Nothing was opened and nothing was written to it. "
        "No backup passes the check; keep a copy of the file and ask for help.",
    ),
    "storage_full": QT_TRANSLATE_NOOP("Errors", "The disk holding {folder} is full. Nothing was written."),
    "storage_read_only": QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be written to. Nothing was written."),
    "storage_failed": QT_TRANSLATE_NOOP("Errors", "Writing to {folder} failed ({reason}). Nothing was written."),
    "backup_not_verified": QT_TRANSLATE_NOOP("Errors", "The copy {path} failed its check ({detail}) and was removed."),
    "backup_source_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The data file {path} cannot be backed up: it is damaged ({detail})."
    ),
    "restore_file_not_found": QT_TRANSLATE_NOOP("Errors", "The backup {path} no longer exists."),
    "restore_file_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The backup {path} fails the check ({detail}). The shop's data was not changed."
    ),
    "second_folder_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The second backup folder {folder} is not there (is the USB stick plugged in, or the drive connected?). "
        "The backup in the data folder was written; no second copy was made.",
    ),
    "second_folder_full": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding the second backup folder {folder} is full. "
        "The backup in the data folder was written; no second copy was made.",
    ),
    "second_folder_read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The second backup folder {folder} cannot be written to. "
        "The backup in the data folder was written; no second copy was made.",
    ),
    "second_folder_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Copying the backup into the second backup folder {folder} failed ({reason}). "
        "The backup in the data folder was written.",
    ),
    "second_folder_not_absolute": QT_TRANSLATE_NOOP(
        "Errors", "Choose the second backup folder with its full path (not {folder})."
    ),
    "second_folder_not_found": QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} is not there: plug in the USB stick or connect the drive, then choose it."
    ),
    "second_folder_not_writable": QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} cannot be written to ({reason}): choose another one for the second backups."
    ),
}
