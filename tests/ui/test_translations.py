"""The Chinese translation covers every string of the UI, and the .qm matches the .ts."""

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

TS = resource_path("translations", "salon_crm_zh_CN.ts")
QM = resource_path("translations", "salon_crm_zh_CN.qm")
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w+\}")


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed")
    return path


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def test_every_ui_string_is_in_the_ts_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(path) for path in Path(salon_crm.ui.__file__).parent.rglob("*.py"))
    subprocess.run(
        [str(tool("pyside6-lupdate")), *sources, "-no-obsolete", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed, current = messages(TS), messages(fresh)
    assert sorted(set(current) - set(committed)) == [], "run pyside6-lupdate and translate the new strings"
    untranslated = [key for key, message in current.items() if message.find("translation").get("type")]  # type: ignore[union-attr]
    assert untranslated == []


def test_the_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run([str(tool("pyside6-lrelease")), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts"


def test_placeholders_survive_translation() -> None:
    for (context, source), message in messages(TS).items():
        translation = message.findtext("translation", "")
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation)), (context, source)
