"""The house rules run with the tests: lint, format, types, and the layer contracts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run_tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    tool = BIN / name if (BIN / name).exists() else shutil.which(name)
    if tool is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return subprocess.run([str(tool), *args], cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "salon_crm", "tests", "bench"),
        ("ruff", "format", "--check", "salon_crm", "tests", "bench"),
        ("mypy",),
        ("lint-imports",),
    ],
    ids=["ruff-check", "ruff-format", "mypy", "import-linter"],
)
def test_house_rules_hold(command: tuple[str, ...]) -> None:
    result = run_tool(*command)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


# Ways to read the wall clock; only salon_crm/core/clock.py may, so a test that sets the
# app's clock sets it for every part of the app.
WALL_CLOCK = re.compile(
    r"datetime\.now\(|date\.today\(|datetime\.utcnow\(|time\.time\(|time\.localtime\("
    r"|QDateTime\.currentDateTime|QDate\.currentDate|QTime\.currentTime|default=datetime\.now"
)


def test_only_the_clock_reads_the_wall_clock() -> None:
    readers = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "salon_crm").rglob("*.py"))
        if path.name != "clock.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if WALL_CLOCK.search(line)
    ]
    assert readers == []
