"""Every error code the core raises has a sentence; values are worded, not dumped."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import salon_crm.core
import salon_crm.ui
from salon_crm.core.errors import ConflictError, DataFolderLocked, SalonError, ValidationError
from salon_crm.ui import errors

RAISED = re.compile(
    r"(?:ValidationError|ConflictError|NotFoundError|DataFileError|DataFolderLocked|StorageError|PermissionDeniedError)"
    r"\(\s*\"([a-z_]+)\""
)


def core_codes() -> set[str]:
    folder = Path(salon_crm.core.__file__).parent
    return {code for path in folder.rglob("*.py") for code in RAISED.findall(path.read_text(encoding="utf-8"))}


def register_every_area() -> None:
    """Each area registers its sentences when its package loads (salon_crm/ui/<area>/__init__.py)."""
    for area in pkgutil.iter_modules(salon_crm.ui.__path__, "salon_crm.ui."):
        if area.ispkg:
            importlib.import_module(area.name)


def test_every_core_code_is_worded(qapp: QApplication) -> None:
    register_every_area()
    codes = core_codes()
    assert {"staff_name_required", "data_folder_locked", "service_name_taken"} <= codes
    assert sorted(codes - set(errors._TEMPLATES)) == []


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (ValidationError("closing_before_opening", weekday=2), "On Wednesday the closing time must be after"),
        (ValidationError("money_invalid", field="price", value="abc"), "The price “abc” is not an amount of money."),
        (ConflictError("service_name_taken", name="洗剪吹"), "There is already a service called “洗剪吹”."),
        (ValidationError("staff_role_invalid", role="wizard"), "Choose a role."),
        (
            DataFolderLocked("data_folder_locked", pid=42, computer="FRONT-DESK", since="2024-05-20T09:15:03"),
            "on the computer “FRONT-DESK” (process 42) since 2024-05-20 09:15.",
        ),
    ],
)
def test_values_are_worded(qapp: QApplication, error: SalonError, sentence: str) -> None:
    assert sentence in errors.describe(error)


def test_unknown_codes_and_missing_values_fall_back(qapp: QApplication) -> None:
    assert errors.describe(ValidationError("brand_new_rule")) == "The change was refused (brand_new_rule)."
    assert errors.describe(ValidationError("closing_before_opening")) == (
        "The change was refused (closing_before_opening)."
    )
    assert errors.describe_any(RuntimeError("disk full")) == "Something went wrong: disk full"
