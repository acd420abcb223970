"""The suite at any hour: the time-sensitive tests, run again with the clock at awkward moments.

CI runs whenever someone stops work: just after midnight, before the shop opens, late at
night, on the last day of a month, on 29 February. Each moment below reruns the tests whose
outcome can depend on the date or the hour (bookings, completing a visit, care lists, tags,
segments and filters, reports, the demo, tickets' deadlines, surveys) in a child pytest with
``SALON_CRM_TEST_NOW`` set, which tests/conftest.py turns into a moved (ticking) system clock.
Two children run at a time; on this 2-core machine the whole module takes about 6 minutes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIME_SENSITIVE = [
    "tests/core",
    "tests/demo",
    "tests/excel/test_report.py",
    "tests/test_cli_excel.py",
    "tests/ui/appointments",
    "tests/ui/customers",
    "tests/ui/tickets",
    "tests/ui/satisfaction",
    "tests/ui/test_tabs.py",
    "tests/ui/test_main_window.py",
    "tests/ui/test_speed_of_hand.py",  # "+15" is tomorrow, Ctrl+B starts at the next quarter hour
]
# Both edges of the day on both awkward dates, and the morning and lunchtime once each.
MOMENTS = [
    "2028-02-29 00:05",
    "2028-02-29 23:55",
    "2027-01-31 00:05",
    "2027-01-31 23:55",
    "2027-01-31 09:00",
    "2028-02-29 13:00",
]


def run_at(moment: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SALON_CRM_TEST_NOW": moment, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *TIME_SENSITIVE]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=1800)


@pytest.fixture(scope="module")
def runs() -> dict[str, subprocess.CompletedProcess[str]]:
    """Every moment's child run, two at a time (the children share this machine's cores)."""
    if os.environ.get("SALON_CRM_TEST_NOW"):
        pytest.skip("already running at a moved clock")  # never recurse
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(MOMENTS, pool.map(run_at, MOMENTS), strict=True))


@pytest.mark.slow
@pytest.mark.parametrize("moment", MOMENTS)
def test_the_time_sensitive_tests_pass_at(runs: dict[str, subprocess.CompletedProcess[str]], moment: str) -> None:
    result = runs[moment]
    assert result.returncode == 0, f"at {moment}:\n{result.stdout[-4000:]}"
    assert " passed" in result.stdout.splitlines()[-1]
