"""The Chinese translation covers every string of the UI, and each .qm matches its .ts.

There is one catalogue per area: ``<area>_zh_CN.ts`` holds the strings of
``salon_crm/ui/<area>/``, and ``salon_crm_zh_CN.ts`` the strings of every other
UI file, so work on one tab never edits another tab's catalogue.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import salon_crm.ui
from salon_crm.ui.resources import resource_path

FOLDER = resource_path("translations")
UI = Path(salon_crm.ui.__file__).parent
SHARED = "salon_crm"
CATALOGUES = sorted(ts.name.removesuffix("_zh_CN.ts") for ts in FOLDER.glob("*_zh_CN.ts"))
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w+\}")


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed")
    return path


def sources_of(catalogue: str) -> list[str]:
    areas = [UI / name for name in CATALOGUES if name != SHARED]
    if catalogue != SHARED:
        return sorted(str(path) for path in (UI / catalogue).rglob("*.py"))
    return sorted(str(path) for path in UI.rglob("*.py") if not any(area in path.parents for area in areas))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def test_every_area_with_strings_has_a_catalogue() -> None:
    assert SHARED in CATALOGUES
    for area in ("customers", "appointments", "tickets", "satisfaction"):
        assert area in CATALOGUES


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_every_ui_string_is_in_its_catalogue_and_translated(catalogue: str, tmp_path: Path) -> None:
    committed_ts = FOLDER / f"{catalogue}_zh_CN.ts"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(committed_ts, fresh)
    subprocess.run(
        [str(tool("pyside6-lupdate")), *sources_of(catalogue), "-no-obsolete", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed, current = messages(committed_ts), messages(fresh)
    assert sorted(set(current) - set(committed)) == [], f"run pyside6-lupdate into {committed_ts.name}"
    untranslated = [key for key, message in current.items() if message.find("translation").get("type")]  # type: ignore[union-attr]
    assert untranslated == []


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_the_qm_is_compiled_from_the_ts(catalogue: str, tmp_path: Path) -> None:
    ts = FOLDER / f"{catalogue}_zh_CN.ts"
    compiled = tmp_path / "check.qm"
    subprocess.run([str(tool("pyside6-lrelease")), str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run pyside6-lrelease on {ts.name}"


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_placeholders_survive_translation(catalogue: str) -> None:
    for (context, source), message in messages(FOLDER / f"{catalogue}_zh_CN.ts").items():
        translation = message.findtext("translation", "")
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation)), (context, source)
