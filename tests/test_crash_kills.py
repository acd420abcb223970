"""SIGKILL at many points of a large import, a merge, a backup, a restore and an upgrade.

After each kill the file passes the integrity check and the full check (ledger sums equal
balances), holds all or none of the interrupted work, every file named like a backup in
``backups/`` verifies, and the next start opens it (see tests/crash_harness.py).
bench/crash_kills.py runs the same kills by the thousand.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests import crash_harness
from tests.crash_harness import Prepared, Tally

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the kills fork a child (POSIX only)"),
]
KILLS_PER_SCENARIO = 8


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Prepared]:
    where = tmp_path_factory.mktemp("crash")
    scenarios = crash_harness.prepare_all(where, import_rows=8_000, upgrade_customers=6_000)
    return {scenario.name: scenario for scenario in scenarios}


@pytest.mark.parametrize("name", crash_harness.SCENARIOS)
def test_a_kill_anywhere_leaves_a_sound_file_and_whole_backups(
    name: str, prepared: dict[str, Prepared], tmp_path: Path
) -> None:
    scenario = prepared[name]
    duration = crash_harness.calibrate(scenario, tmp_path)
    tally = Tally()
    for number in range(KILLS_PER_SCENARIO):
        # spread over the run, the last one just before its end; a run that beat its kill (a busy
        # machine times it differently) is judged too, and tried again a little earlier
        moment = duration * (number + 0.5) / KILLS_PER_SCENARIO
        for attempt in range(4):
            killed = tally.kill_points
            crash_harness.kill_at(scenario, tmp_path, moment, tally, number * 10 + attempt)
            if tally.kill_points > killed:
                break
            moment *= 0.7
    print(f"{name}: {tally.tried} killed, {tally.finished} finished first, run {duration:.2f} s")
    assert tally.failed_checks == []
    assert tally.rows_lost == 0
    assert tally.bad_backups == 0
    assert tally.kill_points >= KILLS_PER_SCENARIO - 1, (tally.tried, tally.finished, duration)
