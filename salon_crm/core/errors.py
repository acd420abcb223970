"""Typed errors of the domain. Each carries a code and values; the UI words them.

Core never writes a sentence for the user: ``ValidationError("phone_invalid",
phone="123")`` becomes "The phone number 123 is not valid" in the UI's language.
"""

from __future__ import annotations

from typing import Any


class SalonError(Exception):
    """Base of every error the user can be told about."""

    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code, values)
        self.code = code
        self.values = values

    def __str__(self) -> str:
        details = ", ".join(f"{key}={_short(repr(value))}" for key, value in self.values.items())
        return f"{self.code}({details})" if details else self.code


def _short(text: str, limit: int = 60) -> str:
    """A value as echoed in a message: a 100,000-character phone is not printed whole."""
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


class ValidationError(SalonError):
    """A value the user entered is not acceptable; nothing was written."""


class NotFoundError(SalonError):
    """The record asked for does not exist (or no longer does)."""


class ConflictError(SalonError):
    """The change clashes with what is already there (a booking, a duplicate)."""


class DataFileError(SalonError):
    """The data file cannot be opened: newer than the app, damaged, or locked."""


class DataFolderLocked(DataFileError):  # noqa: N818 - reads as what the user is told
    """Another running copy of the app holds this data folder."""


class PermissionDeniedError(SalonError):
    """The acting user's role may not do this (see ``core.permissions``); nothing was written."""


class StorageError(SalonError):
    """A file could not be written (disk full, folder read-only); what was there is unchanged."""
